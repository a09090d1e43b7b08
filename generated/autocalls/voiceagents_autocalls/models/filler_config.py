from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FillerConfig")


@_attrs_define
class FillerConfig:
    """Custom filler phrases per category, each a list of short phrases. When omitted the server uses defaults for the
    assistant's language.

        Attributes:
            positive (list[str] | Unset): Fillers before positive or affirmative replies.
            negative (list[str] | Unset): Fillers before negative or hesitant replies.
            question (list[str] | Unset): Fillers while a question is being worked on.
            neutral (list[str] | Unset): Fillers for plain acknowledgements.
    """

    positive: list[str] | Unset = UNSET
    negative: list[str] | Unset = UNSET
    question: list[str] | Unset = UNSET
    neutral: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positive: list[str] | Unset = UNSET
        if not isinstance(self.positive, Unset):
            positive = self.positive

        negative: list[str] | Unset = UNSET
        if not isinstance(self.negative, Unset):
            negative = self.negative

        question: list[str] | Unset = UNSET
        if not isinstance(self.question, Unset):
            question = self.question

        neutral: list[str] | Unset = UNSET
        if not isinstance(self.neutral, Unset):
            neutral = self.neutral

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positive is not UNSET:
            field_dict["positive"] = positive
        if negative is not UNSET:
            field_dict["negative"] = negative
        if question is not UNSET:
            field_dict["question"] = question
        if neutral is not UNSET:
            field_dict["neutral"] = neutral

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        positive = cast(list[str], d.pop("positive", UNSET))

        negative = cast(list[str], d.pop("negative", UNSET))

        question = cast(list[str], d.pop("question", UNSET))

        neutral = cast(list[str], d.pop("neutral", UNSET))

        filler_config = cls(
            positive=positive,
            negative=negative,
            question=question,
            neutral=neutral,
        )

        filler_config.additional_properties = d
        return filler_config

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
