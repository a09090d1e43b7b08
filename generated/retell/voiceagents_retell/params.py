"""The request bodies of the Retell Assistants API as TypedDicts (generated from its spec).

Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with
these types): a type checker then checks its keys, which are required, and each value's type, as
the spec says. At run time the body is still validated against the spec.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "AgentChannelParam",
    "AmbientSoundParam",
    "AnalysisPresetNameParam",
    "BooleanAnalysisDataParam",
    "CallScreeningOptionParam",
    "ConditionJoinParam",
    "ConditionOperatorParam",
    "ContactMemoryConfigParam",
    "CreateAssistantParams",
    "CustomSttConfigParam",
    "DataStorageSettingParam",
    "DenoisingModeParam",
    "EnumAnalysisDataParam",
    "ExecutionMessageTypeParam",
    "ExpressiveEmotionTagParam",
    "FilterStringOperatorParam",
    "GuardrailConfigParam",
    "GuardrailInputTopicParam",
    "GuardrailOutputTopicParam",
    "HandbookConfigParam",
    "HttpMethodParam",
    "IvrActionParam",
    "IvrOptionParam",
    "LanguageParam",
    "ListAssistantsParams",
    "ListFilterChannelParam",
    "ListFilterCriteriaParam",
    "ListFilterIsTransferAgentParam",
    "NumberAnalysisDataParam",
    "OutputSelectionAllParam",
    "OutputSelectionSubsetParam",
    "PhoneticAlphabetParam",
    "PiiCategoryParam",
    "PiiConfigParam",
    "PiiModeParam",
    "PostCallAnalysisModelParam",
    "PostSessionAppToolParam",
    "PostSessionCodeToolParam",
    "PostSessionCustomToolParam",
    "PreSessionAppToolParam",
    "PreSessionCodeToolParam",
    "PreSessionCustomToolParam",
    "PresetAnalysisDataParam",
    "PronunciationEntryParam",
    "ResponseEngineConversationFlowParam",
    "ResponseEngineCustomLlmParam",
    "ResponseEngineRetellLlmParam",
    "SendSmsToolParam",
    "SmsContentInferredParam",
    "SmsContentPredefinedParam",
    "SmsContentTemplateParam",
    "SmsDestinationCustomerNumberParam",
    "SmsDestinationPhoneNumberParam",
    "SmsSenderCurrentNumberParam",
    "SmsSenderRetellLongCodeParam",
    "SmsTemplateNameParam",
    "SortOrderParam",
    "StringAnalysisDataParam",
    "SttModeParam",
    "SttProviderParam",
    "ToolConditionEquationParam",
    "ToolConditionParam",
    "ToolParameterTypeParam",
    "ToolParametersParam",
    "UpdateAssistantParams",
    "UserDtmfOptionsParam",
    "VocabSpecializationParam",
    "VoiceModelParam",
    "VoicemailActionBridgeTransferParam",
    "VoicemailActionHangupParam",
    "VoicemailActionPromptParam",
    "VoicemailActionStaticTextParam",
    "VoicemailOptionParam",
    "WebhookEventParam",
]

AgentChannelParam: TypeAlias = Literal["voice", "chat"]
"""Channel an agent serves, `voice` (calls) or `chat`.

(``components.schemas.AgentChannel``.)
"""


AmbientSoundParam: TypeAlias = Literal[
    "coffee-shop",
    "convention-hall",
    "summer-outdoor",
    "mountain-outdoor",
    "static-noise",
    "call-center",
]
"""Background ambience mixed into calls. `coffee-shop`: a café with people talking.
`convention-hall`: a large hall with some echo and chatter. `summer-outdoor`: outdoors in summer,
with cicadas. `mountain-outdoor`: outdoors in the mountains, with birdsong. `static-noise`: a
steady static hiss. `call-center`: the noise of a busy call centre.

(``components.schemas.AmbientSound``.)
"""


AnalysisPresetNameParam: TypeAlias = Literal[
    "call_summary", "call_successful", "user_sentiment"
]
"""One of the analysis values Retell extracts from every voice call by itself.

(``components.schemas.AnalysisPresetName``.)
"""


ConditionJoinParam: TypeAlias = Literal["||", "&&"]
"""How the equations of a condition are combined, `||` (any) or `&&` (all).

(``components.schemas.ConditionJoin``.)
"""


ConditionOperatorParam: TypeAlias = Literal[
    "==", "!=", ">", ">=", "<", "<=", "contains", "not_contains", "exists", "not_exist"
]
"""Comparison of an equation. `exists` and `not_exist` test whether the left side has a value and
need no right side.

(``components.schemas.ConditionOperator``.)
"""


DataStorageSettingParam: TypeAlias = Literal[
    "everything", "everything_except_pii", "basic_attributes_only"
]
"""What Retell keeps of calls and chats (transcripts, recordings, logs...). `everything`: all of it.
`everything_except_pii`: everything, with personal data left out where it is detected.
`basic_attributes_only`: basic attributes only, no transcripts, recordings or logs. It supersedes
the deprecated `opt_out_sensitive_data_storage` flag.

(``components.schemas.DataStorageSetting``.)
"""


DenoisingModeParam: TypeAlias = Literal[
    "no-denoise", "noise-cancellation", "noise-and-background-speech-cancellation"
]
"""Audio clean-up applied to the caller's side. `no-denoise`: none. `noise-cancellation`: noise is
removed. `noise-and-background-speech-cancellation`: noise and voices in the background are
removed.

(``components.schemas.DenoisingMode``.)
"""


ExecutionMessageTypeParam: TypeAlias = Literal["prompt", "static_text"]
"""How the line spoken while a tool runs is produced: `prompt` makes the agent write it from
`execution_message_description`, `static_text` speaks that text as it is.

(``components.schemas.ExecutionMessageType``.)
"""


ExpressiveEmotionTagParam: TypeAlias = Literal[
    "empathetic",
    "excited",
    "happy",
    "curious",
    "surprised",
    "sigh",
    "clear throat",
    "pause",
    "long pause",
    "emphasis",
]
"""An expressive voice tag the agent may use in expressive mode.

(``components.schemas.ExpressiveEmotionTag``.)
"""


FilterStringOperatorParam: TypeAlias = Literal["eq", "ne", "sw", "ew", "co"]
"""Comparison of a text filter: `eq` equals, `ne` differs from, `sw` starts with, `ew` ends with,
`co` contains.

(``components.schemas.FilterStringOperator``.)
"""


GuardrailInputTopicParam: TypeAlias = Literal["platform_integrity_jailbreaking"]
"""Prohibited topic checked in what the user says.

(``components.schemas.GuardrailInputTopic``.)
"""


GuardrailOutputTopicParam: TypeAlias = Literal[
    "harassment",
    "self_harm",
    "sexual_exploitation",
    "violence",
    "defense_and_national_security",
    "illicit_and_harmful_activity",
    "gambling",
    "regulated_professional_advice",
    "child_safety_and_exploitation",
]
"""Prohibited topic checked in what the agent says.

(``components.schemas.GuardrailOutputTopic``.)
"""


HttpMethodParam: TypeAlias = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
"""HTTP method a custom tool calls its endpoint with.

(``components.schemas.HttpMethod``.)
"""


LanguageParam: TypeAlias = Literal[
    "en-US",
    "en-IN",
    "en-GB",
    "en-AU",
    "en-NZ",
    "de-DE",
    "es-ES",
    "es-419",
    "hi-IN",
    "fr-FR",
    "fr-CA",
    "ja-JP",
    "pt-PT",
    "pt-BR",
    "zh-CN",
    "ru-RU",
    "it-IT",
    "ko-KR",
    "nl-NL",
    "nl-BE",
    "pl-PL",
    "tr-TR",
    "vi-VN",
    "ro-RO",
    "bg-BG",
    "ca-ES",
    "th-TH",
    "da-DK",
    "fi-FI",
    "el-GR",
    "hu-HU",
    "id-ID",
    "no-NO",
    "sk-SK",
    "sv-SE",
    "lt-LT",
    "lv-LV",
    "cs-CZ",
    "ms-MY",
    "af-ZA",
    "ar-SA",
    "az-AZ",
    "bs-BA",
    "cy-GB",
    "fa-IR",
    "fil-PH",
    "gl-ES",
    "he-IL",
    "hr-HR",
    "hy-AM",
    "is-IS",
    "kk-KZ",
    "kn-IN",
    "mk-MK",
    "mr-IN",
    "ne-NP",
    "sl-SI",
    "sr-RS",
    "sw-KE",
    "ta-IN",
    "ur-IN",
    "yue-CN",
    "uk-UA",
]
"""A locale an agent can speak and understand.

