"""Contains all the data models used in inputs/outputs"""

from .assistant import Assistant
from .assistant_calendly import AssistantCalendly
from .assistant_call_retry_config import AssistantCallRetryConfig
from .assistant_calling_window import AssistantCallingWindow
from .assistant_dedicated_instance_model import AssistantDedicatedInstanceModel
from .assistant_faq_item import AssistantFaqItem
from .assistant_open_router_model import AssistantOpenRouterModel
from .assistant_structured_output_field import AssistantStructuredOutputField
from .assistant_voice import AssistantVoice
from .background_sound import BackgroundSound
from .calendly import Calendly
from .call_retry_config import CallRetryConfig
from .calling_window import CallingWindow
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .dedicated_instance_model import DedicatedInstanceModel
from .dedicated_instance_model_name import DedicatedInstanceModelName
from .faq_item import FaqItem
from .faq_item_source import FaqItemSource
from .first_sentence_mode import FirstSentenceMode
from .open_router_model import OpenRouterModel
from .structured_output_field import StructuredOutputField
from .structured_output_field_type import StructuredOutputFieldType
from .voice import Voice
from .voice_provider import VoiceProvider

__all__ = (
    "Assistant",
    "AssistantCalendly",
    "AssistantCallRetryConfig",
    "AssistantCallingWindow",
    "AssistantDedicatedInstanceModel",
    "AssistantFaqItem",
    "AssistantOpenRouterModel",
    "AssistantStructuredOutputField",
    "AssistantVoice",
    "BackgroundSound",
    "Calendly",
    "CallRetryConfig",
    "CallingWindow",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "DedicatedInstanceModel",
    "DedicatedInstanceModelName",
    "FaqItem",
    "FaqItemSource",
    "FirstSentenceMode",
    "OpenRouterModel",
    "StructuredOutputField",
    "StructuredOutputFieldType",
    "Voice",
    "VoiceProvider",
)
