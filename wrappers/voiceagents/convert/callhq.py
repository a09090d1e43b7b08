"""CallHQ ↔ neutral (openapi/callhq.yaml).

CallHQ mirrors Vapi's assistant shape: the system prompt is the ``system`` message of
``model.messages``, the opening is ``firstMessage`` plus ``firstMessageMode`` (which also says who
speaks first), and the language is set on both the voice and the transcriber.
"""

from __future__ import annotations

from .rules import MISSING, Custom, Drop, FromContext, Map, ToContext, VendorMapping

__all__ = ["MAPPING"]

_PROMPT_HOW = 'as the first entry of model.messages, with role "system"'


def _prompt_forward(ctx: ToContext) -> None:
    prompt = ctx.get("system_prompt")
    rest = ctx.vendor_extra("model.messages")
    index = 0
    if prompt is not MISSING:
        ctx.emit(("model", "messages", 0, "role"), "system", ("system_prompt",), _PROMPT_HOW)
        ctx.emit(("model", "messages", 0, "content"), prompt, ("system_prompt",), _PROMPT_HOW)
        index = 1
    if isinstance(rest, list):  # further messages from vendor_extras follow the system prompt
        ctx.consume_extra("model.messages")
        for item in rest:
            ctx.emit(("model", "messages", index), item, ())
            index += 1


def _prompt_inverse(ctx: FromContext) -> None:
    messages = ctx.get("model.messages")
    if not isinstance(messages, list) or not messages:
        return
    first = messages[0]
    if not (
        isinstance(first, dict)
        and set(first) == {"role", "content"}
        and first["role"] == "system"
        and isinstance(first["content"], str)
    ):
        return
    ctx.set("system_prompt", first["content"], "model.messages[0].content", _PROMPT_HOW)
    ctx.consume("model.messages")
    if len(messages) > 1:
        ctx.keep("model.messages", messages[1:])


_MODES = {
    ("assistant", "static"): "assistant-speaks-first",
    ("assistant", "generated"): "assistant-speaks-first-with-model-generated-message",
    ("user", None): "assistant-waits-for-user",
}
_MODE_HOW = (
    'speaker assistant + mode static (or no mode) ↔ "assistant-speaks-first", speaker assistant + mode '
    'generated ↔ "assistant-speaks-first-with-model-generated-message", speaker user ↔ '
    '"assistant-waits-for-user"'
)


def _mode_forward(ctx: ToContext) -> None:
    speaker = ctx.get("opening.speaker")
    mode = ctx.get("opening.mode")
    if speaker is MISSING and mode is MISSING:
        return
    if speaker == "user":
        ctx.emit("firstMessageMode", _MODES[("user", None)], ("opening.speaker",), _MODE_HOW)
        if mode is not MISSING:
            ctx.drop("opening.mode", 'CallHQ\'s "assistant-waits-for-user" has no static/generated choice')
        return
    value = _MODES[("assistant", "generated" if mode == "generated" else "static")]
    sources = tuple(p for p in ("opening.speaker", "opening.mode") if ctx.is_set(p))
    ctx.emit("firstMessageMode", value, sources, _MODE_HOW)


def _mode_inverse(ctx: FromContext) -> None:
    value = ctx.get("firstMessageMode")
    for (speaker, mode), known in _MODES.items():
        if value == known:
            ctx.set("opening.speaker", speaker, "firstMessageMode", _MODE_HOW)
            if mode:
                ctx.set("opening.mode", mode, "firstMessageMode", _MODE_HOW)


def _language_forward(ctx: ToContext) -> None:
    primary = ctx.get("language.primary")
    if primary is not MISSING:
        ctx.emit("voice.language", primary, ("language.primary",))
        ctx.emit("transcriber.language", primary, ("language.primary",))


def _language_inverse(ctx: FromContext) -> None:
    voice, transcriber = ctx.get("voice.language"), ctx.get("transcriber.language")
    if isinstance(voice, str) and voice == transcriber:
        ctx.set("language.primary", voice, ["voice.language", "transcriber.language"])


MAPPING = VendorMapping(
    "callhq",
    (
        Map("name", "name"),
        Custom(
            "system prompt",
            _prompt_forward,
            _prompt_inverse,
            (("system_prompt", "`model.messages[role=system].content` *"),),
            fills=(("model.messages", "system_prompt"),),
            note="Further messages can be given in vendor_extras.callhq.model.messages; they follow it.",
        ),
        Map("opening.message", "firstMessage"),
        Custom(
            "first message mode",
            _mode_forward,
            _mode_inverse,
            (("opening.speaker", "`firstMessageMode` *"), ("opening.mode", "`firstMessageMode` *")),
            fills=(("firstMessageMode", "opening.speaker"),),
        ),
        Map("llm.provider", "model.provider", group="llm"),
        Map("llm.model", "model.model", group="llm"),
        Map("llm.temperature", "model.temperature"),
        Map("llm.max_tokens", "model.maxTokens"),
        Map("voice.provider", "voice.provider", group="voice"),
        Map("voice.id", "voice.voiceId", group="voice"),
        Map("voice.speed", "voice.speed"),
        Map("transcriber.provider", "transcriber.provider", group="transcriber"),
        Map("transcriber.model", "transcriber.model", group="transcriber"),
        Custom(
            "language",
            _language_forward,
            _language_inverse,
            (("language.primary", "`voice.language`, `transcriber.language`"),),
            note="Read back only when voice and transcriber have the same language; otherwise both stay "
            "in vendor_extras.",
            fills=(("voice.language", "language.primary"), ("transcriber.language", "language.primary")),
        ),
        Map("call.max_duration_seconds", "maxDurationSeconds"),
        Map("call.silence_timeout_seconds", "silenceTimeoutSeconds", note="CallHQ ends the call."),
        Map("call.background_sound", "backgroundSound"),
        Map("call.noise_cancellation", "backgroundDenoisingEnabled"),
        Map("end_call.enabled", "hangupUsingPrompt.enabled"),
        Map("end_call.instructions", "hangupUsingPrompt.prompt"),
        Map("knowledge_base.ids", "knowledgeBase.fileIds"),
        Drop("language.secondary", "CallHQ takes a single language (voice.language, transcriber.language)"),
        Drop("voice.stability", "CallHQ documents no voice stability setting"),
        Drop("voice.similarity", "CallHQ documents no voice similarity setting"),
        Drop("timezone", "CallHQ has no time zone setting"),
        Drop("call.direction", "CallHQ assistants have no call direction (it is chosen per call)"),
        Drop(
            "call.interruptions.allowed",
            "CallHQ only switches interruptions of the first message "
            "(firstMessageInterruptionsEnabled, a vendor_extras field)",
        ),
        Drop(
            "end_call.message",
            "CallHQ has no field for a closing line (hangupUsingPrompt.prompt says when "
            "to hang up: end_call.instructions)",
        ),
    ),
)
