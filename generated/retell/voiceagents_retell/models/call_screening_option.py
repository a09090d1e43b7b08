from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallScreeningOption")


@_attrs_define
class CallScreeningOption:
    """What the agent answers when a call-screening service asks who is calling and why; with it the
    prompt gets instructions for such questions.

        Attributes:
            agent_identity (str): Who the agent says is calling; dynamic variables may be used.
            call_purpose (str): Why the agent says it is calling; dynamic variables may be used.
    """

    agent_identity: str
    call_purpose: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_identity = self.agent_identity

        call_purpose = self.call_purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_identity": agent_identity,
                "call_purpose": call_purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_identity = d.pop("agent_identity")

        call_purpose = d.pop("call_purpose")

        call_screening_option = cls(
            agent_identity=agent_identity,
            call_purpose=call_purpose,
        )

        call_screening_option.additional_properties = d
        return call_screening_option

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
