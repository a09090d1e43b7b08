from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phonetic_alphabet import PhoneticAlphabet
from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPronunciationEntry")


@_attrs_define
class AssistantPronunciationEntry:
    """How one word or phrase is to be pronounced.

    Attributes:
        word (str | Unset): The word or phrase.
        alphabet (PhoneticAlphabet | str | Unset): Phonetic alphabet a pronunciation is written in. MiniMax
            speech-02-turbo reads `ipa` and `pinyin`,
            speech-2.8-turbo `jyutping` as well; for other voices it depends on the provider and model.
        phoneme (str | Unset): Its pronunciation, written in `alphabet`.
    """

    word: str | Unset = UNSET
    alphabet: PhoneticAlphabet | str | Unset = UNSET
    phoneme: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        alphabet: str | Unset
        if isinstance(self.alphabet, Unset):
            alphabet = UNSET
        elif isinstance(self.alphabet, PhoneticAlphabet):
            alphabet = self.alphabet.value
        else:
            alphabet = self.alphabet

        phoneme = self.phoneme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if word is not UNSET:
            field_dict["word"] = word
        if alphabet is not UNSET:
            field_dict["alphabet"] = alphabet
        if phoneme is not UNSET:
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
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["word", "alphabet", "phoneme"]
            if _member not in d
        ]
        _word_raw = d.pop("word", UNSET)
        try:
            if not isinstance(_word_raw, Unset) and not (isinstance(_word_raw, str)):
                raise TypeError()
            word = _word_raw
        except Exception:  # an answer never raises: the value is kept as sent
            word = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["word"] = _word_raw
            warnings.append(describe_misfit("word", _word_raw, "str"))
        _alphabet_raw = d.pop("alphabet", UNSET)
        try:

            def _parse_alphabet(data: object) -> PhoneticAlphabet | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    alphabet_type_0 = PhoneticAlphabet(data)

                    return alphabet_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(PhoneticAlphabet | str | Unset, data)

            alphabet = _parse_alphabet(_alphabet_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            alphabet = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["alphabet"] = _alphabet_raw
            warnings.append(
                describe_misfit("alphabet", _alphabet_raw, "PhoneticAlphabet | str")
            )
        _phoneme_raw = d.pop("phoneme", UNSET)
        try:
            if not isinstance(_phoneme_raw, Unset) and not (
                isinstance(_phoneme_raw, str)
            ):
                raise TypeError()
            phoneme = _phoneme_raw
        except Exception:  # an answer never raises: the value is kept as sent
            phoneme = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["phoneme"] = _phoneme_raw
            warnings.append(describe_misfit("phoneme", _phoneme_raw, "str"))
        assistant_pronunciation_entry = cls(
            word=word,
            alphabet=alphabet,
            phoneme=phoneme,
        )
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
