from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voicemail_action_bridge_transfer import VoicemailActionBridgeTransfer
    from ..models.voicemail_action_hangup import VoicemailActionHangup
    from ..models.voicemail_action_prompt import VoicemailActionPrompt
    from ..models.voicemail_action_static_text import VoicemailActionStaticText


T = TypeVar("T", bound="VoicemailOption")


@_attrs_define
class VoicemailOption:
    """Voicemail detection during the first 3 minutes of a call.

    Attributes:
        action (VoicemailActionBridgeTransfer | VoicemailActionHangup | VoicemailActionPrompt |
            VoicemailActionStaticText): What to do on reaching voicemail, told apart by `type`.
        detection_prompt (None | str | Unset): What should count as voicemail; `null` keeps Retell's own definition.
    """

    action: (
        VoicemailActionBridgeTransfer
        | VoicemailActionHangup
        | VoicemailActionPrompt
        | VoicemailActionStaticText
    )
    detection_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.voicemail_action_hangup import VoicemailActionHangup
        from ..models.voicemail_action_prompt import VoicemailActionPrompt
        from ..models.voicemail_action_static_text import VoicemailActionStaticText

        action: dict[str, Any]
        if (
            isinstance(self.action, VoicemailActionPrompt)
            or isinstance(self.action, VoicemailActionStaticText)
            or isinstance(self.action, VoicemailActionHangup)
        ):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        detection_prompt: None | str | Unset
        if isinstance(self.detection_prompt, Unset):
            detection_prompt = UNSET
        else:
            detection_prompt = self.detection_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if detection_prompt is not UNSET:
            field_dict["detection_prompt"] = detection_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.voicemail_action_bridge_transfer import (
            VoicemailActionBridgeTransfer,
        )
        from ..models.voicemail_action_hangup import VoicemailActionHangup
        from ..models.voicemail_action_prompt import VoicemailActionPrompt
        from ..models.voicemail_action_static_text import VoicemailActionStaticText

        d = dict(src_dict)

        def _parse_action(
            data: object,
        ) -> (
            VoicemailActionBridgeTransfer
            | VoicemailActionHangup
            | VoicemailActionPrompt
            | VoicemailActionStaticText
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = VoicemailActionPrompt.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = VoicemailActionStaticText.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_2 = VoicemailActionHangup.from_dict(data)

                return action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_3 = VoicemailActionBridgeTransfer.from_dict(data)

            return action_type_3

        action = _parse_action(d.pop("action"))

        def _parse_detection_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detection_prompt = _parse_detection_prompt(d.pop("detection_prompt", UNSET))

        voicemail_option = cls(
            action=action,
            detection_prompt=detection_prompt,
        )

        voicemail_option.additional_properties = d
        return voicemail_option

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
