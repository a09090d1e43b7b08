"""Contains all the data models used in inputs/outputs"""

from .assistant_page import AssistantPage
from .assistant_read import AssistantRead
from .assistant_read_attributes import AssistantReadAttributes
from .assistant_type import AssistantType
from .attributes import Attributes
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .delete_assistant_response import DeleteAssistantResponse
from .get_assistant_response import GetAssistantResponse
from .list_assistants_response import ListAssistantsResponse
from .llm_model import LlmModel
from .meta import Meta
from .update_assistant_request import UpdateAssistantRequest
from .update_assistant_response import UpdateAssistantResponse

__all__ = (
    "AssistantPage",
    "AssistantRead",
    "AssistantReadAttributes",
    "AssistantType",
    "Attributes",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "DeleteAssistantResponse",
    "GetAssistantResponse",
    "ListAssistantsResponse",
    "LlmModel",
    "Meta",
    "UpdateAssistantRequest",
    "UpdateAssistantResponse",
)
