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

from ..models.phonetic_alphabet import PhoneticAlphabet
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPronunciationEntry")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPronunciationEntry(AnswerModel):
    """How one word or phrase is to be pronounced.

    Attributes:
        word (str): The word or phrase.
        alphabet (PhoneticAlphabet | str): Phonetic alphabet a pronunciation is written in. MiniMax speech-02-turbo
            reads `ipa` and `pinyin`,
            speech-2.8-turbo `jyutping` as well; for other voices it depends on the provider and model.
        phoneme (str): Its pronunciation, written in `alphabet`.
    """

    word: str
    alphabet: PhoneticAlphabet | str
    phoneme: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "word": "word",
        "alphabet": "alphabet",
        "phoneme": "phoneme",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "word"):  # else the answer lacked it: not invented here
            word = self.word
            field_dict["word"] = word
        if hasattr(self, "alphabet"):  # else the answer lacked it: not invented here
            alphabet: str
            if isinstance(self.alphabet, PhoneticAlphabet):
                alphabet = self.alphabet.value
            else:
                alphabet = self.alphabet
            field_dict["alphabet"] = alphabet
        if hasattr(self, "phoneme"):  # else the answer lacked it: not invented here
            phoneme = self.phoneme
            field_dict["phoneme"] = phoneme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPronunciationEntry takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["word", "alphabet", "phoneme"]
            if _member not in d
        ]
        _word_raw = d.pop("word", UNSET)
        if not isinstance(_word_raw, Unset):
            try:
                if not (isinstance(_word_raw, str)):
                    raise TypeError()
                word = _word_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                word = cast(Any, UNSET)
                unset.append("word")
                kept["word"] = _word_raw
                warnings.append(describe_misfit("word", _word_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            word = cast(Any, UNSET)
            unset.append("word")
        _alphabet_raw = d.pop("alphabet", UNSET)
        if not isinstance(_alphabet_raw, Unset):
            try:

                def _parse_alphabet(data: object) -> PhoneticAlphabet | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        alphabet_type_0 = PhoneticAlphabet(data)

                        return alphabet_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(PhoneticAlphabet | str, data)

                alphabet = _parse_alphabet(_alphabet_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                alphabet = cast(Any, UNSET)
                unset.append("alphabet")
                kept["alphabet"] = _alphabet_raw
                warnings.append(
                    describe_misfit("alphabet", _alphabet_raw, "PhoneticAlphabet | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            alphabet = cast(Any, UNSET)
            unset.append("alphabet")
        _phoneme_raw = d.pop("phoneme", UNSET)
        if not isinstance(_phoneme_raw, Unset):
            try:
                if not (isinstance(_phoneme_raw, str)):
                    raise TypeError()
                phoneme = _phoneme_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                phoneme = cast(Any, UNSET)
                unset.append("phoneme")
                kept["phoneme"] = _phoneme_raw
                warnings.append(describe_misfit("phoneme", _phoneme_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            phoneme = cast(Any, UNSET)
            unset.append("phoneme")
        assistant_pronunciation_entry = cls(
            word=word,
            alphabet=alphabet,
            phoneme=phoneme,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_pronunciation_entry, _name)
        assistant_pronunciation_entry.additional_properties = {**d, **kept}
        assistant_pronunciation_entry.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_pronunciation_entry

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
