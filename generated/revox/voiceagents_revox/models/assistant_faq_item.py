from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.faq_item_source import FaqItemSource
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantFaqItem")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantFaqItem(AnswerModel):
    """An FAQ entry as stored.

    Attributes:
        question (str): The question.
        answer (str): The answer.
        id (None | str | Unset): Identifier of the entry.
        needs_human_answer (bool | None | Unset): Whether the entry still needs an answer written by a person.
        source (FaqItemSource | None | str | Unset): Who wrote the entry.
    """

    question: str
    answer: str
    id: None | str | Unset = UNSET
    needs_human_answer: bool | None | Unset = UNSET
    source: FaqItemSource | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "question": "question",
        "answer": "answer",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "question"):  # else the answer lacked it: not invented here
            question = self.question
            field_dict["question"] = question
        if hasattr(self, "answer"):  # else the answer lacked it: not invented here
            answer = self.answer
            field_dict["answer"] = answer
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        needs_human_answer: bool | None | Unset
        if isinstance(self.needs_human_answer, Unset):
            needs_human_answer = UNSET
        else:
            needs_human_answer = self.needs_human_answer
        if needs_human_answer is not UNSET:
            field_dict["needs_human_answer"] = needs_human_answer
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, FaqItemSource):
            source = self.source.value
        else:
            source = self.source
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantFaqItem takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["question", "answer"]
            if _member not in d
        ]
        _question_raw = d.pop("question", UNSET)
        if not isinstance(_question_raw, Unset):
            try:
                if not (isinstance(_question_raw, str)):
                    raise TypeError()
                question = _question_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                question = cast(Any, UNSET)
                unset.append("question")
                kept["question"] = _question_raw
                warnings.append(describe_misfit("question", _question_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            question = cast(Any, UNSET)
            unset.append("question")
        _answer_raw = d.pop("answer", UNSET)
        if not isinstance(_answer_raw, Unset):
            try:
                if not (isinstance(_answer_raw, str)):
                    raise TypeError()
                answer = _answer_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                answer = cast(Any, UNSET)
                unset.append("answer")
                kept["answer"] = _answer_raw
                warnings.append(describe_misfit("answer", _answer_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            answer = cast(Any, UNSET)
            unset.append("answer")
        _id_raw = d.pop("id", UNSET)
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            id = cast(Any, UNSET)
            kept["id"] = _id_raw
            warnings.append(describe_misfit("id", _id_raw, "None | str"))

        _needs_human_answer_raw = d.pop("needs_human_answer", UNSET)
        try:

            def _parse_needs_human_answer(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            needs_human_answer = _parse_needs_human_answer(_needs_human_answer_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            needs_human_answer = cast(Any, UNSET)
            kept["needs_human_answer"] = _needs_human_answer_raw
            warnings.append(
                describe_misfit(
                    "needs_human_answer", _needs_human_answer_raw, "bool | None"
                )
            )

        _source_raw = d.pop("source", UNSET)
        try:

            def _parse_source(data: object) -> FaqItemSource | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    source_type_0 = FaqItemSource(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FaqItemSource | None | str | Unset, data)

            source = _parse_source(_source_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            source = cast(Any, UNSET)
            kept["source"] = _source_raw
            warnings.append(
                describe_misfit("source", _source_raw, "FaqItemSource | None | str")
            )

        assistant_faq_item = cls(
            question=question,
            answer=answer,
            id=id,
            needs_human_answer=needs_human_answer,
            source=source,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_faq_item, _name)
        assistant_faq_item.additional_properties = {**d, **kept}
        assistant_faq_item.parse_warnings = warnings
        if warnings:
            misfit_tick()
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
