"""The request bodies of the Revox Assistants API as TypedDicts (generated from its spec).

Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with
these types): a type checker then checks its keys, which are required, and each value's type, as
the spec says. At run time the body is still validated against the spec.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "AssistantKindParam",
    "BackgroundSoundParam",
    "CalendlyParam",
    "CallOutcomeParam",
    "CallRetryConfigParam",
    "CallingWindowParam",
    "CartesiaModelParam",
    "CreateAssistantParams",
    "CustomModelParam",
    "CustomToolHeaderParam",
    "CustomToolParam",
    "CustomToolParameterParam",
    "CustomToolQueryParamParam",
    "DedicatedInstanceModelNameParam",
    "DedicatedInstanceModelParam",
    "FaqItemParam",
    "FirstSentenceModeParam",
    "HttpMethodParam",
    "HumanTransferModeParam",
    "OpenRouterModelParam",
    "PositionParam",
    "PromptFlowEdgeParam",
    "PromptFlowNodeDataParam",
    "PromptFlowNodeParam",
    "PromptFlowNodeTypeParam",
    "PromptFlowParam",
    "RealtimeModelParam",
    "RealtimeProviderParam",
    "SlackChannelParam",
    "SlackParam",
    "StructuredOutputFieldParam",
    "StructuredOutputFieldTypeParam",
    "SttContextEntryParam",
    "SttContextParam",
    "SttModelParam",
    "ThinkingSoundParam",
    "TransferDestinationParam",
    "UpdateAssistantParams",
    "VoiceParam",
    "VoiceProviderParam",
    "WeekdayParam",
    "ZohoFieldMappingParam",
    "ZohoParam",
]

AssistantKindParam: TypeAlias = Literal["standalone", "multi-step", "sub-assistant"]
"""Kind of assistant. `standalone`: an ordinary assistant. `multi-step`: an assistant that
orchestrates several steps, each a sub-assistant. `sub-assistant`: one such step; it does not
appear in the assistant list. The transitions between steps are managed with Revox's
`/assistants/{id}/edges` endpoints, which this document does not describe.

(``components.schemas.AssistantKind``.)
"""


BackgroundSoundParam: TypeAlias = Literal["audio/office.ogg"]
"""Ambient sound file; Revox offers a single one.

(``components.schemas.BackgroundSound``.)
"""


CallOutcomeParam: TypeAlias = Literal[
    "not_interested", "interested", "completed", "requested_callback_later", "none"
]
"""Outcome of a finished call, used to decide which follow-ups (SMS, e-mail, Slack, Zoho) fire.
`none` stands for a call that ended without any outcome.

(``components.schemas.CallOutcome``.)
"""


CartesiaModelParam: TypeAlias = Literal["sonic-3", "sonic-3.5"]
"""Cartesia text-to-speech model generation.

(``components.schemas.CartesiaModel``.)
"""


DedicatedInstanceModelNameParam: TypeAlias = Literal[
    "gpt-4.1", "ministral-3-8b-instruct"
]
"""Which model to run on a dedicated instance.

(``components.schemas.DedicatedInstanceModelName``.)
"""


FirstSentenceModeParam: TypeAlias = Literal["generated", "static", "none"]
"""How the opening line is produced. `generated`: the model writes it from the `first_sentence`
instruction. `static`: `first_sentence` is spoken exactly as given. `none`: the agent says
nothing first and waits for the other party to speak.

(``components.schemas.FirstSentenceMode``.)
"""


HttpMethodParam: TypeAlias = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
"""HTTP method a custom tool calls its endpoint with.

(``components.schemas.HttpMethod``.)
"""


HumanTransferModeParam: TypeAlias = Literal["warm", "cold"]
"""How a call is handed to a person. `warm`: the AI stays on the line and bridges the two
parties (with a handoff summary). `cold`: a SIP REFER hands the call over; the SIP trunk must
allow REFER to the public phone network.

