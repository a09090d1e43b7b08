from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantSttContextEntry")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantSttContextEntry(AnswerModel):
    """A key/value fact for speech recognition, as stored.

    Attributes:
        key (str): What the fact is about.
        value (str): The fact.
    """

    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "key": "key",
        "value": "value",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "key"):  # else the answer lacked it: not invented here
            key = self.key
            field_dict["key"] = key
        if hasattr(self, "value"):  # else the answer lacked it: not invented here
            value = self.value
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSttContextEntry takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["key", "value"]
            if _member not in d
        ]
        _key_raw = d.pop("key", UNSET)
        if not isinstance(_key_raw, Unset):
            try:
                if not (isinstance(_key_raw, str)):
                    raise TypeError()
                key = _key_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                key = cast(Any, UNSET)
                unset.append("key")
                kept["key"] = _key_raw
                warnings.append(describe_misfit("key", _key_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            key = cast(Any, UNSET)
            unset.append("key")
        _value_raw = d.pop("value", UNSET)
        if not isinstance(_value_raw, Unset):
            try:
                if not (isinstance(_value_raw, str)):
                    raise TypeError()
                value = _value_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                value = cast(Any, UNSET)
                unset.append("value")
                kept["value"] = _value_raw
                warnings.append(describe_misfit("value", _value_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            value = cast(Any, UNSET)
            unset.append("value")
        assistant_stt_context_entry = cls(
            key=key,
            value=value,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_stt_context_entry, _name)
        assistant_stt_context_entry.additional_properties = {**d, **kept}
        assistant_stt_context_entry.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_stt_context_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
