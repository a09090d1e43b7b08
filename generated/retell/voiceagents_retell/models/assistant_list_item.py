from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_channel import AgentChannel
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_list_item_tags import AssistantListItemTags


T = TypeVar("T", bound="AssistantListItem")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantListItem(AnswerModel):
    """One agent in a listing, in summary form (one entry per agent, whatever its number of versions);
    its full settings come from `GET /get-agent/{agent_id}`.

        Attributes:
            agent_id (str): Unique identifier of the agent.
            agent_name (str): Name of the agent, for reference only.
            channel (AgentChannel | str): Channel the agent serves.
            is_suspended (bool): Whether the agent is suspended at the moment.
            tags (AssistantListItemTags): The agent's root tags, by tag name (the authoritative set).
            user_modified_timestamp (int): Time of the last change by a user (of the creation when there has been none), in
                milliseconds
                since the Unix epoch.
            is_transfer_agent (bool | None | Unset): Whether the agent is a transfer agent for agentic warm transfers.
    """

    agent_id: str
    agent_name: str
    channel: AgentChannel | str
    is_suspended: bool
    tags: AssistantListItemTags
    user_modified_timestamp: int
    is_transfer_agent: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "agent_id": "agent_id",
        "agent_name": "agent_name",
        "channel": "channel",
        "is_suspended": "is_suspended",
        "tags": "tags",
        "user_modified_timestamp": "user_modified_timestamp",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "agent_id"):  # else the answer lacked it: not invented here
            agent_id = self.agent_id
            field_dict["agent_id"] = agent_id
        if hasattr(self, "agent_name"):  # else the answer lacked it: not invented here
            agent_name = self.agent_name
            field_dict["agent_name"] = agent_name
        if hasattr(self, "channel"):  # else the answer lacked it: not invented here
            channel: str
            if isinstance(self.channel, AgentChannel):
                channel = self.channel.value
            else:
                channel = self.channel
            field_dict["channel"] = channel
        if hasattr(
            self, "is_suspended"
        ):  # else the answer lacked it: not invented here
            is_suspended = self.is_suspended
            field_dict["is_suspended"] = is_suspended
        if hasattr(self, "tags"):  # else the answer lacked it: not invented here
            tags = self.tags.to_dict()
            field_dict["tags"] = tags
        if hasattr(
            self, "user_modified_timestamp"
        ):  # else the answer lacked it: not invented here
            user_modified_timestamp = self.user_modified_timestamp
            field_dict["user_modified_timestamp"] = user_modified_timestamp
        is_transfer_agent: bool | None | Unset
        if isinstance(self.is_transfer_agent, Unset):
            is_transfer_agent = UNSET
        else:
            is_transfer_agent = self.is_transfer_agent
        if is_transfer_agent is not UNSET:
            field_dict["is_transfer_agent"] = is_transfer_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_list_item_tags import AssistantListItemTags

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantListItem takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "agent_id",
                "agent_name",
                "channel",
                "is_suspended",
                "tags",
                "user_modified_timestamp",
            ]
            if _member not in d
        ]
        _agent_id_raw = d.pop("agent_id", UNSET)
        if not isinstance(_agent_id_raw, Unset):
            try:
                if not (isinstance(_agent_id_raw, str)):
                    raise TypeError()
                agent_id = _agent_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                agent_id = cast(Any, UNSET)
                unset.append("agent_id")
                kept["agent_id"] = _agent_id_raw
                warnings.append(describe_misfit("agent_id", _agent_id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            agent_id = cast(Any, UNSET)
            unset.append("agent_id")
        _agent_name_raw = d.pop("agent_name", UNSET)
        if not isinstance(_agent_name_raw, Unset):
            try:
                if not (isinstance(_agent_name_raw, str)):
                    raise TypeError()
                agent_name = _agent_name_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                agent_name = cast(Any, UNSET)
                unset.append("agent_name")
                kept["agent_name"] = _agent_name_raw
                warnings.append(describe_misfit("agent_name", _agent_name_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            agent_name = cast(Any, UNSET)
            unset.append("agent_name")
        _channel_raw = d.pop("channel", UNSET)
        if not isinstance(_channel_raw, Unset):
            try:

                def _parse_channel(data: object) -> AgentChannel | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        channel_type_0 = AgentChannel(data)

                        return channel_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AgentChannel | str, data)

                channel = _parse_channel(_channel_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                channel = cast(Any, UNSET)
                unset.append("channel")
                kept["channel"] = _channel_raw
                warnings.append(
                    describe_misfit("channel", _channel_raw, "AgentChannel | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            channel = cast(Any, UNSET)
            unset.append("channel")
        _is_suspended_raw = d.pop("is_suspended", UNSET)
        if not isinstance(_is_suspended_raw, Unset):
            try:
                if not (isinstance(_is_suspended_raw, bool)):
                    raise TypeError()
                is_suspended = _is_suspended_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                is_suspended = cast(Any, UNSET)
                unset.append("is_suspended")
                kept["is_suspended"] = _is_suspended_raw
                warnings.append(
                    describe_misfit("is_suspended", _is_suspended_raw, "bool")
                )

        else:  # missing: the warning is above; the slot stays empty
            is_suspended = cast(Any, UNSET)
            unset.append("is_suspended")
        _tags_raw = d.pop("tags", UNSET)
        if not isinstance(_tags_raw, Unset):
            try:
                tags = AssistantListItemTags.from_dict(_tags_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                tags = cast(Any, UNSET)
                unset.append("tags")
                kept["tags"] = _tags_raw
                warnings.append(
                    describe_misfit("tags", _tags_raw, "AssistantListItemTags")
                )

        else:  # missing: the warning is above; the slot stays empty
            tags = cast(Any, UNSET)
            unset.append("tags")
        _user_modified_timestamp_raw = d.pop("user_modified_timestamp", UNSET)
        if not isinstance(_user_modified_timestamp_raw, Unset):
            try:
                if not (
                    isinstance(_user_modified_timestamp_raw, int)
                    and not isinstance(_user_modified_timestamp_raw, bool)
                ):
                    raise TypeError()
                user_modified_timestamp = _user_modified_timestamp_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                user_modified_timestamp = cast(Any, UNSET)
                unset.append("user_modified_timestamp")
                kept["user_modified_timestamp"] = _user_modified_timestamp_raw
                warnings.append(
                    describe_misfit(
                        "user_modified_timestamp", _user_modified_timestamp_raw, "int"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            user_modified_timestamp = cast(Any, UNSET)
            unset.append("user_modified_timestamp")
        _is_transfer_agent_raw = d.pop("is_transfer_agent", UNSET)
        try:

            def _parse_is_transfer_agent(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_transfer_agent = _parse_is_transfer_agent(_is_transfer_agent_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            is_transfer_agent = cast(Any, UNSET)
            kept["is_transfer_agent"] = _is_transfer_agent_raw
            warnings.append(
                describe_misfit(
                    "is_transfer_agent", _is_transfer_agent_raw, "bool | None"
                )
            )

        assistant_list_item = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            channel=channel,
            is_suspended=is_suspended,
            tags=tags,
            user_modified_timestamp=user_modified_timestamp,
            is_transfer_agent=is_transfer_agent,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_list_item, _name)
        assistant_list_item.additional_properties = {**d, **kept}
        assistant_list_item.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_list_item

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