(``components.schemas.HumanTransferMode``.)
"""


PromptFlowNodeTypeParam: TypeAlias = Literal["promptBlock"]
"""Kind of node in the visual prompt editor; only prompt blocks exist.

(``components.schemas.PromptFlowNodeType``.)
"""


RealtimeProviderParam: TypeAlias = Literal["openai", "google"]
"""Provider of a realtime (speech-to-speech) model.

(``components.schemas.RealtimeProvider``.)
"""


StructuredOutputFieldTypeParam: TypeAlias = Literal[
    "string", "number", "boolean", "enum", "date", "datetime"
]
"""Data type of a value extracted after a call, or of a custom tool parameter.

(``components.schemas.StructuredOutputFieldType``.)
"""


SttModelParam: TypeAlias = Literal["stt-rt-v4", "stt-rt-v5"]
"""Soniox realtime speech-to-text model.

(``components.schemas.SttModel``.)
"""


ThinkingSoundParam: TypeAlias = Literal[
    "city-ambience.ogg",
    "forest-ambience.ogg",
    "office-ambience.ogg",
    "crowded-room.ogg",
    "keyboard-typing.ogg",
    "keyboard-typing2.ogg",
    "hold_music.ogg",
]
"""Built-in LiveKit audio clip played while the agent works out its answer.

(``components.schemas.ThinkingSound``.)
"""


VoiceProviderParam: TypeAlias = Literal["cartesia", "elevenlabs", "gradium"]
"""Text-to-speech provider a voice belongs to.

(``components.schemas.VoiceProvider``.)
"""


WeekdayParam: TypeAlias = Literal[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
]
"""Day of the week.

(``components.schemas.Weekday``.)
"""


class CalendlyParam(TypedDict):
    """Link to a Calendly event type the assistant can book.

    (``components.schemas.Calendly``.)
    """

    connection_id: str
    """Identifier of the connection between the Calendly account and Revox."""
    event_type_id: str
    """Calendly event type to schedule (the SDK shows its API URL as the example)."""


class CallRetryConfigParam(TypedDict):
    """When and how often Revox calls again after an attempt that did not get through. Leaving the
    whole object out makes Revox use its defaults (the `default` values below); when it is sent,
    the SDK marks `allowed_days`, `call_twice_in_a_row`, `calling_windows` and
    `max_retry_attempts` as required.

    (``components.schemas.CallRetryConfig``.)
    """

    allowed_days: list[WeekdayParam]
    """Days of the week on which calls may be placed, in the recipient's time zone."""
    call_twice_in_a_row: bool
    """When true and `max_retry_attempts` is at least 2, a first attempt that reached no person
    is followed at once by the second one, without waiting `retry_delay_seconds`. Calling
    windows and allowed days still apply; later attempts are not affected.
    """
    calling_windows: list[CallingWindowParam]
    """Time windows of the day in which calls may be placed."""
    max_retry_attempts: int
    """Highest number of retry attempts."""
    timezone: NotRequired[str | None]
    """IANA time zone name that overrides the zone Revox otherwise derives from the country code
    of the number being called.
    """


class CallingWindowParam(TypedDict):
    """A daily time window for calls, read in the recipient's time zone (or in `timezone` when
    given). All three fields are required by the SDK; the defaults are what Revox uses when no
    retry configuration is sent.

    (``components.schemas.CallingWindow``.)
    """

    calling_window_start_time: str
    """Opening time, written `HH:mm` (24-hour clock) or `H:mma` (12-hour clock)."""
    calling_window_end_time: str
    """Closing time, written `HH:mm` (24-hour clock) or `H:mma` (12-hour clock)."""
    retry_delay_seconds: int
    """Wait between two attempts, in seconds (7200 is two hours); 0 means the next attempt comes
    at the first moment the calling window permits.
    """


