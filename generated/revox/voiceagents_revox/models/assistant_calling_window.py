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

T = TypeVar("T", bound="AssistantCallingWindow")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCallingWindow(AnswerModel):
    """A calling window as stored.

    Attributes:
        calling_window_start_time (str): Opening time of the window.
        calling_window_end_time (str): Closing time of the window.
        retry_delay_seconds (int): Wait between two attempts, in seconds.
    """

    calling_window_start_time: str
    calling_window_end_time: str
    retry_delay_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "calling_window_start_time": "calling_window_start_time",
        "calling_window_end_time": "calling_window_end_time",
        "retry_delay_seconds": "retry_delay_seconds",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(
            self, "calling_window_start_time"
        ):  # else the answer lacked it: not invented here
            calling_window_start_time = self.calling_window_start_time
            field_dict["calling_window_start_time"] = calling_window_start_time
        if hasattr(
            self, "calling_window_end_time"
        ):  # else the answer lacked it: not invented here
            calling_window_end_time = self.calling_window_end_time
            field_dict["calling_window_end_time"] = calling_window_end_time
        if hasattr(
            self, "retry_delay_seconds"
        ):  # else the answer lacked it: not invented here
            retry_delay_seconds = self.retry_delay_seconds
            field_dict["retry_delay_seconds"] = retry_delay_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCallingWindow takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "calling_window_start_time",
                "calling_window_end_time",
                "retry_delay_seconds",
            ]
            if _member not in d
        ]
        _calling_window_start_time_raw = d.pop("calling_window_start_time", UNSET)
        if not isinstance(_calling_window_start_time_raw, Unset):
            try:
                if not (isinstance(_calling_window_start_time_raw, str)):
                    raise TypeError()
                calling_window_start_time = _calling_window_start_time_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                calling_window_start_time = cast(Any, UNSET)
                unset.append("calling_window_start_time")
                kept["calling_window_start_time"] = _calling_window_start_time_raw
                warnings.append(
                    describe_misfit(
                        "calling_window_start_time",
                        _calling_window_start_time_raw,
                        "str",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            calling_window_start_time = cast(Any, UNSET)
            unset.append("calling_window_start_time")
        _calling_window_end_time_raw = d.pop("calling_window_end_time", UNSET)
        if not isinstance(_calling_window_end_time_raw, Unset):
            try:
                if not (isinstance(_calling_window_end_time_raw, str)):
                    raise TypeError()
                calling_window_end_time = _calling_window_end_time_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                calling_window_end_time = cast(Any, UNSET)
                unset.append("calling_window_end_time")
                kept["calling_window_end_time"] = _calling_window_end_time_raw
                warnings.append(
                    describe_misfit(
                        "calling_window_end_time", _calling_window_end_time_raw, "str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            calling_window_end_time = cast(Any, UNSET)
            unset.append("calling_window_end_time")
        _retry_delay_seconds_raw = d.pop("retry_delay_seconds", UNSET)
        if not isinstance(_retry_delay_seconds_raw, Unset):
            try:
                if not (
                    isinstance(_retry_delay_seconds_raw, int)
                    and not isinstance(_retry_delay_seconds_raw, bool)
                ):
                    raise TypeError()
                retry_delay_seconds = _retry_delay_seconds_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                retry_delay_seconds = cast(Any, UNSET)
                unset.append("retry_delay_seconds")
                kept["retry_delay_seconds"] = _retry_delay_seconds_raw
                warnings.append(
                    describe_misfit(
                        "retry_delay_seconds", _retry_delay_seconds_raw, "int"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            retry_delay_seconds = cast(Any, UNSET)
            unset.append("retry_delay_seconds")
        assistant_calling_window = cls(
            calling_window_start_time=calling_window_start_time,
            calling_window_end_time=calling_window_end_time,
            retry_delay_seconds=retry_delay_seconds,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_calling_window, _name)
        assistant_calling_window.additional_properties = {**d, **kept}
        assistant_calling_window.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_calling_window

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
