"""autocalls, legacy v1 schema ↔ neutral (openapi/autocalls_v1.yaml).

The voice is an integer id and the language a display name of the platform (``German``), so both
have to be given in ``vendor_extras``. Scales 0-5 become 0-1; the call direction is ``receive`` /
``make``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import (
    MISSING,
    Catalogue,
    Custom,
    Drop,
    FromContext,
    Implied,
    Items,
    Map,
    ToContext,
    VendorMapping,
    describe,
    scale,
    translate,
)

__all__ = ["MAPPING"]

_DIRECTION = {"inbound": "receive", "outbound": "make"}
_SPEAKER = {"assistant": "AI assistant", "user": "Customer"}
_TYPES = {"boolean": "bool"}
_SCALE_HOW = "0-1 scale × 5 (the vendor's 0-5 scale)"
_MIN_WORDS_HOW = "min_interrupt_words, with use_min_interrupt_words: true"
_END_HOW = "the end_call_tool object (sent: the assistant may hang up)"


def _min_words_forward(ctx: ToContext) -> None:
    words = ctx.get("call.interruptions.min_words")
    if words is not MISSING:
        ctx.emit("use_min_interrupt_words", True, ("call.interruptions.min_words",), _MIN_WORDS_HOW)
        ctx.emit("min_interrupt_words", words, ("call.interruptions.min_words",), _MIN_WORDS_HOW)


def _min_words_inverse(ctx: FromContext) -> None:
    use, words = ctx.get("use_min_interrupt_words"), ctx.get("min_interrupt_words")
    if use is True and words is not MISSING:
        ctx.set(
            "call.interruptions.min_words", words, ["use_min_interrupt_words", "min_interrupt_words"], _MIN_WORDS_HOW
        )


def _end_call_forward(ctx: ToContext) -> None:
    enabled, instructions = ctx.get("end_call.enabled"), ctx.get("end_call.instructions")
    if enabled is False:
        ctx.drop(
            "end_call.enabled",
            "autocalls_v1 has no switch to turn the end-call tool off (leaving end_call_tool out keeps the "
            "platform's default)",
        )
        if instructions is not MISSING:
            ctx.drop("end_call.instructions", "end_call.enabled is false")
        return
    if enabled is MISSING and instructions is MISSING:
        return
    source = "end_call.enabled" if enabled is True else "end_call.instructions"
    ctx.emit("end_call_tool", {}, (source,), _END_HOW)
    if instructions is not MISSING:
        ctx.emit("end_call_tool.description", instructions, ("end_call.instructions",))


def _end_call_inverse(ctx: FromContext) -> None:
    tool = ctx.get("end_call_tool")
    if not isinstance(tool, dict) or set(tool) - {"description"}:
        return
    ctx.set("end_call.enabled", True, "end_call_tool", _END_HOW)
    if "description" in tool:
        ctx.set("end_call.instructions", tool["description"], "end_call_tool.description")


_ANSWER_NAMES = {
    "name": "assistant_name",
    "max_duration": "max_call_duration",
    "record": "record_call",
    "reengagement_interval": "re_engagement_interval",
}
_ANSWER_DIRECTION = {"outbound": "make", "inbound": "receive"}


def _answer(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """An assistant as the legacy API lists it, in request form: its list answers use the current
    schema's names (``name``, ``type``, ``max_duration``, ``record``, ``fillers`` 0/1...) for the
    request's ``assistant_name``, ``calls_direction`` (make/receive), ``max_call_duration``..."""
    out = {_ANSWER_NAMES.get(k, k): v for k, v in data.items() if not (k in _ANSWER_NAMES and _ANSWER_NAMES[k] in data)}
    kind = out.pop("type", None) if "calls_direction" not in out else None
    if kind in _ANSWER_DIRECTION:
        out["calls_direction"] = _ANSWER_DIRECTION[kind]
    elif kind is not None:
        out["type"] = kind
    fillers = out.pop("fillers", None) if "filler_audios" not in out else None
    if isinstance(fillers, int) and fillers in (0, 1):
        out["filler_audios"] = bool(fillers)
    elif fillers is not None:
        out["fillers"] = fillers
    return out


