from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_outcome import CallOutcome
from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_slack_channel import AssistantSlackChannel


T = TypeVar("T", bound="AssistantSlack")


@_attrs_define
class AssistantSlack:
    """Slack notifications, as stored.

    Attributes:
        connection_id (str | Unset): Nango connection of the Slack workspace.
        channels (list[AssistantSlackChannel] | Unset): Channels that may receive the message.
        outcomes (list[CallOutcome | str] | Unset): Call outcomes that trigger the message.
        template (None | str | Unset): Message template, or `null` for the default message.
    """

    connection_id: str | Unset = UNSET
    channels: list[AssistantSlackChannel] | Unset = UNSET
    outcomes: list[CallOutcome | str] | Unset = UNSET
    template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        outcomes: list[str] | Unset = UNSET
        if not isinstance(self.outcomes, Unset):
            outcomes = []
            for outcomes_item_data in self.outcomes:
                outcomes_item: str
                if isinstance(outcomes_item_data, CallOutcome):
                    outcomes_item = outcomes_item_data.value
                else:
                    outcomes_item = outcomes_item_data
                outcomes.append(outcomes_item)

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if channels is not UNSET:
            field_dict["channels"] = channels
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_slack_channel import AssistantSlackChannel

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSlack takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["connection_id", "channels", "outcomes"]
            if _member not in d
        ]
        _connection_id_raw = d.pop("connection_id", UNSET)
        try:
            if not isinstance(_connection_id_raw, Unset) and not (
                isinstance(_connection_id_raw, str)
            ):
                raise TypeError()
            connection_id = _connection_id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            connection_id = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["connection_id"] = _connection_id_raw
            warnings.append(describe_misfit("connection_id", _connection_id_raw, "str"))
        _channels_raw = d.pop("channels", UNSET)
        try:
            _channels = _channels_raw
            channels: list[AssistantSlackChannel] | Unset = UNSET
            if _channels is not UNSET:
                channels = []
                for channels_item_data in _channels:
                    channels_item = AssistantSlackChannel.from_dict(channels_item_data)

                    channels.append(channels_item)

        except Exception:  # an answer never raises: the value is kept as sent
            channels = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["channels"] = _channels_raw
            warnings.append(
                describe_misfit(
                    "channels", _channels_raw, "list[AssistantSlackChannel]"
                )
            )
        _outcomes_raw = d.pop("outcomes", UNSET)
        try:
            _outcomes = _outcomes_raw
            outcomes: list[CallOutcome | str] | Unset = UNSET
            if _outcomes is not UNSET:
                outcomes = []
                for outcomes_item_data in _outcomes:

                    def _parse_outcomes_item(data: object) -> CallOutcome | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            outcomes_item_type_0 = CallOutcome(data)

                            return outcomes_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(CallOutcome | str, data)

                    outcomes_item = _parse_outcomes_item(outcomes_item_data)

                    outcomes.append(outcomes_item)

        except Exception:  # an answer never raises: the value is kept as sent
            outcomes = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["outcomes"] = _outcomes_raw
            warnings.append(
                describe_misfit("outcomes", _outcomes_raw, "list[CallOutcome | str]")
            )
        _template_raw = d.pop("template", UNSET)
        try:

            def _parse_template(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            template = _parse_template(_template_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            template = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["template"] = _template_raw
            warnings.append(describe_misfit("template", _template_raw, "None | str"))
        assistant_slack = cls(
            connection_id=connection_id,
            channels=channels,
            outcomes=outcomes,
            template=template,
        )
        assistant_slack.additional_properties = {**d, **kept}
        assistant_slack.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_slack

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
