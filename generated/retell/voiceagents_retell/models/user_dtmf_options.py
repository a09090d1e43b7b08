from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserDtmfOptions")


@_attrs_define
class UserDtmfOptions:
    """How keypad (DTMF) input from the user is collected into one turn.

    Attributes:
        digit_limit (float | None | Unset): Most digits the user can key in one turn; once reached, the input is
            complete and the agent
            answers at once.
        termination_key (None | str | Unset): The one key that ends the input, a digit from 0 to 9, `#` or `*`.
        timeout_ms (int | Unset): How long to wait for keypad input, in milliseconds; each digit restarts the wait.
    """

    digit_limit: float | None | Unset = UNSET
    termination_key: None | str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digit_limit: float | None | Unset
        if isinstance(self.digit_limit, Unset):
            digit_limit = UNSET
        else:
            digit_limit = self.digit_limit

        termination_key: None | str | Unset
        if isinstance(self.termination_key, Unset):
            termination_key = UNSET
        else:
            termination_key = self.termination_key

        timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if digit_limit is not UNSET:
            field_dict["digit_limit"] = digit_limit
        if termination_key is not UNSET:
            field_dict["termination_key"] = termination_key
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_digit_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        digit_limit = _parse_digit_limit(d.pop("digit_limit", UNSET))

        def _parse_termination_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_key = _parse_termination_key(d.pop("termination_key", UNSET))

        timeout_ms = d.pop("timeout_ms", UNSET)

        user_dtmf_options = cls(
            digit_limit=digit_limit,
            termination_key=termination_key,
            timeout_ms=timeout_ms,
        )

        user_dtmf_options.additional_properties = d
        return user_dtmf_options

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
