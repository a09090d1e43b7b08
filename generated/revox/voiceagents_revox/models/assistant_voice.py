from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_provider import VoiceProvider
from ..types import UNSET, Unset, describe_misfit

T = TypeVar("T", bound="AssistantVoice")


@_attrs_define
class AssistantVoice:
    """Voice settings as stored.

    Attributes:
        id (str | Unset): Identifier of the voice at its provider.
        provider (str | Unset | VoiceProvider): Text-to-speech provider (open set; unknown values are kept as text).
        speed (float | Unset): Speaking rate multiplier.
    """

    id: str | Unset = UNSET
    provider: str | Unset | VoiceProvider = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, VoiceProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            assistant_voice = cls()
            assistant_voice.parse_warnings.append(
                describe_misfit("", src_dict, "an object")
            )
            return assistant_voice
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _id_raw = d.pop("id", UNSET)
        try:
            if not isinstance(_id_raw, Unset) and not (isinstance(_id_raw, str)):
                raise TypeError()
            id = _id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            id = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["id"] = _id_raw
            warnings.append(describe_misfit("id", _id_raw, "str"))
        _provider_raw = d.pop("provider", UNSET)
        try:

            def _parse_provider(data: object) -> str | Unset | VoiceProvider:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    provider_type_0 = VoiceProvider(data)

                    return provider_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | VoiceProvider, data)

            provider = _parse_provider(_provider_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            provider = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["provider"] = _provider_raw
            warnings.append(
                describe_misfit("provider", _provider_raw, "str | VoiceProvider")
            )
        _speed_raw = d.pop("speed", UNSET)
        try:
            if not isinstance(_speed_raw, Unset) and not (
                isinstance(_speed_raw, int | float) and not isinstance(_speed_raw, bool)
            ):
                raise TypeError()
            speed = _speed_raw
        except Exception:  # an answer never raises: the value is kept as sent
            speed = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["speed"] = _speed_raw
            warnings.append(describe_misfit("speed", _speed_raw, "float"))
        assistant_voice = cls(
            id=id,
            provider=provider,
            speed=speed,
        )
        assistant_voice.additional_properties = {**d, **kept}
        assistant_voice.parse_warnings = warnings
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
