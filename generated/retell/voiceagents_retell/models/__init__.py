"""Contains all the data models used in inputs/outputs"""

from .agent_channel import AgentChannel
from .ambient_sound import AmbientSound
from .analysis_preset_name import AnalysisPresetName
from .assistant import Assistant
from .assistant_boolean_analysis_data import AssistantBooleanAnalysisData
from .assistant_call_screening_option import AssistantCallScreeningOption
from .assistant_contact_memory_config import AssistantContactMemoryConfig
from .assistant_custom_stt_config import AssistantCustomSttConfig
from .assistant_enum_analysis_data import AssistantEnumAnalysisData
from .assistant_guardrail_config import AssistantGuardrailConfig
from .assistant_handbook_config import AssistantHandbookConfig
from .assistant_ivr_action import AssistantIvrAction
from .assistant_ivr_option import AssistantIvrOption
from .assistant_list_item import AssistantListItem
from .assistant_list_item_tag import AssistantListItemTag
from .assistant_list_item_tag_dynamic_variables_type_0 import (
    AssistantListItemTagDynamicVariablesType0,
)
from .assistant_list_item_tags import AssistantListItemTags
from .assistant_number_analysis_data import AssistantNumberAnalysisData
from .assistant_output_selection_all import AssistantOutputSelectionAll
from .assistant_output_selection_subset import AssistantOutputSelectionSubset
from .assistant_pii_config import AssistantPiiConfig
from .assistant_post_session_app_tool import AssistantPostSessionAppTool
from .assistant_post_session_app_tool_response_variables_type_0 import (
    AssistantPostSessionAppToolResponseVariablesType0,
)
from .assistant_post_session_code_tool import AssistantPostSessionCodeTool
from .assistant_post_session_code_tool_response_variables_type_0 import (
    AssistantPostSessionCodeToolResponseVariablesType0,
)
from .assistant_post_session_custom_tool import AssistantPostSessionCustomTool
from .assistant_post_session_custom_tool_headers_type_0 import (
    AssistantPostSessionCustomToolHeadersType0,
)
from .assistant_post_session_custom_tool_query_params_type_0 import (
    AssistantPostSessionCustomToolQueryParamsType0,
)
from .assistant_post_session_custom_tool_response_variables_type_0 import (
    AssistantPostSessionCustomToolResponseVariablesType0,
)
from .assistant_pre_session_app_tool import AssistantPreSessionAppTool
from .assistant_pre_session_app_tool_response_variables_type_0 import (
    AssistantPreSessionAppToolResponseVariablesType0,
)
from .assistant_pre_session_code_tool import AssistantPreSessionCodeTool
from .assistant_pre_session_code_tool_response_variables_type_0 import (
    AssistantPreSessionCodeToolResponseVariablesType0,
)
from .assistant_pre_session_custom_tool import AssistantPreSessionCustomTool
from .assistant_pre_session_custom_tool_headers_type_0 import (
    AssistantPreSessionCustomToolHeadersType0,
)
from .assistant_pre_session_custom_tool_query_params_type_0 import (
    AssistantPreSessionCustomToolQueryParamsType0,
)
from .assistant_pre_session_custom_tool_response_variables_type_0 import (
    AssistantPreSessionCustomToolResponseVariablesType0,
)
from .assistant_preset_analysis_data import AssistantPresetAnalysisData
from .assistant_pronunciation_entry import AssistantPronunciationEntry
from .assistant_response_engine_conversation_flow import (
    AssistantResponseEngineConversationFlow,
)
from .assistant_response_engine_custom_llm import AssistantResponseEngineCustomLlm
from .assistant_response_engine_retell_llm import AssistantResponseEngineRetellLlm
from .assistant_send_sms_tool import AssistantSendSmsTool
from .assistant_sms_content_inferred import AssistantSmsContentInferred
from .assistant_sms_content_predefined import AssistantSmsContentPredefined
from .assistant_sms_content_template import AssistantSmsContentTemplate
from .assistant_sms_destination_customer_number import (
    AssistantSmsDestinationCustomerNumber,
)
from .assistant_sms_destination_phone_number import AssistantSmsDestinationPhoneNumber
from .assistant_sms_sender_current_number import AssistantSmsSenderCurrentNumber
from .assistant_sms_sender_retell_long_code import AssistantSmsSenderRetellLongCode
from .assistant_string_analysis_data import AssistantStringAnalysisData
from .assistant_tool_condition import AssistantToolCondition
from .assistant_tool_condition_equation import AssistantToolConditionEquation
from .assistant_tool_parameters import AssistantToolParameters
from .assistant_tool_parameters_properties import AssistantToolParametersProperties
from .assistant_user_dtmf_options import AssistantUserDtmfOptions
from .assistant_voicemail_action_bridge_transfer import (
    AssistantVoicemailActionBridgeTransfer,
)
from .assistant_voicemail_action_hangup import AssistantVoicemailActionHangup
from .assistant_voicemail_action_prompt import AssistantVoicemailActionPrompt
from .assistant_voicemail_action_static_text import AssistantVoicemailActionStaticText
from .assistant_voicemail_option import AssistantVoicemailOption
from .boolean_analysis_data import BooleanAnalysisData
from .call_screening_option import CallScreeningOption
from .condition_join import ConditionJoin
from .condition_operator import ConditionOperator
from .contact_memory_config import ContactMemoryConfig
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .custom_stt_config import CustomSttConfig
from .data_storage_setting import DataStorageSetting
from .denoising_mode import DenoisingMode
from .enum_analysis_data import EnumAnalysisData
from .execution_message_type import ExecutionMessageType
from .expressive_emotion_tag import ExpressiveEmotionTag
from .filter_string_operator import FilterStringOperator
from .get_assistant_response import GetAssistantResponse
from .guardrail_config import GuardrailConfig
from .guardrail_input_topic import GuardrailInputTopic
from .guardrail_output_topic import GuardrailOutputTopic
from .handbook_config import HandbookConfig
from .http_method import HttpMethod
from .ivr_action import IvrAction
from .ivr_option import IvrOption
from .language import Language
from .list_assistants_request import ListAssistantsRequest
from .list_assistants_response import ListAssistantsResponse
from .list_filter_channel import ListFilterChannel
from .list_filter_criteria import ListFilterCriteria
from .list_filter_is_transfer_agent import ListFilterIsTransferAgent
from .number_analysis_data import NumberAnalysisData
from .output_selection_all import OutputSelectionAll
from .output_selection_subset import OutputSelectionSubset
from .phonetic_alphabet import PhoneticAlphabet
from .pii_category import PiiCategory
from .pii_config import PiiConfig
from .pii_mode import PiiMode
from .post_call_analysis_model import PostCallAnalysisModel
from .post_session_app_tool import PostSessionAppTool
from .post_session_app_tool_response_variables import (
    PostSessionAppToolResponseVariables,
)
from .post_session_code_tool import PostSessionCodeTool
from .post_session_code_tool_response_variables import (
    PostSessionCodeToolResponseVariables,
)
from .post_session_custom_tool import PostSessionCustomTool
from .post_session_custom_tool_headers import PostSessionCustomToolHeaders
from .post_session_custom_tool_query_params import PostSessionCustomToolQueryParams
from .post_session_custom_tool_response_variables import (
    PostSessionCustomToolResponseVariables,
)
from .pre_session_app_tool import PreSessionAppTool
from .pre_session_app_tool_response_variables import PreSessionAppToolResponseVariables
from .pre_session_code_tool import PreSessionCodeTool
from .pre_session_code_tool_response_variables import (
    PreSessionCodeToolResponseVariables,
)
from .pre_session_custom_tool import PreSessionCustomTool
from .pre_session_custom_tool_headers import PreSessionCustomToolHeaders
from .pre_session_custom_tool_query_params import PreSessionCustomToolQueryParams
from .pre_session_custom_tool_response_variables import (
    PreSessionCustomToolResponseVariables,
)
from .preset_analysis_data import PresetAnalysisData
from .pronunciation_entry import PronunciationEntry
from .response_engine_conversation_flow import ResponseEngineConversationFlow
from .response_engine_custom_llm import ResponseEngineCustomLlm
from .response_engine_retell_llm import ResponseEngineRetellLlm
from .send_sms_tool import SendSmsTool
from .sms_content_inferred import SmsContentInferred
from .sms_content_predefined import SmsContentPredefined
from .sms_content_template import SmsContentTemplate
from .sms_destination_customer_number import SmsDestinationCustomerNumber
from .sms_destination_phone_number import SmsDestinationPhoneNumber
from .sms_sender_current_number import SmsSenderCurrentNumber
from .sms_sender_retell_long_code import SmsSenderRetellLongCode
from .sms_template_name import SmsTemplateName
from .sort_order import SortOrder
from .string_analysis_data import StringAnalysisData
from .stt_mode import SttMode
from .stt_provider import SttProvider
from .tool_condition import ToolCondition
from .tool_condition_equation import ToolConditionEquation
from .tool_parameter_type import ToolParameterType
from .tool_parameters import ToolParameters
from .tool_parameters_properties import ToolParametersProperties
from .update_assistant_request import UpdateAssistantRequest
from .update_assistant_response import UpdateAssistantResponse
from .user_dtmf_options import UserDtmfOptions
from .vocab_specialization import VocabSpecialization
from .voice_model import VoiceModel
from .voicemail_action_bridge_transfer import VoicemailActionBridgeTransfer
from .voicemail_action_hangup import VoicemailActionHangup
from .voicemail_action_prompt import VoicemailActionPrompt
from .voicemail_action_static_text import VoicemailActionStaticText
from .voicemail_option import VoicemailOption
from .webhook_event import WebhookEvent

