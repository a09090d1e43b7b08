"""The request bodies of the autocalls Assistants API as TypedDicts (generated from its spec).

Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with
these types): a type checker then checks its keys, which are required, and each value's type, as
the spec says. At run time the body is still validated against the spec.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "AmbientSoundParam",
    "AssistantTypeParam",
    "AssistantVariablesParam",
    "BuiltInToolParam",
    "CallTransferToolParam",
    "CollectKeypadToolParam",
    "CreateAssistantParams",
    "EndCallToolParam",
    "EndpointTypeParam",
    "EngineModeParam",
    "FillerConfigParam",
    "KnowledgebaseModeParam",
    "PostCallFieldTypeParam",
    "PostCallSchemaFieldParam",
    "UpdateAssistantParams",
    "WarmCallTransferToolParam",
]

AmbientSoundParam: TypeAlias = Literal[
    "off", "office", "city", "forest", "crowded_room", "cafe", "nature"
]
"""Background sound played during the call.

(``components.schemas.AmbientSound``.)
"""


AssistantTypeParam: TypeAlias = Literal["inbound", "outbound"]
"""Call direction the assistant handles.

(``components.schemas.AssistantType``.)
"""


AssistantVariablesParam: TypeAlias = dict[str, Any]
"""Custom key/value pairs that prompts can reference as `{{variable_name}}`. Keys are free-form, so the map stays open.

(``components.schemas.AssistantVariables``.)
"""


BuiltInToolParam: TypeAlias = "CallTransferToolParam | WarmCallTransferToolParam | CollectKeypadToolParam | EndCallToolParam"
"""One built-in tool, selected by its `type`.

(``components.schemas.BuiltInTool``.)
"""


EndpointTypeParam: TypeAlias = Literal["vad", "ai"]
"""End-of-speech detection method, voice activity detection (`vad`) or AI-based (`ai`).

(``components.schemas.EndpointType``.)
"""


EngineModeParam: TypeAlias = Literal["pipeline", "multimodal", "dualplex"]
"""Voice engine. `pipeline` chains speech-to-text, a language model and text-to-speech; `multimodal` uses a real-time multimodal model; `dualplex` uses a multimodal model for the reasoning with a separate text-to-speech voice.

(``components.schemas.EngineMode``.)
"""


KnowledgebaseModeParam: TypeAlias = Literal["function_call", "prompt"]
"""How the knowledge base is used. `function_call`: the model calls a search function (the only option in multimodal and dualplex modes). `prompt`: the knowledge is placed in the prompt (pipeline mode only).

(``components.schemas.KnowledgebaseMode``.)
"""


PostCallFieldTypeParam: TypeAlias = Literal["string", "number", "bool"]
"""Data type of an extracted post-call field.

