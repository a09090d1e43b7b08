from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """Text-to-speech settings. CallHQ supports ElevenLabs and Sarvam voices. Only the Sarvam provider string (`sarvam`) is
    shown in the docs; the ElevenLabs one is not, so `provider` is an open string.

        Attributes:
            provider (str | Unset): Text-to-speech provider (Sarvam or ElevenLabs).
            voice_id (str | Unset): Identifier of the voice at the provider. Required for Sarvam.
            model (str | Unset): Text-to-speech model of the provider. Required for Sarvam.
            language (str | Unset): Language the voice speaks. Required for Sarvam.
            speed (float | Unset): Speaking rate of the voice (no range is documented).
    """

    provider: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    model: str | Unset = UNSET
    language: str | Unset = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        voice_id = self.voice_id

        model = self.model

        language = self.language

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if voice_id is not UNSET:
            field_dict["voiceId"] = voice_id
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        voice_id = d.pop("voiceId", UNSET)

        model = d.pop("model", UNSET)

        language = d.pop("language", UNSET)

        speed = d.pop("speed", UNSET)

        voice = cls(
            provider=provider,
            voice_id=voice_id,
            model=model,
            language=language,
            speed=speed,
        )

        voice.additional_properties = d
        return voice

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