class CreateAssistantParams(TypedDict):
    """Settings for a new Revox assistant. Only `name` and `prompt` are required; Revox fills in
    its defaults for the rest. Fields typed `[X, 'null']` may be sent as `null`, which leaves that
    feature off.

    (``components.schemas.CreateAssistantRequest``.)
    """

    name: str
    """Display name of the assistant."""
    prompt: str
    """System prompt handed to the language model on every call (the SDK names gpt-4.1 as the
    model that reads it by default). When a visual `prompt_flow` exists, this flattened text
    is still what the model gets.
    """
    after_call_sms_outcomes: NotRequired[list[CallOutcomeParam] | None]
    """Call outcomes after which the follow-up SMS is sent. Empty or `null`: no follow-up SMS.
    `none` matches calls that ended without an outcome.
    """
    after_call_sms_prompt: NotRequired[str | None]
    """Instructions for writing the SMS sent after the call; `{{variable}}` placeholders are
    filled in. `null`: no follow-up SMS.
    """
    background_sound: NotRequired[BackgroundSoundParam | None]
    """Ambient sound under the conversation; `null` or leaving it out means none."""
    background_sound_volume: NotRequired[float]
    """Loudness of the ambient sound, from 0 (silent) to 1 (full volume)."""
    calendly: NotRequired[CalendlyParam | None]
    """Calendly booking integration; `null` leaves the assistant without one."""
    call_retry_config: NotRequired[CallRetryConfigParam]
    cartesia_dictionary_pronunciation_id: NotRequired[str | None]
    """Cartesia pronunciation dictionary applied to this assistant's calls; `null` unlinks it."""
    custom_tools: NotRequired[list[CustomToolParam] | None]
    """HTTP endpoints the assistant may call during a conversation, with values taken from the
    conversation substituted into them. `null` means no custom tools.
    """
    email_notification_address: NotRequired[str | None]
    """Where notification e-mails go when a call ends with one of
    `email_notification_outcomes`: one address, or several separated by commas.
    """
    email_notification_outcomes: NotRequired[list[CallOutcomeParam] | None]
    """Call outcomes that trigger a notification e-mail; `none` matches calls without an
    outcome.
    """
    end_of_call_sentence: NotRequired[str]
    """Line the agent says when it decides to hang up."""
    faq_items: NotRequired[list[FaqItemParam]]
    """Questions and answers the assistant knows. Sending the list replaces every FAQ item the
    assistant had.
    """
    first_sentence: NotRequired[str]
    """Opening of the call, used according to `first_sentence_mode`: an instruction the model
    phrases (`generated`) or words read out as they are (`static`).
    """
    first_sentence_delay_ms: NotRequired[int]
    """Pause, in milliseconds, before the agent says its first sentence."""
    first_sentence_mode: NotRequired[FirstSentenceModeParam]
    from_phone_number: NotRequired[str | None]
    """Caller number for outbound calls made with this assistant, instead of the organisation's
    default number. It must be a number the organisation owns, in E.164 form (a `+`, then up
    to 15 digits). `null`: the organisation's default number is used.
    """
    human_transfer_mode: NotRequired[HumanTransferModeParam | None]
    """How calls are handed to a person when `transfer_destinations` lists at least one
    destination. Left out or `null` when transfer is off (no destinations).
    """
    ivr_navigation_enabled: NotRequired[bool]
    """Gives the agent tools to get through phone menus (sending DTMF tones, skipping a turn)."""
    llm_model: NotRequired[
        DedicatedInstanceModelParam
        | OpenRouterModelParam
        | CustomModelParam
        | RealtimeModelParam
    ]
    """Language model that drives the conversation, told apart by `type`: a Revox-hosted
    dedicated instance, a model reached through OpenRouter, your own OpenAI-compatible
    endpoint, or a realtime speech-to-speech model.
    """
    logo_url: NotRequired[str | None]
    """Public address of the logo displayed on the assistant's demo page (Revox also takes an
    upload at `POST /assistants/{id}/logo`, not described here). `null` removes the logo.
    """
    max_call_duration_secs: NotRequired[float]
    """Longest a call may last, in seconds; the call is ended once it is reached."""
    max_duration_end_message: NotRequired[str | None]
    """Short line the agent says, without letting itself be interrupted, when the call reaches
    `max_call_duration_secs`; it has to fit in the short farewell margin. Without it the call
    ends silently.
    """
    position: NotRequired[PositionParam | None]
    """Where this assistant's node sits on the canvas of its multi-step flow editor."""
    precall_lookup_url: NotRequired[str | None]
    """Inbound calls only. Revox sends an HTTP GET to this address just before answering, after
    putting the caller's E.164 number (URL-encoded) in place of `{{phone}}`. The answer must be
    `{"prompt_variables": {...}}` and give every `{{variable}}` the assistant uses, or the call
    fails. It must be an http(s) address containing `{{phone}}`. `null`: no lookup.
    """
    prompt_flow: NotRequired[PromptFlowParam | None]
    """Nodes and edges of the visual prompt editor, kept so the editor can be reopened. It has
    no effect on calls: the model only reads `prompt`.
    """
    slack: NotRequired[SlackParam | None]
    """Slack notifications: after a call ending with one of the chosen outcomes, a message is
    posted to a channel. `null` turns them off.
    """
    sms_enabled: NotRequired[bool]
    """Lets the agent send SMS messages to the person on the call."""
    sms_template: NotRequired[str | None]
    """Fixed SMS text sent during calls instead of a message the agent writes itself;
    `{{variable}}` placeholders are filled in.
    """
    structured_output_config: NotRequired[list[StructuredOutputFieldParam]]
    """Values to extract from each call once it is over (for example the caller's e-mail,
    name or company).
    """
    structured_output_prompt: NotRequired[str | None]
    """Own instructions for the extraction of `structured_output_config`, replacing Revox's
    default prompt. It may use `{{transcript}}`, `{{call_direction}}`,
    `{{user_phone_number}}` and `{{agent_phone_number}}`.
    """
    stt_context: NotRequired[SttContextParam | None]
    """Hints for speech recognition: key/value facts and a list of domain terms. Context Revox
    derives from the prompt is added to it without overwriting these entries.
    """
    stt_model: NotRequired[SttModelParam]
    """Speech-to-text model. When left out Revox uses its newest Soniox realtime model."""
    thinking_sound: NotRequired[ThinkingSoundParam | None]
    """Clip played while the agent works out its answer; `null` or leaving it out means
    silence.
    """
    thinking_sound_probability: NotRequired[float]
    """Probability, from 0 to 1, of hearing the thinking sound on a given turn; otherwise the
    agent thinks in silence.
    """
    thinking_sound_volume: NotRequired[float]
    """Loudness of the thinking sound, from 0 (silent) to 1 (full volume)."""
    transfer_destinations: NotRequired[list[TransferDestinationParam] | None]
    """Where a call may be handed over when the caller asks for a person. A single entry is used
    for every transfer; among several the assistant picks one when transferring, following
    routing rules written in its own prompt that name the destinations by `label`. Empty or
    `null` turns transfer off. (Replaces version 1's `transfer_phone_number`.)
    """
    type: NotRequired[AssistantKindParam]
    """Kind of assistant; Revox makes it `standalone` when left out."""
    voice: NotRequired[VoiceParam]
    voicemail_message: NotRequired[str | None]
    """What the agent says before hanging up when it reaches a voicemail box; with `null` it
    hangs up straight away.
    """
    voicemail_sms_prompt: NotRequired[str | None]
    """SMS sent when the call reaches voicemail; `{{variable}}` placeholders are filled in.
    `null`: no SMS on voicemail.
    """
    warm_transfer_summary_instructions: NotRequired[str | None]
    """For warm transfers: extra instructions for the summary given to the person taking over
    the call. `null` or empty: Revox's standard briefing.
    """
    webhook_url: NotRequired[str]
    """Address Revox calls when a call has finished."""
    zoho: NotRequired[ZohoParam | None]
    """Zoho CRM integration: after a call ending with one of the chosen outcomes, the contact
    (matched by phone number) is created or updated in a Zoho module and a note with the call
    summary is attached. `null` turns it off.
    """


