"""The request bodies of the CallHQ Assistants API as TypedDicts (generated from its spec).

Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with
these types): a type checker then checks its keys, which are required, and each value's type, as
the spec says. At run time the body is still validated against the spec.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "AnalysisPlanParam",
    "AnthropicModelNameParam",
    "AzureModelNameParam",
    "CreateAssistantParams",
    "DeepseekModelNameParam",
    "HangupUsingPromptParam",
    "KnowledgeBaseParam",
    "ModelMessageParam",
    "ModelParam",
    "ModelProviderParam",
    "OpenaiModelNameParam",
    "OpenrouterModelNameParam",
    "TranscriberParam",
    "UpdateAssistantParams",
    "VoiceParam",
]

AnalysisPlanParam: TypeAlias = dict[str, Any]
"""Post-call analysis settings (call insights and follow-up actions). CallHQ does not document the members of this object, so any members are accepted.

(``components.schemas.AnalysisPlan``.)
"""


AnthropicModelNameParam: TypeAlias = Literal["sonnet-4"]
"""Model names accepted with provider `anthropic`.

(``components.schemas.AnthropicModelName``.)
"""


AzureModelNameParam: TypeAlias = Literal[
    "gpt-4.1-mini-cluster",
    "gpt-4.1-cluster",
    "gpt-4.1-nano-cluster",
    "gpt-4o-mini-cluster",
    "gpt-4o-cluster",
    "gpt-4-cluster",
    "gpt-3.5-cluster",
]
"""Model names accepted with provider `azure`.

(``components.schemas.AzureModelName``.)
"""


DeepseekModelNameParam: TypeAlias = Literal["deepseek-chat"]
"""Model names accepted with provider `deepseek`.

(``components.schemas.DeepseekModelName``.)
"""


ModelProviderParam: TypeAlias = Literal[
    "openai", "azure", "openrouter", "deepseek", "anthropic"
]
"""LLM provider; the docs list exactly these five.

(``components.schemas.ModelProvider``.)
"""


OpenaiModelNameParam: TypeAlias = Literal[
    "gpt-4.1-mini", "gpt-4.1", "gpt-4.1-nano", "gpt-4o-mini", "gpt-4o", "gpt-3.5-turbo"
]
"""Model names accepted with provider `openai`.

(``components.schemas.OpenaiModelName``.)
"""


OpenrouterModelNameParam: TypeAlias = Literal[
    "gpt-oss-20b",
    "gpt-oss-120b",
    "gpt-4",
    "gpt-4o-mini",
    "gpt-4o",
    "gpt-4.1",
    "gpt-4.1-nano",
    "gpt-4.1-mini",
    "claude-sonnet-4",
]
"""Model names accepted with provider `openrouter`.

(``components.schemas.OpenrouterModelName``.)
"""


UpdateAssistantParams: TypeAlias = dict[str, Any]
"""Body of the update request; every member is optional. CallHQ says only `name`, `status` and `description` are updated locally, so only those are described; its documented example also sends create-style settings (`voice`, `model`, `firstMessage`...), which it passes on, so the body takes other members too, undescribed.

(``components.schemas.UpdateAssistantRequest``.)
"""


class CreateAssistantParams(TypedDict):
    """Body of the create-assistant request.

    (``components.schemas.CreateAssistantRequest``.)
    """

    name: str
    """Display name of the assistant."""
    voice: VoiceParam
    transcriber: TranscriberParam
    model: ModelParam
    firstMessage: str
    """What the assistant says to open the call."""
    firstMessageMode: str
    """Who opens the conversation and how the opening line is produced. CallHQ documents only the example value `assistant-speaks-first`; the other examples are the values of the Vapi API that CallHQ's field names mirror, and are not confirmed by CallHQ, so the field is left as an open string."""
    backgroundSound: NotRequired[str]
    """Ambient sound played behind the assistant's voice. CallHQ documents only the example value `office`; `off` is a Vapi value not confirmed by CallHQ, so the field is left as an open string."""
    silenceTimeoutSeconds: NotRequired[int]
    """How many seconds of silence are tolerated before the call is ended."""
    backgroundDenoisingEnabled: NotRequired[bool]
    """Whether background noise is filtered out of the caller's audio."""
    firstMessageInterruptionsEnabled: NotRequired[bool]
    """Whether the caller may interrupt the assistant while it speaks its first message."""
    maxDurationSeconds: NotRequired[int]
    """Longest allowed call length, in seconds."""
    analysisPlan: NotRequired[AnalysisPlanParam]
    knowledgeBase: NotRequired[KnowledgeBaseParam]
    """Knowledge base attached to the assistant as a whole. CallHQ checks that every listed file belongs to the caller's organization."""
    hangupUsingPrompt: NotRequired[HangupUsingPromptParam]


