from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactMemoryConfig")


@_attrs_define
class ContactMemoryConfig:
    """Contact memory, for phone calls and SMS chats. A new agent reads the memory but does not rewrite
    it unless told otherwise (the defaults below). An update changes only the flags it sends (an
    empty object changes nothing); a flag set to false turns that part off, but the configuration
    itself cannot be removed. Agents that existed before this setting have both flags off.

        Attributes:
            enable_read (bool | Unset): Adds the contact's saved memory to the agent's prompt. Even when off, skippable
                nodes can use
                answers given earlier in the same conversation, and the contact dynamic variables (among them
                `contact_memory`) stay available.
                 Default: True.
            enable_update (bool | Unset): Rewrites the contact's memory after each conversation. It needs conversation data
                to be
                stored, and chat agents also need `end_chat_after_silence_ms`.
                 Default: False.
    """

    enable_read: bool | Unset = UNSET
    enable_update: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_read = self.enable_read

        enable_update = self.enable_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_read is not UNSET:
            field_dict["enable_read"] = enable_read
        if enable_update is not UNSET:
            field_dict["enable_update"] = enable_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_read = d.pop("enable_read", UNSET)

        enable_update = d.pop("enable_update", UNSET)

        contact_memory_config = cls(
            enable_read=enable_read,
            enable_update=enable_update,
        )

        contact_memory_config.additional_properties = d
        return contact_memory_config

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
