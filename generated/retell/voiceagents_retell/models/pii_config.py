from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pii_category import PiiCategory
from ..models.pii_mode import PiiMode

T = TypeVar("T", bound="PiiConfig")


@_attrs_define
class PiiConfig:
    """Scrubbing of personal data from transcripts and recordings.

    Attributes:
        categories (list[PiiCategory]): Kinds of personal data to scrub; an empty list turns scrubbing off.
        mode (PiiMode): When personal data is scrubbed; only after the call (`post_call`) for now.
    """

    categories: list[PiiCategory]
    mode: PiiMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = PiiCategory(categories_item_data)

            categories.append(categories_item)

        mode = PiiMode(d.pop("mode"))

        pii_config = cls(
            categories=categories,
            mode=mode,
        )

        pii_config.additional_properties = d
        return pii_config

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
