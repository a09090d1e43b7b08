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

T = TypeVar("T", bound="ResponseEngineCustomLlm")


@_attrs_define
class ResponseEngineCustomLlm:
    """Your own LLM server, which Retell talks to over a websocket.

    Attributes:
        type_ (Literal['custom-llm']): Tag of the custom LLM variant.
        llm_websocket_url (str): Websocket address of your LLM server.
    """

    type_: Literal["custom-llm"]
    llm_websocket_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        llm_websocket_url = self.llm_websocket_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "llm_websocket_url": llm_websocket_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["custom-llm"], d.pop("type"))
        if type_ != "custom-llm":
            raise ValueError(f"type must match const 'custom-llm', got '{type_}'")

        llm_websocket_url = d.pop("llm_websocket_url")

        response_engine_custom_llm = cls(
            type_=type_,
            llm_websocket_url=llm_websocket_url,
        )

        response_engine_custom_llm.additional_properties = d
        return response_engine_custom_llm

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
