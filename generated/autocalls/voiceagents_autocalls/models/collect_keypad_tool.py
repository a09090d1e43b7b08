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

T = TypeVar("T", bound="CollectKeypadTool")


@_attrs_define
class CollectKeypadTool:
    """Collects digits typed on the caller's keypad. Only `type` is marked required because the vendor page states no
    required flags for tool fields; no numeric ranges are documented either.

        Attributes:
            type_ (Literal['collect_keypad']): Tool tag.
            timeout (int | Unset): How long to wait for input (the vendor's example uses 5; the unit is not stated,
                presumably seconds).
            stop_key (str | Unset): Key that ends the input.
    """

    type_: Literal["collect_keypad"]
    timeout: int | Unset = UNSET
    stop_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        timeout = self.timeout

        stop_key = self.stop_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if stop_key is not UNSET:
            field_dict["stop_key"] = stop_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["collect_keypad"], d.pop("type"))
        if type_ != "collect_keypad":
            raise ValueError(f"type must match const 'collect_keypad', got '{type_}'")

        timeout = d.pop("timeout", UNSET)

        stop_key = d.pop("stop_key", UNSET)

        collect_keypad_tool = cls(
            type_=type_,
            timeout=timeout,
            stop_key=stop_key,
        )

        collect_keypad_tool.additional_properties = d
        return collect_keypad_tool

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