(``components.schemas.Language``.)
"""


PhoneticAlphabetParam: TypeAlias = Literal["ipa", "cmu", "pinyin", "jyutping"]
"""Phonetic alphabet a pronunciation is written in. MiniMax speech-02-turbo reads `ipa` and `pinyin`,
speech-2.8-turbo `jyutping` as well; for other voices it depends on the provider and model.

(``components.schemas.PhoneticAlphabet``.)
"""


PiiCategoryParam: TypeAlias = Literal[
    "person_name",
    "address",
    "email",
    "phone_number",
    "ssn",
    "passport",
    "driver_license",
    "credit_card",
    "bank_account",
    "password",
    "pin",
    "medical_id",
    "date_of_birth",
    "customer_account_number",
]
"""A kind of personal data that can be scrubbed from transcripts and recordings.

(``components.schemas.PiiCategory``.)
"""


PiiModeParam: TypeAlias = Literal["post_call"]
"""When personal data is scrubbed; only after the call (`post_call`) for now.

(``components.schemas.PiiMode``.)
"""


PostCallAnalysisModelParam: TypeAlias = Literal[
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-5",
    "gpt-5-mini",
    "gpt-5-nano",
    "gpt-5.1",
    "gpt-5.2",
    "gpt-5.4",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
    "gpt-5.5",
    "gpt-5.6-terra",
    "gpt-5.6-luna",
    "gpt-6-astra",
    "gpt-6-sol",
    "gpt-6.1-sol",
    "gpt-6-luna",
    "claude-4.6-sonnet",
    "claude-5-opus",
    "claude-5.5-opus",
    "claude-5-sonnet",
    "claude-5.5-sonnet",
    "claude-5.5-haiku",
    "claude-4.5-haiku",
    "gemini-3.0-flash",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gemini-3.5-flash-lite",
    "gemini-3.6-flash",
    "gemini-3.7-flash",
    "gemini-3.8-flash",
    "gemini-4-argon",
]
"""Language model that can run the post-call analysis.

(``components.schemas.PostCallAnalysisModel``.)
"""


SmsTemplateNameParam: TypeAlias = Literal["info_collection"]
"""Ready-made SMS text; `info_collection` sends Retell's message asking the user for information.

(``components.schemas.SmsTemplateName``.)
"""


SortOrderParam: TypeAlias = Literal["ascending", "descending"]
"""Order of a listing.

(``components.schemas.SortOrder``.)
"""


SttModeParam: TypeAlias = Literal["fast", "accurate", "custom"]
"""What speech-to-text favours: `fast` (latency), `accurate` (accuracy) or `custom` (the provider
and endpointing set in `custom_stt_config`).

(``components.schemas.SttMode``.)
"""


SttProviderParam: TypeAlias = Literal[
    "azure", "deepgram", "soniox", "assemblyai", "muse"
]
"""Speech-to-text provider of a custom configuration.

(``components.schemas.SttProvider``.)
"""


ToolParameterTypeParam: TypeAlias = Literal["json", "form"]
"""How a custom tool's `parameters` are edited in the dashboard: `form` (visual builder) or `json`
(raw JSON Schema). Both give the same schema, and the request body is encoded the same way.

(``components.schemas.ToolParameterType``.)
"""


VocabSpecializationParam: TypeAlias = Literal["general", "medical"]
"""Vocabulary set of the transcription, `general` or `medical`. It only matters for English
agents; other languages ignore it.

(``components.schemas.VocabSpecialization``.)
"""


VoiceModelParam: TypeAlias = Literal[
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_multilingual_v2",
    "eleven_v3",
    "eleven_v3_conversational",
    "eleven_v4",
    "eleven_v4_turbo",
    "sonic-3",
    "sonic-3-latest",
    "sonic-3.5",
    "sonic-3.6",
    "tts-1",
    "gpt-4o-mini-tts",
    "speech-02-turbo",
    "speech-2.8-turbo",
    "s1",
    "s2-pro",
    "s2.1-pro",
    "inworld-tts-2",
    "inworld-tts-2-flash",
]
"""Text-to-speech model to use with the voice; each provider offers its own models.

(``components.schemas.VoiceModel``.)
"""


WebhookEventParam: TypeAlias = Literal[
    "call_started",
    "call_ended",
    "call_analyzed",
    "transcript_updated",
    "transfer_started",
    "transfer_bridged",
    "transfer_cancelled",
    "transfer_ended",
]
"""A call event the agent's webhook can receive.

