from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantOutputSelectionSubset")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantOutputSelectionSubset(AnswerModel):
    """The agent and the transcript see only the chosen fields of the tool's response.

    Attributes:
        mode (Literal['subset']): Tag of the chosen-fields variant.
        fields (list[str]): Dot-paths, into the response schema Retell reports for the tool, of the only fields kept;
            everything else is dropped. A parent keeps its whole subtree, a plain segment applies to
            every element of an array (`deals.properties.amount`), `key[n]` picks one element
            (`deals[0].id`), and a path that matches nothing adds nothing.
    """

    mode: Literal["subset"]
    fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "mode": "mode",
        "fields": "fields",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "mode"):  # else the answer lacked it: not invented here
            mode = self.mode
            field_dict["mode"] = mode
        if hasattr(self, "fields"):  # else the answer lacked it: not invented here
            fields = self.fields

            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantOutputSelectionSubset takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["mode", "fields"]
            if _member not in d
        ]
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw != "subset":
            raise ValueError("mode is not 'subset'")
        mode = _mode_raw
        _fields_raw = d.pop("fields", UNSET)
        if not isinstance(_fields_raw, Unset):
            try:
                fields = cast(list[str], _fields_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                fields = cast(Any, UNSET)
                unset.append("fields")
                kept["fields"] = _fields_raw
                warnings.append(describe_misfit("fields", _fields_raw, "list[str]"))

        else:  # missing: the warning is above; the slot stays empty
            fields = cast(Any, UNSET)
            unset.append("fields")
        assistant_output_selection_subset = cls(
            mode=mode,
            fields=fields,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_output_selection_subset, _name)
        assistant_output_selection_subset.additional_properties = {**d, **kept}
        assistant_output_selection_subset.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_output_selection_subset

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
