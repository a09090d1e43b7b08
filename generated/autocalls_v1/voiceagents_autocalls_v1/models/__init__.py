"""Contains all the data models used in inputs/outputs"""

from .assistant_variables import AssistantVariables
from .calls_direction import CallsDirection
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .created_assistant import CreatedAssistant
from .created_assistant_mode import CreatedAssistantMode
from .created_assistant_type import CreatedAssistantType
from .end_call_tool import EndCallTool
from .endpoint_type import EndpointType
from .engine_type import EngineType
from .post_call_field_type import PostCallFieldType
from .post_call_schema_field import PostCallSchemaField
from .server_error_response import ServerErrorResponse
from .validation_error_response import ValidationErrorResponse
from .validation_errors import ValidationErrors
from .who_speaks_first import WhoSpeaksFirst

__all__ = (
    "AssistantVariables",
    "CallsDirection",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "CreatedAssistant",
    "CreatedAssistantMode",
    "CreatedAssistantType",
    "EndCallTool",
    "EndpointType",
    "EngineType",
    "PostCallFieldType",
    "PostCallSchemaField",
    "ServerErrorResponse",
    "ValidationErrorResponse",
    "ValidationErrors",
    "WhoSpeaksFirst",
)