class CustomModelParam(TypedDict):
    """Your own model behind an OpenAI-compatible chat completions API (your endpoint, your key).

    (``components.schemas.CustomModel``.)
    """

    type: Literal["custom"]
    """Tag selecting the custom-endpoint variant."""
    api_url: str
    """Base address of the OpenAI-compatible API."""
    api_key: str
    """Key Revox sends to that API as a Bearer token. A credential."""
    model_name: str
    """Model name as the provider expects it."""


class CustomToolParam(TypedDict):
    """An HTTP endpoint the assistant may call during a conversation. `{{variable}}` placeholders
    in the address, headers, query values and body are filled in at call time.

    (``components.schemas.CustomTool``.)
    """

    name: str
    """Tool name, unique per assistant, in lowercase snake_case."""
    description: str
    """What the tool does; the model reads it to decide when to use the tool."""
    method: HttpMethodParam
    url: str
    """Full address of the endpoint; may contain `{{variable}}` placeholders."""
    headers: list[CustomToolHeaderParam]
    """HTTP headers sent with the request (values may contain placeholders)."""
    query_params: list[CustomToolQueryParamParam]
    """Query-string parameters added to the address (values may contain placeholders)."""
    body_template: str | None
    """JSON body of the request, with placeholders written in quotes (`"{{name}}"`); `null`
    sends no body. The key itself is required.
    """
    input_schema: list[CustomToolParameterParam]
    """Parameters the model collects from the conversation and passes to the tool."""


