from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_input_topic import GuardrailInputTopic
from ..models.guardrail_output_topic import GuardrailOutputTopic
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantGuardrailConfig")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantGuardrailConfig(AnswerModel):
    """Checks that keep prohibited topics out of what the agent says and answers.

    Attributes:
        input_topics (list[GuardrailInputTopic | str] | None | Unset): Prohibited topics looked for in the user's
            messages; a message touching one gets a
            placeholder reply instead of being processed.
        output_topics (list[GuardrailOutputTopic | str] | None | Unset): Prohibited topics looked for in the agent's
            messages; a message touching one is replaced by a
            placeholder.
    """

    input_topics: list[GuardrailInputTopic | str] | None | Unset = UNSET
    output_topics: list[GuardrailOutputTopic | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        input_topics: list[str] | None | Unset
        if isinstance(self.input_topics, Unset):
            input_topics = UNSET
        elif isinstance(self.input_topics, list):
            input_topics = []
            for input_topics_type_0_item_data in self.input_topics:
                input_topics_type_0_item: str
                if isinstance(input_topics_type_0_item_data, GuardrailInputTopic):
                    input_topics_type_0_item = input_topics_type_0_item_data.value
                else:
                    input_topics_type_0_item = input_topics_type_0_item_data
                input_topics.append(input_topics_type_0_item)

        else:
            input_topics = self.input_topics

        output_topics: list[str] | None | Unset
        if isinstance(self.output_topics, Unset):
            output_topics = UNSET
        elif isinstance(self.output_topics, list):
            output_topics = []
            for output_topics_type_0_item_data in self.output_topics:
                output_topics_type_0_item: str
                if isinstance(output_topics_type_0_item_data, GuardrailOutputTopic):
                    output_topics_type_0_item = output_topics_type_0_item_data.value
                else:
                    output_topics_type_0_item = output_topics_type_0_item_data
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
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantGuardrailConfig takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _input_topics_raw = d.pop("input_topics", UNSET)
        try:

            def _parse_input_topics(
                data: object,
            ) -> list[GuardrailInputTopic | str] | None | Unset:
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

                        def _parse_input_topics_type_0_item(
                            data: object,
                        ) -> GuardrailInputTopic | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                input_topics_type_0_item_type_0 = GuardrailInputTopic(
                                    data
                                )

                                return input_topics_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(GuardrailInputTopic | str, data)

                        input_topics_type_0_item = _parse_input_topics_type_0_item(
                            input_topics_type_0_item_data
                        )

                        input_topics_type_0.append(input_topics_type_0_item)

                    return input_topics_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[GuardrailInputTopic | str] | None | Unset, data)

            input_topics = _parse_input_topics(_input_topics_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            input_topics = cast(Any, UNSET)
            kept["input_topics"] = _input_topics_raw
            warnings.append(
                describe_misfit(
                    "input_topics",
                    _input_topics_raw,
                    "list[GuardrailInputTopic | str] | None",
                )
            )

        _output_topics_raw = d.pop("output_topics", UNSET)
        try:

            def _parse_output_topics(
                data: object,
            ) -> list[GuardrailOutputTopic | str] | None | Unset:
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

                        def _parse_output_topics_type_0_item(
                            data: object,
                        ) -> GuardrailOutputTopic | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                output_topics_type_0_item_type_0 = GuardrailOutputTopic(
                                    data
                                )

                                return output_topics_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(GuardrailOutputTopic | str, data)

                        output_topics_type_0_item = _parse_output_topics_type_0_item(
                            output_topics_type_0_item_data
                        )

                        output_topics_type_0.append(output_topics_type_0_item)

                    return output_topics_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[GuardrailOutputTopic | str] | None | Unset, data)

            output_topics = _parse_output_topics(_output_topics_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            output_topics = cast(Any, UNSET)
            kept["output_topics"] = _output_topics_raw
            warnings.append(
                describe_misfit(
                    "output_topics",
                    _output_topics_raw,
                    "list[GuardrailOutputTopic | str] | None",
                )
            )

        assistant_guardrail_config = cls(
            input_topics=input_topics,
            output_topics=output_topics,
        )
        assistant_guardrail_config.additional_properties = {**d, **kept}
        assistant_guardrail_config.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_guardrail_config

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
