from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallingWindow")


@_attrs_define
class CallingWindow:
    """A daily time window for calls, read in the recipient's time zone (or in `timezone` when
    given). All three fields are required by the SDK; the defaults are what Revox uses when no
    retry configuration is sent.

        Attributes:
            calling_window_start_time (str): Opening time, written `HH:mm` (24-hour clock) or `H:mma` (12-hour clock).
                Default: '10:00'.
            calling_window_end_time (str): Closing time, written `HH:mm` (24-hour clock) or `H:mma` (12-hour clock).
                Default: '18:00'.
            retry_delay_seconds (int): Wait between two attempts, in seconds (7200 is two hours); 0 means the next attempt
                comes
                at the first moment the calling window permits.
                 Default: 7200.
    """

    calling_window_start_time: str = "10:00"
    calling_window_end_time: str = "18:00"
    retry_delay_seconds: int = 7200
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calling_window_start_time = self.calling_window_start_time

        calling_window_end_time = self.calling_window_end_time

        retry_delay_seconds = self.retry_delay_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calling_window_start_time": calling_window_start_time,
                "calling_window_end_time": calling_window_end_time,
                "retry_delay_seconds": retry_delay_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        calling_window_start_time = d.pop("calling_window_start_time")

        calling_window_end_time = d.pop("calling_window_end_time")

        retry_delay_seconds = d.pop("retry_delay_seconds")

        calling_window = cls(
            calling_window_start_time=calling_window_start_time,
            calling_window_end_time=calling_window_end_time,
            retry_delay_seconds=retry_delay_seconds,
        )

        calling_window.additional_properties = d
        return calling_window

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
