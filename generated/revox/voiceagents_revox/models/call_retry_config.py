from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekday import Weekday
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calling_window import CallingWindow


T = TypeVar("T", bound="CallRetryConfig")


@_attrs_define
class CallRetryConfig:
    """When and how often Revox calls again after an attempt that did not get through. Leaving the
    whole object out makes Revox use its defaults (the `default` values below); when it is sent,
    the SDK marks `allowed_days`, `call_twice_in_a_row`, `calling_windows` and
    `max_retry_attempts` as required.

        Attributes:
            allowed_days (list[Weekday]): Days of the week on which calls may be placed, in the recipient's time zone.
            call_twice_in_a_row (bool): When true and `max_retry_attempts` is at least 2, a first attempt that reached no
                person
                is followed at once by the second one, without waiting `retry_delay_seconds`. Calling
                windows and allowed days still apply; later attempts are not affected.
                 Default: False.
            calling_windows (list[CallingWindow]): Time windows of the day in which calls may be placed.
            max_retry_attempts (int): Highest number of retry attempts. Default: 3.
            timezone (None | str | Unset): IANA time zone name that overrides the zone Revox otherwise derives from the
                country code
                of the number being called.
    """

    allowed_days: list[Weekday]
    calling_windows: list[CallingWindow]
    call_twice_in_a_row: bool = False
    max_retry_attempts: int = 3
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_days = []
        for allowed_days_item_data in self.allowed_days:
            allowed_days_item = allowed_days_item_data.value
            allowed_days.append(allowed_days_item)

        call_twice_in_a_row = self.call_twice_in_a_row

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
        field_dict.update(
            {
                "allowed_days": allowed_days,
                "call_twice_in_a_row": call_twice_in_a_row,
                "calling_windows": calling_windows,
                "max_retry_attempts": max_retry_attempts,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.calling_window import CallingWindow

        d = dict(src_dict)
        allowed_days = []
        _allowed_days = d.pop("allowed_days")
        for allowed_days_item_data in _allowed_days:
            allowed_days_item = Weekday(allowed_days_item_data)

            allowed_days.append(allowed_days_item)

        call_twice_in_a_row = d.pop("call_twice_in_a_row")

        calling_windows = []
        _calling_windows = d.pop("calling_windows")
        for calling_windows_item_data in _calling_windows:
            calling_windows_item = CallingWindow.from_dict(calling_windows_item_data)

            calling_windows.append(calling_windows_item)

        max_retry_attempts = d.pop("max_retry_attempts")

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        call_retry_config = cls(
            allowed_days=allowed_days,
            call_twice_in_a_row=call_twice_in_a_row,
            calling_windows=calling_windows,
            max_retry_attempts=max_retry_attempts,
            timezone=timezone,
        )

        call_retry_config.additional_properties = d
        return call_retry_config

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
