from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantOutputSelectionSubset")


@_attrs_define
class AssistantOutputSelectionSubset:
    """The agent and the transcript see only the chosen fields of the tool's response.

    Attributes:
        mode (Literal['subset'] | Unset): Tag of the chosen-fields variant.
        fields (list[str] | Unset): Dot-paths, into the response schema Retell reports for the tool, of the only fields
            kept;
            everything else is dropped. A parent keeps its whole subtree, a plain segment applies to
            every element of an array (`deals.properties.amount`), `key[n]` picks one element
            (`deals[0].id`), and a path that matches nothing adds nothing.
    """

    mode: Literal["subset"] | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if fields is not UNSET:
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
        try:
            fields = cast(list[str], _fields_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            fields = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["fields"] = _fields_raw
            warnings.append(describe_misfit("fields", _fields_raw, "list[str]"))
        assistant_output_selection_subset = cls(
            mode=mode,
            fields=fields,
        )
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