(``components.schemas.WebhookEvent``.)
"""


class BooleanAnalysisDataParam(TypedDict):
    """A yes/no value to extract after the call.

    (``components.schemas.BooleanAnalysisData``.)
    """

    type: Literal["boolean"]
    """Tag of the yes/no variant."""
    name: str
    """Name of the extracted variable."""
    description: str
    """What the variable holds, for the model."""
    conditional_prompt: NotRequired[str]
    """Instruction that helps decide whether the value should be filled in at all; without it the
    value is always included. Ignored when `required` is true.
    """
    required: NotRequired[bool]
    """When true, a call from which the value cannot be extracted is marked unsuccessful."""


class CallScreeningOptionParam(TypedDict):
    """What the agent answers when a call-screening service asks who is calling and why; with it the
    prompt gets instructions for such questions.

    (``components.schemas.CallScreeningOption``.)
    """

    agent_identity: str
    """Who the agent says is calling; dynamic variables may be used."""
    call_purpose: str
    """Why the agent says it is calling; dynamic variables may be used."""


class ContactMemoryConfigParam(TypedDict):
    """Contact memory, for phone calls and SMS chats. A new agent reads the memory but does not rewrite
    it unless told otherwise (the defaults below). An update changes only the flags it sends (an
    empty object changes nothing); a flag set to false turns that part off, but the configuration
    itself cannot be removed. Agents that existed before this setting have both flags off.

    (``components.schemas.ContactMemoryConfig``.)
    """

    enable_read: NotRequired[bool]
    """Adds the contact's saved memory to the agent's prompt. Even when off, skippable nodes can use
    answers given earlier in the same conversation, and the contact dynamic variables (among them
    `contact_memory`) stay available.
    """
    enable_update: NotRequired[bool]
    """Rewrites the contact's memory after each conversation. It needs conversation data to be
    stored, and chat agents also need `end_chat_after_silence_ms`.
    """


class CreateAssistantParams(TypedDict):
    """Settings of a new Retell agent. Only `response_engine` and `voice_id` are required; Retell
    applies its defaults (the `default` values below) to everything left out. Fields that allow
    `null` may be sent as `null`, which leaves that feature off (or at Retell's default, as each
    description says).

    (``components.schemas.CreateAssistantRequest``.)
    """

    response_engine: (
        ResponseEngineRetellLlmParam
        | ResponseEngineCustomLlmParam
        | ResponseEngineConversationFlowParam
    )
    """What writes the agent's replies, told apart by `type`: a Retell LLM, your own LLM reached over
    a websocket, or a conversation flow. The engine has to exist before an agent can use it.
    """
    voice_id: str
    """Voice the agent speaks with; Retell's dashboard lists the voices with a preview of each."""
    agent_name: NotRequired[str | None]
    """Name of the agent, only for your own reference."""
    allow_dtmf_interruption: NotRequired[bool]
    """Lets keypad (DTMF) input interrupt the agent even when `interruption_sensitivity` is 0. A
    conversation or a subagent node can override it.
    """
    allow_user_dtmf: NotRequired[bool]
    """Whether keypad (DTMF) input from the user is processed; when false it is ignored."""
    ambient_sound: NotRequired[AmbientSoundParam | None]
    """Ambience mixed into the call so that it sounds more lifelike; `null` removes it from the
    agent.
    """
    ambient_sound_volume: NotRequired[float]
    """Loudness of the ambient sound, from 0 to 2 (higher is louder)."""
    backchannel_frequency: NotRequired[float]
    """How often the agent backchannels when it has the chance, from 0 (seldom) to 1 (whenever it
    can). Only used when `enable_backchannel` is true.
    """
    backchannel_words: NotRequired[list[str] | None]
    """Words the agent backchannels with, instead of Retell's default ones; only used when
    `enable_backchannel` is true. Some voices render some words badly, so try them first.
    """
    begin_message_delay_ms: NotRequired[int]
    """Pause, in milliseconds, before the agent's first message, to give the other party time to
    settle in; only when the agent speaks first. 0 or left out: no pause.
    """
    boosted_keywords: NotRequired[list[str] | None]
    """Words the speech recogniser should favour, such as names, brands or streets; an entry may
    contain `{{variable}}` placeholders.
    """
    call_screening_option: NotRequired[CallScreeningOptionParam | None]
    """Answers the agent gives when a call-screening service asks who is calling and why; `null`
    leaves call-screening instructions out of the prompt.
    """
    contact_memory_config: NotRequired[ContactMemoryConfigParam]
    custom_stt_config: NotRequired[CustomSttConfigParam | None]
    """Own speech-to-text provider and endpointing, used only when `stt_mode` is `custom` (and
    required then).
    """
    data_storage_retention_days: NotRequired[int | None]
    """Days call and chat data are kept before Retell deletes them, from 1 to 730. `null` or left
    out: kept for ever.
    """
    data_storage_setting: NotRequired[DataStorageSettingParam]
    """What Retell stores of calls and chats."""
    denoising_enhancement_level: NotRequired[float | None]
    """Strength of background-voice cancellation, from 0 to 1; 0 bypasses it (and its charges).
    Only used when `denoising_mode` is `noise-and-background-speech-cancellation`. `null` clears
    the configured level (0.8 then applies).
    """
    denoising_mode: NotRequired[DenoisingModeParam]
    """Audio denoising applied to the call."""
    enable_backchannel: NotRequired[bool]
    """Lets the agent backchannel: drop short acknowledgements such as "yeah" or "uh-huh" while the
    user talks, mostly during longer turns. Off when left out.
    """
    enable_dnc_detection: NotRequired[bool]
    """Makes the agent notice requests to stop calling or contacting the user: it confirms once and,
    on a clear yes, ends the call (disconnection reason `user_requested_dnc`) and sets
    `do_not_call` on the contact of that phone number.
    """
    enable_dynamic_responsiveness: NotRequired[bool]
    """Lets the agent adjust how fast it answers to the user's speaking rate and turn-taking so far
    in the call.
    """
    enable_dynamic_voice_speed: NotRequired[bool]
    """Lets the agent's speaking speed follow the user's speaking rate and the conversation."""
    enable_expressive_mode: NotRequired[bool]
    """Main switch of expressive mode: the agent may add expressive voice tags to the speech it
    generates. Platform voices only.
    """
    end_call_after_silence_ms: NotRequired[int]
    """Ends the call once the user has been silent this long after the agent spoke, in
    milliseconds; at least 10000 (10 s).
    """
    expressive_emotion_tags: NotRequired[list[ExpressiveEmotionTagParam]]
    """Expressive tags Retell teaches the model when expressive mode is on (tags defined in the
    prompt still work). An empty list leaves the agent with general expressive guidance and no
    fixed set of tags.
    """
    expressive_mode_prompt: NotRequired[str | None]
    """Own expressive-voice guidance, used instead of Retell's default one when expressive mode is
    on. Empty or left out: the default guidance.
    """
    fallback_voice_ids: NotRequired[list[str] | None]
    """Voices used, in this order, while the text-to-speech provider of `voice_id` has an outage;
    each must come from another provider than `voice_id`. `null` removes the fallback.
    """
    guardrail_config: NotRequired[GuardrailConfigParam]
    handbook_config: NotRequired[HandbookConfigParam]
    interruption_sensitivity: NotRequired[float]
    """How easily the user can interrupt the agent, from 0 (never) to 1 (most easily); lower values
    need more words before the agent yields.
    """
    is_transfer_agent: NotRequired[bool]
    """Creates the agent as a transfer agent, for agentic warm transfers. Only settable at creation;
    the response engine must be set up for transfers (`is_transfer_llm` or `is_transfer_cf`), and
    an agent with a custom LLM cannot be one.
    """
    ivr_option: NotRequired[IvrOptionParam | None]
    """Phone-menu (IVR) detection during the first 3 minutes of the call, and what to do when a menu
    is detected; `null` turns the detection off.
    """
    language: NotRequired[LanguageParam | list[LanguageParam]]
    """Locale of the agent, or a list of locales for a multilingual agent."""
    max_call_duration_ms: NotRequired[int]
    """Longest a call may last, in milliseconds, from 60000 (1 minute) to 7200000 (2 hours); the
    call is ended when it is reached.
    """
    opt_in_signed_url: NotRequired[bool]
    """Signs the public log and recording URLs of this agent's calls, so that access to them is
    restricted and they expire (after 24 hours unless `signed_url_expiration_ms` says otherwise).
    """
    pii_config: NotRequired[PiiConfigParam]
    post_call_analysis_data: NotRequired[
        list[
            StringAnalysisDataParam
            | EnumAnalysisDataParam
            | BooleanAnalysisDataParam
            | NumberAnalysisDataParam
            | PresetAnalysisDataParam
        ]
        | None
    ]
    """Values to extract from each call once it has ended, on top of the ones Retell always
    extracts; a `system-presets` entry adjusts one of those. Told apart by `type`.
    """
    post_call_analysis_model: NotRequired[PostCallAnalysisModelParam | None]
    """Model that runs the post-call analysis."""
    post_session_tools: NotRequired[
        list[
            PostSessionAppToolParam
            | PostSessionCustomToolParam
            | PostSessionCodeToolParam
            | SendSmsToolParam
        ]
        | None
    ]
    """Integration tools (agent functions) run as a dependency graph while the session is wound
    up, after the post-call analysis; each may be gated by a condition. On calls the graph is
    stopped after five minutes so that the wind-up can finish. `null` clears the list.
    """
    pre_session_tools: NotRequired[
        list[
            PreSessionAppToolParam | PreSessionCustomToolParam | PreSessionCodeToolParam
        ]
        | None
    ]
    """Integration tools run as a dependency graph while the session is set up, before the agent's
    first message; their outputs become dynamic variables. On calls the graph gets one minute
    (five when an outbound callee is dialled after the set-up); past that the session starts
    anyway and tools still running finish in the background, their outputs no longer reaching
    the prompt. `null` clears the list.
    """
    pronunciation_dictionary: NotRequired[list[PronunciationEntryParam] | None]
    """Words or phrases and how speech synthesis should pronounce them, for a consistent
    pronunciation; the dashboard shows which providers support it. `null` removes the dictionary.
    """
    reminder_max_count: NotRequired[int]
    """How many times the agent prompts a user who does not respond; 0 turns reminders off."""
    reminder_trigger_ms: NotRequired[float]
    """Silence, in milliseconds after agent speech, after which the agent is prompted to speak to
    the user again; must be positive.
    """
    responsiveness: NotRequired[float]
    """How quickly the agent takes its turn, from 0 (waits longer, answers more slowly) to 1
    (answers as soon as it can).
    """
    ring_duration_ms: NotRequired[int]
    """How long the phone rings, in milliseconds, for outbound calls and for call transfers; from
    5000 to 300000.
    """
    signed_url_expiration_ms: NotRequired[int | None]
    """Lifetime of signed URLs, in milliseconds; only used when `opt_in_signed_url` is true."""
    stt_mode: NotRequired[SttModeParam]
    """What speech-to-text favours; `custom` needs `custom_stt_config` as well."""
    timezone: NotRequired[str | None]
    """IANA time zone of the agent."""
    user_dtmf_options: NotRequired[UserDtmfOptionsParam | None]
    """How keypad (DTMF) input from the user is gathered into a turn. The SDK gives this field no
    description of its own.
    """
    version_description: NotRequired[str | None]
    """Description of this version of the agent, for your own reference and documentation."""
    version_title: NotRequired[str | None]
    """Title of this version of the agent, for your own reference."""
    vocab_specialization: NotRequired[VocabSpecializationParam]
    """Vocabulary set of the transcription (English agents only)."""
    voice_model: NotRequired[VoiceModelParam | None]
    """Text-to-speech model used with the chosen voice; each provider has its own. `null` removes
    the choice, and the provider's default model applies.
    """
    voice_speed: NotRequired[float]
    """Speaking rate of the voice, from 0.5 (slower) to 2 (faster)."""
    voice_temperature: NotRequired[float]
    """Stability of the voice, from 0 (most stable) to 2 (most varied); the dashboard shows which
    providers support it.
    """
    voicemail_option: NotRequired[VoicemailOptionParam | None]
    """Voicemail detection during the first 3 minutes of the call, and what to do when voicemail is
    reached (hang up, leave a message...); `null` turns the detection off.
    """
    volume: NotRequired[float]
    """Loudness of the agent's speech, from 0 to 2 (higher is louder)."""
    webhook_events: NotRequired[list[WebhookEventParam] | None]
    """Call events sent to the agent's webhook."""
    webhook_timeout_ms: NotRequired[int]
    """How long a webhook request may take, in milliseconds."""
    webhook_url: NotRequired[str | None]
    """Address that receives this agent's call events, in place of the account's webhook; `null`
    removes it.
    """


