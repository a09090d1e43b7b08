from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_provider import ModelProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base import KnowledgeBase
    from ..models.model_message import ModelMessage


T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """LLM settings. The docs list the supported providers and, for each, the model names it accepts; those lists are
    enforced through `if`/`then` rules on this schema (one per provider). Whether `provider` and `model` are required is
    not stated, so both are optional here.

        Attributes:
            provider (ModelProvider | Unset): LLM provider; the docs list exactly these five.
            model (str | Unset): Name of the LLM. The accepted names depend on `provider` (see the rules of this schema and
                the `*ModelName` enums).
            temperature (float | Unset): Sampling temperature of the LLM (no range is documented).
            max_tokens (int | Unset): Upper bound on the tokens the LLM may produce per reply (no range is documented).
            emotion_recognition_enabled (bool | Unset): Whether the caller's emotional tone is detected and passed to the
                LLM.
            messages (list[ModelMessage] | Unset): Messages the conversation starts with, typically the system prompt.
            knowledge_base (KnowledgeBase | Unset): A set of uploaded knowledge files, referenced by their ids.
    """

    provider: ModelProvider | Unset = UNSET
    model: str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    emotion_recognition_enabled: bool | Unset = UNSET
    messages: list[ModelMessage] | Unset = UNSET
    knowledge_base: KnowledgeBase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        model = self.model

        temperature = self.temperature

        max_tokens = self.max_tokens

        emotion_recognition_enabled = self.emotion_recognition_enabled

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        knowledge_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = self.knowledge_base.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["maxTokens"] = max_tokens
        if emotion_recognition_enabled is not UNSET:
            field_dict["emotionRecognitionEnabled"] = emotion_recognition_enabled
        if messages is not UNSET:
            field_dict["messages"] = messages
        if knowledge_base is not UNSET:
            field_dict["knowledgeBase"] = knowledge_base

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.knowledge_base import KnowledgeBase
        from ..models.model_message import ModelMessage

        d = dict(src_dict)
        _provider = d.pop("provider", UNSET)
        provider: ModelProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ModelProvider(_provider)

        model = d.pop("model", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("maxTokens", UNSET)

        emotion_recognition_enabled = d.pop("emotionRecognitionEnabled", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[ModelMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ModelMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _knowledge_base = d.pop("knowledgeBase", UNSET)
        knowledge_base: KnowledgeBase | Unset
        if isinstance(_knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = KnowledgeBase.from_dict(_knowledge_base)

        model = cls(
            provider=provider,
            model=model,
            temperature=temperature,
            max_tokens=max_tokens,
            emotion_recognition_enabled=emotion_recognition_enabled,
            messages=messages,
            knowledge_base=knowledge_base,
        )

        model.additional_properties = d
        return model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
