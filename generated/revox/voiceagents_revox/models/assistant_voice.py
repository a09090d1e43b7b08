from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_provider import VoiceProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantVoice")


@_attrs_define
class AssistantVoice:
    """Voice settings as stored.

    Attributes:
        id (str): Identifier of the voice at its provider.
        provider (str | VoiceProvider): Text-to-speech provider (open set; unknown values are kept as text).
        speed (float | Unset): Speaking rate multiplier.
    """

    id: str
    provider: str | VoiceProvider
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider: str
        if isinstance(self.provider, VoiceProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
            }
        )
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_provider(data: object) -> str | VoiceProvider:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = VoiceProvider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VoiceProvider, data)

        provider = _parse_provider(d.pop("provider"))

        speed = d.pop("speed", UNSET)

        assistant_voice = cls(
            id=id,
            provider=provider,
            speed=speed,
        )

        assistant_voice.additional_properties = d
        return assistant_voice

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
