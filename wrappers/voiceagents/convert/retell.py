"""Retell AI ↔ neutral (openapi/retell.yaml, Retell's agent API as its official SDK 6.2.13 types it).

A Retell agent is the voice and call layer on top of a **response engine**: the prompt, the opening
line, the language model, its tools (ending and transferring the call), its knowledge bases and its
variables all belong to that engine (a Retell LLM, a conversation flow or your own LLM server), which
is created beforehand with Retell's other endpoints and referenced by ``response_engine``. So those
neutral fields have no home on the agent, and ``response_engine`` has to come from
``vendor_extras.retell``. Voices are Retell's own catalogue (``retell-Cimo``, ``11labs-Adrian``),
durations are milliseconds, the ambience volume is on a 0-2 scale, and the voice's stability is
``voice_temperature`` (0-2, 0 the most stable).
"""

from __future__ import annotations

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

_ENGINE = "Retell keeps {what} in the response engine the agent refers to (vendor_extras.retell.response_engine)"


def _engine(what: str) -> str:
    return _ENGINE.format(what=what)


# --------------------------------------------------------------------------- languages

# Retell's locales include es-419 (Latin American Spanish) but none of its regional variants: a tag
# whose parent locale in CLDR (supplemental parentLocales) is es-419 is sent as es-419.
_ES_419 = [
    "AR",
    "BO",
    "BR",
    "BZ",
    "CL",
    "CO",
    "CR",
    "CU",
    "DO",
    "EC",
    "GT",
    "HN",
    "MX",
    "NI",
    "PA",
    "PE",
    "PR",
    "PY",
    "SV",
    "US",
    "UY",
    "VE",
]
_PARENT = {f"es-{region}": "es-419" for region in _ES_419}
_LANG_HOW = "a single locale, or [primary, *secondary] for a multilingual agent"
_PARENT_HOW = "{tag} is sent as {parent}, its CLDR parent locale (Retell has no {tag})"


def _locale(tag: str) -> tuple[str, str | None]:
    parent = _PARENT.get(tag)
    return (parent, _PARENT_HOW.format(tag=tag, parent=parent)) if parent else (tag, None)


def _language_forward(ctx: ToContext) -> None:
    primary, secondary = ctx.get("language.primary"), ctx.get("language.secondary")
    if primary is MISSING:
        if secondary is not MISSING:
            ctx.drop(
                "language.secondary", "Retell lists an agent's locales with the primary one first: set language.primary"
            )
        return
    first, how = _locale(primary)
    if secondary is MISSING:
        ctx.emit("language", first, ("language.primary",), how, reversible=how is None)
        return
    tags = [first]
    hows = [how] if how else []
    for tag in secondary:
        locale, note = _locale(tag)
        if locale not in tags:
            tags.append(locale)
        if note:
            hows.append(note)
    text = "; ".join([_LANG_HOW, *hows])
    ctx.emit("language", tags, ("language.primary", "language.secondary"), text, reversible=not hows)


def _language_inverse(ctx: FromContext) -> None:
    value = ctx.get("language")
    if isinstance(value, str):
        ctx.set("language.primary", value, "language")
    elif isinstance(value, list) and value and all(isinstance(t, str) for t in value):
        ctx.set("language.primary", value[0], "language", _LANG_HOW)
        if len(value) > 1:
            ctx.set("language.secondary", value[1:], "language", _LANG_HOW)


# --------------------------------------------------------------------------- speech to text

_STT_HOW = "stt_mode custom with custom_stt_config.provider (Retell's own choice of provider otherwise)"


def _stt_forward(ctx: ToContext) -> None:
    provider = ctx.get("transcriber.provider")
    if provider is MISSING:
        return
    ctx.emit("stt_mode", "custom", ("transcriber.provider",), _STT_HOW)
    ctx.emit("custom_stt_config.provider", provider, ("transcriber.provider",), _STT_HOW)


def _stt_inverse(ctx: FromContext) -> None:
    config = ctx.get("custom_stt_config")
    if ctx.get("stt_mode") != "custom" or not isinstance(config, dict) or not isinstance(config.get("provider"), str):
        return
    ctx.set("transcriber.provider", config["provider"], ("stt_mode", "custom_stt_config.provider"), _STT_HOW)


# --------------------------------------------------------------------------- voice stability

_STABILITY_HOW = "voice_temperature = 2 × (1 − stability) (Retell's 0-2 scale, 0 the most stable)"


def _clean(value: float, digits: int) -> Any:
    """``value`` without float noise (2 × (1 − 0.7) is 0.6, not 0.6000000000000001); any other value
    is kept as it is, so that converting back and forth gives the same number."""
    rounded = round(value, digits)
    if abs(rounded - value) >= 10 ** -(digits + 3):
        return value
    return int(rounded) if float(rounded).is_integer() else rounded


