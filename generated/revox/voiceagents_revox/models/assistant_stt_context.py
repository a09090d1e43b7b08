from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_stt_context_entry import AssistantSttContextEntry


T = TypeVar("T", bound="AssistantSttContext")


@_attrs_define
class AssistantSttContext:
    """Speech-recognition hints, as stored.

    Attributes:
        general (list[AssistantSttContextEntry] | Unset): Key/value facts.
        terms (list[str] | Unset): Domain words.
    """

    general: list[AssistantSttContextEntry] | Unset = UNSET
    terms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        general: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = []
            for general_item_data in self.general:
                general_item = general_item_data.to_dict()
                general.append(general_item)

        terms: list[str] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general is not UNSET:
            field_dict["general"] = general
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_stt_context_entry import AssistantSttContextEntry

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSttContext takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["general", "terms"]
            if _member not in d
        ]
        _general_raw = d.pop("general", UNSET)
        try:
            _general = _general_raw
            general: list[AssistantSttContextEntry] | Unset = UNSET
            if _general is not UNSET:
                general = []
                for general_item_data in _general:
                    general_item = AssistantSttContextEntry.from_dict(general_item_data)

                    general.append(general_item)

        except Exception:  # an answer never raises: the value is kept as sent
            general = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["general"] = _general_raw
            warnings.append(
                describe_misfit(
                    "general", _general_raw, "list[AssistantSttContextEntry]"
                )
            )
        _terms_raw = d.pop("terms", UNSET)
        try:
            terms = cast(list[str], _terms_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            terms = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["terms"] = _terms_raw
            warnings.append(describe_misfit("terms", _terms_raw, "list[str]"))
        assistant_stt_context = cls(
            general=general,
            terms=terms,
        )
        assistant_stt_context.additional_properties = {**d, **kept}
        assistant_stt_context.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_stt_context

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
