from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantVoicemailActionPrompt")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantVoicemailActionPrompt(AnswerModel):
    """Leave a message the model writes.

    Attributes:
        type_ (Literal['prompt']): Tag of the generated-message variant.
        text (str): Instructions from which the message left on voicemail is written.
    """

    type_: Literal["prompt"]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "text": "text",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "text"):  # else the answer lacked it: not invented here
            text = self.text
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantVoicemailActionPrompt takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "text"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "prompt":
            raise ValueError("type is not 'prompt'")
        type_ = _type__raw
        _text_raw = d.pop("text", UNSET)
        if not isinstance(_text_raw, Unset):
            try:
                if not (isinstance(_text_raw, str)):
                    raise TypeError()
                text = _text_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                text = cast(Any, UNSET)
                unset.append("text")
                kept["text"] = _text_raw
                warnings.append(describe_misfit("text", _text_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            text = cast(Any, UNSET)
            unset.append("text")
        assistant_voicemail_action_prompt = cls(
            type_=type_,
            text=text,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_voicemail_action_prompt, _name)
        assistant_voicemail_action_prompt.additional_properties = {**d, **kept}
        assistant_voicemail_action_prompt.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_voicemail_action_prompt

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