def _to_temperature(stability: Any) -> Any:
    return _clean(2 * (1 - stability), 9)


def _from_temperature(temperature: Any) -> Any:
    return _clean(1 - temperature / 2, 12)


# --------------------------------------------------------------------------- interruptions

_NEVER_HOW = "allowed false ↔ interruption_sensitivity 0 (the caller never interrupts)"
_ZERO_HOW = "interruption_sensitivity 0: the caller never interrupts (read back as allowed false)"


def _interruptions_forward(ctx: ToContext) -> None:
    allowed, sensitivity = ctx.get("call.interruptions.allowed"), ctx.get("call.interruptions.sensitivity")
    if allowed is False:
        ctx.emit("interruption_sensitivity", 0, ("call.interruptions.allowed",), _NEVER_HOW)
        if sensitivity is not MISSING:
            ctx.drop(
                "call.interruptions.sensitivity", "call.interruptions.allowed is false (interruption_sensitivity 0)"
            )
        return
    if sensitivity == 0:  # what Retell reads as "never": it comes back as allowed false
        sources = ("call.interruptions.sensitivity",)
        ctx.emit("interruption_sensitivity", sensitivity, sources, _ZERO_HOW, reversible=False)
    elif sensitivity is not MISSING:
        ctx.emit("interruption_sensitivity", sensitivity, ("call.interruptions.sensitivity",))
    if allowed is True and sensitivity == 0:
        ctx.drop("call.interruptions.allowed", "interruption_sensitivity 0 means the caller never interrupts")
    elif allowed is True:
        ctx.mark(
            "call.interruptions.allowed",
            "Retell lets the caller interrupt whenever interruption_sensitivity is above 0 (its default is 1)",
            "interruption_sensitivity",
        )


def _interruptions_inverse(ctx: FromContext) -> None:
    value = ctx.get("interruption_sensitivity")
    if value == 0:
        ctx.set("call.interruptions.allowed", False, "interruption_sensitivity", _NEVER_HOW)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        ctx.set("call.interruptions.sensitivity", value, "interruption_sensitivity")


# --------------------------------------------------------------------------- voicemail

_VOICEMAIL_HOW = (
    "message ↔ voicemail_option.action {type: static_text, text}; hang_up true without a message ↔ action "
    "{type: hangup}; hang_up false ↔ voicemail_option null (no voicemail detection: the call goes on)"
)


def _voicemail_forward(ctx: ToContext) -> None:
    hang_up, message = ctx.get("voicemail.hang_up"), ctx.get("voicemail.message")
    if message is not MISSING:
        action = {"type": "static_text", "text": message}
        ctx.emit("voicemail_option.action", action, ("voicemail.message",), _VOICEMAIL_HOW)
        if hang_up is True:
            ctx.mark(
                "voicemail.hang_up",
                "Retell's voicemail actions leave the message and end the call",
                "voicemail_option.action",
            )
        elif hang_up is False:
            ctx.drop("voicemail.hang_up", "Retell ends the call once it has left the voicemail message")
    elif hang_up is True:
        ctx.emit("voicemail_option.action", {"type": "hangup"}, ("voicemail.hang_up",), _VOICEMAIL_HOW)
    elif hang_up is False:
        ctx.emit("voicemail_option", None, ("voicemail.hang_up",), _VOICEMAIL_HOW)


def _voicemail_inverse(ctx: FromContext) -> None:
    option = ctx.get("voicemail_option")
    if option is None:
        ctx.set("voicemail.hang_up", False, "voicemail_option", _VOICEMAIL_HOW)
        return
    action = ctx.get("voicemail_option.action")
    if not isinstance(action, dict):
        return
    if action == {"type": "hangup"}:
        ctx.set("voicemail.hang_up", True, "voicemail_option.action", _VOICEMAIL_HOW)
    elif action.get("type") == "static_text" and set(action) == {"type", "text"} and isinstance(action["text"], str):
        ctx.set("voicemail.message", action["text"], "voicemail_option.action", _VOICEMAIL_HOW)


# --------------------------------------------------------------------------- the mapping

_SOUND = {"off": None, "office": "call-center", "cafe": "coffee-shop"}
_DENOISE = {True: "noise-cancellation", False: "no-denoise"}

