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

T = TypeVar("T", bound="CallTransferTool")


@_attrs_define
class CallTransferTool:
    """Transfers the call straight to a phone number. Only `type` is marked required because the vendor page states no
    required flags for tool fields.

        Attributes:
            type_ (Literal['call_transfer']): Tool tag.
            phone_number (str | Unset): Number the call is transferred to.
            description (str | Unset): Tells the model when to transfer.
    """

    type_: Literal["call_transfer"]
    phone_number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phone_number = self.phone_number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["call_transfer"], d.pop("type"))
        if type_ != "call_transfer":
            raise ValueError(f"type must match const 'call_transfer', got '{type_}'")

        phone_number = d.pop("phone_number", UNSET)

        description = d.pop("description", UNSET)

        call_transfer_tool = cls(
            type_=type_,
            phone_number=phone_number,
            description=description,
        )

        call_transfer_tool.additional_properties = d
        return call_transfer_tool

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
