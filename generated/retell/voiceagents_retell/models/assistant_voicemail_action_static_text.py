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

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantVoicemailActionStaticText")


@_attrs_define
class AssistantVoicemailActionStaticText:
    """Leave a fixed message.

    Attributes:
        type_ (Literal['static_text'] | Unset): Tag of the fixed-message variant.
        text (str | Unset): The message left on voicemail, word for word.
    """

    type_: Literal["static_text"] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantVoicemailActionStaticText takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "text"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "static_text":
            raise ValueError("type is not 'static_text'")
        type_ = _type__raw
        _text_raw = d.pop("text", UNSET)
        try:
            if not isinstance(_text_raw, Unset) and not (isinstance(_text_raw, str)):
                raise TypeError()
            text = _text_raw
        except Exception:  # an answer never raises: the value is kept as sent
            text = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["text"] = _text_raw
            warnings.append(describe_misfit("text", _text_raw, "str"))
        assistant_voicemail_action_static_text = cls(
            type_=type_,
            text=text,
        )
        assistant_voicemail_action_static_text.additional_properties = {**d, **kept}
        assistant_voicemail_action_static_text.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_voicemail_action_static_text

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
