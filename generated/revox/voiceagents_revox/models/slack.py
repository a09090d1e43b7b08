from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_outcome import CallOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slack_channel import SlackChannel


T = TypeVar("T", bound="Slack")


@_attrs_define
class Slack:
    """Where and when Revox posts a Slack message after a call.

    Attributes:
        connection_id (str): Nango connection linking the organisation's Slack workspace to Revox.
        channels (list[SlackChannel]): Channels that may receive the message. With several, routing rules in the prompt
            can
            pick one per call; without such rules every channel listed is notified.
        outcomes (list[CallOutcome]): Call outcomes that trigger the message; `none` matches calls without an outcome.
        template (None | str | Unset): Message template. Placeholders: `{{summary}}`, `{{outcome}}`, `{{phone}}`,
            `{{call_url}}`, `{{assistant_name}}`, `{{campaign_name}}`, `{{first_name}}`,
            `{{last_name}}`, `{{email}}`, `{{company}}`, `{{job_title}}`, `{{contact_name}}`,
            `{{contact_line}}`, plus prompt variables and extracted values. `null` or empty: Revox's
            default message.
    """

    connection_id: str
    channels: list[SlackChannel]
    outcomes: list[CallOutcome]
    template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.value
            outcomes.append(outcomes_item)

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "channels": channels,
                "outcomes": outcomes,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.slack_channel import SlackChannel

        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = SlackChannel.from_dict(channels_item_data)

            channels.append(channels_item)

        outcomes = []
        _outcomes = d.pop("outcomes")
        for outcomes_item_data in _outcomes:
            outcomes_item = CallOutcome(outcomes_item_data)

            outcomes.append(outcomes_item)

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        slack = cls(
            connection_id=connection_id,
            channels=channels,
            outcomes=outcomes,
            template=template,
        )

        slack.additional_properties = d
        return slack

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
