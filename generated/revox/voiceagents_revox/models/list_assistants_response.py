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
    from ..models.assistant import Assistant


T = TypeVar("T", bound="ListAssistantsResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListAssistantsResponse(AnswerModel):
    """Body of a successful list call.

    Attributes:
        assistants (list[Assistant]): Every assistant of the account.
    """

    assistants: list[Assistant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "assistants": "assistants",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "assistants"):  # else the answer lacked it: not invented here
            assistants = []
            for assistants_item_data in self.assistants:
                assistants_item = assistants_item_data.to_dict()
                assistants.append(assistants_item)

            field_dict["assistants"] = assistants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant import Assistant

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("ListAssistantsResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["assistants"]
            if _member not in d
        ]
        _assistants_raw = d.pop("assistants", UNSET)
        if not isinstance(_assistants_raw, Unset):
            try:
                assistants = []
                _assistants = _assistants_raw
                for assistants_item_data in _assistants:
                    assistants_item = Assistant.from_dict(assistants_item_data)

                    assistants.append(assistants_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                assistants = cast(Any, UNSET)
                unset.append("assistants")
                kept["assistants"] = _assistants_raw
                warnings.append(
                    describe_misfit("assistants", _assistants_raw, "list[Assistant]")
                )

        else:  # missing: the warning is above; the slot stays empty
            assistants = cast(Any, UNSET)
            unset.append("assistants")
        list_assistants_response = cls(
            assistants=assistants,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(list_assistants_response, _name)
        list_assistants_response.additional_properties = {**d, **kept}
        list_assistants_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return list_assistants_response

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
