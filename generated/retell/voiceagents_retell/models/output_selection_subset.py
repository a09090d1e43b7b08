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

T = TypeVar("T", bound="OutputSelectionSubset")


@_attrs_define
class OutputSelectionSubset:
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

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = cast(Literal["subset"], d.pop("mode"))
        if mode != "subset":
            raise ValueError(f"mode must match const 'subset', got '{mode}'")

        fields = cast(list[str], d.pop("fields"))

        output_selection_subset = cls(
            mode=mode,
            fields=fields,
        )

        output_selection_subset.additional_properties = d
        return output_selection_subset

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
