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

T = TypeVar("T", bound="SmsContentPredefined")


@_attrs_define
class SmsContentPredefined:
    """Fixed SMS text.

    Attributes:
        type_ (Literal['predefined']): Tag of the fixed-text variant. The SDK leaves it optional, but without it the
            variants cannot
            be told apart, so it is required here.
        text (str | Unset): The text to send; dynamic variables may be used.
    """

    type_: Literal["predefined"]
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["predefined"], d.pop("type"))
        if type_ != "predefined":
            raise ValueError(f"type must match const 'predefined', got '{type_}'")

        text = d.pop("text", UNSET)

        sms_content_predefined = cls(
            type_=type_,
            text=text,
        )

        sms_content_predefined.additional_properties = d
        return sms_content_predefined

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
