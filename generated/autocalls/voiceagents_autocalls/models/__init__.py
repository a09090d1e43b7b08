"""Contains all the data models used in inputs/outputs"""

from .ambient_sound import AmbientSound
from .assistant import Assistant
from .assistant_direction import AssistantDirection
from .assistant_engine_mode import AssistantEngineMode
from .assistant_post_call_field import AssistantPostCallField
from .assistant_post_call_field_type import AssistantPostCallFieldType
from .assistant_status import AssistantStatus
from .assistant_tool import AssistantTool
from .assistant_tool_data import AssistantToolData
from .assistant_tool_type import AssistantToolType
from .assistant_type import AssistantType
from .assistant_variable_map import AssistantVariableMap
from .assistant_variables import AssistantVariables
from .call_transfer_tool import CallTransferTool
from .collect_keypad_tool import CollectKeypadTool
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .created_assistant import CreatedAssistant
from .delete_assistant_response import DeleteAssistantResponse
from .end_call_tool import EndCallTool
from .endpoint_type import EndpointType
from .engine_mode import EngineMode
from .filler_config import FillerConfig
from .knowledgebase_mode import KnowledgebaseMode
from .list_assistants_response import ListAssistantsResponse
from .not_found_response import NotFoundResponse
from .pagination_link import PaginationLink
from .post_call_field_type import PostCallFieldType
from .post_call_schema_field import PostCallSchemaField
from .server_error_response import ServerErrorResponse
from .update_assistant_request import UpdateAssistantRequest
from .update_assistant_response import UpdateAssistantResponse
from .updated_assistant import UpdatedAssistant
from .validation_error_response import ValidationErrorResponse
from .validation_error_response_errors import ValidationErrorResponseErrors
from .warm_call_transfer_tool import WarmCallTransferTool

__all__ = (
    "AmbientSound",
    "Assistant",
    "AssistantDirection",
    "AssistantEngineMode",
    "AssistantPostCallField",
    "AssistantPostCallFieldType",
    "AssistantStatus",
    "AssistantTool",
    "AssistantToolData",
    "AssistantToolType",
    "AssistantType",
    "AssistantVariableMap",
    "AssistantVariables",
    "CallTransferTool",
    "CollectKeypadTool",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "CreatedAssistant",
    "DeleteAssistantResponse",
    "EndCallTool",
    "EndpointType",
    "EngineMode",
    "FillerConfig",
    "KnowledgebaseMode",
    "ListAssistantsResponse",
    "NotFoundResponse",
    "PaginationLink",
    "PostCallFieldType",
    "PostCallSchemaField",
    "ServerErrorResponse",
    "UpdateAssistantRequest",
    "UpdateAssistantResponse",
    "UpdatedAssistant",
    "ValidationErrorResponse",
    "ValidationErrorResponseErrors",
    "WarmCallTransferTool",
)
