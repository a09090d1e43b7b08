from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantZohoFieldMapping")


@_attrs_define
class AssistantZohoFieldMapping:
    """A call value copied into a Zoho field, as stored.

    Attributes:
        source (str | Unset): Extracted value or prompt variable read.
        zoho_field (str | Unset): API name of the Zoho field filled.
    """

    source: str | Unset = UNSET
    zoho_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        zoho_field = self.zoho_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if zoho_field is not UNSET:
            field_dict["zoho_field"] = zoho_field

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantZohoFieldMapping takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["source", "zoho_field"]
            if _member not in d
        ]
        _source_raw = d.pop("source", UNSET)
        try:
            if not isinstance(_source_raw, Unset) and not (
                isinstance(_source_raw, str)
            ):
                raise TypeError()
            source = _source_raw
        except Exception:  # an answer never raises: the value is kept as sent
            source = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["source"] = _source_raw
            warnings.append(describe_misfit("source", _source_raw, "str"))
        _zoho_field_raw = d.pop("zoho_field", UNSET)
        try:
            if not isinstance(_zoho_field_raw, Unset) and not (
                isinstance(_zoho_field_raw, str)
            ):
                raise TypeError()
            zoho_field = _zoho_field_raw
        except Exception:  # an answer never raises: the value is kept as sent
            zoho_field = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["zoho_field"] = _zoho_field_raw
            warnings.append(describe_misfit("zoho_field", _zoho_field_raw, "str"))
        assistant_zoho_field_mapping = cls(
            source=source,
            zoho_field=zoho_field,
        )
        assistant_zoho_field_mapping.additional_properties = {**d, **kept}
        assistant_zoho_field_mapping.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_zoho_field_mapping

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
