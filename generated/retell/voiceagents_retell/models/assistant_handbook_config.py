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

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantHandbookConfig")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantHandbookConfig(AnswerModel):
    """Behaviour presets, each switched on or off, that shape the agent's style.

    Attributes:
        ai_disclosure (bool | None | Unset): Admits being a virtual assistant when asked.
        conversational_personality (bool | None | Unset): Uses the conversational personality preset: the professional-
            rep personality is left out of
            the prompt and replies are rewritten in a more colloquial way.
        default_personality (bool | None | Unset): Baseline of a professional call-centre representative.
        echo_verification (bool | None | Unset): Repeats important details back and has them confirmed (voice only).
        high_empathy (bool | None | Unset): Acknowledges the caller's concerns warmly.
        nato_phonetic_alphabet (bool | None | Unset): Spells things out NATO-alphabet style (voice only).
        natural_filler_words (bool | None | Unset): Adds natural fillers ("um", "you know") for a more human tone.
        scope_boundaries (bool | None | Unset): Stays within the prompt and the context and does not make details up.
        smart_matching (bool | None | Unset): Treats words that nearly match as the same thing, to soften transcription
            errors (voice
            only).
        speech_normalization (bool | None | Unset): Says numbers, dates and amounts of money the way they are spoken
            (voice only).
    """

    ai_disclosure: bool | None | Unset = UNSET
    conversational_personality: bool | None | Unset = UNSET
    default_personality: bool | None | Unset = UNSET
    echo_verification: bool | None | Unset = UNSET
    high_empathy: bool | None | Unset = UNSET
    nato_phonetic_alphabet: bool | None | Unset = UNSET
    natural_filler_words: bool | None | Unset = UNSET
    scope_boundaries: bool | None | Unset = UNSET
    smart_matching: bool | None | Unset = UNSET
    speech_normalization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        ai_disclosure: bool | None | Unset
        if isinstance(self.ai_disclosure, Unset):
            ai_disclosure = UNSET
        else:
            ai_disclosure = self.ai_disclosure

        conversational_personality: bool | None | Unset
        if isinstance(self.conversational_personality, Unset):
            conversational_personality = UNSET
        else:
            conversational_personality = self.conversational_personality

        default_personality: bool | None | Unset
        if isinstance(self.default_personality, Unset):
            default_personality = UNSET
        else:
            default_personality = self.default_personality

        echo_verification: bool | None | Unset
        if isinstance(self.echo_verification, Unset):
            echo_verification = UNSET
        else:
            echo_verification = self.echo_verification

        high_empathy: bool | None | Unset
        if isinstance(self.high_empathy, Unset):
            high_empathy = UNSET
        else:
            high_empathy = self.high_empathy

        nato_phonetic_alphabet: bool | None | Unset
        if isinstance(self.nato_phonetic_alphabet, Unset):
            nato_phonetic_alphabet = UNSET
        else:
            nato_phonetic_alphabet = self.nato_phonetic_alphabet

        natural_filler_words: bool | None | Unset
        if isinstance(self.natural_filler_words, Unset):
            natural_filler_words = UNSET
        else:
            natural_filler_words = self.natural_filler_words

        scope_boundaries: bool | None | Unset
        if isinstance(self.scope_boundaries, Unset):
            scope_boundaries = UNSET
        else:
            scope_boundaries = self.scope_boundaries

        smart_matching: bool | None | Unset
        if isinstance(self.smart_matching, Unset):
            smart_matching = UNSET
        else:
            smart_matching = self.smart_matching

        speech_normalization: bool | None | Unset
        if isinstance(self.speech_normalization, Unset):
            speech_normalization = UNSET
        else:
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
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantHandbookConfig takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _ai_disclosure_raw = d.pop("ai_disclosure", UNSET)
        try:

            def _parse_ai_disclosure(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            ai_disclosure = _parse_ai_disclosure(_ai_disclosure_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            ai_disclosure = cast(Any, UNSET)
            kept["ai_disclosure"] = _ai_disclosure_raw
            warnings.append(
                describe_misfit("ai_disclosure", _ai_disclosure_raw, "bool | None")
            )

        _conversational_personality_raw = d.pop("conversational_personality", UNSET)
        try:

            def _parse_conversational_personality(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            conversational_personality = _parse_conversational_personality(
                _conversational_personality_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            conversational_personality = cast(Any, UNSET)
            kept["conversational_personality"] = _conversational_personality_raw
            warnings.append(
                describe_misfit(
                    "conversational_personality",
                    _conversational_personality_raw,
                    "bool | None",
                )
            )

        _default_personality_raw = d.pop("default_personality", UNSET)
        try:

            def _parse_default_personality(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            default_personality = _parse_default_personality(_default_personality_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            default_personality = cast(Any, UNSET)
            kept["default_personality"] = _default_personality_raw
            warnings.append(
                describe_misfit(
                    "default_personality", _default_personality_raw, "bool | None"
                )
            )

        _echo_verification_raw = d.pop("echo_verification", UNSET)
        try:

            def _parse_echo_verification(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            echo_verification = _parse_echo_verification(_echo_verification_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            echo_verification = cast(Any, UNSET)
            kept["echo_verification"] = _echo_verification_raw
            warnings.append(
                describe_misfit(
                    "echo_verification", _echo_verification_raw, "bool | None"
                )
            )

        _high_empathy_raw = d.pop("high_empathy", UNSET)
        try:

            def _parse_high_empathy(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            high_empathy = _parse_high_empathy(_high_empathy_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            high_empathy = cast(Any, UNSET)
            kept["high_empathy"] = _high_empathy_raw
            warnings.append(
                describe_misfit("high_empathy", _high_empathy_raw, "bool | None")
            )

        _nato_phonetic_alphabet_raw = d.pop("nato_phonetic_alphabet", UNSET)
        try:

            def _parse_nato_phonetic_alphabet(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            nato_phonetic_alphabet = _parse_nato_phonetic_alphabet(
                _nato_phonetic_alphabet_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            nato_phonetic_alphabet = cast(Any, UNSET)
            kept["nato_phonetic_alphabet"] = _nato_phonetic_alphabet_raw
            warnings.append(
                describe_misfit(
                    "nato_phonetic_alphabet", _nato_phonetic_alphabet_raw, "bool | None"
                )
            )

        _natural_filler_words_raw = d.pop("natural_filler_words", UNSET)
        try:

            def _parse_natural_filler_words(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            natural_filler_words = _parse_natural_filler_words(
                _natural_filler_words_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            natural_filler_words = cast(Any, UNSET)
            kept["natural_filler_words"] = _natural_filler_words_raw
            warnings.append(
                describe_misfit(
                    "natural_filler_words", _natural_filler_words_raw, "bool | None"
                )
            )

        _scope_boundaries_raw = d.pop("scope_boundaries", UNSET)
        try:

            def _parse_scope_boundaries(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            scope_boundaries = _parse_scope_boundaries(_scope_boundaries_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            scope_boundaries = cast(Any, UNSET)
            kept["scope_boundaries"] = _scope_boundaries_raw
            warnings.append(
                describe_misfit(
                    "scope_boundaries", _scope_boundaries_raw, "bool | None"
                )
            )

        _smart_matching_raw = d.pop("smart_matching", UNSET)
        try:

            def _parse_smart_matching(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            smart_matching = _parse_smart_matching(_smart_matching_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            smart_matching = cast(Any, UNSET)
            kept["smart_matching"] = _smart_matching_raw
            warnings.append(
                describe_misfit("smart_matching", _smart_matching_raw, "bool | None")
            )

        _speech_normalization_raw = d.pop("speech_normalization", UNSET)
        try:

            def _parse_speech_normalization(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            speech_normalization = _parse_speech_normalization(
                _speech_normalization_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            speech_normalization = cast(Any, UNSET)
            kept["speech_normalization"] = _speech_normalization_raw
            warnings.append(
                describe_misfit(
                    "speech_normalization", _speech_normalization_raw, "bool | None"
                )
            )

        assistant_handbook_config = cls(
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
        assistant_handbook_config.additional_properties = {**d, **kept}
        assistant_handbook_config.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_handbook_config

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
