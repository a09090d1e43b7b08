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

T = TypeVar("T", bound="SmsDestinationCustomerNumber")


@_attrs_define
class SmsDestinationCustomerNumber:
    """The SMS goes to the customer's number on the call.

    Attributes:
        type_ (Literal['customer_number']): Tag of the customer-number destination.
    """

    type_: Literal["customer_number"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["customer_number"], d.pop("type"))
        if type_ != "customer_number":
            raise ValueError(f"type must match const 'customer_number', got '{type_}'")

        sms_destination_customer_number = cls(
            type_=type_,
        )

        sms_destination_customer_number.additional_properties = d
        return sms_destination_customer_number

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
