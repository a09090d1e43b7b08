"""Revox ↔ neutral (openapi/revox.yaml, Revox's current API as its official SDK 0.5.0 types it).

``first_sentence_mode`` carries both who speaks first (``none``: the caller) and how the opening is
produced; the language model is a tagged union (a Revox dedicated instance, OpenRouter, your own
endpoint, or a realtime model); transfer is a list of destinations plus a warm/cold mode; several
settings use ``null`` for "none" (no transfer, hang up on voicemail at once, no background sound).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import (
    MISSING,
    Custom,
    Drop,
    FromContext,
    Implied,
    Items,
    Map,
    ToContext,
    VendorMapping,
    describe,
    translate,
)

__all__ = ["MAPPING"]

_MODE_HOW = "speaker user ↔ none; speaker assistant + mode static ↔ static; + mode generated ↔ generated"


def _mode_forward(ctx: ToContext) -> None:
    speaker, mode = ctx.get("opening.speaker"), ctx.get("opening.mode")
    if speaker == "user":
        ctx.emit("first_sentence_mode", "none", ("opening.speaker",), _MODE_HOW)
        if mode is not MISSING:
            ctx.drop("opening.mode", "with Revox's mode none (the caller speaks first) there is no opening line")
    elif mode is not MISSING:
        sources = ("opening.mode", "opening.speaker") if speaker is not MISSING else ("opening.mode",)
        ctx.emit("first_sentence_mode", mode, sources, _MODE_HOW)
    elif speaker == "assistant" and ctx.vendor_extra("first_sentence_mode") is not MISSING:
        given = ctx.vendor_extra("first_sentence_mode")
        ctx.mark(
            "opening.speaker",
            f"the assistant speaks first: first_sentence_mode {given!r} from vendor_extras",
            "first_sentence_mode",
        )
    elif speaker == "assistant":
        ctx.need(
            "opening.speaker",
            "first_sentence_mode",
            "Revox's first_sentence_mode also says whether the opening line is said as written or generated: "
            "set opening.mode (static or generated), or supply vendor_extras.revox.first_sentence_mode",
        )


def _mode_inverse(ctx: FromContext) -> None:
    value = ctx.get("first_sentence_mode")
    if value == "none":
        ctx.set("opening.speaker", "user", "first_sentence_mode", _MODE_HOW)
    elif value in ("static", "generated"):
        ctx.set("opening.speaker", "assistant", "first_sentence_mode", _MODE_HOW)
        ctx.set("opening.mode", value, "first_sentence_mode", _MODE_HOW)


_LLM_HOW = (
    "llm.provider openrouter ↔ llm_model.type openrouter, revox ↔ dedicated-instance; with "
    "vendor_extras.revox.llm_model.type realtime: llm.provider ↔ provider, llm.model ↔ realtime_model_id"
)
_LLM_KINDS = (
    'Revox runs OpenRouter models (llm.provider "openrouter", llm.model an OpenRouter id such as '
    'openai/gpt-4.1), its dedicated instances (llm.provider "revox"), realtime models (give '
    "vendor_extras.revox.llm_model.type realtime) or your own endpoint (vendor_extras.revox.llm_model)"
)


def _llm_forward(ctx: ToContext) -> None:
    provider, model = ctx.get("llm.provider"), ctx.get("llm.model")
    fields = tuple(p for p in ("llm.provider", "llm.model") if ctx.is_set(p))
    if not fields:
        return

    def drop(why: str) -> None:
        for path in fields:
            ctx.drop(path, why)

    kind = ctx.vendor_extra("llm_model.type")
    if kind == "realtime":
        if provider is not MISSING:
            ctx.emit("llm_model.provider", provider, ("llm.provider",), _LLM_HOW)
        if model is not MISSING:
            ctx.emit("llm_model.realtime_model_id", model, ("llm.model",))
    elif kind is not MISSING and kind not in ("openrouter", "dedicated-instance"):
        drop(f"vendor_extras.revox.llm_model (type {kind!r}) describes the model itself")
    elif provider not in ("openrouter", "revox"):
        drop(
            f"{_LLM_KINDS}; provider {provider!r} is none of them"
            if provider is not MISSING
            else f"{_LLM_KINDS}: set llm.provider"
        )
    elif model is MISSING:
        drop(f"Revox needs llm.model with llm.provider {provider!r}")
    elif provider == "openrouter" and ctx.vendor_extra("llm_model.openrouter_provider") is MISSING:
        for path in fields:
            ctx.need(
                path,
                "llm_model.openrouter_provider",
                "an OpenRouter model also needs the OpenRouter provider that serves it (for example openai, "
                "azure, nebius), which the neutral model does not have: supply "
                "vendor_extras.revox.llm_model.openrouter_provider",
            )
    elif provider == "openrouter":
        ctx.emit("llm_model.type", "openrouter", ("llm.provider",), _LLM_HOW)
        ctx.emit("llm_model.openrouter_model_id", model, ("llm.model", "llm.provider"))
    else:
        ctx.emit("llm_model.type", "dedicated-instance", ("llm.provider",), _LLM_HOW)
        ctx.emit("llm_model.name", model, ("llm.model", "llm.provider"))


def _llm_inverse(ctx: FromContext) -> None:
    llm = ctx.get("llm_model")
    if not isinstance(llm, dict):
        return
    kind = llm.get("type")
    if kind == "openrouter" and "openrouter_model_id" in llm:
        ctx.set("llm.provider", "openrouter", "llm_model.type", _LLM_HOW)
        ctx.set("llm.model", llm["openrouter_model_id"], "llm_model.openrouter_model_id")
    elif kind == "dedicated-instance" and "name" in llm:
        ctx.set("llm.provider", "revox", "llm_model.type", _LLM_HOW)
        ctx.set("llm.model", llm["name"], "llm_model.name")
    elif kind == "realtime" and "provider" in llm and "realtime_model_id" in llm:
        # The tag stays in vendor_extras: it is what tells a realtime model from the others.
        ctx.set("llm.provider", llm["provider"], "llm_model.provider", _LLM_HOW)
        ctx.set("llm.model", llm["realtime_model_id"], "llm_model.realtime_model_id")


_LABEL = "transfer"
_TRANSFER_HOW = (
    f"one destination labelled {_LABEL!r} (Revox uses a single destination for every transfer); "
    "enabled false ↔ transfer_destinations null"
)


def _transfer_forward(ctx: ToContext) -> None:
    enabled, number, mode = ctx.get("transfer.enabled"), ctx.get("transfer.phone_number"), ctx.get("transfer.mode")
    if enabled is False:
        ctx.emit("transfer_destinations", None, ("transfer.enabled",), _TRANSFER_HOW)
        for path in ("transfer.phone_number", "transfer.mode"):
            if ctx.is_set(path):
                ctx.drop(path, "transfer.enabled is false")
        return
    if number is not MISSING:
        destination = {"label": _LABEL, "phone_number": number}
        ctx.emit("transfer_destinations", [destination], ("transfer.phone_number",), _TRANSFER_HOW)
    if mode is not MISSING:
        ctx.emit("human_transfer_mode", mode, ("transfer.mode",))


def _transfer_inverse(ctx: FromContext) -> None:
    destinations = ctx.get("transfer_destinations")
    if destinations is None:
        ctx.set("transfer.enabled", False, "transfer_destinations", _TRANSFER_HOW)
    elif (
        isinstance(destinations, list)
        and len(destinations) == 1
        and isinstance(destinations[0], dict)
        and destinations[0].get("label") == _LABEL
        and set(destinations[0]) == {"label", "phone_number"}
    ):
        ctx.set("transfer.phone_number", destinations[0]["phone_number"], "transfer_destinations", _TRANSFER_HOW)
    mode = ctx.get("human_transfer_mode")
    if isinstance(mode, str):
        ctx.set("transfer.mode", mode, "human_transfer_mode")


_SONIOX = "soniox"


def _stt_forward(ctx: ToContext) -> None:
    provider, model = ctx.get("transcriber.provider"), ctx.get("transcriber.model")
    if provider is not MISSING and provider != _SONIOX:
        for path in ("transcriber.provider", "transcriber.model"):
            if ctx.is_set(path):
                ctx.drop(path, f"Revox transcribes with Soniox only, not {provider!r}")
        return
    if model is not MISSING:
        ctx.emit("stt_model", model, ("transcriber.model",))
    if provider == _SONIOX:
        ctx.mark("transcriber.provider", "Revox always transcribes with Soniox", "stt_model")


def _stt_inverse(ctx: FromContext) -> None:
    model = ctx.get("stt_model")
    if isinstance(model, str):
        ctx.set("transcriber.model", model, "stt_model")


_HANG_UP_HOW = "hang_up true without a message ↔ voicemail_message null (hang up at once)"


def _voicemail_forward(ctx: ToContext) -> None:
    hang_up, message = ctx.get("voicemail.hang_up"), ctx.get("voicemail.message")
    if hang_up is False:
        ctx.drop("voicemail.hang_up", "Revox always hangs up on voicemail (after voicemail_message, if one is set)")
    if message is not MISSING:
        ctx.emit("voicemail_message", message, ("voicemail.message",))
    elif hang_up is True:
        ctx.emit("voicemail_message", None, ("voicemail.hang_up",), _HANG_UP_HOW)


def _voicemail_inverse(ctx: FromContext) -> None:
    message = ctx.get("voicemail_message")
    if message is None:
        ctx.set("voicemail.hang_up", True, "voicemail_message", _HANG_UP_HOW)
    elif message is not MISSING:
        ctx.set("voicemail.message", message, "voicemail_message")


_SOUND = {"office": "audio/office.ogg", "off": None}

_SERVER_ITEM_FIELDS = {"faq_items": {"id", "needs_human_answer", "source"}}


def _answer(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """An assistant as Revox answers it, in request form: FAQ items lose what Revox assigns them
    (their id, whether a human must answer, where they came from)."""
    out = dict(data)
    for key, server in _SERVER_ITEM_FIELDS.items():
        items = out.get(key)
        if isinstance(items, list):
            out[key] = [{k: v for k, v in i.items() if k not in server} if isinstance(i, dict) else i for i in items]
    return out


MAPPING = VendorMapping(
    "revox",
    (
        Map("name", "name"),
        Map("system_prompt", "prompt"),
        Map("opening.message", "first_sentence"),
        Custom(
            "first sentence mode",
            _mode_forward,
            _mode_inverse,
            (("opening.speaker", "`first_sentence_mode` *"), ("opening.mode", "`first_sentence_mode` *")),
        ),
        Map("voice.provider", "voice.provider", group="voice"),
        Map("voice.id", "voice.id", group="voice"),
        Map("voice.speed", "voice.speed"),
        Custom(
            "language model",
            _llm_forward,
            _llm_inverse,
            (
                ("llm.provider", "`llm_model.type` *"),
                ("llm.provider", "`llm_model.provider`"),
                ("llm.model", "`llm_model.openrouter_model_id` / `llm_model.name` / `llm_model.realtime_model_id`"),
            ),
            note="An OpenRouter model also needs vendor_extras.revox.llm_model.openrouter_provider; a realtime model"
            " needs vendor_extras.revox.llm_model.type realtime.",
        ),
        Map("webhook.url", "webhook_url"),
        Implied(
            "webhook.enabled",
            True,
            "Revox notifies webhook_url whenever it is set",
            when="webhook.url",
            otherwise="Revox has no switch for notifications: they go to webhook_url whenever it is set "
            "(to have none, leave webhook.url out)",
        ),
        Map("call.max_duration_seconds", "max_call_duration_secs"),
        Items(
            "post_call.fields",
            "structured_output_config",
            (
                Map("name", "name"),
                Map("required", "required", default=False),
                Map("type", "type"),
                Map("description", "description"),
                Map("options", "enum_options"),
            ),
        ),
        Map(
            "timezone",
            "call_retry_config.timezone",
            note="Revox uses the time zone for its retry calling windows; it needs the rest of "
            "call_retry_config from vendor_extras.",
        ),
        Map(
            "call.background_sound",
            "background_sound",
            *translate(_SOUND, passthrough=True),
            how=describe(_SOUND),
            nullable=True,
        ),
        Custom(
            "transfer",
            _transfer_forward,
            _transfer_inverse,
            (
                ("transfer.enabled", "`transfer_destinations` *"),
                ("transfer.phone_number", "`transfer_destinations[].phone_number` *"),
                ("transfer.mode", "`human_transfer_mode`"),
            ),
            fills=(("transfer_destinations", "transfer.phone_number"), ("human_transfer_mode", "transfer.mode")),
        ),
        Implied(
            "transfer.enabled",
            True,
            "Revox transfers whenever transfer_destinations lists a destination",
            when="transfer.phone_number",
            otherwise="Revox transfers only to transfer_destinations: set transfer.phone_number",
        ),
        Map("call.background_sound_volume", "background_sound_volume"),
        Custom(
            "speech to text",
            _stt_forward,
            _stt_inverse,
            (("transcriber.provider", "(implied: soniox)"), ("transcriber.model", "`stt_model`")),
            note="Revox transcribes with Soniox only: another provider's transcriber has no home there.",
            fills=(("stt_model", "transcriber.model"),),
        ),
        Custom(
            "voicemail",
            _voicemail_forward,
            _voicemail_inverse,
            (("voicemail.hang_up", "`voicemail_message` *"), ("voicemail.message", "`voicemail_message`")),
        ),
        Implied("voicemail.hang_up", True, "Revox hangs up after leaving voicemail_message"),
        Map("end_call.message", "end_of_call_sentence"),
        Items("faq", "faq_items", (Map("question", "question"), Map("answer", "answer"))),
        Drop("end_call.enabled", "Revox has no setting for it (its agents can always end the call)"),
        Drop(
            "end_call.instructions",
            "Revox has no field for when to hang up (only end_of_call_sentence: what to say, end_call.message)",
        ),
        Drop("transfer.instructions", "Revox has no field for when to transfer"),
        Drop("language.primary", "Revox has no language setting"),
        Drop("language.secondary", "Revox has no language setting"),
    ),
    answer=_answer,
)
