from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HandbookConfig")


@_attrs_define
class HandbookConfig:
    """Behaviour presets, each switched on or off, that shape the agent's style.

    Attributes:
        ai_disclosure (bool | Unset): Admits being a virtual assistant when asked.
        conversational_personality (bool | Unset): Uses the conversational personality preset: the professional-rep
            personality is left out of
            the prompt and replies are rewritten in a more colloquial way.
        default_personality (bool | Unset): Baseline of a professional call-centre representative.
        echo_verification (bool | Unset): Repeats important details back and has them confirmed (voice only).
        high_empathy (bool | Unset): Acknowledges the caller's concerns warmly.
        nato_phonetic_alphabet (bool | Unset): Spells things out NATO-alphabet style (voice only).
        natural_filler_words (bool | Unset): Adds natural fillers ("um", "you know") for a more human tone.
        scope_boundaries (bool | Unset): Stays within the prompt and the context and does not make details up.
        smart_matching (bool | Unset): Treats words that nearly match as the same thing, to soften transcription errors
            (voice
            only).
        speech_normalization (bool | Unset): Says numbers, dates and amounts of money the way they are spoken (voice
            only).
    """

    ai_disclosure: bool | Unset = UNSET
    conversational_personality: bool | Unset = UNSET
    default_personality: bool | Unset = UNSET
    echo_verification: bool | Unset = UNSET
    high_empathy: bool | Unset = UNSET
    nato_phonetic_alphabet: bool | Unset = UNSET
    natural_filler_words: bool | Unset = UNSET
    scope_boundaries: bool | Unset = UNSET
    smart_matching: bool | Unset = UNSET
    speech_normalization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_disclosure = self.ai_disclosure

        conversational_personality = self.conversational_personality

        default_personality = self.default_personality

        echo_verification = self.echo_verification

        high_empathy = self.high_empathy

        nato_phonetic_alphabet = self.nato_phonetic_alphabet

        natural_filler_words = self.natural_filler_words

        scope_boundaries = self.scope_boundaries

        smart_matching = self.smart_matching

        speech_normalization = self.speech_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_disclosure is not UNSET:
            field_dict["ai_disclosure"] = ai_disclosure
        if conversational_personality is not UNSET:
            field_dict["conversational_personality"] = conversational_personality
        if default_personality is not UNSET:
            field_dict["default_personality"] = default_personality
        if echo_verification is not UNSET:
            field_dict["echo_verification"] = echo_verification
        if high_empathy is not UNSET:
            field_dict["high_empathy"] = high_empathy
        if nato_phonetic_alphabet is not UNSET:
            field_dict["nato_phonetic_alphabet"] = nato_phonetic_alphabet
        if natural_filler_words is not UNSET:
            field_dict["natural_filler_words"] = natural_filler_words
        if scope_boundaries is not UNSET:
            field_dict["scope_boundaries"] = scope_boundaries
        if smart_matching is not UNSET:
            field_dict["smart_matching"] = smart_matching
        if speech_normalization is not UNSET:
            field_dict["speech_normalization"] = speech_normalization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ai_disclosure = d.pop("ai_disclosure", UNSET)

        conversational_personality = d.pop("conversational_personality", UNSET)

        default_personality = d.pop("default_personality", UNSET)

        echo_verification = d.pop("echo_verification", UNSET)

        high_empathy = d.pop("high_empathy", UNSET)

        nato_phonetic_alphabet = d.pop("nato_phonetic_alphabet", UNSET)

        natural_filler_words = d.pop("natural_filler_words", UNSET)

        scope_boundaries = d.pop("scope_boundaries", UNSET)

        smart_matching = d.pop("smart_matching", UNSET)

        speech_normalization = d.pop("speech_normalization", UNSET)

        handbook_config = cls(
            ai_disclosure=ai_disclosure,
            conversational_personality=conversational_personality,
            default_personality=default_personality,
            echo_verification=echo_verification,
            high_empathy=high_empathy,
            nato_phonetic_alphabet=nato_phonetic_alphabet,
            natural_filler_words=natural_filler_words,
            scope_boundaries=scope_boundaries,
            smart_matching=smart_matching,
            speech_normalization=speech_normalization,
        )

        handbook_config.additional_properties = d
        return handbook_config

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
