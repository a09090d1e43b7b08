from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_input_topic import GuardrailInputTopic
from ..models.guardrail_output_topic import GuardrailOutputTopic
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardrailConfig")


@_attrs_define
class GuardrailConfig:
    """Checks that keep prohibited topics out of what the agent says and answers.

    Attributes:
        input_topics (list[GuardrailInputTopic] | None | Unset): Prohibited topics looked for in the user's messages; a
            message touching one gets a
            placeholder reply instead of being processed.
        output_topics (list[GuardrailOutputTopic] | None | Unset): Prohibited topics looked for in the agent's messages;
            a message touching one is replaced by a
            placeholder.
    """

    input_topics: list[GuardrailInputTopic] | None | Unset = UNSET
    output_topics: list[GuardrailOutputTopic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_topics: list[str] | None | Unset
        if isinstance(self.input_topics, Unset):
            input_topics = UNSET
        elif isinstance(self.input_topics, list):
            input_topics = []
            for input_topics_type_0_item_data in self.input_topics:
                input_topics_type_0_item = input_topics_type_0_item_data.value
                input_topics.append(input_topics_type_0_item)

        else:
            input_topics = self.input_topics

        output_topics: list[str] | None | Unset
        if isinstance(self.output_topics, Unset):
            output_topics = UNSET
        elif isinstance(self.output_topics, list):
            output_topics = []
            for output_topics_type_0_item_data in self.output_topics:
                output_topics_type_0_item = output_topics_type_0_item_data.value
                output_topics.append(output_topics_type_0_item)

        else:
            output_topics = self.output_topics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_topics is not UNSET:
            field_dict["input_topics"] = input_topics
        if output_topics is not UNSET:
            field_dict["output_topics"] = output_topics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_input_topics(
            data: object,
        ) -> list[GuardrailInputTopic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_topics_type_0 = []
                _input_topics_type_0 = data
                for input_topics_type_0_item_data in _input_topics_type_0:
                    input_topics_type_0_item = GuardrailInputTopic(
                        input_topics_type_0_item_data
                    )

                    input_topics_type_0.append(input_topics_type_0_item)

                return input_topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GuardrailInputTopic] | None | Unset, data)

        input_topics = _parse_input_topics(d.pop("input_topics", UNSET))

        def _parse_output_topics(
            data: object,
        ) -> list[GuardrailOutputTopic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_topics_type_0 = []
                _output_topics_type_0 = data
                for output_topics_type_0_item_data in _output_topics_type_0:
                    output_topics_type_0_item = GuardrailOutputTopic(
                        output_topics_type_0_item_data
                    )

                    output_topics_type_0.append(output_topics_type_0_item)

                return output_topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GuardrailOutputTopic] | None | Unset, data)

        output_topics = _parse_output_topics(d.pop("output_topics", UNSET))

        guardrail_config = cls(
            input_topics=input_topics,
            output_topics=output_topics,
        )

        guardrail_config.additional_properties = d
        return guardrail_config

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
