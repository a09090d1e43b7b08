from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantSttContextEntry")


@_attrs_define
class AssistantSttContextEntry:
    """A key/value fact for speech recognition, as stored.

    Attributes:
        key (str | Unset): What the fact is about.
        value (str | Unset): The fact.
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
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
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["key", "value"]
            if _member not in d
        ]
        _key_raw = d.pop("key", UNSET)
        try:
            if not isinstance(_key_raw, Unset) and not (isinstance(_key_raw, str)):
                raise TypeError()
            key = _key_raw
        except Exception:  # an answer never raises: the value is kept as sent
            key = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["key"] = _key_raw
            warnings.append(describe_misfit("key", _key_raw, "str"))
        _value_raw = d.pop("value", UNSET)
        try:
            if not isinstance(_value_raw, Unset) and not (isinstance(_value_raw, str)):
                raise TypeError()
            value = _value_raw
        except Exception:  # an answer never raises: the value is kept as sent
            value = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["value"] = _value_raw
            warnings.append(describe_misfit("value", _value_raw, "str"))
        assistant_stt_context_entry = cls(
            key=key,
            value=value,
        )
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
