from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_filter_channel import ListFilterChannel
    from ..models.list_filter_is_transfer_agent import ListFilterIsTransferAgent


T = TypeVar("T", bound="ListFilterCriteria")


@_attrs_define
class ListFilterCriteria:
    """Filters for listing agents; every filter given must hold (they are joined with AND).

    Attributes:
        channel (ListFilterChannel | Unset): Keeps the agents whose channel matches.
        is_transfer_agent (ListFilterIsTransferAgent | Unset): Keeps the agents that are (or are not) transfer agents.
        query (str | Unset): Text searched, case-insensitively, in the agent names, and also searched in the agent ids.
    """

    channel: ListFilterChannel | Unset = UNSET
    is_transfer_agent: ListFilterIsTransferAgent | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        is_transfer_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_transfer_agent, Unset):
            is_transfer_agent = self.is_transfer_agent.to_dict()

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if is_transfer_agent is not UNSET:
            field_dict["is_transfer_agent"] = is_transfer_agent
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_filter_channel import ListFilterChannel
        from ..models.list_filter_is_transfer_agent import ListFilterIsTransferAgent

        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: ListFilterChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ListFilterChannel.from_dict(_channel)

        _is_transfer_agent = d.pop("is_transfer_agent", UNSET)
        is_transfer_agent: ListFilterIsTransferAgent | Unset
        if isinstance(_is_transfer_agent, Unset):
            is_transfer_agent = UNSET
        else:
            is_transfer_agent = ListFilterIsTransferAgent.from_dict(_is_transfer_agent)

        query = d.pop("query", UNSET)

        list_filter_criteria = cls(
            channel=channel,
            is_transfer_agent=is_transfer_agent,
            query=query,
        )

        list_filter_criteria.additional_properties = d
        return list_filter_criteria

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