MAPPING = VendorMapping(
    "autocalls_v1",
    (
        Map("name", "assistant_name"),
        Catalogue(
            ("voice.provider", "voice.id"),
            ("voice_id",),
            "the integer id of one of the platform's voices",
        ),
        Catalogue(
            ("language.primary",),
            ("language",),
            "the platform's name of the language, such as German or English",
        ),
        Map("llm.model", "llm_model", note="The platform's model name, such as GPT-4o."),
        Map("call.direction", "calls_direction", *translate(_DIRECTION), how=describe(_DIRECTION)),
        Map("timezone", "timezone"),
        Map("opening.message", "initial_message"),
        Map("system_prompt", "system_prompt"),
        Map("opening.speaker", "who_speaks_first", *translate(_SPEAKER), how=describe(_SPEAKER)),
        Implied(
            "opening.mode",
            "static",
            "autocalls_v1 says initial_message word for word",
            otherwise="autocalls_v1 has no generated first message: initial_message is said word for word",
        ),
        Map("call.interruptions.sensitivity", "interrupt_sensitivity", *scale(5), how=_SCALE_HOW),
        Map("call.background_sound_volume", "ambient_sound_volume"),
        Map("webhook.only_completed_calls", "send_webhook_only_on_completed"),
        Map("webhook.include_recording", "include_recording_in_webhook"),
        Map("webhook.enabled", "is_webhook_active"),
        Map("webhook.url", "webhook_url"),
        Custom(
            "minimum interruption words",
            _min_words_forward,
            _min_words_inverse,
            (("call.interruptions.min_words", "`min_interrupt_words` + `use_min_interrupt_words` *"),),
        ),
        Map("variables", "variables"),
        Items(
            "post_call.fields",
            "post_call_schema",
            (
                Map("name", "name"),
                Map("type", "type", *translate(_TYPES, passthrough=True), how=describe(_TYPES)),
                Map("description", "description"),
            ),
        ),
        Custom(
            "end-call tool",
            _end_call_forward,
            _end_call_inverse,
            (
                ("end_call.enabled", "`end_call_tool` *"),
                ("end_call.instructions", "`end_call_tool.description`"),
            ),
        ),
        Map("llm.temperature", "llm_temperature"),
        Map("voice.stability", "voice_stability"),
        Map("voice.similarity", "voice_similarity"),
        Map("voice.speed", "speech_speed"),
        Map("call.interruptions.allowed", "allow_interruptions"),
        Map("call.max_duration_seconds", "max_call_duration"),
        Map(
            "call.silence_timeout_seconds",
            "max_silence_duration",
            note="autocalls_v1 documents it as the silence the assistant tolerates, not what it then does.",
        ),
        Map("voicemail.hang_up", "end_call_on_voicemail"),
        Map("call.noise_cancellation", "noise_cancellation"),
        Map("call.recording", "record_call"),
        Drop("llm.provider", "autocalls_v1 selects a model by its platform name only (llm_model)"),
        Drop("language.secondary", "autocalls_v1 takes a single language"),
        Drop("transcriber.provider", "autocalls_v1 has no transcriber setting"),
        Drop("transcriber.model", "autocalls_v1 has no transcriber setting"),
        Drop("call.background_sound", "autocalls_v1 sets only the volume of the background sound"),
        Drop("voicemail.message", "autocalls_v1 leaves no voicemail message (only end_call_on_voicemail)"),
        Drop("post_call.fields[].required", "autocalls_v1 post-call fields have no required flag"),
        Drop("post_call.fields[].options", "autocalls_v1 post-call fields take no list of options"),
    ),
    answer=_answer,
)
