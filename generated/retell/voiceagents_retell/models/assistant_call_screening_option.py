from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantCallScreeningOption")


@_attrs_define
class AssistantCallScreeningOption:
    """What the agent answers when a call-screening service asks who is calling and why; with it the
    prompt gets instructions for such questions.

        Attributes:
            agent_identity (str | Unset): Who the agent says is calling; dynamic variables may be used.
            call_purpose (str | Unset): Why the agent says it is calling; dynamic variables may be used.
    """

    agent_identity: str | Unset = UNSET
    call_purpose: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        agent_identity = self.agent_identity

        call_purpose = self.call_purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_identity is not UNSET:
            field_dict["agent_identity"] = agent_identity
        if call_purpose is not UNSET:
            field_dict["call_purpose"] = call_purpose

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCallScreeningOption takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["agent_identity", "call_purpose"]
            if _member not in d
        ]
        _agent_identity_raw = d.pop("agent_identity", UNSET)
        try:
            if not isinstance(_agent_identity_raw, Unset) and not (
                isinstance(_agent_identity_raw, str)
            ):
                raise TypeError()
            agent_identity = _agent_identity_raw
        except Exception:  # an answer never raises: the value is kept as sent
            agent_identity = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["agent_identity"] = _agent_identity_raw
            warnings.append(
                describe_misfit("agent_identity", _agent_identity_raw, "str")
            )
        _call_purpose_raw = d.pop("call_purpose", UNSET)
        try:
            if not isinstance(_call_purpose_raw, Unset) and not (
                isinstance(_call_purpose_raw, str)
            ):
                raise TypeError()
            call_purpose = _call_purpose_raw
        except Exception:  # an answer never raises: the value is kept as sent
            call_purpose = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["call_purpose"] = _call_purpose_raw
            warnings.append(describe_misfit("call_purpose", _call_purpose_raw, "str"))
        assistant_call_screening_option = cls(
            agent_identity=agent_identity,
            call_purpose=call_purpose,
        )
        assistant_call_screening_option.additional_properties = {**d, **kept}
        assistant_call_screening_option.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_call_screening_option

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
