from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantUserDtmfOptions")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantUserDtmfOptions(AnswerModel):
    """How keypad (DTMF) input from the user is collected into one turn.

    Attributes:
        digit_limit (float | None | Unset): Most digits the user can key in one turn; once reached, the input is
            complete and the agent
            answers at once.
        termination_key (None | str | Unset): The one key that ends the input, a digit from 0 to 9, `#` or `*`.
        timeout_ms (int | None | Unset): How long to wait for keypad input, in milliseconds; each digit restarts the
            wait.
    """

    digit_limit: float | None | Unset = UNSET
    termination_key: None | str | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

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

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
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
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantUserDtmfOptions takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _digit_limit_raw = d.pop("digit_limit", UNSET)
        try:

            def _parse_digit_limit(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            digit_limit = _parse_digit_limit(_digit_limit_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            digit_limit = cast(Any, UNSET)
            kept["digit_limit"] = _digit_limit_raw
            warnings.append(
                describe_misfit("digit_limit", _digit_limit_raw, "float | None")
            )

        _termination_key_raw = d.pop("termination_key", UNSET)
        try:

            def _parse_termination_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            termination_key = _parse_termination_key(_termination_key_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            termination_key = cast(Any, UNSET)
            kept["termination_key"] = _termination_key_raw
            warnings.append(
                describe_misfit("termination_key", _termination_key_raw, "None | str")
            )

        _timeout_ms_raw = d.pop("timeout_ms", UNSET)
        try:

            def _parse_timeout_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            timeout_ms = _parse_timeout_ms(_timeout_ms_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            timeout_ms = cast(Any, UNSET)
            kept["timeout_ms"] = _timeout_ms_raw
            warnings.append(
                describe_misfit("timeout_ms", _timeout_ms_raw, "int | None")
            )

        assistant_user_dtmf_options = cls(
            digit_limit=digit_limit,
            termination_key=termination_key,
            timeout_ms=timeout_ms,
        )
        assistant_user_dtmf_options.additional_properties = {**d, **kept}
        assistant_user_dtmf_options.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_user_dtmf_options

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
