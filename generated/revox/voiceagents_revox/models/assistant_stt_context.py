from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_stt_context_entry import AssistantSttContextEntry


T = TypeVar("T", bound="AssistantSttContext")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantSttContext(AnswerModel):
    """Speech-recognition hints, as stored.

    Attributes:
        general (list[AssistantSttContextEntry]): Key/value facts.
        terms (list[str]): Domain words.
    """

    general: list[AssistantSttContextEntry]
    terms: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "general": "general",
        "terms": "terms",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "general"):  # else the answer lacked it: not invented here
            general = []
            for general_item_data in self.general:
                general_item = general_item_data.to_dict()
                general.append(general_item)

            field_dict["general"] = general
        if hasattr(self, "terms"):  # else the answer lacked it: not invented here
            terms = self.terms

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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["general", "terms"]
            if _member not in d
        ]
        _general_raw = d.pop("general", UNSET)
        if not isinstance(_general_raw, Unset):
            try:
                general = []
                _general = _general_raw
                for general_item_data in _general:
                    general_item = AssistantSttContextEntry.from_dict(general_item_data)

                    general.append(general_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                general = cast(Any, UNSET)
                unset.append("general")
                kept["general"] = _general_raw
                warnings.append(
                    describe_misfit(
                        "general", _general_raw, "list[AssistantSttContextEntry]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            general = cast(Any, UNSET)
            unset.append("general")
        _terms_raw = d.pop("terms", UNSET)
        if not isinstance(_terms_raw, Unset):
            try:
                terms = cast(list[str], _terms_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                terms = cast(Any, UNSET)
                unset.append("terms")
                kept["terms"] = _terms_raw
                warnings.append(describe_misfit("terms", _terms_raw, "list[str]"))

        else:  # missing: the warning is above; the slot stays empty
            terms = cast(Any, UNSET)
            unset.append("terms")
        assistant_stt_context = cls(
            general=general,
            terms=terms,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_stt_context, _name)
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
