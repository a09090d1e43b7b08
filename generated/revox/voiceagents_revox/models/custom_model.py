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

T = TypeVar("T", bound="CustomModel")


@_attrs_define
class CustomModel:
    """Your own model behind an OpenAI-compatible chat completions API (your endpoint, your key).

    Attributes:
        type_ (Literal['custom']): Tag selecting the custom-endpoint variant.
        api_url (str): Base address of the OpenAI-compatible API.
        api_key (str): Key Revox sends to that API as a Bearer token. A credential.
        model_name (str): Model name as the provider expects it.
    """

    type_: Literal["custom"]
    api_url: str
    api_key: str
    model_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        api_url = self.api_url

        api_key = self.api_key

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "api_url": api_url,
                "api_key": api_key,
                "model_name": model_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        api_url = d.pop("api_url")

        api_key = d.pop("api_key")

        model_name = d.pop("model_name")

        custom_model = cls(
            type_=type_,
            api_url=api_url,
            api_key=api_key,
            model_name=model_name,
        )

        custom_model.additional_properties = d
        return custom_model

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