class CustomSttConfigParam(TypedDict):
    """Own speech-to-text set-up, used when `stt_mode` is `custom`.

    (``components.schemas.CustomSttConfig``.)
    """

    provider: SttProviderParam
    endpointing_ms: int
    """Silence, in milliseconds, that ends the user's turn. Its minimum depends on the provider:
    100 for Azure, AssemblyAI and Muse, 10 for Deepgram, 500 for Soniox. With AssemblyAI it is
    the minimum turn silence (100 to 3000 ms); half of it, rounded to the millisecond and kept
    between 500 and 1000 ms, is added for the maximum turn silence, which never exceeds 3000 ms.
    Muse detects the end of turns itself and ignores the value. (The per-provider bounds are
    checked by rules of the request bodies, next to the other cross-field rules.)
    """


class EnumAnalysisDataParam(TypedDict):
    """A value to extract after the call, chosen from a fixed list.

    (``components.schemas.EnumAnalysisData``.)
    """

    type: Literal["enum"]
    """Tag of the choice variant."""
    name: str
    """Name of the extracted variable."""
    description: str
    """What the variable holds, for the model."""
    choices: list[str]
    """The values it may take; at least one."""
    conditional_prompt: NotRequired[str]
    """Instruction that helps decide whether the value should be filled in at all; without it the
    value is always included. Ignored when `required` is true.
    """
    required: NotRequired[bool]
    """When true, a call from which the value cannot be extracted is marked unsuccessful."""


class GuardrailConfigParam(TypedDict):
    """Checks that keep prohibited topics out of what the agent says and answers.

    (``components.schemas.GuardrailConfig``.)
    """

    input_topics: NotRequired[list[GuardrailInputTopicParam] | None]
    """Prohibited topics looked for in the user's messages; a message touching one gets a
    placeholder reply instead of being processed.
    """
    output_topics: NotRequired[list[GuardrailOutputTopicParam] | None]
    """Prohibited topics looked for in the agent's messages; a message touching one is replaced by a
    placeholder.
    """


class HandbookConfigParam(TypedDict):
    """Behaviour presets, each switched on or off, that shape the agent's style.

    (``components.schemas.HandbookConfig``.)
    """

    ai_disclosure: NotRequired[bool]
    """Admits being a virtual assistant when asked."""
    conversational_personality: NotRequired[bool]
    """Uses the conversational personality preset: the professional-rep personality is left out of
    the prompt and replies are rewritten in a more colloquial way.
    """
    default_personality: NotRequired[bool]
    """Baseline of a professional call-centre representative."""
    echo_verification: NotRequired[bool]
    """Repeats important details back and has them confirmed (voice only)."""
    high_empathy: NotRequired[bool]
    """Acknowledges the caller's concerns warmly."""
    nato_phonetic_alphabet: NotRequired[bool]
    """Spells things out NATO-alphabet style (voice only)."""
    natural_filler_words: NotRequired[bool]
    """Adds natural fillers ("um", "you know") for a more human tone."""
    scope_boundaries: NotRequired[bool]
    """Stays within the prompt and the context and does not make details up."""
    smart_matching: NotRequired[bool]
    """Treats words that nearly match as the same thing, to soften transcription errors (voice
    only).
    """
    speech_normalization: NotRequired[bool]
    """Says numbers, dates and amounts of money the way they are spoken (voice only)."""


class IvrActionParam(TypedDict):
    """What the agent does when it detects a phone menu.

    (``components.schemas.IvrAction``.)
    """

    type: Literal["hangup"]
    """The only action, hanging up."""


class IvrOptionParam(TypedDict):
    """Phone-menu (IVR) detection during the first 3 minutes of a call.

    (``components.schemas.IvrOption``.)
    """

    action: IvrActionParam
    detection_prompt: NotRequired[str | None]
    """What should count as a phone menu; `null` keeps Retell's own definition."""


class ListAssistantsParams(TypedDict):
    """Filters of the listing, all of which must hold. The SDK always sends this body, as `{}` when no
    filter is set.

    (``components.schemas.ListAssistantsRequest``.)
    """

    filter_criteria: NotRequired[ListFilterCriteriaParam]


class ListFilterChannelParam(TypedDict):
    """Keeps the agents whose channel matches.

    (``components.schemas.ListFilterChannel``.)
    """

    op: FilterStringOperatorParam
    type: Literal["string"]
    """Kind of filter, a text comparison."""
    value: AgentChannelParam


class ListFilterCriteriaParam(TypedDict):
    """Filters for listing agents; every filter given must hold (they are joined with AND).

    (``components.schemas.ListFilterCriteria``.)
    """

    channel: NotRequired[ListFilterChannelParam]
    is_transfer_agent: NotRequired[ListFilterIsTransferAgentParam]
    query: NotRequired[str]
    """Text searched, case-insensitively, in the agent names, and also searched in the agent ids."""


class ListFilterIsTransferAgentParam(TypedDict):
    """Keeps the agents that are (or are not) transfer agents.

    (``components.schemas.ListFilterIsTransferAgent``.)
    """

    op: Literal["eq"]
    """Comparison, always equality."""
    type: Literal["boolean"]
    """Kind of filter, a yes/no comparison."""
    value: bool
    """True for transfer agents, false for the others."""


class NumberAnalysisDataParam(TypedDict):
    """A numeric value to extract after the call.

    (``components.schemas.NumberAnalysisData``.)
    """

    type: Literal["number"]
    """Tag of the number variant."""
    name: str
    """Name of the extracted variable."""
    description: str
    """What the variable holds, for the model."""
    conditional_prompt: NotRequired[str]
    """Instruction that helps decide whether the value should be filled in at all; without it the
    value is always included. Ignored when `required` is true.
    """
    required: NotRequired[bool]
    """When true, a call from which the value cannot be extracted is marked unsuccessful."""


class OutputSelectionAllParam(TypedDict):
    """The agent and the transcript see the whole response of the tool.

    (``components.schemas.OutputSelectionAll``.)
    """

    mode: Literal["all"]
    """Tag of the whole-response variant."""
    fields: NotRequired[list[str]]
    """Not used when the tool runs; kept and returned as sent, for the dashboard."""


class OutputSelectionSubsetParam(TypedDict):
    """The agent and the transcript see only the chosen fields of the tool's response.

    (``components.schemas.OutputSelectionSubset``.)
    """

    mode: Literal["subset"]
    """Tag of the chosen-fields variant."""
    fields: list[str]
    """Dot-paths, into the response schema Retell reports for the tool, of the only fields kept;
    everything else is dropped. A parent keeps its whole subtree, a plain segment applies to
    every element of an array (`deals.properties.amount`), `key[n]` picks one element
    (`deals[0].id`), and a path that matches nothing adds nothing.
    """


