"""The request bodies of the autocalls (v1 legacy schema) Assistants API as TypedDicts (generated from its spec).

Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with
these types): a type checker then checks its keys, which are required, and each value's type, as
the spec says. At run time the body is still validated against the spec.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "AssistantVariablesParam",
    "CallsDirectionParam",
    "CreateAssistantParams",
    "EndCallToolParam",
    "EndpointTypeParam",
    "EngineTypeParam",
    "PostCallFieldTypeParam",
    "PostCallSchemaFieldParam",
    "UpdateAssistantParams",
    "WhoSpeaksFirstParam",
]

AssistantVariablesParam: TypeAlias = dict[str, Any]
"""Free-form custom variables of the assistant, as key-value pairs. The documentation does not restrict the keys or the value types.

(``components.schemas.AssistantVariables``.)
"""


CallsDirectionParam: TypeAlias = Literal["receive", "make"]
"""Whether the assistant answers incoming calls (`receive`) or places outgoing calls (`make`).

(``components.schemas.CallsDirection``.)
"""


EndpointTypeParam: TypeAlias = Literal["vad", "ai"]
"""Method used to detect the end of the caller's turn: voice activity detection (`vad`) or an AI model (`ai`).

(``components.schemas.EndpointType``.)
"""


EngineTypeParam: TypeAlias = Literal["pipeline", "multimodal"]
"""Engine behind the assistant: a `pipeline` of separate speech and language components, or a single `multimodal` speech model.

(``components.schemas.EngineType``.)
"""


PostCallFieldTypeParam: TypeAlias = Literal["string", "number", "bool"]
"""Data type of an extracted post-call field.

(``components.schemas.PostCallFieldType``.)
"""


WhoSpeaksFirstParam: TypeAlias = Literal["AI assistant", "Customer"]
"""Which side opens the conversation once the call connects.

(``components.schemas.WhoSpeaksFirst``.)
"""


class CreateAssistantParams(TypedDict):
    """Configuration of the assistant to create (legacy v1 field names).

    (``components.schemas.CreateAssistantRequest``.)
    """

    assistant_name: str
    """Display name given to the new assistant."""
    voice_id: int
    """Identifier of the voice the assistant speaks with; it has to be one of the voices the platform offers."""
    language: str
    """Language of the assistant, given by its name (for example "German") rather than a code; it has to be one the platform offers."""
    llm_model: str
    """Name of the language model that drives the conversation."""
    calls_direction: CallsDirectionParam
    engine_type: EngineTypeParam
    timezone: str
    """Time zone the assistant works in, as an IANA zone name."""
    initial_message: str
    """First sentence the assistant says once the call is connected."""
    system_prompt: str
    """Instructions that set the assistant's role, behaviour and tone."""
    phone_number_id: NotRequired[int]
    """Identifier of one of the account's own phone numbers to attach to the assistant. Leave it out to create the assistant without a number."""
    endpoint_type: NotRequired[EndpointTypeParam]
    endpoint_sensitivity: NotRequired[float]
    """How readily the assistant decides the caller has finished speaking, from 0 to 5."""
    interrupt_sensitivity: NotRequired[float]
    """How readily the caller's speech interrupts the assistant, from 0 to 5."""
    ambient_sound_volume: NotRequired[float]
    """Loudness of the background ambience played during the call, from 0 to 1."""
    post_call_evaluation: NotRequired[bool]
    """Turns on the evaluation of each call after it ends."""
    send_webhook_only_on_completed: NotRequired[bool]
    """When true, the webhook fires only for calls that completed."""
    include_recording_in_webhook: NotRequired[bool]
    """When true, the webhook payload carries the URL of the call recording."""
    is_webhook_active: NotRequired[bool]
    """Turns webhook notifications on. When true, `webhook_url` must be sent as well."""
    webhook_url: NotRequired[str]
    """Address that receives the post-call notification. Mandatory when `is_webhook_active` is true."""
    use_min_interrupt_words: NotRequired[bool]
    """Switches on the minimum-word threshold for interruptions, whose value is `min_interrupt_words`."""
    min_interrupt_words: NotRequired[int]
    """How many words the caller has to say before the assistant lets itself be interrupted, from 0 to 10. This is the setting that `use_min_interrupt_words` switches on; the documentation states no rule tying the two together, so either may be sent alone."""
    variables: NotRequired[AssistantVariablesParam]
    post_call_schema: NotRequired[list[PostCallSchemaFieldParam]]
    """Fields to extract from each call once it has ended."""
    end_call_tool: NotRequired[EndCallToolParam]
    llm_temperature: NotRequired[float]
    """Sampling temperature of the language model, from 0 to 1."""
    voice_stability: NotRequired[float]
    """Stability setting of the synthesized voice, from 0 to 1."""
    voice_similarity: NotRequired[float]
    """Similarity setting of the synthesized voice, from 0 to 1."""
    speech_speed: NotRequired[float]
    """Speaking-rate multiplier of the voice, from 0.7 to 1.2."""
    allow_interruptions: NotRequired[bool]
    """Whether the caller may talk over the assistant."""
    filler_audios: NotRequired[bool]
    """Whether short filler sounds are played while a reply is being prepared."""
    re_engagement_interval: NotRequired[int]
    """Seconds of caller silence after which the assistant tries to re-engage, from 7 to 600."""
    max_call_duration: NotRequired[int]
    """Upper limit on the length of a call in seconds, from 20 to 1200."""
    max_silence_duration: NotRequired[int]
    """Seconds of silence the assistant tolerates, from 1 to 120."""
    end_call_on_voicemail: NotRequired[bool]
    """Whether the call is hung up when a voicemail box answers."""
    noise_cancellation: NotRequired[bool]
    """Whether background noise is filtered out of the caller's audio."""
    record_call: NotRequired[bool]
    """Whether the call audio is recorded."""
    who_speaks_first: NotRequired[WhoSpeaksFirstParam]


