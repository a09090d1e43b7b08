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

T = TypeVar("T", bound="ListFilterIsTransferAgent")


@_attrs_define
class ListFilterIsTransferAgent:
    """Keeps the agents that are (or are not) transfer agents.

    Attributes:
        op (Literal['eq']): Comparison, always equality.
        type_ (Literal['boolean']): Kind of filter, a yes/no comparison.
        value (bool): True for transfer agents, false for the others.
    """

    op: Literal["eq"]
    type_: Literal["boolean"]
    value: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        op = cast(Literal["eq"], d.pop("op"))
        if op != "eq":
            raise ValueError(f"op must match const 'eq', got '{op}'")

        type_ = cast(Literal["boolean"], d.pop("type"))
        if type_ != "boolean":
            raise ValueError(f"type must match const 'boolean', got '{type_}'")

        value = d.pop("value")

        list_filter_is_transfer_agent = cls(
            op=op,
            type_=type_,
            value=value,
        )

        list_filter_is_transfer_agent.additional_properties = d
        return list_filter_is_transfer_agent

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
