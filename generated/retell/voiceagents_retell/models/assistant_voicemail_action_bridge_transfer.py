from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, misfit_tick

T = TypeVar("T", bound="AssistantVoicemailActionBridgeTransfer")


@_attrs_define
class AssistantVoicemailActionBridgeTransfer:
    """Bridge the call into a transfer (the SDK describes this action no further).

    Attributes:
        type_ (Literal['bridge_transfer'] | Unset): Tag of the bridge-transfer variant.
    """

    type_: Literal["bridge_transfer"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantVoicemailActionBridgeTransfer takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "bridge_transfer":
            raise ValueError("type is not 'bridge_transfer'")
        type_ = _type__raw
        assistant_voicemail_action_bridge_transfer = cls(
            type_=type_,
        )
        assistant_voicemail_action_bridge_transfer.additional_properties = {**d, **kept}
        assistant_voicemail_action_bridge_transfer.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_voicemail_action_bridge_transfer

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
