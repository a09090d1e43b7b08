from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_ivr_action import AssistantIvrAction


T = TypeVar("T", bound="AssistantIvrOption")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantIvrOption(AnswerModel):
    """Phone-menu (IVR) detection during the first 3 minutes of a call.

    Attributes:
        action (AssistantIvrAction): What the agent does when it detects a phone menu.
        detection_prompt (None | str | Unset): What should count as a phone menu; `null` keeps Retell's own definition.
    """

    action: AssistantIvrAction
    detection_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "action": "action",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "action"):  # else the answer lacked it: not invented here
            action = self.action.to_dict()
            field_dict["action"] = action
        detection_prompt: None | str | Unset
        if isinstance(self.detection_prompt, Unset):
            detection_prompt = UNSET
        else:
            detection_prompt = self.detection_prompt
        if detection_prompt is not UNSET:
            field_dict["detection_prompt"] = detection_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_ivr_action import AssistantIvrAction

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantIvrOption takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["action"]
            if _member not in d
        ]
        _action_raw = d.pop("action", UNSET)
        if not isinstance(_action_raw, Unset):
            try:
                action = AssistantIvrAction.from_dict(_action_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                action = cast(Any, UNSET)
                unset.append("action")
                kept["action"] = _action_raw
                warnings.append(
                    describe_misfit("action", _action_raw, "AssistantIvrAction")
                )

        else:  # missing: the warning is above; the slot stays empty
            action = cast(Any, UNSET)
            unset.append("action")
        _detection_prompt_raw = d.pop("detection_prompt", UNSET)
        try:

            def _parse_detection_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            detection_prompt = _parse_detection_prompt(_detection_prompt_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            detection_prompt = cast(Any, UNSET)
            kept["detection_prompt"] = _detection_prompt_raw
            warnings.append(
                describe_misfit("detection_prompt", _detection_prompt_raw, "None | str")
            )

        assistant_ivr_option = cls(
            action=action,
            detection_prompt=detection_prompt,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_ivr_option, _name)
        assistant_ivr_option.additional_properties = {**d, **kept}
        assistant_ivr_option.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_ivr_option

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
