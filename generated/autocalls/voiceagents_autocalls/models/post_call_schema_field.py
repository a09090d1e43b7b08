from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_call_field_type import PostCallFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCallSchemaField")


@_attrs_define
class PostCallSchemaField:
    """One field extracted from the conversation after the call. The v2 page marks none of the three keys as required (the
    legacy v1 page required all three and limited `name` to letters, digits and underscores; that is not carried over
    here).

        Attributes:
            name (str | Unset): Key under which the extracted value is stored.
            type_ (PostCallFieldType | Unset): Data type of an extracted post-call field.
            description (str | Unset): What the value means, used to guide the extraction.
    """

    name: str | Unset = UNSET
    type_: PostCallFieldType | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PostCallFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PostCallFieldType(_type_)

        description = d.pop("description", UNSET)

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
