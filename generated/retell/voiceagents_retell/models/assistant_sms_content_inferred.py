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

T = TypeVar("T", bound="AssistantSmsContentInferred")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantSmsContentInferred(AnswerModel):
    """SMS text written by the model.

    Attributes:
        type_ (Literal['inferred']): Tag of the model-written variant. The SDK leaves it optional, but without it the
            variants
            cannot be told apart, so it is required here.
        prompt (None | str | Unset): Instructions the model combines with the agent's prompt and the transcript to write
            the
            text; dynamic variables may be used.
    """

    type_: Literal["inferred"]
    prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSmsContentInferred takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "inferred":
            raise ValueError("type is not 'inferred'")
        type_ = _type__raw
        _prompt_raw = d.pop("prompt", UNSET)
        try:

            def _parse_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            prompt = _parse_prompt(_prompt_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            prompt = cast(Any, UNSET)
            kept["prompt"] = _prompt_raw
            warnings.append(describe_misfit("prompt", _prompt_raw, "None | str"))

        assistant_sms_content_inferred = cls(
            type_=type_,
            prompt=prompt,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_sms_content_inferred, _name)
        assistant_sms_content_inferred.additional_properties = {**d, **kept}
        assistant_sms_content_inferred.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_sms_content_inferred

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