class CustomToolHeaderParam(TypedDict):
    """One HTTP header of a custom tool request.

    (``components.schemas.CustomToolHeader``.)
    """

    key: str
    """Header name."""
    value: str
    """Header value; may contain `{{variable}}` placeholders."""


class CustomToolParameterParam(TypedDict):
    """One parameter the model extracts from the conversation for a custom tool.

    (``components.schemas.CustomToolParameter``.)
    """

    name: str
    """Parameter name, also the placeholder name (`{{name}}`)."""
    required: bool
    """Whether the model must supply it."""
    type: StructuredOutputFieldTypeParam
    description: NotRequired[str]
    """Hint for the model about the parameter."""
    enum_options: NotRequired[list[str]]
    """Allowed values, for a parameter of type `enum`."""


class CustomToolQueryParamParam(TypedDict):
    """One query-string parameter of a custom tool request.

    (``components.schemas.CustomToolQueryParam``.)
    """

    key: str
    """Parameter name."""
    value: str
    """Parameter value; may contain `{{variable}}` placeholders."""


class DedicatedInstanceModelParam(TypedDict):
    """A model served from a dedicated instance run by Revox.

    (``components.schemas.DedicatedInstanceModel``.)
    """

    type: Literal["dedicated-instance"]
    """Tag selecting the dedicated-instance variant."""
    name: DedicatedInstanceModelNameParam


class FaqItemParam(TypedDict):
    """A question the assistant can answer and its answer.

    (``components.schemas.FaqItem``.)
    """

    question: str
    """The question as a caller might ask it."""
    answer: str
    """The answer the assistant should give."""


class OpenRouterModelParam(TypedDict):
    """A model reached through OpenRouter.

    (``components.schemas.OpenRouterModel``.)
    """

    type: Literal["openrouter"]
    """Tag selecting the OpenRouter variant."""
    openrouter_model_id: str
    """OpenRouter's identifier of the model."""
    openrouter_provider: str
    """OpenRouter provider that should serve the model."""


class PositionParam(TypedDict):
    """A point on an editor canvas.

    (``components.schemas.Position``.)
    """

    x: float
    """Horizontal coordinate."""
    y: float
    """Vertical coordinate."""


