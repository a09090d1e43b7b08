from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assistant import Assistant


T = TypeVar("T", bound="CreateAssistantResponse")


@_attrs_define
class CreateAssistantResponse:
    """Body of a successful create call.

    Attributes:
        assistant (Assistant): A stored assistant as Revox returns it: the create settings (with Revox's defaults filled
            in, several of them nullable) plus identifiers and timestamps. Fields and required flags
            follow the official SDK's response type.
    """

    assistant: Assistant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant = self.assistant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant": assistant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant import Assistant

        d = dict(src_dict)
        assistant = Assistant.from_dict(d.pop("assistant"))

        create_assistant_response = cls(
            assistant=assistant,
        )

        create_assistant_response.additional_properties = d
        return create_assistant_response

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
