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

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsDestinationPhoneNumber")


@_attrs_define
class SmsDestinationPhoneNumber:
    """The SMS goes to a fixed number.

    Attributes:
        type_ (Literal['phone_number']): Tag of the fixed-number destination.
        phone_number (str): Number the SMS goes to, in E.164 form (unless `ignore_e164_validation` is true).
        ignore_e164_validation (bool | Unset): Skips the E.164 check of `phone_number`, as the transfer-call tool's flag
            of that name does.
    """

    type_: Literal["phone_number"]
    phone_number: str
    ignore_e164_validation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phone_number = self.phone_number

        ignore_e164_validation = self.ignore_e164_validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "phone_number": phone_number,
            }
        )
        if ignore_e164_validation is not UNSET:
            field_dict["ignore_e164_validation"] = ignore_e164_validation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["phone_number"], d.pop("type"))
        if type_ != "phone_number":
            raise ValueError(f"type must match const 'phone_number', got '{type_}'")

        phone_number = d.pop("phone_number")

        ignore_e164_validation = d.pop("ignore_e164_validation", UNSET)

        sms_destination_phone_number = cls(
            type_=type_,
            phone_number=phone_number,
            ignore_e164_validation=ignore_e164_validation,
        )

        sms_destination_phone_number.additional_properties = d
        return sms_destination_phone_number

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
