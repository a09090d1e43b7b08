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

T = TypeVar("T", bound="VoicemailActionBridgeTransfer")


@_attrs_define
class VoicemailActionBridgeTransfer:
    """Bridge the call into a transfer (the SDK describes this action no further).

    Attributes:
        type_ (Literal['bridge_transfer']): Tag of the bridge-transfer variant.
    """

    type_: Literal["bridge_transfer"]
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
        type_ = cast(Literal["bridge_transfer"], d.pop("type"))
        if type_ != "bridge_transfer":
            raise ValueError(f"type must match const 'bridge_transfer', got '{type_}'")

        voicemail_action_bridge_transfer = cls(
            type_=type_,
        )

        voicemail_action_bridge_transfer.additional_properties = d
        return voicemail_action_bridge_transfer

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
