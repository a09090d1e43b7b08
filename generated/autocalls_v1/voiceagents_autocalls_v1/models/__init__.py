"""Contains all the data models used in inputs/outputs"""

from .assistant import Assistant
from .assistant_post_call_field import AssistantPostCallField
from .assistant_post_call_field_type import AssistantPostCallFieldType
from .assistant_status import AssistantStatus
from .assistant_tool import AssistantTool
from .assistant_tool_data import AssistantToolData
from .assistant_variable_map import AssistantVariableMap
from .assistant_variables import AssistantVariables
from .calls_direction import CallsDirection
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .created_assistant import CreatedAssistant
from .created_assistant_mode import CreatedAssistantMode
from .created_assistant_type import CreatedAssistantType
from .delete_assistant_response import DeleteAssistantResponse
from .end_call_tool import EndCallTool
from .endpoint_type import EndpointType
from .engine_type import EngineType
from .list_assistants_response import ListAssistantsResponse
from .not_found_response import NotFoundResponse
from .pagination_link import PaginationLink
from .post_call_field_type import PostCallFieldType
from .post_call_schema_field import PostCallSchemaField
from .server_error_response import ServerErrorResponse
from .update_assistant_request import UpdateAssistantRequest
from .update_assistant_response import UpdateAssistantResponse
from .validation_error_response import ValidationErrorResponse
from .validation_errors import ValidationErrors
from .who_speaks_first import WhoSpeaksFirst

__all__ = (
    "Assistant",
    "AssistantPostCallField",
    "AssistantPostCallFieldType",
    "AssistantStatus",
    "AssistantTool",
    "AssistantToolData",
    "AssistantVariableMap",
    "AssistantVariables",
    "CallsDirection",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "CreatedAssistant",
    "CreatedAssistantMode",
    "CreatedAssistantType",
    "DeleteAssistantResponse",
    "EndCallTool",
    "EndpointType",
    "EngineType",
    "ListAssistantsResponse",
    "NotFoundResponse",
    "PaginationLink",
    "PostCallFieldType",
    "PostCallSchemaField",
    "ServerErrorResponse",
    "UpdateAssistantRequest",
    "UpdateAssistantResponse",
    "ValidationErrorResponse",
    "ValidationErrors",
    "WhoSpeaksFirst",
)
