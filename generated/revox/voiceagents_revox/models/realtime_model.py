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

from ..models.realtime_provider import RealtimeProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeModel")


@_attrs_define
class RealtimeModel:
    """A realtime (speech-to-speech) model from OpenAI or Google.

    Attributes:
        type_ (Literal['realtime']): Tag selecting the realtime variant.
        provider (RealtimeProvider): Provider of a realtime (speech-to-speech) model.
        realtime_model_id (str): The provider's identifier of the realtime model.
        realtime_voice_id (str | Unset): Voice the realtime model speaks with.
    """

    type_: Literal["realtime"]
    provider: RealtimeProvider
    realtime_model_id: str
    realtime_voice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        provider = self.provider.value

        realtime_model_id = self.realtime_model_id

        realtime_voice_id = self.realtime_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "provider": provider,
                "realtime_model_id": realtime_model_id,
            }
        )
        if realtime_voice_id is not UNSET:
            field_dict["realtime_voice_id"] = realtime_voice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["realtime"], d.pop("type"))
        if type_ != "realtime":
            raise ValueError(f"type must match const 'realtime', got '{type_}'")

        provider = RealtimeProvider(d.pop("provider"))

        realtime_model_id = d.pop("realtime_model_id")

        realtime_voice_id = d.pop("realtime_voice_id", UNSET)

        realtime_model = cls(
            type_=type_,
            provider=provider,
            realtime_model_id=realtime_model_id,
            realtime_voice_id=realtime_voice_id,
        )

        realtime_model.additional_properties = d
        return realtime_model

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
