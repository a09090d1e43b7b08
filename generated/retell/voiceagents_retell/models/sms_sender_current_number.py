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

T = TypeVar("T", bound="SmsSenderCurrentNumber")


@_attrs_define
class SmsSenderCurrentNumber:
    """The SMS is sent from the number used for the call.

    Attributes:
        type_ (Literal['current_number']): Tag of the current-number sender.
    """

    type_: Literal["current_number"]
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
        type_ = cast(Literal["current_number"], d.pop("type"))
        if type_ != "current_number":
            raise ValueError(f"type must match const 'current_number', got '{type_}'")

        sms_sender_current_number = cls(
            type_=type_,
        )

        sms_sender_current_number.additional_properties = d
        return sms_sender_current_number

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
