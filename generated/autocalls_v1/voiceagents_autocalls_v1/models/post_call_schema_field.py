from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_call_field_type import PostCallFieldType

T = TypeVar("T", bound="PostCallSchemaField")


@_attrs_define
class PostCallSchemaField:
    """One field to extract from the conversation after the call.

    Attributes:
        name (str): Key of the extracted field; letters, digits and underscores only.
        type_ (PostCallFieldType): Data type of an extracted post-call field.
        description (str): Explanation of what the field holds, used to guide the extraction.
    """

    name: str
    type_: PostCallFieldType
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = PostCallFieldType(d.pop("type"))

        description = d.pop("description")

        post_call_schema_field = cls(
            name=name,
            type_=type_,
            description=description,
        )

        post_call_schema_field.additional_properties = d
        return post_call_schema_field

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