class PiiConfigParam(TypedDict):
    """Scrubbing of personal data from transcripts and recordings.

    (``components.schemas.PiiConfig``.)
    """

    categories: list[PiiCategoryParam]
    """Kinds of personal data to scrub; an empty list turns scrubbing off."""
    mode: PiiModeParam


class PostSessionAppToolParam(TypedDict):
    """A tool run against one of the organisation's connections (apps), from Retell's catalog of
    integration templates.

    (``components.schemas.PostSessionAppTool``.)
    """

    type: Literal["integration_app"]
    """Tag of the integration variant."""
    name: str
    """Name of the tool, unique among the tools of its phase and used in `depends_on`: letters,
    digits, underscores and dashes, at most 64 characters.
    """
    app_id: str
    """Connection (app) the tool runs against; its provider must be the tool's `provider`."""
    app_tool_template_name: str
    """Name of the catalog template, within the provider, as Retell lists them."""
    provider: str
    """Provider of the connection; it must match the connection's own provider."""
    condition: NotRequired[ToolConditionParam]
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """Replaces the template's description read by the model; only for tools used during the
    conversation (ignored before and after it).
    """
    enable_typing_sound: NotRequired[bool]
    """Plays a typing sound while the tool runs, so that a slow tool does not leave silence; only
    for tools used during the conversation.
    """
    execution_message_description: NotRequired[str]
    """What the agent says while the tool runs, when `speak_during_execution` is true; only for
    tools used during the conversation.
    """
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced; only for tools used during the conversation."""
    output_selection: NotRequired[OutputSelectionAllParam | OutputSelectionSubsetParam]
    """What the agent and the transcript see of the tool's response (everything when left out).
    `response_variables` are always read from the full response.
    """
    parameters: NotRequired[list[ToolParametersParam]]
    """Input parameters of the tool, in order. A property may pin a value with `const` (which may
    hold `{{variable}}` references) or carry a description the model fills it from; the
    `selected_input_mode` a property may record is only for the dashboard. Each `required` list
    must match the schema Retell reports for that step of the tool.
    """
    response_variables: NotRequired[dict[str, str]]
    """Dynamic variables filled from the response: variable name to dot-path of a response field.
    Paths that are missing are skipped.
    """
    speak_after_execution: NotRequired[bool]
    """Whether the agent calls the model again and speaks once the result is in; only for tools
    used during the conversation.
    """
    speak_during_execution: NotRequired[bool]
    """Whether the agent speaks while the tool runs; only for tools used during the conversation."""


class PostSessionCodeToolParam(TypedDict):
    """A tool that runs JavaScript code in Retell's sandbox.

    (``components.schemas.PostSessionCodeTool``.)
    """

    type: Literal["code"]
    """Tag of the code variant."""
    name: str
    """Name of the tool, unique among all the tools the model can use at one time: letters, digits,
    underscores and dashes, at most 64 characters.
    """
    code: str
    """JavaScript code to run."""
    condition: NotRequired[ToolConditionParam]
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """What the tool does and when to use it."""
    enable_typing_sound: NotRequired[bool]
    """Plays a typing sound while the code runs."""
    execution_message_description: NotRequired[str]
    """What the agent says while the code runs, when `speak_during_execution` is true."""
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced."""
    response_variables: NotRequired[dict[str, str]]
    """Dynamic variables filled from the result: variable name to JSON path in the result."""
    speak_after_execution: NotRequired[bool]
    """Whether the agent calls the model again and speaks once the result is in."""
    speak_during_execution: NotRequired[bool]
    """Whether the agent says something like "one moment, let me check" while the code runs."""
    timeout_ms: NotRequired[int]
    """Time the code may run, in milliseconds."""


class PostSessionCustomToolParam(TypedDict):
    """A tool that calls your own HTTP endpoint.

    (``components.schemas.PostSessionCustomTool``.)
    """

    type: Literal["custom"]
    """Tag of the custom-endpoint variant."""
    name: str
    """Name of the tool, unique among all the tools the model can use at one time: letters, digits,
    underscores and dashes, at most 64 characters.
    """
    url: str
    """Address of the endpoint the tool calls. (The SDK's description of this field repeats the one
    of `description`.)
    """
    args_at_root: NotRequired[bool]
    """Sends the arguments at the top level of the JSON body instead of under `args`."""
    condition: NotRequired[ToolConditionParam]
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """What the tool does and when to use it."""
    enable_typing_sound: NotRequired[bool]
    """Plays a typing sound while the tool runs, so that a slow tool does not leave silence."""
    execution_message_description: NotRequired[str]
    """What the agent says while the tool runs, when `speak_during_execution` is true: the words
    themselves or instructions and examples. Retell supplies a generic instruction when it is left
    out.
    """
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced."""
    headers: NotRequired[dict[str, str]]
    """HTTP headers added to the request."""
    max_retry: NotRequired[int]
    """Retries after a failed attempt, from 0 (none) to 5, with exponential backoff. `timeout_ms`
    applies to each attempt, and only the last attempt's result reaches the agent; retry only
    idempotent endpoints, since a request may then be handled more than once.
    """
    method: NotRequired[HttpMethodParam]
    """HTTP method of the request."""
    parameter_type: NotRequired[ToolParameterTypeParam]
    parameters: NotRequired[ToolParametersParam]
    query_params: NotRequired[dict[str, str]]
    """Query parameters appended to the address."""
    response_variables: NotRequired[dict[str, str]]
    """Dynamic variables filled from the response: variable name to JSON path in the response body."""
    speak_after_execution: NotRequired[bool]
    """Whether the agent calls the model again and speaks once the result is in (usually wanted, so
    the user hears the outcome).
    """
    speak_during_execution: NotRequired[bool]
    """Whether the agent says something like "one moment, let me check" while the tool runs;
    advisable when it takes more than a second.
    """
    timeout_ms: NotRequired[int]
    """Time the request may take, in milliseconds, from 1000 (1 s) to 600000 (10 min); the agent is
    told when it times out.
    """


class PreSessionAppToolParam(TypedDict):
    """A tool run against one of the organisation's connections (apps), from Retell's catalog of
    integration templates.

    (``components.schemas.PreSessionAppTool``.)
    """

    type: Literal["integration_app"]
    """Tag of the integration variant."""
    name: str
    """Name of the tool, unique among the tools of its phase and used in `depends_on`: letters,
    digits, underscores and dashes, at most 64 characters.
    """
    app_id: str
    """Connection (app) the tool runs against; its provider must be the tool's `provider`."""
    app_tool_template_name: str
    """Name of the catalog template, within the provider, as Retell lists them."""
    provider: str
    """Provider of the connection; it must match the connection's own provider."""
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """Replaces the template's description read by the model; only for tools used during the
    conversation (ignored before and after it).
    """
    enable_typing_sound: NotRequired[bool]
    """Plays a typing sound while the tool runs, so that a slow tool does not leave silence; only
    for tools used during the conversation.
    """
    execution_message_description: NotRequired[str]
    """What the agent says while the tool runs, when `speak_during_execution` is true; only for
    tools used during the conversation.
    """
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced; only for tools used during the conversation."""
    output_selection: NotRequired[OutputSelectionAllParam | OutputSelectionSubsetParam]
    """What the agent and the transcript see of the tool's response (everything when left out).
    `response_variables` are always read from the full response.
    """
    parameters: NotRequired[list[ToolParametersParam]]
    """Input parameters of the tool, in order. A property may pin a value with `const` (which may
    hold `{{variable}}` references) or carry a description the model fills it from; the
    `selected_input_mode` a property may record is only for the dashboard. Each `required` list
    must match the schema Retell reports for that step of the tool.
    """
    response_variables: NotRequired[dict[str, str]]
    """Dynamic variables filled from the response: variable name to dot-path of a response field.
    Paths that are missing are skipped.
    """
    speak_after_execution: NotRequired[bool]
    """Whether the agent calls the model again and speaks once the result is in; only for tools
    used during the conversation.
    """
    speak_during_execution: NotRequired[bool]
    """Whether the agent speaks while the tool runs; only for tools used during the conversation."""


class PreSessionCodeToolParam(TypedDict):
    """A tool that runs JavaScript code in Retell's sandbox.

    (``components.schemas.PreSessionCodeTool``.)
    """

    type: Literal["code"]
    """Tag of the code variant."""
    name: str
    """Name of the tool, unique among all the tools the model can use at one time: letters, digits,
    underscores and dashes, at most 64 characters.
    """
    code: str
    """JavaScript code to run."""
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """What the tool does and when to use it."""
    enable_typing_sound: NotRequired[bool]
    """Plays a typing sound while the code runs."""
    execution_message_description: NotRequired[str]
    """What the agent says while the code runs, when `speak_during_execution` is true."""
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced."""
    response_variables: NotRequired[dict[str, str]]
    """Dynamic variables filled from the result: variable name to JSON path in the result."""
    speak_after_execution: NotRequired[bool]
    """Whether the agent calls the model again and speaks once the result is in."""
    speak_during_execution: NotRequired[bool]
    """Whether the agent says something like "one moment, let me check" while the code runs."""
    timeout_ms: NotRequired[int]
    """Time the code may run, in milliseconds."""


