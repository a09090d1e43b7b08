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

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberAnalysisData")


@_attrs_define
class NumberAnalysisData:
    """A numeric value to extract after the call.

    Attributes:
        type_ (Literal['number']): Tag of the number variant.
        name (str): Name of the extracted variable.
        description (str): What the variable holds, for the model.
        conditional_prompt (str | Unset): Instruction that helps decide whether the value should be filled in at all;
            without it the
            value is always included. Ignored when `required` is true.
        required (bool | Unset): When true, a call from which the value cannot be extracted is marked unsuccessful.
    """

    type_: Literal["number"]
    name: str
    description: str
    conditional_prompt: str | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        conditional_prompt = self.conditional_prompt

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
            }
        )
        if conditional_prompt is not UNSET:
            field_dict["conditional_prompt"] = conditional_prompt
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["number"], d.pop("type"))
        if type_ != "number":
            raise ValueError(f"type must match const 'number', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description")

        conditional_prompt = d.pop("conditional_prompt", UNSET)

        required = d.pop("required", UNSET)

        number_analysis_data = cls(
            type_=type_,
            name=name,
            description=description,
            conditional_prompt=conditional_prompt,
            required=required,
        )

        number_analysis_data.additional_properties = d
        return number_analysis_data

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
