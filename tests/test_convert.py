"""to_vendor / from_vendor: round trips of the seed examples, every outcome kind, vendor_extras,
the translations each vendor declares, and the mapping table."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from conftest import SLUGS, load_cases
from voiceagents import _validation, _vendors
from voiceagents._convert import (
    AssistantValidationError,
    ConversionReport,
    from_vendor,
    mapping,
    mapping_table,
    neutral_schema,
    to_vendor,
)
from voiceagents._convert._engine import _schema_at
from voiceagents._convert._rules import Catalogue, Custom, Drop, Implied, Items, Map
from voiceagents._convert._table import neutral_fields
from voiceagents._exceptions import ConversionError, UnknownVendorError, ValidationError

SEEDS = [
    pytest.param(slug, case["body"], id=f"{slug}.{case['name']}")
    for slug in SLUGS
    for case in load_cases(slug)["valid"]
]

BASE: dict[str, Any] = {"name": "Front desk", "system_prompt": "You answer calls for Acme."}
IDS: dict[str, dict[str, Any]] = {  # what autocalls needs besides the neutral fields
    "autocalls": {"voice_id": 1, "language_id": 1, "mode": "pipeline", "llm_model_id": 2},
    "autocalls_v1": {"voice_id": 413, "language": "English", "engine_type": "pipeline"},
}


def convert(data: dict[str, Any], slug: str, **kwargs: Any) -> tuple[dict[str, Any], ConversionReport]:
    request, report = to_vendor(data, slug, **kwargs)
    return request.to_dict(), report


def problems(data: dict[str, Any], slug: str, **kwargs: Any) -> ConversionReport:
    with pytest.raises(ConversionError) as caught:
        to_vendor(data, slug, **kwargs)
    report = caught.value.report
    assert isinstance(report, ConversionReport)
    assert caught.value.problems == report.problems
    return report


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize(("slug", "body"), SEEDS)
def test_seed_example_round_trips_exactly(slug: str, body: dict[str, Any]) -> None:
    assistant, imported = from_vendor(slug, copy.deepcopy(body))
    request, exported = to_vendor(assistant, slug)
    assert request.to_dict() == body
    assert isinstance(request, _vendors.get(slug).module("models").CreateAssistantRequest)
    assert exported.lossless
    assert not exported.dropped
    assert not exported.needs_input
    # every vendor field is accounted for on the way in: lifted to a neutral field or kept
    assert imported.direction == "from_vendor"
    assert {e.outcome for e in imported} <= {"mapped", "transformed", "kept"}


@pytest.mark.parametrize(("slug", "body"), SEEDS)
def test_from_vendor_keeps_unmapped_fields_in_vendor_extras(slug: str, body: dict[str, Any]) -> None:
    assistant, report = from_vendor(slug, body)
    extras = (assistant.vendor_extras.model_dump(exclude_none=True) if assistant.vendor_extras else {}).get(slug, {})
    for entry in report.kept:
        assert entry.neutral == f"vendor_extras.{slug}.{entry.vendor}"
    assert bool(extras) == bool(report.kept)


def test_from_vendor_accepts_the_generated_model() -> None:
    body = load_cases("revox")["valid"][1]["body"]
    model = _vendors.get("revox").module("models").CreateAssistantRequest.from_dict(body)
    assistant, _ = from_vendor("revox", model)
    assert assistant.name == body["name"]


def test_from_vendor_validates_the_body_first() -> None:
    with pytest.raises(ValidationError) as caught:
        from_vendor("revox", {"name": 7})
    paths = {e.path for e in caught.value.errors}
    assert paths == {"/name", "/prompt"}
    with pytest.raises(ValidationError):
        from_vendor("autocalls", {**load_cases("autocalls")["valid"][0]["body"], "mode": "realtime"})


def test_unknown_vendor() -> None:
    with pytest.raises(UnknownVendorError, match="known vendors: callhq"):
        to_vendor(BASE, "vapi")
    with pytest.raises(UnknownVendorError):
        from_vendor("vapi", {})


# --------------------------------------------------------------------------- outcomes


def test_each_set_field_gets_exactly_one_outcome() -> None:
    data = {
        **BASE,
        "opening": {"speaker": "assistant", "message": "Hello!", "mode": "static"},
        "voice": {"provider": "cartesia", "id": "a0e9", "speed": 1.1, "stability": 0.5},
        "call": {"max_duration_seconds": 600, "recording": True},
        "faq": [{"question": "Hours?", "answer": "9 to 5"}],
    }
    _, report = convert(data, "revox", allow_drop=True)
    outcomes = {e.neutral: e.outcome for e in report}
    assert outcomes == {
        "name": "mapped",
        "system_prompt": "mapped",
        "opening.speaker": "transformed",
        "opening.message": "mapped",
        "opening.mode": "transformed",
        "voice.provider": "mapped",
        "voice.id": "mapped",
        "voice.speed": "mapped",
        "voice.stability": "dropped",
        "call.max_duration_seconds": "mapped",
        "call.recording": "dropped",
        "faq[0].question": "mapped",
        "faq[0].answer": "mapped",
    }
    assert len(report) == len(outcomes)


def test_strict_conversion_raises_one_error_listing_every_drop() -> None:
    data = {**BASE, "call": {"recording": True, "noise_cancellation": True}, "llm": {"max_tokens": 100}}
    report = problems(data, "revox")
    assert {e.neutral for e in report.dropped} == {"call.recording", "call.noise_cancellation", "llm.max_tokens"}
    assert all("Revox has no field" in e.detail for e in report.dropped)
    body, report = convert(data, "revox", allow_drop=True)
    assert body == {"name": "Front desk", "prompt": "You answer calls for Acme."}
    assert {e.neutral for e in report.dropped} == {"call.recording", "call.noise_cancellation", "llm.max_tokens"}


def test_missing_inputs_raise_even_with_allow_drop() -> None:
    report = problems(BASE, "autocalls", allow_drop=True)
    needs = {e.vendor: e.detail for e in report.needs_input}
    assert set(needs) == {"voice_id", "language_id", "type", "mode", "timezone", "initial_message"}
    assert "vendor_extras.autocalls.voice_id" in needs["voice_id"]
    assert "set `call.direction`" in needs["type"]
    assert "vendor_extras.autocalls.type" in needs["type"]
    assert "one of pipeline, multimodal, dualplex" in needs["mode"]
    assert "llm_model_id" in needs["mode"]  # the rules that depend on the mode are named
    assert report.dropped == []


def test_no_guessing_of_autocalls_ids() -> None:
    data = {
        **BASE,
        "opening": {"message": "Hi"},
        "timezone": "UTC",
        "call": {"direction": "inbound"},
        "voice": {"provider": "elevenlabs", "id": "21m00Tcm4TlvDq8ikWAM"},
        "language": {"primary": "en-US", "secondary": ["de-DE"]},
        "llm": {"provider": "openai", "model": "gpt-4o"},
        "knowledge_base": {"ids": ["kb-1"]},
        "vendor_extras": {"autocalls": {"mode": "pipeline"}},
    }
    report = problems(data, "autocalls", allow_drop=True)
    assert {(e.neutral, e.vendor) for e in report.needs_input} == {
        ("voice.provider", "voice_id"),
        ("voice.id", "voice_id"),
        ("language.primary", "language_id"),
        ("llm.provider", "llm_model_id"),
        ("llm.model", "llm_model_id"),
    }
    assert {e.neutral for e in report.dropped} == {"language.secondary", "knowledge_base.ids"}
    assert all("vendor_extras.autocalls." in e.detail for e in [*report.needs_input, *report.dropped])
    data["vendor_extras"]["autocalls"] = {
        **IDS["autocalls"],
        "secondary_language_ids": [2],
        "knowledgebase_id": 7,
    }
    body, report = convert(data, "autocalls")
    assert body["voice_id"] == 1
    assert body["language_id"] == 1
    assert body["knowledgebase_id"] == 7
    voice = report.outcome("voice.id")
    assert voice is not None
    assert voice.outcome == "transformed"
    assert "voice_id = 1" in voice.detail


def test_a_value_the_vendor_rejects_is_dropped_with_its_rule() -> None:
    data = {**BASE, "voice": {"provider": "cartesia", "id": "x", "speed": 1.9}}
    report = problems(data, "revox")
    (entry,) = report.dropped
    assert entry.neutral == "voice.speed"
    assert "maximum 1.5" in entry.detail
    assert "Cartesia" in entry.detail
    body, _ = convert(data, "revox", allow_drop=True)
    assert body["voice"] == {"id": "x", "provider": "cartesia"}


def test_a_provider_the_vendor_lacks_drops_the_whole_voice() -> None:
    data = {**BASE, "voice": {"provider": "sarvam", "id": "anushka", "speed": 1.0}}
    report = problems(data, "revox")
    dropped = {e.neutral: e.detail for e in report.dropped}
    assert set(dropped) == {"voice.provider", "voice.id", "voice.speed"}
    assert "one of ['cartesia', 'elevenlabs']" in dropped["voice.provider"]
    assert "voice.id" in dropped["voice.speed"]  # speed cannot be sent without a voice


def test_an_optional_object_the_neutral_model_cannot_complete_is_dropped() -> None:
    report = problems({**BASE, "timezone": "Europe/Paris"}, "revox")
    (entry,) = report.dropped
    assert entry.neutral == "timezone"
    assert "call_retry_config.calling_windows" in entry.detail
    retry = {"calling_windows": [{"calling_window_start_time": "09:00", "calling_window_end_time": "17:00",
                                  "retry_delay_seconds": 3600}], "max_retry_attempts": 2}  # fmt: skip
    data = {**BASE, "timezone": "Europe/Paris", "vendor_extras": {"revox": {"call_retry_config": retry}}}
    body, report = convert(data, "revox")
    assert body["call_retry_config"] == {**retry, "timezone": "Europe/Paris"}
    assert report.outcome("timezone") is not None


def test_required_vendor_field_from_dropped_value_is_both_dropped_and_needed() -> None:
    report = problems({**BASE, "llm": {"model": "gpt-4o"}}, "insighto", allow_drop=True)
    assert {e.neutral for e in report.dropped} == {"llm.model"}
    (need,) = [e for e in report.needs_input if e.vendor == "llm_model"]
    assert "the value given was dropped" in need.detail


def test_whole_seconds_for_integer_vendor_fields() -> None:
    data = {**BASE, "opening": {"message": "Hi"}, "llm": {"model": "GPT-4o"}, "call": {"max_duration_seconds": 600.0}}
    data["vendor_extras"] = {"autocalls_v1": {**IDS["autocalls_v1"], "calls_direction": "make", "timezone": "UTC"}}
    body, _ = convert(data, "autocalls_v1")
    assert body["max_call_duration"] == 600
    assert isinstance(body["max_call_duration"], int)
    data["call"]["max_duration_seconds"] = 600.5
    report = problems(data, "autocalls_v1")
    assert [e.neutral for e in report.dropped] == ["call.max_duration_seconds"]
    assert "integer" in report.dropped[0].detail


# --------------------------------------------------------------------------- vendor_extras


def test_vendor_extras_are_merged_and_win() -> None:
    data = {**BASE, "voice": {"provider": "cartesia", "id": "a"}, "vendor_extras": {"revox": {"voice": {"speed": 1.2}}}}
    body, report = convert(data, "revox")
    assert body["voice"] == {"provider": "cartesia", "id": "a", "speed": 1.2}
    assert [(e.neutral, e.vendor) for e in report.passed_through] == [
        ("vendor_extras.revox.voice.speed", "voice.speed")
    ]


def test_a_neutral_value_overridden_by_vendor_extras_is_reported() -> None:
    data = {**BASE, "vendor_extras": {"revox": {"name": "Other name"}}}
    report = problems(data, "revox")
    assert [(e.neutral, e.detail) for e in report.dropped] == [("name", "overridden by vendor_extras.revox.name")]
    body, _ = convert(data, "revox", allow_drop=True)
    assert body["name"] == "Other name"


def test_unknown_vendor_extras_keys_are_errors_naming_them() -> None:
    data = {**BASE, "vendor_extras": {"revox": {"colour": "red", "voice": {"pitch": 2}, "calendly": {"x": 1}}}}
    with pytest.raises(ValidationError) as caught:
        to_vendor(data, "revox")
    errors = {e.path: e.rule for e in caught.value.errors}
    assert set(errors) == {
        "/vendor_extras/revox/colour",
        "/vendor_extras/revox/voice/pitch",
        "/vendor_extras/revox/calendly/x",
    }
    assert "not a field of the revox request body" in errors["/vendor_extras/revox/colour"]
    assert "known: id, provider, speed" in errors["/vendor_extras/revox/voice/pitch"]


def test_free_form_vendor_objects_accept_any_key() -> None:
    data = {**BASE, "opening": {"speaker": "assistant", "message": "Hi"}}
    data["vendor_extras"] = {
        "callhq": {
            "analysisPlan": {"summaryPlan": {"enabled": True}},
            "voice": {"provider": "sarvam", "voiceId": "anushka", "model": "bulbul:v2", "language": "en"},
            "transcriber": {"provider": "Deepgram"},
        }
    }
    body, _ = convert(data, "callhq")
    assert body["analysisPlan"] == {"summaryPlan": {"enabled": True}}


def test_invalid_vendor_extras_values_are_validation_errors_at_their_path() -> None:
    data = {**BASE, "vendor_extras": {"revox": {"first_sentence_delay_ms": -5}}}
    with pytest.raises(ValidationError) as caught:
        to_vendor(data, "revox")
    assert [(e.path, e.value, e.rule) for e in caught.value.errors] == [
        ("/vendor_extras/revox/first_sentence_delay_ms", -5, "minimum 0")
    ]


def test_other_vendors_extras_are_ignored_and_listed() -> None:
    data = {**BASE, "vendor_extras": {"autocalls": {"voice_id": 3, "anything": True}, "revox": {}}}
    body, report = convert(data, "revox")
    assert body == {"name": "Front desk", "prompt": "You answer calls for Acme."}
    assert {(e.neutral, e.detail) for e in report.ignored} == {
        ("vendor_extras.autocalls.voice_id", "for autocalls"),
        ("vendor_extras.autocalls.anything", "for autocalls"),
    }


# --------------------------------------------------------------------------- neutral input


def test_plain_data_is_checked_against_the_neutral_schema() -> None:
    with pytest.raises(AssistantValidationError) as caught:
        to_vendor({**BASE, "colour": "red", "call": {"max_duration_seconds": "600"}}, "revox")
    errors = {e.path: (e.value, e.rule) for e in caught.value.errors}
    assert errors["/colour"][0] == "red"
    assert errors["/colour"][1].startswith("unknown field")
    assert errors["/call/max_duration_seconds"] == ("600", "must be a number")
    assert "the assistant definition is invalid" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"language": {"primary": "English"}}, "/language/primary"),
        ({"timezone": "Europe Berlin"}, "/timezone"),
        ({"transfer": {"phone_number": "0612345678"}}, "/transfer/phone_number"),
        ({"webhook": {"url": "not a url"}}, "/webhook/url"),
        ({"call": {"interruptions": {"sensitivity": 3}}}, "/call/interruptions/sensitivity"),
        ({"opening": {"speaker": "caller"}}, "/opening/speaker"),
        ({"vendor_extras": {"vapi": {}}}, "/vendor_extras/vapi"),
    ],
)
def test_neutral_rules(data: dict[str, Any], path: str) -> None:
    with pytest.raises(AssistantValidationError) as caught:
        to_vendor({**BASE, **data}, "revox")
    assert [e.path for e in caught.value.errors] == [path]


# --------------------------------------------------------------------------- per-vendor translations


def test_callhq_system_prompt_language_and_first_message_mode() -> None:
    data = {
        **BASE,
        "opening": {"speaker": "assistant", "message": "Explain the offer", "mode": "generated"},
        "language": {"primary": "en"},
        "voice": {"provider": "elevenlabs", "id": "v1"},
        "vendor_extras": {"callhq": {"model": {"messages": [{"role": "assistant", "content": "Example"}]}}},
    }
    body, report = convert(data, "callhq")
    assert body["model"]["messages"] == [
        {"role": "system", "content": "You answer calls for Acme."},
        {"role": "assistant", "content": "Example"},
    ]
    assert body["firstMessageMode"] == "assistant-speaks-first-with-model-generated-message"
    assert body["voice"]["language"] == body["transcriber"]["language"] == "en"
    back, _ = from_vendor("callhq", body)
    assert back.system_prompt == "You answer calls for Acme."
    assert back.opening is not None
    assert (back.opening.speaker, back.opening.mode) == ("assistant", "generated")
    assert back.vendor_extras is not None
    assert back.vendor_extras.callhq == {"model": {"messages": [{"role": "assistant", "content": "Example"}]}}
    user_first = {**data, "opening": {"speaker": "user", "message": "Hi", "mode": "static"}}
    report = problems(user_first, "callhq")
    assert [e.neutral for e in report.dropped] == ["opening.mode"]


def test_callhq_different_voice_and_transcriber_languages_stay_in_extras() -> None:
    body = copy.deepcopy(load_cases("callhq")["valid"][0]["body"])
    body["transcriber"]["language"] = "hi"
    assistant, _ = from_vendor("callhq", body)
    assert assistant.language is None
    assert assistant.vendor_extras is not None
    assert assistant.vendor_extras.callhq is not None
    assert assistant.vendor_extras.callhq["voice"]["language"] == "en"
    assert to_vendor(assistant, "callhq")[0].to_dict() == body


def test_autocalls_v1_translations() -> None:
    data = {
        **BASE,
        "opening": {"speaker": "user", "message": "Hello", "mode": "static"},
        "timezone": "Europe/Berlin",
        "call": {"direction": "outbound", "interruptions": {"min_words": 2, "sensitivity": 0.6}},
        "end_call": {"enabled": True, "instructions": "When done"},
        "post_call": {"fields": [{"name": "ok", "type": "boolean", "description": "Solved?"}]},
        "llm": {"model": "GPT-4o"},
        "vendor_extras": {"autocalls_v1": IDS["autocalls_v1"]},
    }
    body, report = convert(data, "autocalls_v1")
    assert body["calls_direction"] == "make"
    assert body["who_speaks_first"] == "Customer"
    assert (body["use_min_interrupt_words"], body["min_interrupt_words"]) == (True, 2)
    assert body["interrupt_sensitivity"] == 3
    assert body["end_call_tool"] == {"description": "When done"}
    assert body["post_call_schema"] == [{"name": "ok", "type": "bool", "description": "Solved?"}]
    mode = report.outcome("opening.mode")
    assert mode is not None
    assert mode.outcome == "transformed"
    back, _ = from_vendor("autocalls_v1", body)
    assert back.call is not None
    assert back.call.interruptions is not None
    assert back.call.interruptions.sensitivity == pytest.approx(0.6)
    assert back.post_call is not None
    assert back.post_call.fields is not None
    assert back.post_call.fields[0].type == "boolean"
    data["opening"] = {"message": "Hello", "mode": "generated"}
    data["end_call"] = {"enabled": False}
    report = problems(data, "autocalls_v1")
    assert {e.neutral for e in report.dropped} == {"opening.mode", "end_call.enabled"}


def test_autocalls_v1_min_words_without_the_switch_stays_in_extras() -> None:
    body = {**load_cases("autocalls_v1")["valid"][1]["body"], "use_min_interrupt_words": False}
    assistant, _ = from_vendor("autocalls_v1", body)
    assert assistant.call is not None
    assert assistant.call.interruptions is not None
    assert assistant.call.interruptions.min_words is None
    assert to_vendor(assistant, "autocalls_v1")[0].to_dict() == body


def test_revox_translations() -> None:
    data = {
        **BASE,
        "opening": {"speaker": "user"},
        "llm": {"provider": "openrouter", "model": "openai/gpt-4.1"},
        "call": {"background_sound": "off"},
        "voicemail": {"hang_up": True},
        "transfer": {"enabled": False},
        "webhook": {"enabled": True, "url": "https://example.com/hook"},
        "post_call": {"fields": [{"name": "email", "type": "string"}]},
    }
    report = problems(data, "revox")
    assert {e.neutral for e in report.dropped} == {"llm.provider", "llm.model"}
    assert "openrouter_provider" in report.dropped[0].detail
    data["vendor_extras"] = {"revox": {"llm_model": {"openrouter_provider": "openai"}}}
    body, report = convert(data, "revox")
    assert body["first_sentence_mode"] == "none"
    assert body["llm_model"] == {
        "type": "openrouter",
        "openrouter_model_id": "openai/gpt-4.1",
        "openrouter_provider": "openai",
    }
    assert body["background_sound"] is None
    assert body["voicemail_message"] is None
    assert body["transfer_phone_number"] is None
    assert body["structured_output_config"] == [{"name": "email", "type": "string", "required": False}]
    webhook = report.outcome("webhook.enabled")
    assert webhook is not None
    assert webhook.outcome == "transformed"
    assert not webhook.reversible
    back, _ = from_vendor("revox", body)
    assert back.model_dump(exclude_unset=True, exclude={"vendor_extras"}) == {
        **BASE,
        "opening": {"speaker": "user"},
        "llm": {"provider": "openrouter", "model": "openai/gpt-4.1"},
        "call": {"background_sound": "off"},
        "voicemail": {"hang_up": True},
        "transfer": {"enabled": False},
        "webhook": {"url": "https://example.com/hook"},
        "post_call": {"fields": [{"name": "email", "type": "string", "required": False}]},
    }
    dedicated = {**BASE, "llm": {"provider": "revox", "model": "gpt-4.1"}, "opening": {"mode": "static"}}
    body, _ = convert(dedicated, "revox")
    assert body["llm_model"] == {"type": "dedicated-instance", "name": "gpt-4.1"}
    assert body["first_sentence_mode"] == "static"
    report = problems({**BASE, "webhook": {"enabled": False}, "voicemail": {"hang_up": False}}, "revox")
    assert {e.neutral for e in report.dropped} == {"webhook.enabled", "voicemail.hang_up"}


def test_insighto_languages_and_webhook_reference() -> None:
    data = {**BASE, "llm": {"model": "gpt-4o-mini"}, "language": {"primary": "en-US", "secondary": ["de-DE"]}}
    data["webhook"] = {"url": "https://example.com/hook"}
    data["vendor_extras"] = {"insighto": {"assistant_type": "phone"}}
    report = problems(data, "insighto")
    (drop,) = report.dropped
    assert drop.neutral == "webhook.url"
    assert "vendor_extras.insighto.webhook_id" in drop.detail
    data["vendor_extras"]["insighto"]["webhook_id"] = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    body, _ = convert(data, "insighto")
    assert body["voice_languages"] == ["en-US", "de-DE"]
    report = problems({**data, "language": {"secondary": ["de-DE"]}}, "insighto")
    assert [e.neutral for e in report.dropped] == ["language.secondary"]


def test_autocalls_tools() -> None:
    data = {
        **BASE,
        "opening": {"message": "Hi"},
        "timezone": "UTC",
        "call": {"direction": "inbound"},
        "end_call": {"enabled": True, "instructions": "When satisfied"},
        "transfer": {"phone_number": "+14155550123", "instructions": "On request"},
        "vendor_extras": {"autocalls": {**IDS["autocalls"], "tools": [{"type": "collect_keypad", "timeout": 5}]}},
    }
    body, _ = convert(data, "autocalls")
    assert body["tools"] == [
        {"type": "end_call", "description": "When satisfied"},
        {"type": "call_transfer", "phone_number": "+14155550123", "description": "On request"},
        {"type": "collect_keypad", "timeout": 5},
    ]
    back, _ = from_vendor("autocalls", body)
    assert back.end_call is not None
    assert back.end_call.instructions == "When satisfied"
    assert back.vendor_extras is not None
    assert back.vendor_extras.autocalls is not None
    assert back.vendor_extras.autocalls["tools"] == [{"type": "collect_keypad", "timeout": 5}]
    # a built-in tool given in vendor_extras wins over the neutral field, and says so
    data["vendor_extras"]["autocalls"]["tools"] = [{"type": "end_call"}]
    report = problems(data, "autocalls")
    assert {e.neutral for e in report.dropped} == {"end_call.enabled", "end_call.instructions"}
    # off means no tool: nothing to send, nothing lost
    data["vendor_extras"]["autocalls"].pop("tools")
    data["end_call"] = {"enabled": False}
    body, report = convert(data, "autocalls")
    assert [t["type"] for t in body["tools"]] == ["call_transfer"]


def test_autocalls_tools_in_another_order_stay_in_extras() -> None:
    body = copy.deepcopy(load_cases("autocalls")["valid"][0]["body"])
    body["tools"].reverse()
    assistant, _ = from_vendor("autocalls", body)
    assert assistant.end_call is None
    assert assistant.transfer is None
    assert to_vendor(assistant, "autocalls")[0].to_dict() == body


def test_mode_rules_of_autocalls_drop_what_the_mode_forbids() -> None:
    data = {
        **BASE,
        "opening": {"message": "Hi"},
        "timezone": "UTC",
        "call": {"direction": "inbound", "interruptions": {"allowed": False}},
        "vendor_extras": {"autocalls": {**IDS["autocalls"], "mode": "multimodal", "multimodal_model_id": 1}},
    }
    del data["vendor_extras"]["autocalls"]["llm_model_id"]
    report = problems(data, "autocalls")
    (entry,) = report.dropped
    assert entry.neutral == "call.interruptions.allowed"
    assert "interruptions are always allowed" in entry.detail


# --------------------------------------------------------------------------- declarations and table


@pytest.mark.parametrize("slug", SLUGS)
def test_declared_fields_exist_on_both_sides(slug: str) -> None:
    neutral = set(neutral_fields(neutral_schema()))
    rules = mapping(slug)

    def vendor_exists(path: str) -> bool:
        segments = [s for s in path.replace("[]", ".[]").split(".") if s]
        return _schema_at(slug, segments) is not None

    for rule in rules.rules:
        if isinstance(rule, Map):
            assert rule.neutral in neutral, rule
            assert vendor_exists(rule.vendor), rule
        elif isinstance(rule, Items):
            for f in rule.fields:
                assert f"{rule.neutral}[].{f.neutral}" in neutral, (rule.neutral, f)
                assert vendor_exists(f"{rule.vendor}[].{f.vendor}"), (rule.vendor, f)
        elif isinstance(rule, Catalogue):
            assert set(rule.neutral) <= neutral
            assert all(vendor_exists(v) for v in rule.vendor), rule
        elif isinstance(rule, Implied | Drop):
            assert rule.neutral in neutral, rule
        elif isinstance(rule, Custom):
            assert {n for n, _ in rule.table} <= neutral, rule.name
            assert all(vendor_exists(v) for v, _ in rule.fills), rule.name


@pytest.mark.parametrize("slug", SLUGS)
def test_no_neutral_field_is_both_mapped_and_declared_dropped(slug: str) -> None:
    rules = mapping(slug)
    cells = rules.cells()
    assert not set(rules.drop_reasons) & {n for n, c in cells.items() if c}


def test_mapping_table_is_generated_from_the_declarations() -> None:
    table = mapping_table()
    lines = table.splitlines()
    header = lines[0]
    for slug in SLUGS:
        assert _vendors.get(slug).title in header
    rows = {line.split(" | ")[0].strip("| `"): line for line in lines[2:] if line.startswith("| `")}
    assert set(neutral_fields(neutral_schema())) <= set(rows)
    assert "| `system_prompt` | `model.messages[role=system].content` * | `system_prompt` | `prompt` |" in table
    assert "`voice_id` ‡" in rows["voice.id"]
    assert rows["llm.max_tokens"].count("—") == 4
    # every Map declared for a vendor shows up in that vendor's column
    for index, slug in enumerate(SLUGS, start=1):
        for rule in mapping(slug).rules:
            if isinstance(rule, Map):
                assert f"`{rule.vendor}`" in rows[rule.neutral].split(" | ")[index], (slug, rule)


def test_report_renders_and_serialises() -> None:
    _, report = convert({**BASE, "call": {"recording": True}}, "revox", allow_drop=True)
    text = str(report)
    assert text.splitlines()[0] == "conversion to revox: 2 mapped, 1 dropped"
    assert "DROPPED        call.recording: Revox has no field for it" in text
    assert report.to_dict()["entries"][0] == {"outcome": "mapped", "neutral": "name", "vendor": "name", "detail": ""}
    assert report.problems == ["call.recording: dropped: Revox has no field for it"]
    assert not report.lossless


def test_requests_validate_against_the_vendor_spec() -> None:
    # the body returned is what the vendor's own spec accepts, prose rules included
    data = {
        **BASE,
        "opening": {"message": "Hi"},
        "timezone": "UTC",
        "call": {"direction": "inbound"},
        "webhook": {"enabled": True},
        "vendor_extras": {"autocalls": IDS["autocalls"]},
    }
    report = problems(data, "autocalls")
    (need,) = report.needs_input
    assert need.vendor == "webhook_url"
    assert "set `webhook.url`" in need.detail
    data["webhook"]["url"] = "https://example.com/hook"
    body, _ = convert(data, "autocalls")
    assert _validation.request_errors("autocalls", body) == []
