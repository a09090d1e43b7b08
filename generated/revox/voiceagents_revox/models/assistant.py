from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_sound import BackgroundSound
from ..models.first_sentence_mode import FirstSentenceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_calendly import AssistantCalendly
    from ..models.assistant_call_retry_config import AssistantCallRetryConfig
    from ..models.assistant_dedicated_instance_model import (
        AssistantDedicatedInstanceModel,
    )
    from ..models.assistant_faq_item import AssistantFaqItem
    from ..models.assistant_open_router_model import AssistantOpenRouterModel
    from ..models.assistant_structured_output_field import (
        AssistantStructuredOutputField,
    )
    from ..models.assistant_voice import AssistantVoice


T = TypeVar("T", bound="Assistant")


@_attrs_define
class Assistant:
    """A stored assistant as Revox returns it: the create settings (with Revox's defaults filled
    in, several of them nullable) plus identifiers and timestamps. Fields and required flags
    follow the official SDK's response type.

        Attributes:
            id (str): Identifier of the assistant, used when placing calls.
            organization_id (str): Identifier of the organisation that owns the assistant.
            created_at (Any): Creation time. The SDK types it as `unknown`, so no type is imposed here; in practice a
                timestamp is expected.
            updated_at (Any): Time of the last change. The SDK types it as `unknown`, so no type is imposed here; in
                practice a timestamp is expected.
            name (str): Display name of the assistant.
            prompt (str): System prompt given to the language model.
            first_sentence (None | str): Opening line or opening instruction, if any.
            first_sentence_mode (FirstSentenceMode | str): How the opening line is produced (open set; unknown values are
                kept as text).
            first_sentence_delay_ms (int): Pause before the first sentence, in milliseconds.
            end_of_call_sentence (None | str): Line said before the agent hangs up, if any.
            voice (AssistantVoice | None): Voice of the assistant, or `null`.
            llm_model (AssistantDedicatedInstanceModel | AssistantOpenRouterModel): Language model of the assistant, told
                apart by `type`.
            webhook_url (None | str): Address called when a call finishes, or `null`.
            max_call_duration_secs (float): Call length limit in seconds.
            structured_output_config (list[AssistantStructuredOutputField] | None): Fields extracted after each call, or
                `null`.
            call_retry_config (AssistantCallRetryConfig | None): Retry settings, or `null`.
            background_sound (BackgroundSound | None | str): Ambient sound, or `null` (open set; unknown values are kept as
                text).
            transfer_phone_number (None | str): Number calls are handed over to when a human is requested, or `null`.
            ivr_navigation_enabled (bool): Whether the phone-menu navigation tools are on.
            voicemail_message (None | str): Message left on voicemail, or `null` to hang up at once.
            calendly (AssistantCalendly | None): Calendly integration, or `null`.
            faq_items (list[AssistantFaqItem] | Unset): The assistant's FAQ entries.
            pending_faq_count (float | Unset): Number of FAQ entries still waiting for an answer.
    """

    id: str
    organization_id: str
    created_at: Any
    updated_at: Any
    name: str
    prompt: str
    first_sentence: None | str
    first_sentence_mode: FirstSentenceMode | str
    first_sentence_delay_ms: int
    end_of_call_sentence: None | str
    voice: AssistantVoice | None
    llm_model: AssistantDedicatedInstanceModel | AssistantOpenRouterModel
    webhook_url: None | str
    max_call_duration_secs: float
    structured_output_config: list[AssistantStructuredOutputField] | None
    call_retry_config: AssistantCallRetryConfig | None
    background_sound: BackgroundSound | None | str
    transfer_phone_number: None | str
    ivr_navigation_enabled: bool
    voicemail_message: None | str
    calendly: AssistantCalendly | None
    faq_items: list[AssistantFaqItem] | Unset = UNSET
    pending_faq_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_calendly import AssistantCalendly
        from ..models.assistant_call_retry_config import AssistantCallRetryConfig
        from ..models.assistant_dedicated_instance_model import (
            AssistantDedicatedInstanceModel,
        )
        from ..models.assistant_voice import AssistantVoice

        id = self.id

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        prompt = self.prompt

        first_sentence: None | str
        first_sentence = self.first_sentence

        first_sentence_mode: str
        if isinstance(self.first_sentence_mode, FirstSentenceMode):
            first_sentence_mode = self.first_sentence_mode.value
        else:
            first_sentence_mode = self.first_sentence_mode

        first_sentence_delay_ms = self.first_sentence_delay_ms

        end_of_call_sentence: None | str
        end_of_call_sentence = self.end_of_call_sentence

        voice: dict[str, Any] | None
        if isinstance(self.voice, AssistantVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        llm_model: dict[str, Any]
        if isinstance(self.llm_model, AssistantDedicatedInstanceModel):
            llm_model = self.llm_model.to_dict()
        else:
            llm_model = self.llm_model.to_dict()

        webhook_url: None | str
        webhook_url = self.webhook_url

        max_call_duration_secs = self.max_call_duration_secs

        structured_output_config: list[dict[str, Any]] | None
        if isinstance(self.structured_output_config, list):
            structured_output_config = []
            for (
                structured_output_config_type_0_item_data
            ) in self.structured_output_config:
                structured_output_config_type_0_item = (
                    structured_output_config_type_0_item_data.to_dict()
                )
                structured_output_config.append(structured_output_config_type_0_item)

        else:
            structured_output_config = self.structured_output_config

        call_retry_config: dict[str, Any] | None
        if isinstance(self.call_retry_config, AssistantCallRetryConfig):
            call_retry_config = self.call_retry_config.to_dict()
        else:
            call_retry_config = self.call_retry_config

        background_sound: None | str
        if isinstance(self.background_sound, BackgroundSound):
            background_sound = self.background_sound.value
        else:
            background_sound = self.background_sound

        transfer_phone_number: None | str
        transfer_phone_number = self.transfer_phone_number

        ivr_navigation_enabled = self.ivr_navigation_enabled

        voicemail_message: None | str
        voicemail_message = self.voicemail_message

        calendly: dict[str, Any] | None
        if isinstance(self.calendly, AssistantCalendly):
            calendly = self.calendly.to_dict()
        else:
            calendly = self.calendly

        faq_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faq_items, Unset):
            faq_items = []
            for faq_items_item_data in self.faq_items:
                faq_items_item = faq_items_item_data.to_dict()
                faq_items.append(faq_items_item)

        pending_faq_count = self.pending_faq_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "name": name,
                "prompt": prompt,
                "first_sentence": first_sentence,
                "first_sentence_mode": first_sentence_mode,
                "first_sentence_delay_ms": first_sentence_delay_ms,
                "end_of_call_sentence": end_of_call_sentence,
                "voice": voice,
                "llm_model": llm_model,
                "webhook_url": webhook_url,
                "max_call_duration_secs": max_call_duration_secs,
                "structured_output_config": structured_output_config,
                "call_retry_config": call_retry_config,
                "background_sound": background_sound,
                "transfer_phone_number": transfer_phone_number,
                "ivr_navigation_enabled": ivr_navigation_enabled,
                "voicemail_message": voicemail_message,
                "calendly": calendly,
            }
        )
        if faq_items is not UNSET:
            field_dict["faq_items"] = faq_items
        if pending_faq_count is not UNSET:
            field_dict["pending_faq_count"] = pending_faq_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_calendly import AssistantCalendly
        from ..models.assistant_call_retry_config import AssistantCallRetryConfig
        from ..models.assistant_dedicated_instance_model import (
            AssistantDedicatedInstanceModel,
        )
        from ..models.assistant_faq_item import AssistantFaqItem
        from ..models.assistant_open_router_model import AssistantOpenRouterModel
        from ..models.assistant_structured_output_field import (
            AssistantStructuredOutputField,
        )
        from ..models.assistant_voice import AssistantVoice

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        name = d.pop("name")

        prompt = d.pop("prompt")

        def _parse_first_sentence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_sentence = _parse_first_sentence(d.pop("first_sentence"))

        def _parse_first_sentence_mode(data: object) -> FirstSentenceMode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_sentence_mode_type_0 = FirstSentenceMode(data)

                return first_sentence_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FirstSentenceMode | str, data)

        first_sentence_mode = _parse_first_sentence_mode(d.pop("first_sentence_mode"))

        first_sentence_delay_ms = d.pop("first_sentence_delay_ms")

        def _parse_end_of_call_sentence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_of_call_sentence = _parse_end_of_call_sentence(
            d.pop("end_of_call_sentence")
        )

        def _parse_voice(data: object) -> AssistantVoice | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = AssistantVoice.from_dict(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantVoice | None, data)

        voice = _parse_voice(d.pop("voice"))

        def _parse_llm_model(
            data: object,
        ) -> AssistantDedicatedInstanceModel | AssistantOpenRouterModel:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_model_type_0 = AssistantDedicatedInstanceModel.from_dict(data)

                return llm_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            llm_model_type_1 = AssistantOpenRouterModel.from_dict(data)

            return llm_model_type_1

        llm_model = _parse_llm_model(d.pop("llm_model"))

        def _parse_webhook_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url"))

        max_call_duration_secs = d.pop("max_call_duration_secs")

        def _parse_structured_output_config(
            data: object,
        ) -> list[AssistantStructuredOutputField] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                structured_output_config_type_0 = []
                _structured_output_config_type_0 = data
                for (
                    structured_output_config_type_0_item_data
                ) in _structured_output_config_type_0:
                    structured_output_config_type_0_item = (
                        AssistantStructuredOutputField.from_dict(
                            structured_output_config_type_0_item_data
                        )
                    )

                    structured_output_config_type_0.append(
                        structured_output_config_type_0_item
                    )

                return structured_output_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssistantStructuredOutputField] | None, data)

        structured_output_config = _parse_structured_output_config(
            d.pop("structured_output_config")
        )

        def _parse_call_retry_config(data: object) -> AssistantCallRetryConfig | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_retry_config_type_0 = AssistantCallRetryConfig.from_dict(data)

                return call_retry_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantCallRetryConfig | None, data)

        call_retry_config = _parse_call_retry_config(d.pop("call_retry_config"))

        def _parse_background_sound(data: object) -> BackgroundSound | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_sound_type_0 = BackgroundSound(data)

                return background_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSound | None | str, data)

        background_sound = _parse_background_sound(d.pop("background_sound"))

        def _parse_transfer_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transfer_phone_number = _parse_transfer_phone_number(
            d.pop("transfer_phone_number")
        )

        ivr_navigation_enabled = d.pop("ivr_navigation_enabled")

        def _parse_voicemail_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        voicemail_message = _parse_voicemail_message(d.pop("voicemail_message"))

        def _parse_calendly(data: object) -> AssistantCalendly | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendly_type_0 = AssistantCalendly.from_dict(data)

                return calendly_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantCalendly | None, data)

        calendly = _parse_calendly(d.pop("calendly"))

        _faq_items = d.pop("faq_items", UNSET)
        faq_items: list[AssistantFaqItem] | Unset = UNSET
        if _faq_items is not UNSET:
            faq_items = []
            for faq_items_item_data in _faq_items:
                faq_items_item = AssistantFaqItem.from_dict(faq_items_item_data)

                faq_items.append(faq_items_item)

        pending_faq_count = d.pop("pending_faq_count", UNSET)

        assistant = cls(
            id=id,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            prompt=prompt,
            first_sentence=first_sentence,
            first_sentence_mode=first_sentence_mode,
            first_sentence_delay_ms=first_sentence_delay_ms,
            end_of_call_sentence=end_of_call_sentence,
            voice=voice,
            llm_model=llm_model,
            webhook_url=webhook_url,
            max_call_duration_secs=max_call_duration_secs,
            structured_output_config=structured_output_config,
            call_retry_config=call_retry_config,
            background_sound=background_sound,
            transfer_phone_number=transfer_phone_number,
            ivr_navigation_enabled=ivr_navigation_enabled,
            voicemail_message=voicemail_message,
            calendly=calendly,
            faq_items=faq_items,
            pending_faq_count=pending_faq_count,
        )

        assistant.additional_properties = d
        return assistant

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
