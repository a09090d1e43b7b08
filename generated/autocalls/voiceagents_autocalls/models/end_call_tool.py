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

T = TypeVar("T", bound="EndCallTool")


@_attrs_define
class EndCallTool:
    """Lets the assistant hang up. Only `type` is marked required because the vendor page states no required flags for tool
    fields.

        Attributes:
            type_ (Literal['end_call']): Tool tag.
            description (str | Unset): Tells the model when to end the call.
    """

    type_: Literal["end_call"]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["end_call"], d.pop("type"))
        if type_ != "end_call":
            raise ValueError(f"type must match const 'end_call', got '{type_}'")

        description = d.pop("description", UNSET)

        end_call_tool = cls(
            type_=type_,
            description=description,
        )

        end_call_tool.additional_properties = d
        return end_call_tool

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
