from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantCallScreeningOption")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCallScreeningOption(AnswerModel):
    """What the agent answers when a call-screening service asks who is calling and why; with it the
    prompt gets instructions for such questions.

        Attributes:
            agent_identity (str): Who the agent says is calling; dynamic variables may be used.
            call_purpose (str): Why the agent says it is calling; dynamic variables may be used.
    """

    agent_identity: str
    call_purpose: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "agent_identity": "agent_identity",
        "call_purpose": "call_purpose",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(
            self, "agent_identity"
        ):  # else the answer lacked it: not invented here
            agent_identity = self.agent_identity
            field_dict["agent_identity"] = agent_identity
        if hasattr(
            self, "call_purpose"
        ):  # else the answer lacked it: not invented here
            call_purpose = self.call_purpose
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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["agent_identity", "call_purpose"]
            if _member not in d
        ]
        _agent_identity_raw = d.pop("agent_identity", UNSET)
        if not isinstance(_agent_identity_raw, Unset):
            try:
                if not (isinstance(_agent_identity_raw, str)):
                    raise TypeError()
                agent_identity = _agent_identity_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                agent_identity = cast(Any, UNSET)
                unset.append("agent_identity")
                kept["agent_identity"] = _agent_identity_raw
                warnings.append(
                    describe_misfit("agent_identity", _agent_identity_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            agent_identity = cast(Any, UNSET)
            unset.append("agent_identity")
        _call_purpose_raw = d.pop("call_purpose", UNSET)
        if not isinstance(_call_purpose_raw, Unset):
            try:
                if not (isinstance(_call_purpose_raw, str)):
                    raise TypeError()
                call_purpose = _call_purpose_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                call_purpose = cast(Any, UNSET)
                unset.append("call_purpose")
                kept["call_purpose"] = _call_purpose_raw
                warnings.append(
                    describe_misfit("call_purpose", _call_purpose_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            call_purpose = cast(Any, UNSET)
            unset.append("call_purpose")
        assistant_call_screening_option = cls(
            agent_identity=agent_identity,
            call_purpose=call_purpose,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_call_screening_option, _name)
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
