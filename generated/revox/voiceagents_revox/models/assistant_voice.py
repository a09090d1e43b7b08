from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_model import CartesiaModel
from ..models.voice_provider import VoiceProvider
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantVoice")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantVoice(AnswerModel):
    """Voice settings as stored.

    Attributes:
        id (str): Identifier of the voice at its provider.
        provider (str | VoiceProvider): Text-to-speech provider.
        model (CartesiaModel | None | str | Unset): Cartesia model generation, or `null` (sonic-3 applies then).
        speed (float | None | Unset): Speaking rate multiplier.
        volume (float | None | Unset): Loudness multiplier (Cartesia voices).
    """

    id: str
    provider: str | VoiceProvider
    model: CartesiaModel | None | str | Unset = UNSET
    speed: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "id": "id",
        "provider": "provider",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "id"):  # else the answer lacked it: not invented here
            id = self.id
            field_dict["id"] = id
        if hasattr(self, "provider"):  # else the answer lacked it: not invented here
            provider: str
            if isinstance(self.provider, VoiceProvider):
                provider = self.provider.value
            else:
                provider = self.provider
            field_dict["provider"] = provider
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, CartesiaModel):
            model = self.model.value
        else:
            model = self.model
        if model is not UNSET:
            field_dict["model"] = model
        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed
        if speed is not UNSET:
            field_dict["speed"] = speed
        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantVoice takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "provider"]
            if _member not in d
        ]
        _id_raw = d.pop("id", UNSET)
        if not isinstance(_id_raw, Unset):
            try:
                if not (isinstance(_id_raw, str)):
                    raise TypeError()
                id = _id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                id = cast(Any, UNSET)
                unset.append("id")
                kept["id"] = _id_raw
                warnings.append(describe_misfit("id", _id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            id = cast(Any, UNSET)
            unset.append("id")
        _provider_raw = d.pop("provider", UNSET)
        if not isinstance(_provider_raw, Unset):
            try:

                def _parse_provider(data: object) -> str | VoiceProvider:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        provider_type_0 = VoiceProvider(data)

                        return provider_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | VoiceProvider, data)

                provider = _parse_provider(_provider_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                provider = cast(Any, UNSET)
                unset.append("provider")
                kept["provider"] = _provider_raw
                warnings.append(
                    describe_misfit("provider", _provider_raw, "str | VoiceProvider")
                )

        else:  # missing: the warning is above; the slot stays empty
            provider = cast(Any, UNSET)
            unset.append("provider")
        _model_raw = d.pop("model", UNSET)
        try:

            def _parse_model(data: object) -> CartesiaModel | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_0 = CartesiaModel(data)

                    return model_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CartesiaModel | None | str | Unset, data)

            model = _parse_model(_model_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            model = cast(Any, UNSET)
            kept["model"] = _model_raw
            warnings.append(
                describe_misfit("model", _model_raw, "CartesiaModel | None | str")
            )

        _speed_raw = d.pop("speed", UNSET)
        try:

            def _parse_speed(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            speed = _parse_speed(_speed_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            speed = cast(Any, UNSET)
            kept["speed"] = _speed_raw
            warnings.append(describe_misfit("speed", _speed_raw, "float | None"))

        _volume_raw = d.pop("volume", UNSET)
        try:

            def _parse_volume(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            volume = _parse_volume(_volume_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            volume = cast(Any, UNSET)
            kept["volume"] = _volume_raw
            warnings.append(describe_misfit("volume", _volume_raw, "float | None"))

        assistant_voice = cls(
            id=id,
            provider=provider,
            model=model,
            speed=speed,
            volume=volume,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_voice, _name)
        assistant_voice.additional_properties = {**d, **kept}
        assistant_voice.parse_warnings = warnings
        if warnings:
            misfit_tick()
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
