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

from ..models.stt_provider import SttProvider
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantCustomSttConfig")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCustomSttConfig(AnswerModel):
    """Own speech-to-text set-up, used when `stt_mode` is `custom`.

    Attributes:
        provider (str | SttProvider): Speech-to-text provider of a custom configuration.
        endpointing_ms (int): Silence, in milliseconds, that ends the user's turn. Its minimum depends on the provider:
            100 for Azure, AssemblyAI and Muse, 10 for Deepgram, 500 for Soniox. With AssemblyAI it is
            the minimum turn silence (100 to 3000 ms); half of it, rounded to the millisecond and kept
            between 500 and 1000 ms, is added for the maximum turn silence, which never exceeds 3000 ms.
            Muse detects the end of turns itself and ignores the value. (The per-provider bounds are
            checked by rules of the request bodies, next to the other cross-field rules.)
    """

    provider: str | SttProvider
    endpointing_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "provider": "provider",
        "endpointing_ms": "endpointing_ms",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "provider"):  # else the answer lacked it: not invented here
            provider: str
            if isinstance(self.provider, SttProvider):
                provider = self.provider.value
            else:
                provider = self.provider
            field_dict["provider"] = provider
        if hasattr(
            self, "endpointing_ms"
        ):  # else the answer lacked it: not invented here
            endpointing_ms = self.endpointing_ms
            field_dict["endpointing_ms"] = endpointing_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCustomSttConfig takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["provider", "endpointing_ms"]
            if _member not in d
        ]
        _provider_raw = d.pop("provider", UNSET)
        if not isinstance(_provider_raw, Unset):
            try:

                def _parse_provider(data: object) -> str | SttProvider:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        provider_type_0 = SttProvider(data)

                        return provider_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | SttProvider, data)

                provider = _parse_provider(_provider_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                provider = cast(Any, UNSET)
                unset.append("provider")
                kept["provider"] = _provider_raw
                warnings.append(
                    describe_misfit("provider", _provider_raw, "str | SttProvider")
                )

        else:  # missing: the warning is above; the slot stays empty
            provider = cast(Any, UNSET)
            unset.append("provider")
        _endpointing_ms_raw = d.pop("endpointing_ms", UNSET)
        if not isinstance(_endpointing_ms_raw, Unset):
            try:
                if not (
                    isinstance(_endpointing_ms_raw, int)
                    and not isinstance(_endpointing_ms_raw, bool)
                ):
                    raise TypeError()
                endpointing_ms = _endpointing_ms_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                endpointing_ms = cast(Any, UNSET)
                unset.append("endpointing_ms")
                kept["endpointing_ms"] = _endpointing_ms_raw
                warnings.append(
                    describe_misfit("endpointing_ms", _endpointing_ms_raw, "int")
                )

        else:  # missing: the warning is above; the slot stays empty
            endpointing_ms = cast(Any, UNSET)
            unset.append("endpointing_ms")
        assistant_custom_stt_config = cls(
            provider=provider,
            endpointing_ms=endpointing_ms,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_custom_stt_config, _name)
        assistant_custom_stt_config.additional_properties = {**d, **kept}
        assistant_custom_stt_config.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_custom_stt_config

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
