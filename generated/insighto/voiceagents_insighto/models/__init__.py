"""Contains all the data models used in inputs/outputs"""

from .assistant_read import AssistantRead
from .assistant_read_attributes import AssistantReadAttributes
from .assistant_type import AssistantType
from .attributes import Attributes
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .llm_model import LlmModel
from .meta import Meta

__all__ = (
    "AssistantRead",
    "AssistantReadAttributes",
    "AssistantType",
    "Attributes",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "LlmModel",
    "Meta",
)
