from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantSmsDestinationPhoneNumber")


@_attrs_define
class AssistantSmsDestinationPhoneNumber:
    """The SMS goes to a fixed number.

    Attributes:
        type_ (Literal['phone_number'] | Unset): Tag of the fixed-number destination.
        phone_number (str | Unset): Number the SMS goes to, in E.164 form (unless `ignore_e164_validation` is true).
        ignore_e164_validation (bool | None | Unset): Skips the E.164 check of `phone_number`, as the transfer-call
            tool's flag of that name does.
    """

    type_: Literal["phone_number"] | Unset = UNSET
    phone_number: str | Unset = UNSET
    ignore_e164_validation: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phone_number = self.phone_number

        ignore_e164_validation: bool | None | Unset
        if isinstance(self.ignore_e164_validation, Unset):
            ignore_e164_validation = UNSET
        else:
            ignore_e164_validation = self.ignore_e164_validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if ignore_e164_validation is not UNSET:
            field_dict["ignore_e164_validation"] = ignore_e164_validation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSmsDestinationPhoneNumber takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "phone_number"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "phone_number":
            raise ValueError("type is not 'phone_number'")
        type_ = _type__raw
        _phone_number_raw = d.pop("phone_number", UNSET)
        try:
            if not isinstance(_phone_number_raw, Unset) and not (
                isinstance(_phone_number_raw, str)
            ):
                raise TypeError()
            phone_number = _phone_number_raw
        except Exception:  # an answer never raises: the value is kept as sent
            phone_number = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["phone_number"] = _phone_number_raw
            warnings.append(describe_misfit("phone_number", _phone_number_raw, "str"))
        _ignore_e164_validation_raw = d.pop("ignore_e164_validation", UNSET)
        try:

            def _parse_ignore_e164_validation(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            ignore_e164_validation = _parse_ignore_e164_validation(
                _ignore_e164_validation_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            ignore_e164_validation = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["ignore_e164_validation"] = _ignore_e164_validation_raw
            warnings.append(
                describe_misfit(
                    "ignore_e164_validation", _ignore_e164_validation_raw, "bool | None"
                )
            )
        assistant_sms_destination_phone_number = cls(
            type_=type_,
            phone_number=phone_number,
            ignore_e164_validation=ignore_e164_validation,
        )
        assistant_sms_destination_phone_number.additional_properties = {**d, **kept}
        assistant_sms_destination_phone_number.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_sms_destination_phone_number

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