class PromptFlowParam(TypedDict):
    """The graph drawn in Revox's visual prompt editor.

    (``components.schemas.PromptFlow``.)
    """

    nodes: list[PromptFlowNodeParam]
    """Prompt blocks of the graph."""
    edges: list[PromptFlowEdgeParam]
    """Links between prompt blocks."""


class PromptFlowEdgeParam(TypedDict):
    """A link from one prompt block to another.

    (``components.schemas.PromptFlowEdge``.)
    """

    id: str
    """Identifier of the edge within the graph."""
    source: str
    """Node the edge starts from."""
    target: str
    """Node the edge leads to."""


class PromptFlowNodeParam(TypedDict):
    """One prompt block of the visual editor.

    (``components.schemas.PromptFlowNode``.)
    """

    id: str
    """Identifier of the node within the graph."""
    type: PromptFlowNodeTypeParam
    position: PositionParam
    data: PromptFlowNodeDataParam


class PromptFlowNodeDataParam(TypedDict):
    """Content of a prompt block.

    (``components.schemas.PromptFlowNodeData``.)
    """

    title: str
    """Heading of the block."""
    body: str
    """Prompt text of the block."""


class RealtimeModelParam(TypedDict):
    """A realtime (speech-to-speech) model from OpenAI or Google.

    (``components.schemas.RealtimeModel``.)
    """

    type: Literal["realtime"]
    """Tag selecting the realtime variant."""
    provider: RealtimeProviderParam
    realtime_model_id: str
    """The provider's identifier of the realtime model."""
    realtime_voice_id: NotRequired[str]
    """Voice the realtime model speaks with."""


class SlackParam(TypedDict):
    """Where and when Revox posts a Slack message after a call.

    (``components.schemas.Slack``.)
    """

    connection_id: str
    """Nango connection linking the organisation's Slack workspace to Revox."""
    channels: list[SlackChannelParam]
    """Channels that may receive the message. With several, routing rules in the prompt can
    pick one per call; without such rules every channel listed is notified.
    """
    outcomes: list[CallOutcomeParam]
    """Call outcomes that trigger the message; `none` matches calls without an outcome."""
    template: NotRequired[str | None]
    """Message template. Placeholders: `{{summary}}`, `{{outcome}}`, `{{phone}}`,
    `{{call_url}}`, `{{assistant_name}}`, `{{campaign_name}}`, `{{first_name}}`,
    `{{last_name}}`, `{{email}}`, `{{company}}`, `{{job_title}}`, `{{contact_name}}`,
    `{{contact_line}}`, plus prompt variables and extracted values. `null` or empty: Revox's
    default message.
    """


class SlackChannelParam(TypedDict):
    """A Slack channel.

    (``components.schemas.SlackChannel``.)
    """

    id: str
    """Slack's channel id."""
    name: NotRequired[str | None]
    """Readable channel name, kept for display and handed to the model when the prompt routes
    by channel name.
    """


class StructuredOutputFieldParam(TypedDict):
    """One value to pull out of the call transcript after the call.

    (``components.schemas.StructuredOutputField``.)
    """

    name: str
    """Key under which the extracted value is reported."""
    required: bool
    """Whether the value is mandatory in the extraction result."""
    type: StructuredOutputFieldTypeParam
    description: NotRequired[str]
    """Hint for the model about what the value means."""
    enum_options: NotRequired[list[str]]
    """Allowed values, for a field of type `enum`."""


class SttContextParam(TypedDict):
    """Hints for speech recognition.

    (``components.schemas.SttContext``.)
    """

    general: list[SttContextEntryParam]
    """Key/value facts about the calls (topic, place, ...)."""
    terms: list[str]
    """Domain words the recogniser should expect."""


class SttContextEntryParam(TypedDict):
    """One key/value fact for speech recognition.

    (``components.schemas.SttContextEntry``.)
    """

    key: str
    """What the fact is about."""
    value: str
    """The fact."""


