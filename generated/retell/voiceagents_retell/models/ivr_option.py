from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ivr_action import IvrAction


T = TypeVar("T", bound="IvrOption")


@_attrs_define
class IvrOption:
    """Phone-menu (IVR) detection during the first 3 minutes of a call.

    Attributes:
        action (IvrAction): What the agent does when it detects a phone menu.
        detection_prompt (None | str | Unset): What should count as a phone menu; `null` keeps Retell's own definition.
    """

    action: IvrAction
    detection_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.ivr_action import IvrAction

        d = dict(src_dict)
        action = IvrAction.from_dict(d.pop("action"))

        def _parse_detection_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detection_prompt = _parse_detection_prompt(d.pop("detection_prompt", UNSET))

        ivr_option = cls(
            action=action,
            detection_prompt=detection_prompt,
        )

        ivr_option.additional_properties = d
        return ivr_option

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
