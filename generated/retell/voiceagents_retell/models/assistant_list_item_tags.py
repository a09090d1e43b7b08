from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assistant_list_item_tag import AssistantListItemTag


T = TypeVar("T", bound="AssistantListItemTags")


@_attrs_define
class AssistantListItemTags:
    """The agent's root tags, by tag name (the authoritative set)."""

    additional_properties: dict[str, AssistantListItemTag] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_list_item_tag import AssistantListItemTag

        d = dict(src_dict)
        assistant_list_item_tags = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AssistantListItemTag.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        assistant_list_item_tags.additional_properties = additional_properties
        return assistant_list_item_tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AssistantListItemTag:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AssistantListItemTag) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
