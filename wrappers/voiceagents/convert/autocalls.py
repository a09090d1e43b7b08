"""autocalls, current schema ↔ neutral (openapi/autocalls.yaml).

Voice, languages, models, knowledge base and transcriber are integer ids of the platform's
catalogues, so they have to be given in ``vendor_extras``. Hang-up and transfer are built-in tools
(``tools[]`` entries ``end_call`` and ``call_transfer``); scales 0-5 become 0-1.
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

_SPEAKER = {"assistant": False, "user": True}
_TYPES = {"boolean": "bool"}
_SCALE_HOW = "0-1 scale × 5 (the vendor's 0-5 scale)"
_TOOLS = {
    "end_call": ("end_call", {"instructions": "description"}),
    "transfer": ("call_transfer", {"phone_number": "phone_number", "instructions": "description"}),
}


def _tools_forward(ctx: ToContext) -> None:
    extra = ctx.vendor_extra("tools")
    extra_tools: list[Any] = extra if isinstance(extra, list) else []
    if isinstance(extra, list):
        ctx.consume_extra("tools")
    given = {t.get("type") for t in extra_tools if isinstance(t, dict)}
    index = 0
    for concept, (kind, fields) in _TOOLS.items():
        enabled = ctx.get(f"{concept}.enabled")
        values = {k: ctx.get(f"{concept}.{k}") for k in fields}
        set_fields = [f"{concept}.enabled"] * (enabled is not MISSING) + [
            f"{concept}.{k}" for k, v in values.items() if v is not MISSING
        ]
        if not set_fields:
            continue
        if kind in given:
            for path in set_fields:
                ctx.override(path, f"overridden by the {kind} tool in vendor_extras.autocalls.tools")
            continue
        if enabled is False:
            ctx.mark(
                f"{concept}.enabled", f"no {kind} entry in tools[] (built-in tools are off unless listed)", "tools"
            )
            for path in set_fields[1:]:
                ctx.drop(path, f"{concept}.enabled is false")
            continue
        how = f"a tools[] entry of type {kind}"
        ctx.emit(("tools", index, "type"), kind, (set_fields[0],), how)
        for key, vendor_key in fields.items():
            if values[key] is not MISSING:
                ctx.emit(("tools", index, vendor_key), values[key], (f"{concept}.{key}",))
        index += 1
    for tool in extra_tools:
        ctx.emit(("tools", index), tool, ())
        index += 1


def _tools_inverse(ctx: FromContext) -> None:
    tools = ctx.get("tools")
    if not isinstance(tools, list):
        return
    lifted: dict[str, tuple[int, dict[str, Any]]] = {}
    rest = []
    for tool in tools:
        matched = False
        for concept, (kind, fields) in _TOOLS.items():
            if (
                concept not in lifted
                and isinstance(tool, dict)
                and tool.get("type") == kind
                and set(tool) <= {"type", *fields.values()}
            ):
                lifted[concept] = (len(lifted), tool)
                matched = True
                break
        if not matched:
            rest.append(tool)
    canonical = [lifted[c][1] for c in _TOOLS if c in lifted] + rest
    if not lifted or canonical != tools:  # only the order to_vendor writes reads back unchanged
        return
    for concept, (index, tool) in lifted.items():
        kind, fields = _TOOLS[concept]
        ctx.set(f"{concept}.enabled", True, f"tools[{index}].type", f"a tools[] entry of type {kind}")
        for key, vendor_key in fields.items():
            if vendor_key in tool:
                ctx.set(f"{concept}.{key}", tool[vendor_key], f"tools[{index}].{vendor_key}")
    ctx.consume("tools")
    if rest:
        ctx.keep("tools", rest)


def _answer(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """An assistant as autocalls lists it, in request form: ``fillers`` is answered 0/1 for the
    boolean, and each tool as ``{type, data: {...}}`` for the flat ``{type, ...}`` of a request."""
    out = dict(data)
    if isinstance(out.get("fillers"), int) and not isinstance(out.get("fillers"), bool) and out["fillers"] in (0, 1):
        out["fillers"] = bool(out["fillers"])
    tools = out.get("tools")
    if isinstance(tools, list):
        out["tools"] = [_answered_tool(tool) for tool in tools]
    return out


def _answered_tool(tool: Any) -> Any:
    """``{type, data: {...}}`` → ``{type, ...}``; ids answered as digit strings become the integers a
    request takes (``outbound_phone_id: "7"``)."""
    if not (isinstance(tool, dict) and set(tool) == {"type", "data"} and isinstance(tool["data"], dict)):
        return tool
    flat = {"type": tool["type"], **tool["data"]}
    for key, value in flat.items():
        if key.endswith("_id") and isinstance(value, str) and value.isdigit():
            flat[key] = int(value)
    return flat


MAPPING = VendorMapping(
    "autocalls",
    (
        Map("name", "name"),
        Catalogue(
            ("voice.provider", "voice.id"),
            ("voice_id",),
            "the integer id of a voice from autocalls' Get Voices endpoint, for the assistant's mode",
        ),
        Catalogue(("language.primary",), ("language_id",), "the integer id of the language (Get Languages)"),
        Catalogue(
            ("language.secondary",), ("secondary_language_ids",), "the integer ids of the languages (Get Languages)"
        ),
        Map("call.direction", "type"),
        Map("timezone", "timezone"),
        Map("opening.message", "initial_message"),
        Map("system_prompt", "system_prompt"),
        Catalogue(
            ("llm.provider", "llm.model"),
            ("llm_model_id", "multimodal_model_id"),
            "the integer id of the model (Get Models): llm_model_id in pipeline mode, multimodal_model_id in "
            "multimodal and dualplex modes",
        ),
        Catalogue(("knowledge_base.ids",), ("knowledgebase_id",), "the integer id of an autocalls knowledge base"),
        Catalogue(
            ("transcriber.provider",),
            ("transcriber_provider_id",),
            "the integer id of the provider (Get Transcriber Providers; pipeline mode only)",
        ),
        Custom(
            "built-in tools",
            _tools_forward,
            _tools_inverse,
            (
                ("end_call.enabled", "`tools[type=end_call]` *"),
                ("end_call.instructions", "`tools[type=end_call].description`"),
                ("transfer.enabled", "`tools[type=call_transfer]` *"),
                ("transfer.phone_number", "`tools[type=call_transfer].phone_number`"),
                ("transfer.instructions", "`tools[type=call_transfer].description`"),
            ),
            note="Other built-in tools (warm transfer, keypad) go in vendor_extras.autocalls.tools; they follow.",
        ),
        Map("voice.stability", "voice_stability"),
        Map("voice.similarity", "voice_similarity"),
        Map("voice.speed", "speech_speed"),
        Map("llm.temperature", "llm_temperature"),
        Map("call.interruptions.allowed", "allow_interruptions"),
        Map("call.recording", "record"),
        Map("call.noise_cancellation", "enable_noise_cancellation"),
        Map("opening.speaker", "wait_for_customer", *translate(_SPEAKER), how=describe(_SPEAKER)),
        Implied(
            "opening.mode",
            "static",
            "autocalls says initial_message word for word",
            otherwise="autocalls has no generated first message: initial_message is said word for word",
        ),
        Map("call.max_duration_seconds", "max_duration"),
        Map(
            "call.silence_timeout_seconds",
            "max_silence_duration",
            note="autocalls re-engages the caller after this silence (it does not hang up).",
        ),
        Map("call.initial_silence_timeout_seconds", "max_initial_silence_duration"),
        Map("voicemail.hang_up", "end_call_on_voicemail"),
        Map("voicemail.message", "voice_mail_message"),
        Map("call.interruptions.sensitivity", "interrupt_sensitivity", *scale(5), how=_SCALE_HOW),
        Map("call.interruptions.min_words", "min_interrupt_words"),
        Map("call.background_sound", "ambient_sound"),
        Map("call.background_sound_volume", "ambient_sound_volume"),
        Map("webhook.enabled", "is_webhook_active"),
        Map("webhook.url", "webhook_url"),
        Map("webhook.only_completed_calls", "send_webhook_only_on_completed"),
        Map("webhook.include_recording", "include_recording_in_webhook"),
        Items(
            "post_call.fields",
            "post_call_schema",
            (
                Map("name", "name"),
                Map("type", "type", *translate(_TYPES, passthrough=True), how=describe(_TYPES)),
                Map("description", "description"),
            ),
        ),
        Map("variables", "variables"),
        Drop("transcriber.model", "autocalls picks the transcriber by provider only (transcriber_provider_id)"),
        Drop("llm.max_tokens", "autocalls has no limit on reply length"),
        Drop("post_call.fields[].required", "autocalls post-call fields have no required flag"),
        Drop("post_call.fields[].options", "autocalls post-call fields take no list of options"),
    ),
    answer=_answer,
)
