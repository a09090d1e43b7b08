"""Contains all the data models used in inputs/outputs"""

from .assistant import Assistant
from .assistant_calendly import AssistantCalendly
from .assistant_call_retry_config import AssistantCallRetryConfig
from .assistant_calling_window import AssistantCallingWindow
from .assistant_created_by import AssistantCreatedBy
from .assistant_custom_model import AssistantCustomModel
from .assistant_custom_tool import AssistantCustomTool
from .assistant_custom_tool_header import AssistantCustomToolHeader
from .assistant_custom_tool_parameter import AssistantCustomToolParameter
from .assistant_custom_tool_query_param import AssistantCustomToolQueryParam
from .assistant_dedicated_instance_model import AssistantDedicatedInstanceModel
from .assistant_faq_item import AssistantFaqItem
from .assistant_kind import AssistantKind
from .assistant_open_router_model import AssistantOpenRouterModel
from .assistant_position import AssistantPosition
from .assistant_prompt_flow import AssistantPromptFlow
from .assistant_prompt_flow_edge import AssistantPromptFlowEdge
from .assistant_prompt_flow_node import AssistantPromptFlowNode
from .assistant_prompt_flow_node_data import AssistantPromptFlowNodeData
from .assistant_realtime_model import AssistantRealtimeModel
from .assistant_slack import AssistantSlack
from .assistant_slack_channel import AssistantSlackChannel
from .assistant_structured_output_field import AssistantStructuredOutputField
from .assistant_stt_context import AssistantSttContext
from .assistant_stt_context_entry import AssistantSttContextEntry
from .assistant_transfer_destination import AssistantTransferDestination
from .assistant_voice import AssistantVoice
from .assistant_zoho import AssistantZoho
from .assistant_zoho_field_mapping import AssistantZohoFieldMapping
from .background_sound import BackgroundSound
from .calendly import Calendly
from .call_outcome import CallOutcome
from .call_retry_config import CallRetryConfig
from .calling_window import CallingWindow
from .cartesia_model import CartesiaModel
from .clone_assistant_response import CloneAssistantResponse
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .custom_model import CustomModel
from .custom_tool import CustomTool
from .custom_tool_header import CustomToolHeader
from .custom_tool_parameter import CustomToolParameter
from .custom_tool_query_param import CustomToolQueryParam
from .dedicated_instance_model import DedicatedInstanceModel
from .dedicated_instance_model_name import DedicatedInstanceModelName
from .delete_assistant_response import DeleteAssistantResponse
from .faq_item import FaqItem
from .faq_item_source import FaqItemSource
from .first_sentence_mode import FirstSentenceMode
from .get_assistant_response import GetAssistantResponse
from .http_method import HttpMethod
from .human_transfer_mode import HumanTransferMode
from .list_assistants_response import ListAssistantsResponse
from .open_router_model import OpenRouterModel
from .position import Position
from .prompt_flow import PromptFlow
from .prompt_flow_edge import PromptFlowEdge
from .prompt_flow_node import PromptFlowNode
from .prompt_flow_node_data import PromptFlowNodeData
from .prompt_flow_node_type import PromptFlowNodeType
from .realtime_model import RealtimeModel
from .realtime_provider import RealtimeProvider
from .slack import Slack
from .slack_channel import SlackChannel
from .structured_output_field import StructuredOutputField
from .structured_output_field_type import StructuredOutputFieldType
from .stt_context import SttContext
from .stt_context_entry import SttContextEntry
from .stt_model import SttModel
from .thinking_sound import ThinkingSound
from .transfer_destination import TransferDestination
from .unpatched_calls_notice import UnpatchedCallsNotice
from .update_assistant_request import UpdateAssistantRequest
from .update_assistant_response import UpdateAssistantResponse
from .voice import Voice
from .voice_provider import VoiceProvider
from .weekday import Weekday
from .zoho import Zoho
from .zoho_field_mapping import ZohoFieldMapping

__all__ = (
    "Assistant",
    "AssistantCalendly",
    "AssistantCallRetryConfig",
    "AssistantCallingWindow",
    "AssistantCreatedBy",
    "AssistantCustomModel",
    "AssistantCustomTool",
    "AssistantCustomToolHeader",
    "AssistantCustomToolParameter",
    "AssistantCustomToolQueryParam",
    "AssistantDedicatedInstanceModel",
    "AssistantFaqItem",
    "AssistantKind",
    "AssistantOpenRouterModel",
    "AssistantPosition",
    "AssistantPromptFlow",
    "AssistantPromptFlowEdge",
    "AssistantPromptFlowNode",
    "AssistantPromptFlowNodeData",
    "AssistantRealtimeModel",
    "AssistantSlack",
    "AssistantSlackChannel",
    "AssistantStructuredOutputField",
    "AssistantSttContext",
    "AssistantSttContextEntry",
    "AssistantTransferDestination",
    "AssistantVoice",
    "AssistantZoho",
    "AssistantZohoFieldMapping",
    "BackgroundSound",
    "Calendly",
    "CallOutcome",
    "CallRetryConfig",
    "CallingWindow",
    "CartesiaModel",
    "CloneAssistantResponse",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "CustomModel",
    "CustomTool",
    "CustomToolHeader",
    "CustomToolParameter",
    "CustomToolQueryParam",
    "DedicatedInstanceModel",
    "DedicatedInstanceModelName",
    "DeleteAssistantResponse",
    "FaqItem",
    "FaqItemSource",
    "FirstSentenceMode",
    "GetAssistantResponse",
    "HttpMethod",
    "HumanTransferMode",
    "ListAssistantsResponse",
    "OpenRouterModel",
    "Position",
    "PromptFlow",
    "PromptFlowEdge",
    "PromptFlowNode",
    "PromptFlowNodeData",
    "PromptFlowNodeType",
    "RealtimeModel",
    "RealtimeProvider",
    "Slack",
    "SlackChannel",
    "StructuredOutputField",
    "StructuredOutputFieldType",
    "SttContext",
    "SttContextEntry",
    "SttModel",
    "ThinkingSound",
    "TransferDestination",
    "UnpatchedCallsNotice",
    "UpdateAssistantRequest",
    "UpdateAssistantResponse",
    "Voice",
    "VoiceProvider",
    "Weekday",
    "Zoho",
    "ZohoFieldMapping",
)
