"""The request bodies of the Insighto.ai Assistants API as TypedDicts (generated from its spec).

Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with
these types): a type checker then checks its keys, which are required, and each value's type, as
the spec says. At run time the body is still validated against the spec.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "AssistantTypeParam",
    "AttributesParam",
    "CreateAssistantParams",
    "LlmModelParam",
    "UpdateAssistantParams",
]

AssistantTypeParam: TypeAlias = Literal[
    "simple", "chat", "phone", "nl2sql", "realtime_openai"
]
"""The kind of assistant to create.

(``components.schemas.AssistantType``.)
"""


AttributesParam: TypeAlias = dict[str, Any]
"""Free-form key/value settings attached to the assistant. The documentation gives this object no properties, so any keys are accepted and passed through unchanged.

(``components.schemas.Attributes``.)
"""


LlmModelParam: TypeAlias = Literal[
    "gpt-4-0125-preview",
    "gpt-3.5-turbo-0125",
    "gpt-3.5-turbo-1106",
    "gpt-3.5-turbo",
    "gpt-4-1106-preview",
    "gpt-4o-2024-05-13",
    "gpt-4o-mini",
    "llama-3.1-70b-versatile",
    "gpt-4o-realtime-preview",
    "gpt-4o-mini-realtime-preview",
    "deepseek-r1-distill-llama-70b",
    "o3-mini",
]
"""Language model that powers the assistant.

(``components.schemas.LlmModel``.)
"""


class CreateAssistantParams(TypedDict):
    """Body of the create-assistant call. `assistant_type` and `llm_model` must always be present, although the schema also allows either of them to be `null`.

    (``components.schemas.CreateAssistantRequest``.)
    """

    assistant_type: AssistantTypeParam | None
    """Kind of assistant (required key; the value may be null)."""
    llm_model: LlmModelParam | None
    """Language model the assistant uses (required key; the value may be null)."""
    name: NotRequired[str | None]
    """Display name of the assistant."""
    description: NotRequired[str | None]
    """Short free-text summary of what the assistant is for."""
    attributes: NotRequired[AttributesParam]
    system_prompt: NotRequired[str | None]
    """Instructions given to the language model as its system message."""
    voice: NotRequired[bool | None]
    """Turns on voice (spoken) interaction for the assistant."""
    custom_voice: NotRequired[bool | None]
    """Whether the assistant uses a custom voice instead of a stock one."""
    voice_languages: NotRequired[list[Any]]
    """Languages configured for the assistant, given as BCP-47 language tags. The documentation types the items only as `any`, so item values are not constrained here."""
    org_id: NotRequired[str | None]
    """Identifier of the organisation that will own the assistant."""
    show_images: NotRequired[bool | None]
    """Lets the assistant display images in its replies."""
    hide_ds: NotRequired[bool | None]
    """Hides the assistant's data sources from end users."""
    webhook_id: NotRequired[str | None]
    """Identifier of a previously configured webhook that receives the assistant's events."""
    has_human_agent: NotRequired[bool | None]
    """Allows conversations to be handed over to a human agent."""
    use_tools: NotRequired[bool | None]
    """Lets the assistant call tools during a conversation."""
    conversation_flow_id: NotRequired[str | None]
    """Identifier of a conversation flow the assistant should follow."""


class UpdateAssistantParams(TypedDict):
    """Body of the update call. Every member is optional; only the members both third-party sources agree on are described, and the ones left out keep their stored value.

    (``components.schemas.UpdateAssistantRequest``.)
    """

    name: NotRequired[str]
    """New display name for the assistant."""
    llm_model: NotRequired[LlmModelParam]
    """Language model to switch the assistant to (one of the models accepted on creation)."""
