from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ZohoFieldMapping")


@_attrs_define
class ZohoFieldMapping:
    """One call value copied into a Zoho field.

    Attributes:
        source (str): Name of an extracted value (`structured_output_config`), or else of a prompt variable
            with that name.
        zoho_field (str): API name of the Zoho field to fill.
    """

    source: str
    zoho_field: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        zoho_field = self.zoho_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "zoho_field": zoho_field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        zoho_field = d.pop("zoho_field")

        zoho_field_mapping = cls(
            source=source,
            zoho_field=zoho_field,
        )

        zoho_field_mapping.additional_properties = d
        return zoho_field_mapping

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
