from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.faq_item_source import FaqItemSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantFaqItem")


@_attrs_define
class AssistantFaqItem:
    """An FAQ entry as stored.

    Attributes:
        question (str): The question.
        answer (str): The answer.
        id (str | Unset): Identifier of the entry.
        needs_human_answer (bool | Unset): Whether the entry still needs an answer written by a person.
        source (FaqItemSource | str | Unset): Who wrote the entry (open set; unknown values are kept as text).
    """

    question: str
    answer: str
    id: str | Unset = UNSET
    needs_human_answer: bool | Unset = UNSET
    source: FaqItemSource | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        answer = self.answer

        id = self.id

        needs_human_answer = self.needs_human_answer

        source: str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, FaqItemSource):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "answer": answer,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if needs_human_answer is not UNSET:
            field_dict["needs_human_answer"] = needs_human_answer
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        question = d.pop("question")

        answer = d.pop("answer")

        id = d.pop("id", UNSET)

        needs_human_answer = d.pop("needs_human_answer", UNSET)

        def _parse_source(data: object) -> FaqItemSource | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = FaqItemSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaqItemSource | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        assistant_faq_item = cls(
            question=question,
            answer=answer,
            id=id,
            needs_human_answer=needs_human_answer,
            source=source,
        )

        assistant_faq_item.additional_properties = d
        return assistant_faq_item

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