(``components.schemas.PostCallFieldType``.)
"""


class CallTransferToolParam(TypedDict):
    """Transfers the call straight to a phone number. Only `type` is marked required because the vendor page states no required flags for tool fields.

    (``components.schemas.CallTransferTool``.)
    """

    type: Literal["call_transfer"]
    """Tool tag."""
    phone_number: NotRequired[str]
    """Number the call is transferred to."""
    description: NotRequired[str]
    """Tells the model when to transfer."""


class CollectKeypadToolParam(TypedDict):
    """Collects digits typed on the caller's keypad. Only `type` is marked required because the vendor page states no required flags for tool fields; no numeric ranges are documented either.

    (``components.schemas.CollectKeypadTool``.)
    """

    type: Literal["collect_keypad"]
    """Tool tag."""
    timeout: NotRequired[int]
    """How long to wait for input (the vendor's example uses 5; the unit is not stated, presumably seconds)."""
    stop_key: NotRequired[str]
    """Key that ends the input."""


class CreateAssistantParams(TypedDict):
    """Body of the create-assistant call. Eight fields are always needed; the rest is optional and falls back to the documented defaults. Mode-dependent rules from the vendor page are encoded in `allOf`.

    (``components.schemas.CreateAssistantRequest``.)
    """

    name: str
    """Display name of the assistant, at most 255 characters."""
    voice_id: int
    """Identifier of the voice the assistant speaks with. Compatible voices depend on the engine mode and can be listed with the vendor's Get Voices endpoint (filtered by mode)."""
    language_id: int
    """Identifier of the main language, as returned by the vendor's Get Languages endpoint."""
    type: AssistantTypeParam
    mode: EngineModeParam
    timezone: str
    """Time zone the assistant works in, given as an IANA zone name."""
    initial_message: str
    """First sentence the assistant says once the call is connected, at most 200 characters."""
    system_prompt: str
    """Instructions that set the assistant's role, tone and behaviour."""
    llm_model_id: NotRequired[int]
    """Language model used in pipeline mode (ids from the vendor's Get Models endpoint). Mandatory when `mode` is `pipeline`."""
    multimodal_model_id: NotRequired[int]
    """Real-time multimodal model (ids from the vendor's Get Models endpoint). Mandatory when `mode` is `multimodal` or `dualplex`."""
    chat_llm_fallback_id: NotRequired[int]
    """Optional language model used as a fallback for tool calls. The vendor describes it as a multimodal/dualplex setting; that is documented here only and not enforced."""
    turn_detection_threshold: NotRequired[float]
    """How readily the engine decides the caller has finished a turn, from 0 to 1. The vendor describes it as a multimodal/dualplex setting (not enforced here) whose default is "auto", which is what happens when the field is left out; "auto" is not a number, so no `default` is declared."""
    secondary_language_ids: NotRequired[list[int]]
    """Further language ids the assistant may speak; it detects the caller's language and switches to it."""
    knowledgebase_id: NotRequired[int]
    """Knowledge base attached to the assistant."""
    knowledgebase_mode: NotRequired[KnowledgebaseModeParam]
    phone_number_id: NotRequired[int]
    """Phone number of the account to assign to the assistant. For inbound assistants the server also rejects Caller ID numbers and numbers already used by another inbound assistant (not checkable client-side)."""
    tool_ids: NotRequired[list[int]]
    """Ids of the account's own custom mid-call tools to attach."""
    tools: NotRequired[list[BuiltInToolParam]]
    """Built-in tools to switch on, each one selected by its `type`."""
    tts_emotion_enabled: NotRequired[bool]
    """Turns on emotionally expressive speech synthesis."""
    voice_stability: NotRequired[float]
    """Voice stability from 0 to 1; higher values keep the voice more even."""
    voice_similarity: NotRequired[float]
    """Voice similarity from 0 to 1; higher values stay nearer to the source voice."""
    speech_speed: NotRequired[float]
    """Speaking-rate multiplier, between 0.7 and 1.2."""
    llm_temperature: NotRequired[float]
    """Sampling temperature of the language model from 0 to 1; lower is more predictable."""
    synthesizer_provider_id: NotRequired[int]
    """Text-to-speech provider override (ids from the vendor's Get Synthesizer Providers endpoint). When omitted the server picks one for the language."""
    transcriber_provider_id: NotRequired[int]
    """Speech-to-text provider override (ids from the vendor's Get Transcriber Providers endpoint). When omitted the server picks one for the language. Accepted in pipeline mode only."""
    allow_interruptions: NotRequired[bool]
    """Lets the caller talk over the assistant. Always on (cannot be false) in multimodal and dualplex modes."""
    fillers: NotRequired[bool]
    """Plays short filler phrases ("um", "let me check") while a reply is being prepared. Pipeline mode only: it cannot be true in the other modes."""
    filler_config: NotRequired[FillerConfigParam]
    record: NotRequired[bool]
    """Records the call audio."""
    enable_noise_cancellation: NotRequired[bool]
    """Filters background noise from the caller's audio."""
    wait_for_customer: NotRequired[bool]
    """When true, the caller speaks first and the assistant waits."""
    max_duration: NotRequired[int]
    """Longest allowed call, in seconds (20 to 1200)."""
    max_silence_duration: NotRequired[int]
    """Seconds of silence after which the assistant tries to re-engage the caller (1 to 360)."""
    max_initial_silence_duration: NotRequired[int]
    """Optional. Seconds of silence at the start of the call after which the call is ended (1 to 120)."""
    ringing_time: NotRequired[int]
    """Seconds to let the phone ring before giving up (1 to 60)."""
    reengagement_interval: NotRequired[int]
    """Seconds between re-engagement attempts (7 to 600)."""
    reengagement_prompt: NotRequired[str]
    """Custom instruction for the re-engagement messages, at most 1000 characters."""
    end_call_on_voicemail: NotRequired[bool]
    """Hangs up when an answering machine is detected."""
    voice_mail_message: NotRequired[str]
    """Message left on an answering machine before hanging up, at most 1000 characters."""
    endpoint_type: NotRequired[EndpointTypeParam]
    """How the end of the caller's turn is detected; voice activity detection (`vad`) unless set."""
    endpoint_sensitivity: NotRequired[float]
    """Sensitivity of end-of-speech detection, from 0 to 5."""
    interrupt_sensitivity: NotRequired[float]
    """Sensitivity to caller interruptions, from 0 to 5."""
    min_interrupt_words: NotRequired[int]
    """Number of words (0 to 10) the caller must say before an interruption counts. Leaving it out keeps the feature off; setting it turns it on."""
    ambient_sound: NotRequired[AmbientSoundParam]
    ambient_sound_volume: NotRequired[float]
    """Volume of the background sound, from 0 to 1."""
    is_webhook_active: NotRequired[bool]
    """Sends post-call notifications to `webhook_url`. When true, `webhook_url` is required."""
    webhook_url: NotRequired[str]
    """Address that receives the post-call notifications. Required when `is_webhook_active` is true."""
    send_webhook_only_on_completed: NotRequired[bool]
    """Limits webhooks to completed calls (no failed or unanswered calls)."""
    include_recording_in_webhook: NotRequired[bool]
    """Adds the recording URL to the webhook payload."""
    post_call_evaluation: NotRequired[bool]
    """Runs an AI evaluation of the call after it ends."""
    post_call_schema: NotRequired[list[PostCallSchemaFieldParam]]
    """Fields to extract from the conversation once the call is over."""
    variables: NotRequired[AssistantVariablesParam]
    conversation_inactivity_timeout: NotRequired[int]
    """Minutes without chat activity after which a conversation is treated as ended (1 to 1440)."""
    conversation_ended_retrigger: NotRequired[bool]
    """Allows a conversation that ended through inactivity to be started again."""
    conversation_ended_webhook_url: NotRequired[str]
    """Address called when a chat conversation ends through inactivity; independent of the call webhook `webhook_url`."""


class EndCallToolParam(TypedDict):
    """Lets the assistant hang up. Only `type` is marked required because the vendor page states no required flags for tool fields.

    (``components.schemas.EndCallTool``.)
    """

    type: Literal["end_call"]
    """Tool tag."""
    description: NotRequired[str]
    """Tells the model when to end the call."""


class FillerConfigParam(TypedDict):
    """Custom filler phrases per category, each a list of short phrases. When omitted the server uses defaults for the assistant's language.

    (``components.schemas.FillerConfig``.)
    """

    positive: NotRequired[list[str]]
    """Fillers before positive or affirmative replies."""
    negative: NotRequired[list[str]]
    """Fillers before negative or hesitant replies."""
    question: NotRequired[list[str]]
    """Fillers while a question is being worked on."""
    neutral: NotRequired[list[str]]
    """Fillers for plain acknowledgements."""


class PostCallSchemaFieldParam(TypedDict):
    """One field extracted from the conversation after the call. The v2 page marks none of the three keys as required (the legacy v1 page required all three and limited `name` to letters, digits and underscores; that is not carried over here).

    (``components.schemas.PostCallSchemaField``.)
    """

    name: NotRequired[str]
    """Key under which the extracted value is stored."""
    type: NotRequired[PostCallFieldTypeParam]
    description: NotRequired[str]
    """What the value means, used to guide the extraction."""


class UpdateAssistantParams(TypedDict):
    """Body of the update call: the create fields, every one optional, with no defaults (a field left out keeps its stored value). The docs let some links be cleared with `null`. The rules of the create body that only compare fields sent together still hold; the rules that make a model field mandatory for a mode do not, because a partial body need not repeat the model and switching modes resets the mode's settings to defaults. The chat-conversation settings of the create body (`conversation_*`) are not listed on the update pages and are left out.

    (``components.schemas.UpdateAssistantRequest``.)
    """

    name: NotRequired[str]
    """New display name, at most 255 characters."""
    voice_id: NotRequired[int]
    """Voice to speak with from now on (ids from the vendor's Get Voices endpoint, filtered by mode)."""
    language_id: NotRequired[int]
    """Main language, as an id from the vendor's Get Languages endpoint."""
    type: NotRequired[AssistantTypeParam]
    mode: NotRequired[EngineModeParam]
    """New engine mode. Changing it resets the settings that depend on the mode to the defaults of the new mode."""
    timezone: NotRequired[str]
    """IANA time zone the assistant works in."""
    initial_message: NotRequired[str]
    """New opening sentence, at most 200 characters."""
    system_prompt: NotRequired[str]
    """New instructions for the assistant's role, tone and behaviour."""
    llm_model_id: NotRequired[int]
    """Language model for pipeline mode (ids from the vendor's Get Models endpoint); used in pipeline mode only."""
    multimodal_model_id: NotRequired[int]
    """Real-time model for multimodal and dualplex modes (ids from the vendor's Get Models endpoint)."""
    chat_llm_fallback_id: NotRequired[int | None]
    """Fallback language model for tool calls in multimodal and dualplex modes; `null` removes the fallback."""
    turn_detection_threshold: NotRequired[float | None]
    """Turn-detection sensitivity from 0 to 1 for multimodal and dualplex modes; `null` goes back to automatic detection."""
    secondary_language_ids: NotRequired[list[int]]
    """Further languages the assistant may switch to; replaces the stored list, `[]` removes them all."""
    knowledgebase_id: NotRequired[int | None]
    """Knowledge base to attach; `null` detaches the current one."""
    knowledgebase_mode: NotRequired[KnowledgebaseModeParam]
    phone_number_id: NotRequired[int | None]
    """Account phone number to assign; `null` unassigns the current number. For inbound assistants the server also rejects Caller ID numbers and numbers used by another inbound assistant."""
    tool_ids: NotRequired[list[int]]
    """Custom mid-call tools of the account to attach; replaces the stored list, `[]` removes them all."""
    tools: NotRequired[list[BuiltInToolParam]]
    """Built-in tools, each selected by its `type`; replaces the stored ones, `[]` removes them all."""
    tts_emotion_enabled: NotRequired[bool]
    """Turns emotionally expressive speech synthesis on or off."""
    voice_stability: NotRequired[float]
    """Voice stability from 0 to 1."""
    voice_similarity: NotRequired[float]
    """Voice similarity from 0 to 1."""
    speech_speed: NotRequired[float]
    """Speaking-rate multiplier, between 0.7 and 1.2."""
    llm_temperature: NotRequired[float]
    """Sampling temperature of the language model, from 0 to 1."""
    synthesizer_provider_id: NotRequired[int | None]
    """Text-to-speech provider override (ids from the vendor's Get Synthesizer Providers endpoint); `null` goes back to the language's default provider."""
    transcriber_provider_id: NotRequired[int | None]
    """Speech-to-text provider override, pipeline mode only (ids from the vendor's Get Transcriber Providers endpoint); `null` goes back to the language's default provider."""
    allow_interruptions: NotRequired[bool]
    """Lets the caller talk over the assistant; cannot be false in multimodal and dualplex modes."""
    fillers: NotRequired[bool]
    """Plays filler phrases while a reply is prepared; pipeline mode only."""
    filler_config: NotRequired[FillerConfigParam]
    record: NotRequired[bool]
    """Records the call audio."""
    enable_noise_cancellation: NotRequired[bool]
    """Filters background noise from the caller's audio."""
    wait_for_customer: NotRequired[bool]
    """When true, the caller speaks first."""
    max_duration: NotRequired[int]
    """Longest allowed call in seconds (20 to 1200)."""
    max_silence_duration: NotRequired[int]
    """Seconds of silence before the assistant tries to re-engage (1 to 360)."""
    max_initial_silence_duration: NotRequired[int]
    """Seconds of silence at the start of the call after which it is ended (1 to 120)."""
    ringing_time: NotRequired[int]
    """Seconds to let the phone ring (1 to 60)."""
    reengagement_interval: NotRequired[int]
    """Seconds between re-engagement attempts (7 to 600)."""
    reengagement_prompt: NotRequired[str]
    """Instruction for the re-engagement messages, at most 1000 characters."""
    end_call_on_voicemail: NotRequired[bool]
    """Hangs up when an answering machine is detected."""
    voice_mail_message: NotRequired[str]
    """Message left on an answering machine, at most 1000 characters."""
    endpoint_type: NotRequired[EndpointTypeParam]
    endpoint_sensitivity: NotRequired[float]
    """Sensitivity of end-of-speech detection, from 0 to 5."""
    interrupt_sensitivity: NotRequired[float]
    """Sensitivity to caller interruptions, from 0 to 5."""
    min_interrupt_words: NotRequired[int]
    """Words (0 to 10) the caller must say before an interruption counts."""
    ambient_sound: NotRequired[AmbientSoundParam]
    ambient_sound_volume: NotRequired[float]
    """Volume of the background sound, from 0 to 1."""
    is_webhook_active: NotRequired[bool]
    """Turns the post-call notifications to `webhook_url` on or off."""
    webhook_url: NotRequired[str]
    """Address that receives the post-call notifications."""
    send_webhook_only_on_completed: NotRequired[bool]
    """Limits webhooks to completed calls."""
    include_recording_in_webhook: NotRequired[bool]
    """Adds the recording URL to the webhook payload."""
    post_call_evaluation: NotRequired[bool]
    """Runs an AI evaluation of each call after it ends."""
    post_call_schema: NotRequired[list[PostCallSchemaFieldParam]]
    """Fields to extract from each conversation once it is over; replaces the stored list."""
    variables: NotRequired[AssistantVariablesParam]


class WarmCallTransferToolParam(TypedDict):
    """Transfers the call to a supervisor after briefing them first (warm transfer). Only `type` is marked required because the vendor page states no required flags for tool fields; no numeric ranges are documented either.

    (``components.schemas.WarmCallTransferTool``.)
    """

    type: Literal["warm_call_transfer"]
    """Tool tag."""
    supervisor_phone: NotRequired[str]
    """Phone number of the supervisor who takes over."""
    outbound_phone_id: NotRequired[int]
    """Account phone number used to place the call to the supervisor."""
    description: NotRequired[str]
    """Tells the model when to start the warm transfer."""
    custom_sip: NotRequired[bool]
    """Whether the supervisor is reached through a custom SIP destination."""
    caller_id_mode: NotRequired[str]
    """Which caller ID the supervisor sees. Only `outbound_number` appears in the vendor's examples and no full list is published, so this stays an open string."""
    hold_music: NotRequired[str]
    """What the caller hears while on hold. Only `hold_music` appears in the vendor's examples and no full list is published, so this stays an open string."""
    hold_music_volume: NotRequired[int]
    """Volume of the hold music (the vendor's example uses 80; no range is documented)."""
    hold_message: NotRequired[str]
    """Said to the caller before they are put on hold."""
    summary_instructions: NotRequired[str]
    """Instructions for the summary the assistant gives the supervisor."""
    briefing_initial_message: NotRequired[str]
    """First sentence said to the supervisor when they pick up."""
    connected_message: NotRequired[str]
    """Said once caller and supervisor are connected."""