class PreSessionCustomToolParam(TypedDict):
    """A tool that calls your own HTTP endpoint.

    (``components.schemas.PreSessionCustomTool``.)
    """

    type: Literal["custom"]
    """Tag of the custom-endpoint variant."""
    name: str
    """Name of the tool, unique among all the tools the model can use at one time: letters, digits,
    underscores and dashes, at most 64 characters.
    """
    url: str
    """Address of the endpoint the tool calls. (The SDK's description of this field repeats the one
    of `description`.)
    """
    args_at_root: NotRequired[bool]
    """Sends the arguments at the top level of the JSON body instead of under `args`."""
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """What the tool does and when to use it."""
    enable_typing_sound: NotRequired[bool]
    """Plays a typing sound while the tool runs, so that a slow tool does not leave silence."""
    execution_message_description: NotRequired[str]
    """What the agent says while the tool runs, when `speak_during_execution` is true: the words
    themselves or instructions and examples. Retell supplies a generic instruction when it is left
    out.
    """
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced."""
    headers: NotRequired[dict[str, str]]
    """HTTP headers added to the request."""
    max_retry: NotRequired[int]
    """Retries after a failed attempt, from 0 (none) to 5, with exponential backoff. `timeout_ms`
    applies to each attempt, and only the last attempt's result reaches the agent; retry only
    idempotent endpoints, since a request may then be handled more than once.
    """
    method: NotRequired[HttpMethodParam]
    """HTTP method of the request."""
    parameter_type: NotRequired[ToolParameterTypeParam]
    parameters: NotRequired[ToolParametersParam]
    query_params: NotRequired[dict[str, str]]
    """Query parameters appended to the address."""
    response_variables: NotRequired[dict[str, str]]
    """Dynamic variables filled from the response: variable name to JSON path in the response body."""
    speak_after_execution: NotRequired[bool]
    """Whether the agent calls the model again and speaks once the result is in (usually wanted, so
    the user hears the outcome).
    """
    speak_during_execution: NotRequired[bool]
    """Whether the agent says something like "one moment, let me check" while the tool runs;
    advisable when it takes more than a second.
    """
    timeout_ms: NotRequired[int]
    """Time the request may take, in milliseconds, from 1000 (1 s) to 600000 (10 min); the agent is
    told when it times out.
    """


class PresetAnalysisDataParam(TypedDict):
    """Adjusts one of the values Retell extracts from every voice call (its prompt, or whether it is
    required).

    (``components.schemas.PresetAnalysisData``.)
    """

    type: Literal["system-presets"]
    """Tag of the preset variant."""
    name: AnalysisPresetNameParam
    conditional_prompt: NotRequired[str]
    """Instruction that helps decide whether the value should be filled in at all; without it the
    value is always included.
    """
    description: NotRequired[str]
    """Prompt or description used for this preset."""
    required: NotRequired[bool]
    """False makes the value optional in the analysis; true or left out keeps it required."""


class PronunciationEntryParam(TypedDict):
    """How one word or phrase is to be pronounced.

    (``components.schemas.PronunciationEntry``.)
    """

    word: str
    """The word or phrase."""
    alphabet: PhoneticAlphabetParam
    phoneme: str
    """Its pronunciation, written in `alphabet`."""


class ResponseEngineConversationFlowParam(TypedDict):
    """A conversation flow response engine (created beforehand with Retell's flow endpoints).

    (``components.schemas.ResponseEngineConversationFlow``.)
    """

    type: Literal["conversation-flow"]
    """Tag of the conversation flow variant."""
    conversation_flow_id: str
    """Identifier of the conversation flow."""
    version: NotRequired[float | None]
    """Version of that conversation flow to use."""


class ResponseEngineCustomLlmParam(TypedDict):
    """Your own LLM server, which Retell talks to over a websocket.

    (``components.schemas.ResponseEngineCustomLlm``.)
    """

    type: Literal["custom-llm"]
    """Tag of the custom LLM variant."""
    llm_websocket_url: str
    """Websocket address of your LLM server."""


class ResponseEngineRetellLlmParam(TypedDict):
    """A Retell LLM response engine (created beforehand with Retell's LLM endpoints).

    (``components.schemas.ResponseEngineRetellLlm``.)
    """

    type: Literal["retell-llm"]
    """Tag of the Retell LLM variant."""
    llm_id: str
    """Identifier of the Retell LLM."""
    version: NotRequired[float | None]
    """Version of that Retell LLM to use."""


class SendSmsToolParam(TypedDict):
    """A tool that sends an SMS.

    (``components.schemas.SendSmsTool``.)
    """

    type: Literal["send_sms"]
    """Tag of the SMS variant."""
    name: str
    """Name of the tool, unique among all the tools the model can use at one time: letters, digits,
    underscores and dashes, at most 64 characters.
    """
    sms_content: (
        SmsContentPredefinedParam | SmsContentInferredParam | SmsContentTemplateParam
    )
    """Text of the SMS, told apart by `type`: fixed text, text the model writes, or a Retell template."""
    condition: NotRequired[ToolConditionParam]
    depends_on: NotRequired[list[str]]
    """Names of the tools that must run before this one."""
    description: NotRequired[str]
    """What the tool does, possibly with when to use it."""
    execution_message_description: NotRequired[str]
    """What the agent says before sending the SMS, when `speak_during_execution` is true."""
    execution_message_type: NotRequired[ExecutionMessageTypeParam]
    """How that line is produced."""
    sms_destination: NotRequired[Any]
    """Who receives the SMS; the customer's number on the call when left out. Besides the two
    tagged forms, the SDK lets any other value (`null` included) through, untyped.
    """
    sms_sender: NotRequired[Any]
    """Number the SMS is sent from; the agent's phone number when left out. Besides the two tagged
    forms, the SDK lets any other value (`null` included) through, untyped.
    """
    speak_after_execution: NotRequired[bool]
    """Whether the agent speaks once the SMS has been sent."""
    speak_during_execution: NotRequired[bool]
    """Whether the agent says a short line before sending the SMS."""


class SmsContentInferredParam(TypedDict):
    """SMS text written by the model.

    (``components.schemas.SmsContentInferred``.)
    """

    type: Literal["inferred"]
    """Tag of the model-written variant. The SDK leaves it optional, but without it the variants
    cannot be told apart, so it is required here.
    """
    prompt: NotRequired[str]
    """Instructions the model combines with the agent's prompt and the transcript to write the
    text; dynamic variables may be used.
    """


class SmsContentPredefinedParam(TypedDict):
    """Fixed SMS text.

    (``components.schemas.SmsContentPredefined``.)
    """

    type: Literal["predefined"]
    """Tag of the fixed-text variant. The SDK leaves it optional, but without it the variants cannot
    be told apart, so it is required here.
    """
    text: NotRequired[str]
    """The text to send; dynamic variables may be used."""


class SmsContentTemplateParam(TypedDict):
    """SMS text from a Retell template.

    (``components.schemas.SmsContentTemplate``.)
    """

    type: Literal["template"]
    """Tag of the template variant."""
    template: SmsTemplateNameParam


class SmsDestinationCustomerNumberParam(TypedDict):
    """The SMS goes to the customer's number on the call.

    (``components.schemas.SmsDestinationCustomerNumber``.)
    """

    type: Literal["customer_number"]
    """Tag of the customer-number destination."""


class SmsDestinationPhoneNumberParam(TypedDict):
    """The SMS goes to a fixed number.

    (``components.schemas.SmsDestinationPhoneNumber``.)
    """

    type: Literal["phone_number"]
    """Tag of the fixed-number destination."""
    phone_number: str
    """Number the SMS goes to, in E.164 form (unless `ignore_e164_validation` is true)."""
    ignore_e164_validation: NotRequired[bool]
    """Skips the E.164 check of `phone_number`, as the transfer-call tool's flag of that name does."""


class SmsSenderCurrentNumberParam(TypedDict):
    """The SMS is sent from the number used for the call.

    (``components.schemas.SmsSenderCurrentNumber``.)
    """

    type: Literal["current_number"]
    """Tag of the current-number sender."""


class SmsSenderRetellLongCodeParam(TypedDict):
    """The SMS is sent from a Retell long code.

    (``components.schemas.SmsSenderRetellLongCode``.)
    """

    type: Literal["retell_long_code"]
    """Tag of the Retell long-code sender."""


class StringAnalysisDataParam(TypedDict):
    """A free-text value to extract after the call.

    (``components.schemas.StringAnalysisData``.)
    """

    type: Literal["string"]
    """Tag of the text variant."""
    name: str
    """Name of the extracted variable."""
    description: str
    """What the variable holds, for the model."""
    conditional_prompt: NotRequired[str]
    """Instruction that helps decide whether the value should be filled in at all; without it the
    value is always included. Ignored when `required` is true.
    """
    examples: NotRequired[list[str]]
    """Sample values showing the model the expected style and syntax."""
    required: NotRequired[bool]
    """When true, a call from which the value cannot be extracted is marked unsuccessful."""


class ToolConditionParam(TypedDict):
    """Gate of a tool step; the step runs only when the condition holds (always, without one).

    (``components.schemas.ToolCondition``.)
    """

    type: Literal["equation"]
    """Kind of condition; equations are the only kind."""
    operator: ConditionJoinParam
    equations: list[ToolConditionEquationParam]
    """The comparisons that make up the condition."""


class ToolConditionEquationParam(TypedDict):
    """One comparison of a condition.

    (``components.schemas.ToolConditionEquation``.)
    """

    left: str
    """Left side of the comparison."""
    operator: ConditionOperatorParam
    right: NotRequired[str]
    """Right side of the comparison; needed by every operator except `exists` and `not_exist` (a
    rule of the request bodies checks it for post-session tools).
    """


class ToolParametersParam(TypedDict):
    """Parameters of a tool as a JSON Schema object (see json-schema.org). Leaving them out declares a
    tool without parameters. Its boolean member `additionalProperties` is declared under
    `patternProperties`: as a property it would clash with the `additional_properties` attribute of
    the generated models, which carry it among their extra members instead.

    (``components.schemas.ToolParameters``.)
    """

    type: Literal["object"]
    """Always `object`, as for any JSON Schema object."""
    properties: dict[str, Any]
    """The parameters by name, each with the JSON Schema that validates it."""
    required: NotRequired[list[str]]
    """Names of the parameters the model should always fill in (it does its best); each must be
    one of `properties`.
    """


class UpdateAssistantParams(TypedDict):
    """The settings to change. Every field is optional and fields left out keep their values; where a
    field allows `null`, sending `null` clears that setting (the descriptions say what it turns off).
    `contact_memory_config` changes only the flags it holds. `is_transfer_agent` can only be set at
    creation and is not taken here.

    (``components.schemas.UpdateAssistantRequest``.)
    """

    response_engine: NotRequired[
        ResponseEngineRetellLlmParam
        | ResponseEngineCustomLlmParam
        | ResponseEngineConversationFlowParam
    ]
    """New response engine, told apart by `type`: a Retell LLM, your own LLM reached over a websocket,
    or a conversation flow. The engine has to exist already.
    """
    voice_id: NotRequired[str]
    """New voice of the agent; Retell's dashboard lists the voices with a preview of each."""
    agent_name: NotRequired[str | None]
    """Name of the agent, only for your own reference."""
    allow_dtmf_interruption: NotRequired[bool]
    """Lets keypad (DTMF) input interrupt the agent even when `interruption_sensitivity` is 0. A
    conversation or a subagent node can override it.
    """
    allow_user_dtmf: NotRequired[bool]
    """Whether keypad (DTMF) input from the user is processed; when false it is ignored."""
    ambient_sound: NotRequired[AmbientSoundParam | None]
    """Ambience mixed into the call so that it sounds more lifelike; `null` removes it from the
    agent.
    """
    ambient_sound_volume: NotRequired[float]
    """Loudness of the ambient sound, from 0 to 2 (higher is louder)."""
    backchannel_frequency: NotRequired[float]
    """How often the agent backchannels when it has the chance, from 0 (seldom) to 1 (whenever it
    can). Only used when `enable_backchannel` is true.
    """
    backchannel_words: NotRequired[list[str] | None]
    """Words the agent backchannels with, instead of Retell's default ones; only used when
    `enable_backchannel` is true. Some voices render some words badly, so try them first.
    """
    begin_message_delay_ms: NotRequired[int]
    """Pause, in milliseconds, before the agent's first message when the agent speaks first; 0 means
    no pause.
    """
    boosted_keywords: NotRequired[list[str] | None]
    """Words the speech recogniser should favour, such as names, brands or streets; an entry may
    contain `{{variable}}` placeholders.
    """
    call_screening_option: NotRequired[CallScreeningOptionParam | None]
    """Answers the agent gives when a call-screening service asks who is calling and why; `null`
    leaves call-screening instructions out of the prompt.
    """
    contact_memory_config: NotRequired[ContactMemoryConfigParam]
    custom_stt_config: NotRequired[CustomSttConfigParam | None]
    """Own speech-to-text provider and endpointing, used only when `stt_mode` is `custom`; `null`
    removes it.
    """
    data_storage_retention_days: NotRequired[int | None]
    """Days call and chat data are kept before Retell deletes them, from 1 to 730; `null` keeps them
    for ever.
    """
    data_storage_setting: NotRequired[DataStorageSettingParam]
    """What Retell stores of calls and chats."""
    denoising_enhancement_level: NotRequired[float | None]
    """Strength of background-voice cancellation, from 0 to 1; 0 bypasses it (and its charges). Only
    used when `denoising_mode` is `noise-and-background-speech-cancellation`. `null` clears the
    configured level (0.8 then applies); leaving the field out keeps the current one.
    """
    denoising_mode: NotRequired[DenoisingModeParam]
    """Audio denoising applied to the call."""
    enable_backchannel: NotRequired[bool]
    """Lets the agent backchannel: drop short acknowledgements such as "yeah" or "uh-huh" while the
    user talks, mostly during longer turns.
    """
    enable_dnc_detection: NotRequired[bool]
    """Makes the agent notice requests to stop calling or contacting the user: it confirms once and,
    on a clear yes, ends the call (disconnection reason `user_requested_dnc`) and sets
    `do_not_call` on the contact of that phone number.
    """
    enable_dynamic_responsiveness: NotRequired[bool]
    """Lets the agent adjust how fast it answers to the user's speaking rate and turn-taking so far
    in the call.
    """
    enable_dynamic_voice_speed: NotRequired[bool]
    """Lets the agent's speaking speed follow the user's speaking rate and the conversation."""
    enable_expressive_mode: NotRequired[bool]
    """Main switch of expressive mode: the agent may add expressive voice tags to the speech it
    generates. Platform voices only.
    """
    end_call_after_silence_ms: NotRequired[int]
    """Ends the call once the user has been silent this long after the agent spoke, in
    milliseconds; at least 10000 (10 s).
    """
    expressive_emotion_tags: NotRequired[list[ExpressiveEmotionTagParam]]
    """Expressive tags Retell teaches the model when expressive mode is on (tags defined in the
    prompt still work). An empty list leaves the agent with general expressive guidance and no
    fixed set of tags.
    """
    expressive_mode_prompt: NotRequired[str | None]
    """Own expressive-voice guidance, used instead of Retell's default one when expressive mode is on;
    `null` or an empty text goes back to the default guidance.
    """
    fallback_voice_ids: NotRequired[list[str] | None]
    """Voices used, in this order, while the text-to-speech provider of `voice_id` has an outage;
    each must come from another provider than `voice_id`. `null` removes the fallback.
    """
    guardrail_config: NotRequired[GuardrailConfigParam]
    handbook_config: NotRequired[HandbookConfigParam]
    interruption_sensitivity: NotRequired[float]
    """How easily the user can interrupt the agent, from 0 (never) to 1 (most easily); lower values
    need more words before the agent yields.
    """
    ivr_option: NotRequired[IvrOptionParam | None]
    """Phone-menu (IVR) detection during the first 3 minutes of the call, and what to do when a menu
    is detected; `null` turns the detection off.
    """
    language: NotRequired[LanguageParam | list[LanguageParam]]
    """Locale of the agent, or a list of locales for a multilingual agent."""
    max_call_duration_ms: NotRequired[int]
    """Longest a call may last, in milliseconds, from 60000 (1 minute) to 7200000 (2 hours); the
    call is ended when it is reached.
    """
    opt_in_signed_url: NotRequired[bool]
    """Signs the public log and recording URLs of this agent's calls, so that access to them is
    restricted and they expire (after 24 hours unless `signed_url_expiration_ms` says otherwise).
    """
    pii_config: NotRequired[PiiConfigParam]
    post_call_analysis_data: NotRequired[
        list[
            StringAnalysisDataParam
            | EnumAnalysisDataParam
            | BooleanAnalysisDataParam
            | NumberAnalysisDataParam
            | PresetAnalysisDataParam
        ]
        | None
    ]
    """Values to extract from each call once it has ended, on top of the ones Retell always
    extracts; a `system-presets` entry adjusts one of those. Told apart by `type`.
    """
    post_call_analysis_model: NotRequired[PostCallAnalysisModelParam | None]
    """Model that runs the post-call analysis."""
    post_session_tools: NotRequired[
        list[
            PostSessionAppToolParam
            | PostSessionCustomToolParam
            | PostSessionCodeToolParam
            | SendSmsToolParam
        ]
        | None
    ]
    """Integration tools (agent functions) run as a dependency graph while the session is wound
    up, after the post-call analysis; each may be gated by a condition. On calls the graph is
    stopped after five minutes so that the wind-up can finish. `null` clears the list.
    """
    pre_session_tools: NotRequired[
        list[
            PreSessionAppToolParam | PreSessionCustomToolParam | PreSessionCodeToolParam
        ]
        | None
    ]
    """Integration tools run as a dependency graph while the session is set up, before the agent's
    first message; their outputs become dynamic variables. On calls the graph gets one minute
    (five when an outbound callee is dialled after the set-up); past that the session starts
    anyway and tools still running finish in the background, their outputs no longer reaching
    the prompt. `null` clears the list.
    """
    pronunciation_dictionary: NotRequired[list[PronunciationEntryParam] | None]
    """Words or phrases and how speech synthesis should pronounce them, for a consistent
    pronunciation; the dashboard shows which providers support it. `null` removes the dictionary.
    """
    reminder_max_count: NotRequired[int]
    """How many times the agent prompts a user who does not respond; 0 turns reminders off."""
    reminder_trigger_ms: NotRequired[float]
    """Silence, in milliseconds after agent speech, after which the agent is prompted to speak to
    the user again; must be positive.
    """
    responsiveness: NotRequired[float]
    """How quickly the agent takes its turn, from 0 (waits longer, answers more slowly) to 1
    (answers as soon as it can).
    """
    ring_duration_ms: NotRequired[int]
    """How long the phone rings, in milliseconds, for outbound calls and for call transfers; from
    5000 to 300000.
    """
    signed_url_expiration_ms: NotRequired[int | None]
    """Lifetime of signed URLs, in milliseconds; only used when `opt_in_signed_url` is true."""
    stt_mode: NotRequired[SttModeParam]
    """What speech-to-text favours; `custom` uses the provider and endpointing of
    `custom_stt_config`, which must then be set (in this change or before).
    """
    timezone: NotRequired[str | None]
    """IANA time zone of the agent."""
    user_dtmf_options: NotRequired[UserDtmfOptionsParam | None]
    """How keypad (DTMF) input from the user is gathered into a turn. The SDK gives this field no
    description of its own.
    """
    version_description: NotRequired[str | None]
    """Description of this version of the agent, for your own reference and documentation."""
    version_title: NotRequired[str | None]
    """Title of this version of the agent, for your own reference."""
    vocab_specialization: NotRequired[VocabSpecializationParam]
    """Vocabulary set of the transcription (English agents only)."""
    voice_model: NotRequired[VoiceModelParam | None]
    """Text-to-speech model used with the chosen voice; each provider has its own. `null` removes
    the choice, and the provider's default model applies.
    """
    voice_speed: NotRequired[float]
    """Speaking rate of the voice, from 0.5 (slower) to 2 (faster)."""
    voice_temperature: NotRequired[float]
    """Stability of the voice, from 0 (most stable) to 2 (most varied); the dashboard shows which
    providers support it.
    """
    voicemail_option: NotRequired[VoicemailOptionParam | None]
    """Voicemail detection during the first 3 minutes of the call, and what to do when voicemail is
    reached (hang up, leave a message...); `null` turns the detection off.
    """
    volume: NotRequired[float]
    """Loudness of the agent's speech, from 0 to 2 (higher is louder)."""
    webhook_events: NotRequired[list[WebhookEventParam] | None]
    """Call events sent to the agent's webhook."""
    webhook_timeout_ms: NotRequired[int]
    """How long a webhook request may take, in milliseconds."""
    webhook_url: NotRequired[str | None]
    """Address that receives this agent's call events, in place of the account's webhook; `null`
    removes it.
    """


class UserDtmfOptionsParam(TypedDict):
    """How keypad (DTMF) input from the user is collected into one turn.

    (``components.schemas.UserDtmfOptions``.)
    """

    digit_limit: NotRequired[float | None]
    """Most digits the user can key in one turn; once reached, the input is complete and the agent
    answers at once.
    """
    termination_key: NotRequired[str | None]
    """The one key that ends the input, a digit from 0 to 9, `#` or `*`."""
    timeout_ms: NotRequired[int]
    """How long to wait for keypad input, in milliseconds; each digit restarts the wait."""


class VoicemailActionBridgeTransferParam(TypedDict):
    """Bridge the call into a transfer (the SDK describes this action no further).

    (``components.schemas.VoicemailActionBridgeTransfer``.)
    """

    type: Literal["bridge_transfer"]
    """Tag of the bridge-transfer variant."""


class VoicemailActionHangupParam(TypedDict):
    """Hang up.

    (``components.schemas.VoicemailActionHangup``.)
    """

    type: Literal["hangup"]
    """Tag of the hang-up variant."""


class VoicemailActionPromptParam(TypedDict):
    """Leave a message the model writes.

    (``components.schemas.VoicemailActionPrompt``.)
    """

    type: Literal["prompt"]
    """Tag of the generated-message variant."""
    text: str
    """Instructions from which the message left on voicemail is written."""


class VoicemailActionStaticTextParam(TypedDict):
    """Leave a fixed message.

    (``components.schemas.VoicemailActionStaticText``.)
    """

    type: Literal["static_text"]
    """Tag of the fixed-message variant."""
    text: str
    """The message left on voicemail, word for word."""


class VoicemailOptionParam(TypedDict):
    """Voicemail detection during the first 3 minutes of a call.

    (``components.schemas.VoicemailOption``.)
    """

    action: (
        VoicemailActionPromptParam
        | VoicemailActionStaticTextParam
        | VoicemailActionHangupParam
        | VoicemailActionBridgeTransferParam
    )
    """What to do on reaching voicemail, told apart by `type`."""
    detection_prompt: NotRequired[str | None]
    """What should count as voicemail; `null` keeps Retell's own definition."""
