from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stt_provider import SttProvider

T = TypeVar("T", bound="CustomSttConfig")


@_attrs_define
class CustomSttConfig:
    """Own speech-to-text set-up, used when `stt_mode` is `custom`.

    Attributes:
        provider (SttProvider): Speech-to-text provider of a custom configuration.
        endpointing_ms (int): Silence, in milliseconds, that ends the user's turn. Its minimum depends on the provider:
            100 for Azure, AssemblyAI and Muse, 10 for Deepgram, 500 for Soniox. With AssemblyAI it is
            the minimum turn silence (100 to 3000 ms); half of it, rounded to the millisecond and kept
            between 500 and 1000 ms, is added for the maximum turn silence, which never exceeds 3000 ms.
            Muse detects the end of turns itself and ignores the value. (The per-provider bounds are
            checked by rules of the request bodies, next to the other cross-field rules.)
    """

    provider: SttProvider
    endpointing_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        endpointing_ms = self.endpointing_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "endpointing_ms": endpointing_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = SttProvider(d.pop("provider"))

        endpointing_ms = d.pop("endpointing_ms")

        custom_stt_config = cls(
            provider=provider,
            endpointing_ms=endpointing_ms,
        )

        custom_stt_config.additional_properties = d
        return custom_stt_config

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
