from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stt_context_entry import SttContextEntry


T = TypeVar("T", bound="SttContext")


@_attrs_define
class SttContext:
    """Hints for speech recognition.

    Attributes:
        general (list[SttContextEntry]): Key/value facts about the calls (topic, place, ...).
        terms (list[str]): Domain words the recogniser should expect.
    """

    general: list[SttContextEntry]
    terms: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general = []
        for general_item_data in self.general:
            general_item = general_item_data.to_dict()
            general.append(general_item)

        terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "general": general,
                "terms": terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stt_context_entry import SttContextEntry

        d = dict(src_dict)
        general = []
        _general = d.pop("general")
        for general_item_data in _general:
            general_item = SttContextEntry.from_dict(general_item_data)

            general.append(general_item)

        terms = cast(list[str], d.pop("terms"))

        stt_context = cls(
            general=general,
            terms=terms,
        )

        stt_context.additional_properties = d
        return stt_context

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
