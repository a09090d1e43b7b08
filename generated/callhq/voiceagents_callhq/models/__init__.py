"""Contains all the data models used in inputs/outputs"""

from .analysis_plan import AnalysisPlan
from .anthropic_model_name import AnthropicModelName
from .azure_model_name import AzureModelName
from .create_assistant_request import CreateAssistantRequest
from .create_assistant_response import CreateAssistantResponse
from .deepseek_model_name import DeepseekModelName
from .hangup_using_prompt import HangupUsingPrompt
from .knowledge_base import KnowledgeBase
from .model import Model
from .model_message import ModelMessage
from .model_provider import ModelProvider
from .openai_model_name import OpenaiModelName
from .openrouter_model_name import OpenrouterModelName
from .transcriber import Transcriber
from .update_assistant_request import UpdateAssistantRequest
from .update_assistant_response import UpdateAssistantResponse
from .voice import Voice

__all__ = (
    "AnalysisPlan",
    "AnthropicModelName",
    "AzureModelName",
    "CreateAssistantRequest",
    "CreateAssistantResponse",
    "DeepseekModelName",
    "HangupUsingPrompt",
    "KnowledgeBase",
    "Model",
    "ModelMessage",
    "ModelProvider",
    "OpenaiModelName",
    "OpenrouterModelName",
    "Transcriber",
    "UpdateAssistantRequest",
    "UpdateAssistantResponse",
    "Voice",
)
