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

T = TypeVar("T", bound="AssistantCalendly")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCalendly(AnswerModel):
    """Calendly integration as stored.

    Attributes:
        connection_id (str): Identifier of the Calendly connection.
        event_type_id (str): Calendly event type that gets booked.
    """

    connection_id: str
    event_type_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "connection_id": "connection_id",
        "event_type_id": "event_type_id",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(
            self, "connection_id"
        ):  # else the answer lacked it: not invented here
            connection_id = self.connection_id
            field_dict["connection_id"] = connection_id
        if hasattr(
            self, "event_type_id"
        ):  # else the answer lacked it: not invented here
            event_type_id = self.event_type_id
            field_dict["event_type_id"] = event_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCalendly takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["connection_id", "event_type_id"]
            if _member not in d
        ]
        _connection_id_raw = d.pop("connection_id", UNSET)
        if not isinstance(_connection_id_raw, Unset):
            try:
                if not (isinstance(_connection_id_raw, str)):
                    raise TypeError()
                connection_id = _connection_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                connection_id = cast(Any, UNSET)
                unset.append("connection_id")
                kept["connection_id"] = _connection_id_raw
                warnings.append(
                    describe_misfit("connection_id", _connection_id_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            connection_id = cast(Any, UNSET)
            unset.append("connection_id")
        _event_type_id_raw = d.pop("event_type_id", UNSET)
        if not isinstance(_event_type_id_raw, Unset):
            try:
                if not (isinstance(_event_type_id_raw, str)):
                    raise TypeError()
                event_type_id = _event_type_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                event_type_id = cast(Any, UNSET)
                unset.append("event_type_id")
                kept["event_type_id"] = _event_type_id_raw
                warnings.append(
                    describe_misfit("event_type_id", _event_type_id_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            event_type_id = cast(Any, UNSET)
            unset.append("event_type_id")
        assistant_calendly = cls(
            connection_id=connection_id,
            event_type_id=event_type_id,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_calendly, _name)
        assistant_calendly.additional_properties = {**d, **kept}
        assistant_calendly.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_calendly

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
