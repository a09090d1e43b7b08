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

from ..models.weekday import Weekday
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_calling_window import AssistantCallingWindow


T = TypeVar("T", bound="AssistantCallRetryConfig")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCallRetryConfig(AnswerModel):
    """Retry settings as stored.

    Attributes:
        allowed_days (list[str | Weekday]): Days on which calls may be placed.
        call_twice_in_a_row (bool): Whether a missed first attempt is followed at once by the second.
        calling_windows (list[AssistantCallingWindow]): Time windows in which calls may be placed.
        max_retry_attempts (int): Highest number of retry attempts.
        timezone (None | str | Unset): IANA time zone override, or `null`.
    """

    allowed_days: list[str | Weekday]
    call_twice_in_a_row: bool
    calling_windows: list[AssistantCallingWindow]
    max_retry_attempts: int
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "allowed_days": "allowed_days",
        "call_twice_in_a_row": "call_twice_in_a_row",
        "calling_windows": "calling_windows",
        "max_retry_attempts": "max_retry_attempts",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(
            self, "allowed_days"
        ):  # else the answer lacked it: not invented here
            allowed_days = []
            for allowed_days_item_data in self.allowed_days:
                allowed_days_item: str
                if isinstance(allowed_days_item_data, Weekday):
                    allowed_days_item = allowed_days_item_data.value
                else:
                    allowed_days_item = allowed_days_item_data
                allowed_days.append(allowed_days_item)

            field_dict["allowed_days"] = allowed_days
        if hasattr(
            self, "call_twice_in_a_row"
        ):  # else the answer lacked it: not invented here
            call_twice_in_a_row = self.call_twice_in_a_row
            field_dict["call_twice_in_a_row"] = call_twice_in_a_row
        if hasattr(
            self, "calling_windows"
        ):  # else the answer lacked it: not invented here
            calling_windows = []
            for calling_windows_item_data in self.calling_windows:
                calling_windows_item = calling_windows_item_data.to_dict()
                calling_windows.append(calling_windows_item)

            field_dict["calling_windows"] = calling_windows
        if hasattr(
            self, "max_retry_attempts"
        ):  # else the answer lacked it: not invented here
            max_retry_attempts = self.max_retry_attempts
            field_dict["max_retry_attempts"] = max_retry_attempts
        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_calling_window import AssistantCallingWindow

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCallRetryConfig takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "allowed_days",
                "call_twice_in_a_row",
                "calling_windows",
                "max_retry_attempts",
            ]
            if _member not in d
        ]
        _allowed_days_raw = d.pop("allowed_days", UNSET)
        if not isinstance(_allowed_days_raw, Unset):
            try:
                allowed_days = []
                _allowed_days = _allowed_days_raw
                for allowed_days_item_data in _allowed_days:

                    def _parse_allowed_days_item(data: object) -> str | Weekday:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            allowed_days_item_type_0 = Weekday(data)

                            return allowed_days_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | Weekday, data)

                    allowed_days_item = _parse_allowed_days_item(allowed_days_item_data)

                    allowed_days.append(allowed_days_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                allowed_days = cast(Any, UNSET)
                unset.append("allowed_days")
                kept["allowed_days"] = _allowed_days_raw
                warnings.append(
                    describe_misfit(
                        "allowed_days", _allowed_days_raw, "list[str | Weekday]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            allowed_days = cast(Any, UNSET)
            unset.append("allowed_days")
        _call_twice_in_a_row_raw = d.pop("call_twice_in_a_row", UNSET)
        if not isinstance(_call_twice_in_a_row_raw, Unset):
            try:
                if not (isinstance(_call_twice_in_a_row_raw, bool)):
                    raise TypeError()
                call_twice_in_a_row = _call_twice_in_a_row_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                call_twice_in_a_row = cast(Any, UNSET)
                unset.append("call_twice_in_a_row")
                kept["call_twice_in_a_row"] = _call_twice_in_a_row_raw
                warnings.append(
                    describe_misfit(
                        "call_twice_in_a_row", _call_twice_in_a_row_raw, "bool"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            call_twice_in_a_row = cast(Any, UNSET)
            unset.append("call_twice_in_a_row")
        _calling_windows_raw = d.pop("calling_windows", UNSET)
        if not isinstance(_calling_windows_raw, Unset):
            try:
                calling_windows = []
                _calling_windows = _calling_windows_raw
                for calling_windows_item_data in _calling_windows:
                    calling_windows_item = AssistantCallingWindow.from_dict(
                        calling_windows_item_data
                    )

                    calling_windows.append(calling_windows_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                calling_windows = cast(Any, UNSET)
                unset.append("calling_windows")
                kept["calling_windows"] = _calling_windows_raw
                warnings.append(
                    describe_misfit(
                        "calling_windows",
                        _calling_windows_raw,
                        "list[AssistantCallingWindow]",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            calling_windows = cast(Any, UNSET)
            unset.append("calling_windows")
        _max_retry_attempts_raw = d.pop("max_retry_attempts", UNSET)
        if not isinstance(_max_retry_attempts_raw, Unset):
            try:
                if not (
                    isinstance(_max_retry_attempts_raw, int)
                    and not isinstance(_max_retry_attempts_raw, bool)
                ):
                    raise TypeError()
                max_retry_attempts = _max_retry_attempts_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                max_retry_attempts = cast(Any, UNSET)
                unset.append("max_retry_attempts")
                kept["max_retry_attempts"] = _max_retry_attempts_raw
                warnings.append(
                    describe_misfit(
                        "max_retry_attempts", _max_retry_attempts_raw, "int"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            max_retry_attempts = cast(Any, UNSET)
            unset.append("max_retry_attempts")
        _timezone_raw = d.pop("timezone", UNSET)
        try:

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(_timezone_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            timezone = cast(Any, UNSET)
            kept["timezone"] = _timezone_raw
            warnings.append(describe_misfit("timezone", _timezone_raw, "None | str"))

        assistant_call_retry_config = cls(
            allowed_days=allowed_days,
            call_twice_in_a_row=call_twice_in_a_row,
            calling_windows=calling_windows,
            max_retry_attempts=max_retry_attempts,
            timezone=timezone,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_call_retry_config, _name)
        assistant_call_retry_config.additional_properties = {**d, **kept}
        assistant_call_retry_config.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_call_retry_config

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
