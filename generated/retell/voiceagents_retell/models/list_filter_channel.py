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

from ..models.agent_channel import AgentChannel
from ..models.filter_string_operator import FilterStringOperator

T = TypeVar("T", bound="ListFilterChannel")


@_attrs_define
class ListFilterChannel:
    """Keeps the agents whose channel matches.

    Attributes:
        op (FilterStringOperator): Comparison of a text filter: `eq` equals, `ne` differs from, `sw` starts with, `ew`
            ends with,
            `co` contains.
        type_ (Literal['string']): Kind of filter, a text comparison.
        value (AgentChannel): Channel an agent serves, `voice` (calls) or `chat`.
    """

    op: FilterStringOperator
    type_: Literal["string"]
    value: AgentChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        type_ = self.type_

        value = self.value.value

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
        op = FilterStringOperator(d.pop("op"))

        type_ = cast(Literal["string"], d.pop("type"))
        if type_ != "string":
            raise ValueError(f"type must match const 'string', got '{type_}'")

        value = AgentChannel(d.pop("value"))

        list_filter_channel = cls(
            op=op,
            type_=type_,
            value=value,
        )

        list_filter_channel.additional_properties = d
        return list_filter_channel

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
