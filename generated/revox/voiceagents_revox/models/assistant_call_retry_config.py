from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekday import Weekday
from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_calling_window import AssistantCallingWindow


T = TypeVar("T", bound="AssistantCallRetryConfig")


@_attrs_define
class AssistantCallRetryConfig:
    """Retry settings as stored.

    Attributes:
        allowed_days (list[str | Weekday] | Unset): Days on which calls may be placed.
        call_twice_in_a_row (bool | Unset): Whether a missed first attempt is followed at once by the second.
        calling_windows (list[AssistantCallingWindow] | Unset): Time windows in which calls may be placed.
        max_retry_attempts (int | Unset): Highest number of retry attempts.
        timezone (None | str | Unset): IANA time zone override, or `null`.
    """

    allowed_days: list[str | Weekday] | Unset = UNSET
    call_twice_in_a_row: bool | Unset = UNSET
    calling_windows: list[AssistantCallingWindow] | Unset = UNSET
    max_retry_attempts: int | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        allowed_days: list[str] | Unset = UNSET
        if not isinstance(self.allowed_days, Unset):
            allowed_days = []
            for allowed_days_item_data in self.allowed_days:
                allowed_days_item: str
                if isinstance(allowed_days_item_data, Weekday):
                    allowed_days_item = allowed_days_item_data.value
                else:
                    allowed_days_item = allowed_days_item_data
                allowed_days.append(allowed_days_item)

        call_twice_in_a_row = self.call_twice_in_a_row

        calling_windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calling_windows, Unset):
            calling_windows = []
            for calling_windows_item_data in self.calling_windows:
                calling_windows_item = calling_windows_item_data.to_dict()
                calling_windows.append(calling_windows_item)

        max_retry_attempts = self.max_retry_attempts

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_days is not UNSET:
            field_dict["allowed_days"] = allowed_days
        if call_twice_in_a_row is not UNSET:
            field_dict["call_twice_in_a_row"] = call_twice_in_a_row
        if calling_windows is not UNSET:
            field_dict["calling_windows"] = calling_windows
        if max_retry_attempts is not UNSET:
            field_dict["max_retry_attempts"] = max_retry_attempts
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
        try:
            _allowed_days = _allowed_days_raw
            allowed_days: list[str | Weekday] | Unset = UNSET
            if _allowed_days is not UNSET:
                allowed_days = []
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
            allowed_days = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["allowed_days"] = _allowed_days_raw
            warnings.append(
                describe_misfit(
                    "allowed_days", _allowed_days_raw, "list[str | Weekday]"
                )
            )
        _call_twice_in_a_row_raw = d.pop("call_twice_in_a_row", UNSET)
        try:
            if not isinstance(_call_twice_in_a_row_raw, Unset) and not (
                isinstance(_call_twice_in_a_row_raw, bool)
            ):
                raise TypeError()
            call_twice_in_a_row = _call_twice_in_a_row_raw
        except Exception:  # an answer never raises: the value is kept as sent
            call_twice_in_a_row = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["call_twice_in_a_row"] = _call_twice_in_a_row_raw
            warnings.append(
                describe_misfit("call_twice_in_a_row", _call_twice_in_a_row_raw, "bool")
            )
        _calling_windows_raw = d.pop("calling_windows", UNSET)
        try:
            _calling_windows = _calling_windows_raw
            calling_windows: list[AssistantCallingWindow] | Unset = UNSET
            if _calling_windows is not UNSET:
                calling_windows = []
                for calling_windows_item_data in _calling_windows:
                    calling_windows_item = AssistantCallingWindow.from_dict(
                        calling_windows_item_data
                    )

                    calling_windows.append(calling_windows_item)

        except Exception:  # an answer never raises: the value is kept as sent
            calling_windows = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["calling_windows"] = _calling_windows_raw
            warnings.append(
                describe_misfit(
                    "calling_windows",
                    _calling_windows_raw,
                    "list[AssistantCallingWindow]",
                )
            )
        _max_retry_attempts_raw = d.pop("max_retry_attempts", UNSET)
        try:
            if not isinstance(_max_retry_attempts_raw, Unset) and not (
                isinstance(_max_retry_attempts_raw, int)
                and not isinstance(_max_retry_attempts_raw, bool)
            ):
                raise TypeError()
            max_retry_attempts = _max_retry_attempts_raw
        except Exception:  # an answer never raises: the value is kept as sent
            max_retry_attempts = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["max_retry_attempts"] = _max_retry_attempts_raw
            warnings.append(
                describe_misfit("max_retry_attempts", _max_retry_attempts_raw, "int")
            )
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
            timezone = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["timezone"] = _timezone_raw
            warnings.append(describe_misfit("timezone", _timezone_raw, "None | str"))
        assistant_call_retry_config = cls(
            allowed_days=allowed_days,
            call_twice_in_a_row=call_twice_in_a_row,
            calling_windows=calling_windows,
            max_retry_attempts=max_retry_attempts,
            timezone=timezone,
        )
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