class HangupUsingPromptParam(TypedDict):
    """Lets the assistant end the call according to a prompt of your own.

    (``components.schemas.HangupUsingPrompt``.)
    """

    enabled: NotRequired[bool]
    """Whether prompt-driven hang-up is switched on."""
    prompt: NotRequired[str]
    """Prompt that tells the assistant when and how to end the call."""


class KnowledgeBaseParam(TypedDict):
    """A set of uploaded knowledge files, referenced by their ids.

    (``components.schemas.KnowledgeBase``.)
    """

    fileIds: NotRequired[list[str]]
    """Ids of the knowledge files."""


class ModelParam(TypedDict):
    """LLM settings. The docs list the supported providers and, for each, the model names it accepts; those lists are enforced through `if`/`then` rules on this schema (one per provider). Whether `provider` and `model` are required is not stated, so both are optional here.

    (``components.schemas.Model``.)
    """

    provider: NotRequired[ModelProviderParam]
    model: NotRequired[str]
    """Name of the LLM. The accepted names depend on `provider` (see the rules of this schema and the `*ModelName` enums)."""
    temperature: NotRequired[float]
    """Sampling temperature of the LLM (no range is documented)."""
    maxTokens: NotRequired[int]
    """Upper bound on the tokens the LLM may produce per reply (no range is documented)."""
    emotionRecognitionEnabled: NotRequired[bool]
    """Whether the caller's emotional tone is detected and passed to the LLM."""
    messages: NotRequired[list[ModelMessageParam]]
    """Messages the conversation starts with, typically the system prompt."""
    knowledgeBase: NotRequired[KnowledgeBaseParam]
    """Knowledge base files made available to the LLM."""


class ModelMessageParam(TypedDict):
    """One message given to the LLM before the conversation starts.

    (``components.schemas.ModelMessage``.)
    """

    role: NotRequired[str]
    """Author role of the message (only `system` is shown in the docs)."""
    content: NotRequired[str]
    """Text of the message; for the system role, the assistant's instructions."""


class TranscriberParam(TypedDict):
    """Speech-to-text settings. The docs show the members only in the example and list no allowed values and no required members, so all are optional open strings.

    (``components.schemas.Transcriber``.)
    """

    provider: NotRequired[str]
    """Speech-to-text provider."""
    model: NotRequired[str]
    """Speech-to-text model of the provider."""
    language: NotRequired[str]
    """Language to transcribe."""


class VoiceParam(TypedDict):
    """Text-to-speech settings. CallHQ supports ElevenLabs and Sarvam voices. Only the Sarvam provider string (`sarvam`) is shown in the docs; the ElevenLabs one is not, so `provider` is an open string.

    (``components.schemas.Voice``.)
    """

    provider: NotRequired[str]
    """Text-to-speech provider (Sarvam or ElevenLabs)."""
    voiceId: NotRequired[str]
    """Identifier of the voice at the provider. Required for Sarvam."""
    model: NotRequired[str]
    """Text-to-speech model of the provider. Required for Sarvam."""
    language: NotRequired[str]
    """Language the voice speaks. Required for Sarvam."""
    speed: NotRequired[float]
    """Speaking rate of the voice (no range is documented)."""