__all__ = (
    "AgentChannel",
    "AmbientSound",
    "AnalysisPresetName",
    "Assistant",
    "AssistantBooleanAnalysisData",
    "AssistantCallScreeningOption",
    "AssistantContactMemoryConfig",
    "AssistantCustomSttConfig",
    "AssistantEnumAnalysisData",
    "AssistantGuardrailConfig",
    "AssistantHandbookConfig",
    "AssistantIvrAction",
    "AssistantIvrOption",
    "AssistantListItem",
    "AssistantListItemTag",
    "AssistantListItemTagDynamicVariablesType0",
    "AssistantListItemTags",
    "AssistantNumberAnalysisData",
    "AssistantOutputSelectionAll",
    "AssistantOutputSelectionSubset",
    "AssistantPiiConfig",
    "AssistantPostSessionAppTool",
    "AssistantPostSessionAppToolResponseVariablesType0",
    "AssistantPostSessionCodeTool",
    "AssistantPostSessionCodeToolResponseVariablesType0",
    "AssistantPostSessionCustomTool",
    "AssistantPostSessionCustomToolHeadersType0",
    "AssistantPostSessionCustomToolQueryParamsType0",
    "AssistantPostSessionCustomToolResponseVariablesType0",
    "AssistantPreSessionAppTool",
    "AssistantPreSessionAppToolResponseVariablesType0",
    "AssistantPreSessionCodeTool",
    "AssistantPreSessionCodeToolResponseVariablesType0",
    "AssistantPreSessionCustomTool",
    "AssistantPreSessionCustomToolHeadersType0",
    "AssistantPreSessionCustomToolQueryParamsType0",
    "AssistantPreSessionCustomToolResponseVariablesType0",
    "AssistantPresetAnalysisData",
    "AssistantPronunciationEntry",
    "AssistantResponseEngineConversationFlow",
    "AssistantResponseEngineCustomLlm",
    "AssistantResponseEngineRetellLlm",
    "AssistantSendSmsTool",
    "AssistantSmsContentInferred",
    "AssistantSmsContentPredefined",
    "AssistantSmsContentTemplate",
    "AssistantSmsDestinationCustomerNumber",
    "AssistantSmsDestinationPhoneNumber",
    "AssistantSmsSenderCurrentNumber",
    "AssistantSmsSenderRetellLongCode",
    "AssistantStringAnalysisData",
    "AssistantToolCondition",
    "AssistantToolConditionEquation",
    "AssistantToolParameters",
    "AssistantToolParametersProperties",
    "AssistantUserDtmfOptions",
    "AssistantVoicemailActionBridgeTransfer",
    "AssistantVoicemailActionHangup",
    "AssistantVoicemailActionPrompt",
    "AssistantVoicemailActionStaticText",
    "AssistantVoicemailOption",
    "BooleanAnalysisData",
    "CallScreeningOption",
    "ConditionJoin",
    "ConditionOperator",
    "ContactMemoryConfig",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "CustomSttConfig",
    "DataStorageSetting",
    "DenoisingMode",
    "EnumAnalysisData",
    "ExecutionMessageType",
    "ExpressiveEmotionTag",
    "FilterStringOperator",
    "GetAssistantResponse",
    "GuardrailConfig",
    "GuardrailInputTopic",
    "GuardrailOutputTopic",
    "HandbookConfig",
    "HttpMethod",
    "IvrAction",
    "IvrOption",
    "Language",
    "ListAssistantsRequest",
    "ListAssistantsResponse",
    "ListFilterChannel",
    "ListFilterCriteria",
    "ListFilterIsTransferAgent",
    "NumberAnalysisData",
    "OutputSelectionAll",
    "OutputSelectionSubset",
    "PhoneticAlphabet",
    "PiiCategory",
    "PiiConfig",
    "PiiMode",
    "PostCallAnalysisModel",
    "PostSessionAppTool",
    "PostSessionAppToolResponseVariables",
    "PostSessionCodeTool",
    "PostSessionCodeToolResponseVariables",
    "PostSessionCustomTool",
    "PostSessionCustomToolHeaders",
    "PostSessionCustomToolQueryParams",
    "PostSessionCustomToolResponseVariables",
    "PreSessionAppTool",
    "PreSessionAppToolResponseVariables",
    "PreSessionCodeTool",
    "PreSessionCodeToolResponseVariables",
    "PreSessionCustomTool",
    "PreSessionCustomToolHeaders",
    "PreSessionCustomToolQueryParams",
    "PreSessionCustomToolResponseVariables",
    "PresetAnalysisData",
    "PronunciationEntry",
    "ResponseEngineConversationFlow",
    "ResponseEngineCustomLlm",
    "ResponseEngineRetellLlm",
    "SendSmsTool",
    "SmsContentInferred",
    "SmsContentPredefined",
    "SmsContentTemplate",
    "SmsDestinationCustomerNumber",
    "SmsDestinationPhoneNumber",
    "SmsSenderCurrentNumber",
    "SmsSenderRetellLongCode",
    "SmsTemplateName",
    "SortOrder",
    "StringAnalysisData",
    "SttMode",
    "SttProvider",
    "ToolCondition",
    "ToolConditionEquation",
    "ToolParameterType",
    "ToolParameters",
    "ToolParametersProperties",
    "UpdateAssistantRequest",
    "UpdateAssistantResponse",
    "UserDtmfOptions",
    "VocabSpecialization",
    "VoiceModel",
    "VoicemailActionBridgeTransfer",
    "VoicemailActionHangup",
    "VoicemailActionPrompt",
    "VoicemailActionStaticText",
    "VoicemailOption",
    "WebhookEvent",
)
