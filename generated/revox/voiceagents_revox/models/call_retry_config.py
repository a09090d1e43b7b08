from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calling_window import CallingWindow


T = TypeVar("T", bound="CallRetryConfig")


@_attrs_define
class CallRetryConfig:
    """When and how often Revox calls again after an unsuccessful attempt. Leaving the whole object
    out makes Revox use its defaults (the `default` values below); when it is sent, the SDK types
    mark `calling_windows` and `max_retry_attempts` as required.

        Attributes:
            calling_windows (list[CallingWindow]): Time windows in which calls may be placed.
            max_retry_attempts (int): Highest number of retry attempts. Default: 3.
            timezone (None | str | Unset): IANA time zone name that overrides the zone Revox otherwise derives from the
                country code
                of the number being called.
    """

    calling_windows: list[CallingWindow]
    max_retry_attempts: int = 3
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
