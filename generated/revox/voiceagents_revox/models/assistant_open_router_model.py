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

T = TypeVar("T", bound="AssistantOpenRouterModel")


@_attrs_define
class AssistantOpenRouterModel:
    """An OpenRouter model as stored.

    Attributes:
        type_ (Literal['openrouter']): Tag of the OpenRouter variant.
        openrouter_model_id (str): OpenRouter's identifier of the model.
        openrouter_provider (str): OpenRouter provider serving the model.
    """

    type_: Literal["openrouter"]
    openrouter_model_id: str
    openrouter_provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        openrouter_model_id = self.openrouter_model_id

        openrouter_provider = self.openrouter_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "openrouter_model_id": openrouter_model_id,
                "openrouter_provider": openrouter_provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["openrouter"], d.pop("type"))
        if type_ != "openrouter":
            raise ValueError(f"type must match const 'openrouter', got '{type_}'")

        openrouter_model_id = d.pop("openrouter_model_id")

        openrouter_provider = d.pop("openrouter_provider")

        assistant_open_router_model = cls(
            type_=type_,
            openrouter_model_id=openrouter_model_id,
            openrouter_provider=openrouter_provider,
        )

        assistant_open_router_model.additional_properties = d
        return assistant_open_router_model

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