class TransferDestinationParam(TypedDict):
    """A place a call can be handed over to.

    (``components.schemas.TransferDestination``.)
    """

    label: str
    """Name of the destination, as the prompt refers to it."""
    phone_number: str
    """Number to transfer to, in E.164 form (a `+`, then up to 15 digits)."""


class UpdateAssistantParams(TypedDict):
    """The settings to change; every field is optional and fields left out keep their values.
    Where a field allows `null`, sending `null` clears that setting (the descriptions say what
    it turns off). Lists are replaced as a whole.

    (``components.schemas.UpdateAssistantRequest``.)
    """

    name: NotRequired[str]
    """New display name."""
    prompt: NotRequired[str]
    """New system prompt for the language model."""
    after_call_sms_outcomes: NotRequired[list[CallOutcomeParam] | None]
    """Call outcomes after which the follow-up SMS is sent; empty or `null` stops follow-up SMS."""
    after_call_sms_prompt: NotRequired[str | None]
    """Instructions for the follow-up SMS; `null` stops follow-up SMS."""
    background_sound: NotRequired[BackgroundSoundParam | None]
    """Ambient sound; `null` removes it."""
    background_sound_volume: NotRequired[float]
    """Loudness of the ambient sound, from 0 (silent) to 1 (full volume)."""
    calendly: NotRequired[CalendlyParam | None]
    """Calendly booking integration; `null` disconnects it."""
    call_retry_config: NotRequired[CallRetryConfigParam]
    cartesia_dictionary_pronunciation_id: NotRequired[str | None]
    """Cartesia pronunciation dictionary; `null` unlinks it."""
    custom_tools: NotRequired[list[CustomToolParam] | None]
    """The assistant's custom HTTP tools, replacing the current ones; `null` removes them all."""
    email_notification_address: NotRequired[str | None]
    """Notification e-mail address(es), comma-separated; `null` removes them."""
    email_notification_outcomes: NotRequired[list[CallOutcomeParam] | None]
    """Call outcomes that trigger a notification e-mail; `null` clears the list."""
    end_of_call_sentence: NotRequired[str]
    """Line the agent says when it decides to hang up."""
    faq_items: NotRequired[list[FaqItemParam]]
    """FAQ items, replacing every FAQ item the assistant had."""
    first_sentence: NotRequired[str]
    """Opening of the call (instruction or exact text, per `first_sentence_mode`)."""
    first_sentence_delay_ms: NotRequired[int]
    """Pause, in milliseconds, before the first sentence."""
    first_sentence_mode: NotRequired[FirstSentenceModeParam]
    from_phone_number: NotRequired[str | None]
    """Outbound caller number (E.164, owned by the organisation); `null` goes back to the
    organisation's default number.
    """
    human_transfer_mode: NotRequired[HumanTransferModeParam | None]
    """Warm or cold transfer; `null` when transfer is turned off."""
    ivr_navigation_enabled: NotRequired[bool]
    """Whether the agent gets the phone-menu navigation tools."""
    llm_model: NotRequired[
        DedicatedInstanceModelParam
        | OpenRouterModelParam
        | CustomModelParam
        | RealtimeModelParam
    ]
    """Language model of the assistant, told apart by `type`."""
    logo_url: NotRequired[str | None]
    """Public address of the demo-page logo; `null` removes the logo."""
    max_call_duration_secs: NotRequired[float]
    """Longest a call may last, in seconds."""
    max_duration_end_message: NotRequired[str | None]
    """Line said when the maximum duration is reached; `null` ends such calls silently."""
    position: NotRequired[PositionParam | None]
    """Canvas position in the multi-step flow editor; `null` clears it."""
    precall_lookup_url: NotRequired[str | None]
    """Inbound pre-call lookup address (http(s), containing `{{phone}}`); `null` stops the
    lookup.
    """
    prompt_flow: NotRequired[PromptFlowParam | None]
    """Visual prompt editor data; `null` clears it."""
    slack: NotRequired[SlackParam | None]
    """Slack notifications; `null` turns them off."""
    sms_enabled: NotRequired[bool]
    """Whether the agent may send SMS messages during calls."""
    sms_template: NotRequired[str | None]
    """Fixed SMS text; `null` lets the agent write its messages again."""
    structured_output_config: NotRequired[list[StructuredOutputFieldParam]]
    """Values to extract after each call, replacing the current list."""
    structured_output_prompt: NotRequired[str | None]
    """Own extraction instructions; `null` goes back to Revox's default prompt."""
    stt_context: NotRequired[SttContextParam | None]
    """Speech-recognition hints; `null` removes them."""
    stt_model: NotRequired[SttModelParam]
    thinking_sound: NotRequired[ThinkingSoundParam | None]
    """Thinking clip; `null` turns it off."""
    thinking_sound_probability: NotRequired[float]
    """Probability, from 0 to 1, of hearing the thinking sound on a turn."""
    thinking_sound_volume: NotRequired[float]
    """Loudness of the thinking sound, from 0 (silent) to 1 (full volume)."""
    transfer_destinations: NotRequired[list[TransferDestinationParam] | None]
    """Transfer destinations, replacing the current ones; empty or `null` turns transfer off."""
    type: NotRequired[AssistantKindParam]
    voice: NotRequired[VoiceParam]
    voicemail_message: NotRequired[str | None]
    """Voicemail message; `null` makes the agent hang up on voicemail straight away."""
    voicemail_sms_prompt: NotRequired[str | None]
    """SMS sent on voicemail; `null` stops it."""
    warm_transfer_summary_instructions: NotRequired[str | None]
    """Warm-transfer summary instructions; `null` goes back to Revox's standard briefing."""
    webhook_url: NotRequired[str]
    """Address Revox calls when a call has finished."""
    zoho: NotRequired[ZohoParam | None]
    """Zoho CRM integration; `null` turns it off."""


