from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.structured_output_field_type import StructuredOutputFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StructuredOutputField")


@_attrs_define
class StructuredOutputField:
    """One value to pull out of the call transcript after the call.

    Attributes:
        name (str): Key under which the extracted value is reported.
        required (bool): Whether the value is mandatory in the extraction result.
        type_ (StructuredOutputFieldType): Data type of a value extracted after a call, or of a custom tool parameter.
        description (str | Unset): Hint for the model about what the value means.
        enum_options (list[str] | Unset): Allowed values, for a field of type `enum`.
    """

    name: str
    required: bool
    type_: StructuredOutputFieldType
    description: str | Unset = UNSET
    enum_options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        required = self.required

        type_ = self.type_.value

        description = self.description

        enum_options: list[str] | Unset = UNSET
        if not isinstance(self.enum_options, Unset):
            enum_options = self.enum_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "required": required,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enum_options is not UNSET:
            field_dict["enum_options"] = enum_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        required = d.pop("required")

        type_ = StructuredOutputFieldType(d.pop("type"))

        description = d.pop("description", UNSET)

        enum_options = cast(list[str], d.pop("enum_options", UNSET))

        structured_output_field = cls(
            name=name,
            required=required,
            type_=type_,
            description=description,
            enum_options=enum_options,
        )

        structured_output_field.additional_properties = d
        return structured_output_field

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