class EndCallToolParam(TypedDict):
    """Settings of the tool the assistant uses to hang up.

    (``components.schemas.EndCallTool``.)
    """

    description: NotRequired[str]
    """Explains to the assistant when it should end the call."""


class PostCallSchemaFieldParam(TypedDict):
    """One field to extract from the conversation after the call.

    (``components.schemas.PostCallSchemaField``.)
    """

    name: str
    """Key of the extracted field; letters, digits and underscores only."""
    type: PostCallFieldTypeParam
    description: str
    """Explanation of what the field holds, used to guide the extraction."""


class UpdateAssistantParams(TypedDict):
    """Body of the update call (legacy v1 field names): the create fields, every one optional (a field left out keeps its stored value). `phone_number_id` and `webhook_url` also accept `null`. The create rule "`webhook_url` is required once `is_webhook_active` is true" cannot be checked on a partial body (the address may already be stored); what remains of it is that a body turning webhooks on cannot remove the address at the same time.

    (``components.schemas.UpdateAssistantRequest``.)
    """

    assistant_name: NotRequired[str]
    """New display name, at most 255 characters."""
    voice_id: NotRequired[int]
    """Voice to speak with from now on; one of the voices the platform offers."""
    language: NotRequired[str]
    """Language given by its name (for example "German"), at most 100 characters."""
    llm_model: NotRequired[str]
    """Name of the language model, at most 100 characters."""
    calls_direction: NotRequired[CallsDirectionParam]
    engine_type: NotRequired[EngineTypeParam]
    timezone: NotRequired[str]
    """IANA time zone the assistant works in."""
    initial_message: NotRequired[str]
    """New opening sentence of the call."""
    system_prompt: NotRequired[str]
    """New instructions for the assistant's role, behaviour and tone."""
    phone_number_id: NotRequired[int | None]
    """One of the account's phone numbers to attach; `null` unassigns the number the assistant has."""
    endpoint_type: NotRequired[EndpointTypeParam]
    endpoint_sensitivity: NotRequired[float]
    """How readily the end of the caller's turn is detected, from 0 to 5."""
    interrupt_sensitivity: NotRequired[float]
    """How readily the caller's speech interrupts the assistant, from 0 to 5."""
    ambient_sound_volume: NotRequired[float]
    """Loudness of the background ambience, from 0 to 1."""
    post_call_evaluation: NotRequired[bool]
    """Turns the evaluation of each call after it ends on or off."""
    send_webhook_only_on_completed: NotRequired[bool]
    """When true, the webhook fires only for completed calls."""
    include_recording_in_webhook: NotRequired[bool]
    """When true, the webhook payload carries the recording URL."""
    is_webhook_active: NotRequired[bool]
    """Turns webhook notifications on or off."""
    webhook_url: NotRequired[str | None]
    """Address of the post-call notification; `null` removes the stored address."""
    use_min_interrupt_words: NotRequired[bool]
    """Switches the minimum-word threshold for interruptions on or off."""
    min_interrupt_words: NotRequired[int]
    """Words (0 to 10) the caller has to say before the assistant lets itself be interrupted."""
    variables: NotRequired[AssistantVariablesParam]
    post_call_schema: NotRequired[list[PostCallSchemaFieldParam]]
    """Fields to extract from each call once it has ended."""
    end_call_tool: NotRequired[EndCallToolParam]
    llm_temperature: NotRequired[float]
    """Sampling temperature of the language model, from 0 to 1."""
    voice_stability: NotRequired[float]
    """Stability of the synthesized voice, from 0 to 1."""
    voice_similarity: NotRequired[float]
    """Similarity of the synthesized voice, from 0 to 1."""
    speech_speed: NotRequired[float]
    """Speaking-rate multiplier, from 0.7 to 1.2."""
    allow_interruptions: NotRequired[bool]
    """Whether the caller may talk over the assistant."""
    filler_audios: NotRequired[bool]
    """Whether filler sounds are played while a reply is prepared."""
    re_engagement_interval: NotRequired[int]
    """Seconds of caller silence before the assistant tries to re-engage, from 7 to 600."""
    max_call_duration: NotRequired[int]
    """Upper limit on the length of a call in seconds, from 20 to 1200."""
    max_silence_duration: NotRequired[int]
    """Seconds of silence the assistant tolerates, from 1 to 120."""
    end_call_on_voicemail: NotRequired[bool]
    """Whether the call is hung up when a voicemail box answers."""
    noise_cancellation: NotRequired[bool]
    """Whether background noise is filtered out of the caller's audio."""
    record_call: NotRequired[bool]
    """Whether the call audio is recorded."""
    who_speaks_first: NotRequired[WhoSpeaksFirstParam]
