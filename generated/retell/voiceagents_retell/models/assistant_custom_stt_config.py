from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stt_provider import SttProvider
from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantCustomSttConfig")


@_attrs_define
class AssistantCustomSttConfig:
    """Own speech-to-text set-up, used when `stt_mode` is `custom`.

    Attributes:
        provider (str | SttProvider | Unset): Speech-to-text provider of a custom configuration.
        endpointing_ms (int | Unset): Silence, in milliseconds, that ends the user's turn. Its minimum depends on the
            provider:
            100 for Azure, AssemblyAI and Muse, 10 for Deepgram, 500 for Soniox. With AssemblyAI it is
            the minimum turn silence (100 to 3000 ms); half of it, rounded to the millisecond and kept
            between 500 and 1000 ms, is added for the maximum turn silence, which never exceeds 3000 ms.
            Muse detects the end of turns itself and ignores the value. (The per-provider bounds are
            checked by rules of the request bodies, next to the other cross-field rules.)
    """

    provider: str | SttProvider | Unset = UNSET
    endpointing_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, SttProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        endpointing_ms = self.endpointing_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if endpointing_ms is not UNSET:
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
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["provider", "endpointing_ms"]
            if _member not in d
        ]
        _provider_raw = d.pop("provider", UNSET)
        try:

            def _parse_provider(data: object) -> str | SttProvider | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    provider_type_0 = SttProvider(data)

                    return provider_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | SttProvider | Unset, data)

            provider = _parse_provider(_provider_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            provider = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["provider"] = _provider_raw
            warnings.append(
                describe_misfit("provider", _provider_raw, "str | SttProvider")
            )
        _endpointing_ms_raw = d.pop("endpointing_ms", UNSET)
        try:
            if not isinstance(_endpointing_ms_raw, Unset) and not (
                isinstance(_endpointing_ms_raw, int)
                and not isinstance(_endpointing_ms_raw, bool)
            ):
                raise TypeError()
            endpointing_ms = _endpointing_ms_raw
        except Exception:  # an answer never raises: the value is kept as sent
            endpointing_ms = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["endpointing_ms"] = _endpointing_ms_raw
            warnings.append(
                describe_misfit("endpointing_ms", _endpointing_ms_raw, "int")
            )
        assistant_custom_stt_config = cls(
            provider=provider,
            endpointing_ms=endpointing_ms,
        )
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
