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

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantZohoFieldMapping")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantZohoFieldMapping(AnswerModel):
    """A call value copied into a Zoho field, as stored.

    Attributes:
        source (str): Extracted value or prompt variable read.
        zoho_field (str): API name of the Zoho field filled.
    """

    source: str
    zoho_field: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "source": "source",
        "zoho_field": "zoho_field",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "source"):  # else the answer lacked it: not invented here
            source = self.source
            field_dict["source"] = source
        if hasattr(self, "zoho_field"):  # else the answer lacked it: not invented here
            zoho_field = self.zoho_field
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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["source", "zoho_field"]
            if _member not in d
        ]
        _source_raw = d.pop("source", UNSET)
        if not isinstance(_source_raw, Unset):
            try:
                if not (isinstance(_source_raw, str)):
                    raise TypeError()
                source = _source_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                source = cast(Any, UNSET)
                unset.append("source")
                kept["source"] = _source_raw
                warnings.append(describe_misfit("source", _source_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            source = cast(Any, UNSET)
            unset.append("source")
        _zoho_field_raw = d.pop("zoho_field", UNSET)
        if not isinstance(_zoho_field_raw, Unset):
            try:
                if not (isinstance(_zoho_field_raw, str)):
                    raise TypeError()
                zoho_field = _zoho_field_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                zoho_field = cast(Any, UNSET)
                unset.append("zoho_field")
                kept["zoho_field"] = _zoho_field_raw
                warnings.append(describe_misfit("zoho_field", _zoho_field_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            zoho_field = cast(Any, UNSET)
            unset.append("zoho_field")
        assistant_zoho_field_mapping = cls(
            source=source,
            zoho_field=zoho_field,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_zoho_field_mapping, _name)
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
