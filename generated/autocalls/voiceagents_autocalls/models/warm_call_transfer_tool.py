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

T = TypeVar("T", bound="WarmCallTransferTool")


@_attrs_define
class WarmCallTransferTool:
    """Transfers the call to a supervisor after briefing them first (warm transfer). Only `type` is marked required because
    the vendor page states no required flags for tool fields; no numeric ranges are documented either.

        Attributes:
            type_ (Literal['warm_call_transfer']): Tool tag.
            supervisor_phone (str | Unset): Phone number of the supervisor who takes over.
            outbound_phone_id (int | Unset): Account phone number used to place the call to the supervisor.
            description (str | Unset): Tells the model when to start the warm transfer.
            custom_sip (bool | Unset): Whether the supervisor is reached through a custom SIP destination.
            caller_id_mode (str | Unset): Which caller ID the supervisor sees. Only `outbound_number` appears in the
                vendor's examples and no full list is published, so this stays an open string.
            hold_music (str | Unset): What the caller hears while on hold. Only `hold_music` appears in the vendor's
                examples and no full list is published, so this stays an open string.
            hold_music_volume (int | Unset): Volume of the hold music (the vendor's example uses 80; no range is
                documented).
            hold_message (str | Unset): Said to the caller before they are put on hold.
            summary_instructions (str | Unset): Instructions for the summary the assistant gives the supervisor.
            briefing_initial_message (str | Unset): First sentence said to the supervisor when they pick up.
            connected_message (str | Unset): Said once caller and supervisor are connected.
    """

    type_: Literal["warm_call_transfer"]
    supervisor_phone: str | Unset = UNSET
    outbound_phone_id: int | Unset = UNSET
    description: str | Unset = UNSET
    custom_sip: bool | Unset = UNSET
    caller_id_mode: str | Unset = UNSET
    hold_music: str | Unset = UNSET
    hold_music_volume: int | Unset = UNSET
    hold_message: str | Unset = UNSET
    summary_instructions: str | Unset = UNSET
    briefing_initial_message: str | Unset = UNSET
    connected_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        supervisor_phone = self.supervisor_phone

        outbound_phone_id = self.outbound_phone_id

        description = self.description

        custom_sip = self.custom_sip

        caller_id_mode = self.caller_id_mode

        hold_music = self.hold_music

        hold_music_volume = self.hold_music_volume

        hold_message = self.hold_message

        summary_instructions = self.summary_instructions

        briefing_initial_message = self.briefing_initial_message

        connected_message = self.connected_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if supervisor_phone is not UNSET:
            field_dict["supervisor_phone"] = supervisor_phone
        if outbound_phone_id is not UNSET:
            field_dict["outbound_phone_id"] = outbound_phone_id
        if description is not UNSET:
            field_dict["description"] = description
        if custom_sip is not UNSET:
            field_dict["custom_sip"] = custom_sip
        if caller_id_mode is not UNSET:
            field_dict["caller_id_mode"] = caller_id_mode
        if hold_music is not UNSET:
            field_dict["hold_music"] = hold_music
        if hold_music_volume is not UNSET:
            field_dict["hold_music_volume"] = hold_music_volume
        if hold_message is not UNSET:
            field_dict["hold_message"] = hold_message
        if summary_instructions is not UNSET:
            field_dict["summary_instructions"] = summary_instructions
        if briefing_initial_message is not UNSET:
            field_dict["briefing_initial_message"] = briefing_initial_message
        if connected_message is not UNSET:
            field_dict["connected_message"] = connected_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["warm_call_transfer"], d.pop("type"))
        if type_ != "warm_call_transfer":
            raise ValueError(
                f"type must match const 'warm_call_transfer', got '{type_}'"
            )

        supervisor_phone = d.pop("supervisor_phone", UNSET)

        outbound_phone_id = d.pop("outbound_phone_id", UNSET)

        description = d.pop("description", UNSET)

        custom_sip = d.pop("custom_sip", UNSET)

        caller_id_mode = d.pop("caller_id_mode", UNSET)

        hold_music = d.pop("hold_music", UNSET)

        hold_music_volume = d.pop("hold_music_volume", UNSET)

        hold_message = d.pop("hold_message", UNSET)

        summary_instructions = d.pop("summary_instructions", UNSET)

        briefing_initial_message = d.pop("briefing_initial_message", UNSET)

        connected_message = d.pop("connected_message", UNSET)

        warm_call_transfer_tool = cls(
            type_=type_,
            supervisor_phone=supervisor_phone,
            outbound_phone_id=outbound_phone_id,
            description=description,
            custom_sip=custom_sip,
            caller_id_mode=caller_id_mode,
            hold_music=hold_music,
            hold_music_volume=hold_music_volume,
            hold_message=hold_message,
            summary_instructions=summary_instructions,
            briefing_initial_message=briefing_initial_message,
            connected_message=connected_message,
        )

        warm_call_transfer_tool.additional_properties = d
        return warm_call_transfer_tool

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
