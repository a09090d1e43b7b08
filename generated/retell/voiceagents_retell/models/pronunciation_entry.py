from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phonetic_alphabet import PhoneticAlphabet

T = TypeVar("T", bound="PronunciationEntry")


@_attrs_define
class PronunciationEntry:
    """How one word or phrase is to be pronounced.

    Attributes:
        word (str): The word or phrase.
        alphabet (PhoneticAlphabet): Phonetic alphabet a pronunciation is written in. MiniMax speech-02-turbo reads
            `ipa` and `pinyin`,
            speech-2.8-turbo `jyutping` as well; for other voices it depends on the provider and model.
        phoneme (str): Its pronunciation, written in `alphabet`.
    """

    word: str
    alphabet: PhoneticAlphabet
    phoneme: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        alphabet = self.alphabet.value

        phoneme = self.phoneme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "word": word,
                "alphabet": alphabet,
                "phoneme": phoneme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        word = d.pop("word")

        alphabet = PhoneticAlphabet(d.pop("alphabet"))

        phoneme = d.pop("phoneme")

        pronunciation_entry = cls(
            word=word,
            alphabet=alphabet,
            phoneme=phoneme,
        )

        pronunciation_entry.additional_properties = d
        return pronunciation_entry

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
