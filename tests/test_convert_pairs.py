"""Across vendors: every seed example of every vendor, imported and converted to every other vendor.

For each of the 20 ordered pairs and each valid example of the source (tests/spec_cases), the
strict conversion either gives a body that validates against the target's spec, or raises one
``ConversionError`` that names exactly the dropped neutral fields and the vendor fields that need
input (the sets below, reviewed by hand). Then, supplying exactly those inputs through
``vendor_extras`` and accepting the drops always gives a valid body.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SLUGS, load_cases
from voiceagents import _validation
from voiceagents._convert import from_vendor, to_vendor
from voiceagents._exceptions import ConversionError
from voiceagents.types import Assistant

# (source, seed example, target) -> None (converts cleanly) or (dropped neutral fields, vendor fields needing input)
EXPECTED: dict[tuple[str, str, str], tuple[set[str], set[str]] | None] = {
    ("callhq", "curl_example", "autocalls_v1"): (
        {
            "call.background_sound",
            "call.max_duration_seconds",
            "end_call.enabled",
            "end_call.instructions",
            "knowledge_base.ids",
            "llm.max_tokens",
            "llm.provider",
            "transcriber.model",
            "transcriber.provider",
        },
        {"calls_direction", "engine_type", "language", "timezone", "voice_id"},
    ),
    ("callhq", "curl_example", "revox"): (
        {
            "call.noise_cancellation",
            "call.silence_timeout_seconds",
            "end_call.enabled",
            "end_call.instructions",
            "knowledge_base.ids",
            "language.primary",
            "llm.max_tokens",
            "llm.model",
            "llm.provider",
            "llm.temperature",
            "transcriber.model",
            "transcriber.provider",
            "voice.id",
            "voice.provider",
            "voice.speed",
        },
        set(),
    ),
    ("callhq", "curl_example", "insighto"): (
        {
            "call.background_sound",
            "call.max_duration_seconds",
            "call.noise_cancellation",
            "call.silence_timeout_seconds",
            "end_call.enabled",
            "end_call.instructions",
            "knowledge_base.ids",
            "llm.max_tokens",
            "llm.model",
            "llm.provider",
            "llm.temperature",
            "opening.message",
            "opening.mode",
            "opening.speaker",
            "transcriber.model",
            "transcriber.provider",
            "voice.id",
            "voice.provider",
            "voice.speed",
        },
        {"assistant_type", "llm_model"},
    ),
    ("callhq", "curl_example", "autocalls"): (
        {
            "call.max_duration_seconds",
            "end_call.instructions",
            "knowledge_base.ids",
            "llm.max_tokens",
            "llm.model",
            "llm.provider",
            "transcriber.model",
            "transcriber.provider",
        },
        {"language_id", "mode", "timezone", "type", "voice_id"},
    ),
    ("autocalls_v1", "famulor_fragment", "callhq"): (
        {"call.direction", "timezone"},
        {"firstMessageMode", "transcriber", "voice"},
    ),
    ("autocalls_v1", "famulor_fragment", "revox"): (
        {"call.direction", "llm.model", "timezone"},
        set(),
    ),
    ("autocalls_v1", "famulor_fragment", "insighto"): (
        {"call.direction", "llm.model", "opening.message", "timezone"},
        {"assistant_type", "llm_model"},
    ),
    ("autocalls_v1", "famulor_fragment", "autocalls"): (
        {"llm.model"},
        {"language_id", "mode", "voice_id"},
    ),
    ("autocalls_v1", "all_fields", "callhq"): (
        {
            "call.background_sound_volume",
            "call.direction",
            "call.interruptions.allowed",
            "call.interruptions.min_words",
            "call.interruptions.sensitivity",
            "call.recording",
            "post_call.fields[0].description",
            "post_call.fields[0].name",
            "post_call.fields[0].type",
            "post_call.fields[1].description",
            "post_call.fields[1].name",
            "post_call.fields[1].type",
            "post_call.fields[2].description",
            "post_call.fields[2].name",
            "post_call.fields[2].type",
            "timezone",
            "variables",
            "voice.similarity",
            "voice.stability",
            "voicemail.hang_up",
            "webhook.enabled",
            "webhook.include_recording",
            "webhook.only_completed_calls",
            "webhook.url",
        },
        {"transcriber"},
    ),
    ("autocalls_v1", "all_fields", "revox"): (
        {
            "call.background_sound_volume",
            "call.direction",
            "call.interruptions.allowed",
            "call.interruptions.min_words",
            "call.interruptions.sensitivity",
            "call.noise_cancellation",
            "call.recording",
            "call.silence_timeout_seconds",
            "end_call.enabled",
            "end_call.instructions",
            "llm.model",
            "llm.temperature",
            "opening.speaker",
            "timezone",
            "variables",
            "voice.similarity",
            "voice.speed",
            "voice.stability",
            "webhook.include_recording",
            "webhook.only_completed_calls",
        },
        set(),
    ),
    ("autocalls_v1", "all_fields", "insighto"): (
        {
            "call.background_sound_volume",
            "call.direction",
            "call.interruptions.allowed",
            "call.interruptions.min_words",
            "call.interruptions.sensitivity",
            "call.max_duration_seconds",
            "call.noise_cancellation",
            "call.recording",
            "call.silence_timeout_seconds",
            "end_call.enabled",
            "end_call.instructions",
            "llm.model",
            "llm.temperature",
            "opening.message",
            "opening.speaker",
            "post_call.fields[0].description",
            "post_call.fields[0].name",
            "post_call.fields[0].type",
            "post_call.fields[1].description",
            "post_call.fields[1].name",
            "post_call.fields[1].type",
            "post_call.fields[2].description",
            "post_call.fields[2].name",
            "post_call.fields[2].type",
            "timezone",
            "variables",
            "voice.similarity",
            "voice.speed",
            "voice.stability",
            "voicemail.hang_up",
            "webhook.enabled",
            "webhook.include_recording",
            "webhook.only_completed_calls",
            "webhook.url",
        },
        {"assistant_type", "llm_model"},
    ),
    ("autocalls_v1", "all_fields", "autocalls"): (
        {"llm.model"},
        {"language_id", "mode", "voice_id"},
    ),
    ("revox", "minimal", "callhq"): (
        set(),
        {"firstMessage", "firstMessageMode", "transcriber", "voice"},
    ),
    ("revox", "minimal", "autocalls_v1"): (
        set(),
        {"calls_direction", "engine_type", "initial_message", "language", "llm_model", "timezone", "voice_id"},
    ),
    ("revox", "minimal", "insighto"): (
        set(),
        {"assistant_type", "llm_model"},
    ),
    ("revox", "minimal", "autocalls"): (
        set(),
        {"initial_message", "language_id", "mode", "timezone", "type", "voice_id"},
    ),
    ("revox", "all_fields", "callhq"): (
        {
            "end_call.message",
            "faq[0].answer",
            "faq[0].question",
            "faq[1].answer",
            "faq[1].question",
            "llm.model",
            "llm.provider",
            "post_call.fields[0].description",
            "post_call.fields[0].name",
            "post_call.fields[0].required",
            "post_call.fields[0].type",
            "post_call.fields[1].description",
            "post_call.fields[1].name",
            "post_call.fields[1].options",
            "post_call.fields[1].required",
            "post_call.fields[1].type",
            "post_call.fields[2].name",
            "post_call.fields[2].required",
            "post_call.fields[2].type",
            "timezone",
            "transfer.phone_number",
            "voicemail.message",
            "webhook.url",
        },
        {"transcriber"},
    ),
    ("revox", "all_fields", "autocalls_v1"): (
        {
            "call.background_sound",
            "end_call.message",
            "faq[0].answer",
            "faq[0].question",
            "faq[1].answer",
            "faq[1].question",
            "llm.provider",
            "post_call.fields[0].required",
            "post_call.fields[1].description",
            "post_call.fields[1].name",
            "post_call.fields[1].options",
            "post_call.fields[1].required",
            "post_call.fields[1].type",
            "post_call.fields[2].name",
            "post_call.fields[2].required",
            "post_call.fields[2].type",
            "transfer.phone_number",
            "voicemail.message",
        },
        {"calls_direction", "engine_type", "language", "voice_id"},
    ),
    ("revox", "all_fields", "insighto"): (
        {
            "call.background_sound",
            "call.max_duration_seconds",
            "end_call.message",
            "faq[0].answer",
            "faq[0].question",
            "faq[1].answer",
            "faq[1].question",
            "llm.model",
            "llm.provider",
            "opening.message",
            "opening.mode",
            "opening.speaker",
            "post_call.fields[0].description",
            "post_call.fields[0].name",
            "post_call.fields[0].required",
            "post_call.fields[0].type",
            "post_call.fields[1].description",
            "post_call.fields[1].name",
            "post_call.fields[1].options",
            "post_call.fields[1].required",
            "post_call.fields[1].type",
            "post_call.fields[2].name",
            "post_call.fields[2].required",
            "post_call.fields[2].type",
            "timezone",
            "transfer.phone_number",
            "voice.id",
            "voice.provider",
            "voice.speed",
            "voicemail.message",
            "webhook.url",
        },
        {"assistant_type", "llm_model"},
    ),
    ("revox", "all_fields", "autocalls"): (
        {
            "end_call.message",
            "faq[0].answer",
            "faq[0].question",
            "faq[1].answer",
            "faq[1].question",
            "llm.model",
            "llm.provider",
            "post_call.fields[0].required",
            "post_call.fields[1].options",
            "post_call.fields[1].required",
            "post_call.fields[1].type",
            "post_call.fields[2].required",
            "post_call.fields[2].type",
        },
        {"language_id", "mode", "type", "voice_id"},
    ),
    ("revox", "dedicated_model", "callhq"): (
        {"llm.model", "llm.provider", "transfer.enabled", "voicemail.hang_up"},
        {"transcriber"},
    ),
    ("revox", "dedicated_model", "autocalls_v1"): (
        {"call.background_sound", "llm.provider", "opening.mode", "transfer.enabled"},
        {"calls_direction", "engine_type", "language", "timezone", "voice_id"},
    ),
    ("revox", "dedicated_model", "insighto"): (
        {
            "call.background_sound",
            "llm.model",
            "llm.provider",
            "opening.message",
            "opening.mode",
            "opening.speaker",
            "voice.id",
            "voice.provider",
            "voice.speed",
            "voicemail.hang_up",
        },
        {"assistant_type", "llm_model"},
    ),
    ("revox", "dedicated_model", "autocalls"): (
        {"llm.model", "llm.provider", "opening.mode"},
        {"language_id", "mode", "timezone", "type", "voice_id"},
    ),
    ("insighto", "curl_example", "callhq"): (
        {"language.secondary", "transfer.enabled"},
        {"firstMessage", "firstMessageMode"},
    ),
    ("insighto", "curl_example", "autocalls_v1"): (
        {"language.secondary", "transfer.enabled"},
        {"calls_direction", "engine_type", "initial_message", "language", "timezone", "voice_id"},
    ),
    ("insighto", "curl_example", "revox"): (
        {"language.primary", "language.secondary", "llm.model"},
        set(),
    ),
    ("insighto", "curl_example", "autocalls"): (
        {"language.secondary", "llm.model"},
        {"initial_message", "language_id", "mode", "timezone", "type", "voice_id"},
    ),
    ("insighto", "minimal", "callhq"): (
        set(),
        {"firstMessage", "firstMessageMode", "name", "transcriber", "voice"},
    ),
    ("insighto", "minimal", "autocalls_v1"): (
        set(),
        {
            "assistant_name",
            "calls_direction",
            "engine_type",
            "initial_message",
            "language",
            "system_prompt",
            "timezone",
            "voice_id",
        },
    ),
    ("insighto", "minimal", "revox"): (
        {"llm.model"},
        {"name", "prompt"},
    ),
    ("insighto", "minimal", "autocalls"): (
        {"llm.model"},
        {"initial_message", "language_id", "mode", "name", "system_prompt", "timezone", "type", "voice_id"},
    ),
    ("insighto", "nulls", "callhq"): (
        set(),
        {"firstMessage", "firstMessageMode", "model", "name", "transcriber", "voice"},
    ),
    ("insighto", "nulls", "autocalls_v1"): (
        set(),
        {
            "assistant_name",
            "calls_direction",
            "engine_type",
            "initial_message",
            "language",
            "llm_model",
            "system_prompt",
            "timezone",
            "voice_id",
        },
    ),
    ("insighto", "nulls", "revox"): (
        set(),
        {"name", "prompt"},
    ),
    ("insighto", "nulls", "autocalls"): (
        set(),
        {"initial_message", "language_id", "mode", "name", "system_prompt", "timezone", "type", "voice_id"},
    ),
    ("autocalls", "pipeline_example", "callhq"): (
        {"call.direction", "timezone", "transfer.enabled", "transfer.instructions", "transfer.phone_number"},
        {"firstMessageMode", "transcriber", "voice"},
    ),
    ("autocalls", "pipeline_example", "autocalls_v1"): (
        {"transfer.enabled", "transfer.instructions", "transfer.phone_number"},
        {"engine_type", "language", "llm_model", "voice_id"},
    ),
    ("autocalls", "pipeline_example", "revox"): (
        {"call.direction", "end_call.enabled", "end_call.instructions", "timezone", "transfer.instructions"},
        set(),
    ),
    ("autocalls", "pipeline_example", "insighto"): (
        {
            "call.direction",
            "end_call.enabled",
            "end_call.instructions",
            "opening.message",
            "timezone",
            "transfer.instructions",
            "transfer.phone_number",
        },
        {"assistant_type", "llm_model"},
    ),
    ("autocalls", "multimodal_example", "callhq"): (
        {"call.direction", "timezone"},
        {"firstMessageMode", "transcriber", "voice"},
    ),
    ("autocalls", "multimodal_example", "autocalls_v1"): (
        set(),
        {"engine_type", "language", "llm_model", "voice_id"},
    ),
    ("autocalls", "multimodal_example", "revox"): (
        {"call.direction", "timezone"},
        set(),
    ),
    ("autocalls", "multimodal_example", "insighto"): (
        {"call.direction", "opening.message", "timezone"},
        {"assistant_type", "llm_model"},
    ),
    ("autocalls", "dualplex_example", "callhq"): (
        {"call.background_sound_volume", "call.direction", "timezone"},
        {"firstMessageMode", "transcriber", "voice"},
    ),
    ("autocalls", "dualplex_example", "autocalls_v1"): (
        {"call.background_sound"},
        {"engine_type", "language", "llm_model", "voice_id"},
    ),
    ("autocalls", "dualplex_example", "revox"): (
        {"call.background_sound_volume", "call.direction", "timezone"},
        set(),
    ),
    ("autocalls", "dualplex_example", "insighto"): (
        {"call.background_sound", "call.background_sound_volume", "call.direction", "opening.message", "timezone"},
        {"assistant_type", "llm_model"},
    ),
}

# A value a user would give in vendor_extras for each input a vendor may ask for.
SUPPLY: dict[str, dict[str, Any]] = {
    "callhq": {
        "name": "Assistant",
        "voice": {"provider": "elevenlabs", "voiceId": "21m00Tcm4TlvDq8ikWAM"},
        "transcriber": {"provider": "Deepgram", "model": "nova-3"},
        "model": {"provider": "openai", "model": "gpt-4o"},
        "firstMessage": "Hello.",
        "firstMessageMode": "assistant-speaks-first",
    },
    "autocalls_v1": {
        "assistant_name": "Assistant",
        "voice_id": 413,
        "language": "English",
        "llm_model": "GPT-4o",
        "calls_direction": "receive",
        "engine_type": "pipeline",
        "timezone": "UTC",
        "initial_message": "Hello.",
        "system_prompt": "Be helpful.",
    },
    "revox": {"name": "Assistant", "prompt": "Be helpful."},
    "insighto": {"assistant_type": "phone", "llm_model": "gpt-4o-mini"},
    "autocalls": {
        "name": "Assistant",
        "voice_id": 1,
        "language_id": 1,
        "type": "inbound",
        "mode": "pipeline",
        "timezone": "UTC",
        "initial_message": "Hello.",
        "system_prompt": "Be helpful.",
        "llm_model_id": 2,
    },
}


def _seeds() -> list[tuple[str, str, dict[str, Any]]]:
    return [(slug, case["name"], case["body"]) for slug in SLUGS for case in load_cases(slug)["valid"]]


CASES = [
    pytest.param(src, name, body, dst, id=f"{src}.{name}->{dst}")
    for src, name, body in _seeds()
    for dst in SLUGS
    if dst != src
]


def test_every_pair_and_seed_is_covered() -> None:
    assert {(src, name, dst) for src, name, _, dst in (c.values for c in CASES)} == set(EXPECTED)
    assert len({(src, dst) for src, _, dst in EXPECTED}) == 20


@pytest.mark.parametrize(("src", "name", "body", "dst"), CASES)
def test_cross_vendor_conversion_is_valid_or_names_exactly_what_is_lost(
    src: str, name: str, body: dict[str, Any], dst: str
) -> None:
    assistant, _ = from_vendor(src, body)
    expected = EXPECTED[(src, name, dst)]
    if expected is None:
        request, report = to_vendor(assistant, dst)
        assert report.lossless
        assert _validation.request_errors(dst, request.to_dict()) == []
        return
    with pytest.raises(ConversionError) as caught:
        to_vendor(assistant, dst)
    report = caught.value.report
    dropped = {e.neutral for e in report.dropped}
    needs = {e.vendor for e in report.needs_input}
    assert (dropped, needs) == expected
    # the error message names every one of them
    message = str(caught.value)
    for field in dropped | needs:
        assert field in message
    # other vendors' extras are ignored, never an error
    assert {e.neutral.split(".")[1] for e in report.ignored} <= {src}


@pytest.mark.parametrize(("src", "name", "body", "dst"), CASES)
def test_supplying_the_named_inputs_gives_a_valid_body(src: str, name: str, body: dict[str, Any], dst: str) -> None:
    assistant, _ = from_vendor(src, body)
    data = assistant.model_dump(exclude_unset=True)
    extras: dict[str, Any] = {}
    for _ in range(4):  # a supplied input may bring a rule of its own (autocalls: mode -> model id)
        candidate = Assistant.model_validate({**data, "vendor_extras": {**data.get("vendor_extras", {}), dst: extras}})
        try:
            request, report = to_vendor(candidate, dst, allow_drop=True)
        except ConversionError as exc:
            missing = {e.vendor for e in exc.report.needs_input}
            assert missing, "with allow_drop only missing inputs fail"
            assert not set(extras) & missing
            extras.update({field: SUPPLY[dst][field] for field in missing})
            continue
        assert _validation.request_errors(dst, request.to_dict()) == []
        assert not report.needs_input
        return
    pytest.fail(f"still missing inputs after supplying {sorted(extras)}")