class VoiceParam(TypedDict):
    """Text-to-speech voice; Revox lists the available voices at `GET /voices`.

    (``components.schemas.Voice``.)
    """

    id: str
    """Identifier of the voice at its provider."""
    provider: VoiceProviderParam
    model: NotRequired[CartesiaModelParam]
    """Cartesia model generation (Cartesia voices only; other providers ignore it)."""
    speed: NotRequired[float]
    """Speaking rate multiplier. The allowed range depends on the provider: 0.6 to 1.5 for
    Cartesia and Gradium, 0.7 to 1.2 for ElevenLabs.
    """
    volume: NotRequired[float]
    """Loudness multiplier, 0.5 to 2.0 (Cartesia voices only; other providers ignore it)."""


class ZohoParam(TypedDict):
    """Zoho CRM push after a call.

    (``components.schemas.Zoho``.)
    """

    connection_id: str
    """Nango connection linking the organisation's Zoho CRM account to Revox."""
    module: str
    """Zoho module the contact record is created or updated in."""
    field_mapping: list[ZohoFieldMappingParam]
    """Which call values go into which Zoho fields of that record."""
    log_call_activity: bool
    """Also record the call in Zoho's Calls module, linked to the contact."""
    outcomes: list[CallOutcomeParam]
    """Call outcomes that trigger the push; `none` matches calls without an outcome."""
    template: NotRequired[str | None]
    """Template of the attached note. Placeholders: `{{summary}}`, `{{outcome}}`, `{{phone}}`,
    `{{call_url}}`, `{{assistant_name}}`, `{{campaign_name}}`, `{{transcript}}`, plus prompt
    variables and extracted values. `null` or empty: a default note with the outcome, the
    summary and the extracted values.
    """


class ZohoFieldMappingParam(TypedDict):
    """One call value copied into a Zoho field.

    (``components.schemas.ZohoFieldMapping``.)
    """

    source: str
    """Name of an extracted value (`structured_output_config`), or else of a prompt variable
    with that name.
    """
    zoho_field: str
    """API name of the Zoho field to fill."""