MAPPING = VendorMapping(
    "retell",
    (
        Map("name", "agent_name"),
        Catalogue(
            ("voice.provider", "voice.id"),
            ("voice_id",),
            "the id of a voice in Retell's catalogue, such as retell-Cimo or 11labs-Adrian (Retell's list of "
            "voices); the provider is part of it",
        ),
        Map("voice.speed", "voice_speed"),
        Map(
            "voice.stability",
            "voice_temperature",
            _to_temperature,
            _from_temperature,
            how=_STABILITY_HOW,
        ),
        Custom(
            "languages",
            _language_forward,
            _language_inverse,
            (("language.primary", "`language` *"), ("language.secondary", "`language[1:]` *")),
        ),
        Map("timezone", "timezone"),
        Map("call.max_duration_seconds", "max_call_duration_ms", *scale(1000), how="seconds × 1000 (milliseconds)"),
        Map(
            "call.silence_timeout_seconds",
            "end_call_after_silence_ms",
            *scale(1000),
            how="seconds × 1000 (milliseconds)",
            note="Retell ends the call after this silence.",
        ),
        Map(
            "call.background_sound",
            "ambient_sound",
            *translate(_SOUND, passthrough=True),
            how=describe(_SOUND),
            nullable=True,
        ),
        Map(
            "call.background_sound_volume",
            "ambient_sound_volume",
            *scale(2),
            how="0-1 scale × 2 (Retell's 0-2 scale)",
        ),
        Map("call.noise_cancellation", "denoising_mode", *translate(_DENOISE), how=describe(_DENOISE)),
        Custom(
            "interruptions",
            _interruptions_forward,
            _interruptions_inverse,
            (
                ("call.interruptions.allowed", "`interruption_sensitivity` *"),
                ("call.interruptions.sensitivity", "`interruption_sensitivity`"),
            ),
            fills=(("interruption_sensitivity", "call.interruptions.sensitivity"),),
        ),
        Custom(
            "speech to text",
            _stt_forward,
            _stt_inverse,
            (("transcriber.provider", "`stt_mode` *, `custom_stt_config.provider`"),),
            note="A provider of your choice needs its endpointing (vendor_extras.retell.custom_stt_config."
            "endpointing_ms).",
            fills=(("custom_stt_config.provider", "transcriber.provider"),),
        ),
        Custom(
            "voicemail",
            _voicemail_forward,
            _voicemail_inverse,
            (("voicemail.hang_up", "`voicemail_option` *"), ("voicemail.message", "`voicemail_option.action.text` *")),
        ),
        Map("webhook.url", "webhook_url"),
        Implied(
            "webhook.enabled",
            True,
            "Retell sends the agent's call events to webhook_url whenever it is set",
            when="webhook.url",
            otherwise="Retell has no switch for the agent's webhook: events go to webhook_url whenever it is set "
            "(to have none, leave webhook.url out)",
        ),
        Items(
            "post_call.fields",
            "post_call_analysis_data",
            (
                Map("name", "name"),
                Map("type", "type"),
                Map("description", "description"),
                Map("required", "required", default=False),
                Map("options", "choices"),
            ),
        ),
        Drop("system_prompt", _engine("the prompt")),
        Drop("opening.speaker", _engine("who speaks first")),
        Drop("opening.message", _engine("the first message")),
        Drop("opening.mode", _engine("the first message")),
        Drop("llm.provider", _engine("the language model")),
        Drop("llm.model", _engine("the language model")),
        Drop("llm.temperature", _engine("the model's temperature")),
        Drop("llm.max_tokens", _engine("the model's settings")),
        Drop("end_call.enabled", _engine("the end-call tool")),
        Drop("end_call.instructions", _engine("the end-call tool")),
        Drop("end_call.message", _engine("what is said before hanging up")),
        Drop("transfer.enabled", _engine("the transfer tool")),
        Drop("transfer.phone_number", _engine("the transfer tool")),
        Drop("transfer.mode", _engine("the transfer tool")),
        Drop("transfer.instructions", _engine("the transfer tool")),
        Drop("knowledge_base.ids", _engine("the knowledge bases")),
        Drop("faq[].question", _engine("what the agent knows")),
        Drop("faq[].answer", _engine("what the agent knows")),
        Drop("variables", _engine("the default dynamic variables")),
        Drop("voice.similarity", "Retell has no similarity setting for a voice"),
        Drop(
            "transcriber.model", "Retell picks the model itself (stt_mode fast or accurate trades speed for accuracy)"
        ),
        Drop("call.direction", "a Retell agent takes inbound and outbound calls alike (the phone number decides)"),
        Drop(
            "call.initial_silence_timeout_seconds",
            "Retell has one silence limit (end_call_after_silence_ms, call.silence_timeout_seconds)",
        ),
        Drop(
            "call.recording",
            "Retell has no recording switch: data_storage_setting says what it keeps of a call (recordings with "
            "transcripts and logs), in vendor_extras.retell",
        ),
        Drop("call.interruptions.min_words", "Retell has no word threshold (interruption_sensitivity decides)"),
        Drop("webhook.only_completed_calls", "Retell chooses the events sent by type (webhook_events), not by outcome"),
        Drop("webhook.include_recording", "Retell has no setting for it"),
    ),
)
