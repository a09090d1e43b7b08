from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_model import CartesiaModel
from ..models.voice_provider import VoiceProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """Text-to-speech voice; Revox lists the available voices at `GET /voices`.

    Attributes:
        id (str): Identifier of the voice at its provider.
        provider (VoiceProvider): Text-to-speech provider a voice belongs to.
        model (CartesiaModel | Unset): Cartesia text-to-speech model generation.
        speed (float | Unset): Speaking rate multiplier. The allowed range depends on the provider: 0.6 to 1.5 for
            Cartesia and Gradium, 0.7 to 1.2 for ElevenLabs.
             Default: 1.0.
        volume (float | Unset): Loudness multiplier, 0.5 to 2.0 (Cartesia voices only; other providers ignore it).
            Default: 1.0.
    """

    id: str
    provider: VoiceProvider
    model: CartesiaModel | Unset = UNSET
    speed: float | Unset = UNSET
    volume: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider.value

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        speed = self.speed

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if speed is not UNSET:
            field_dict["speed"] = speed
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        provider = VoiceProvider(d.pop("provider"))

        _model = d.pop("model", UNSET)
        model: CartesiaModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = CartesiaModel(_model)

        speed = d.pop("speed", UNSET)

        volume = d.pop("volume", UNSET)

        voice = cls(
            id=id,
            provider=provider,
            model=model,
            speed=speed,
            volume=volume,
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
