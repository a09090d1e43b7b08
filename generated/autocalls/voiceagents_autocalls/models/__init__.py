"""Contains all the data models used in inputs/outputs"""

from .ambient_sound import AmbientSound
from .assistant_type import AssistantType
from .assistant_variables import AssistantVariables
from .call_transfer_tool import CallTransferTool
from .collect_keypad_tool import CollectKeypadTool
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .created_assistant import CreatedAssistant
from .end_call_tool import EndCallTool
from .endpoint_type import EndpointType
from .engine_mode import EngineMode
from .filler_config import FillerConfig
from .knowledgebase_mode import KnowledgebaseMode
from .post_call_field_type import PostCallFieldType
from .post_call_schema_field import PostCallSchemaField
from .server_error_response import ServerErrorResponse
from .validation_error_response import ValidationErrorResponse
from .validation_error_response_errors import ValidationErrorResponseErrors
from .warm_call_transfer_tool import WarmCallTransferTool

__all__ = (
    "AmbientSound",
    "AssistantType",
    "AssistantVariables",
    "CallTransferTool",
    "CollectKeypadTool",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "CreatedAssistant",
    "EndCallTool",
    "EndpointType",
    "EngineMode",
    "FillerConfig",
    "KnowledgebaseMode",
    "PostCallFieldType",
    "PostCallSchemaField",
    "ServerErrorResponse",
    "ValidationErrorResponse",
    "ValidationErrorResponseErrors",
    "WarmCallTransferTool",
)
