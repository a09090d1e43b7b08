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

T = TypeVar("T", bound="SmsContentInferred")


@_attrs_define
class SmsContentInferred:
    """SMS text written by the model.

    Attributes:
        type_ (Literal['inferred']): Tag of the model-written variant. The SDK leaves it optional, but without it the
            variants
            cannot be told apart, so it is required here.
        prompt (str | Unset): Instructions the model combines with the agent's prompt and the transcript to write the
            text; dynamic variables may be used.
    """

    type_: Literal["inferred"]
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["inferred"], d.pop("type"))
        if type_ != "inferred":
            raise ValueError(f"type must match const 'inferred', got '{type_}'")

        prompt = d.pop("prompt", UNSET)

        sms_content_inferred = cls(
            type_=type_,
            prompt=prompt,
        )

        sms_content_inferred.additional_properties = d
        return sms_content_inferred

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
