from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_sound import BackgroundSound
from ..models.first_sentence_mode import FirstSentenceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendly import Calendly
    from ..models.call_retry_config import CallRetryConfig
    from ..models.dedicated_instance_model import DedicatedInstanceModel
    from ..models.faq_item import FaqItem
    from ..models.open_router_model import OpenRouterModel
    from ..models.structured_output_field import StructuredOutputField
    from ..models.voice import Voice


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """Settings for a new Revox assistant.

    Attributes:
        name (str): Display name of the assistant.
        prompt (str): System prompt handed to the language model (gpt-4.1 according to the page) for every call.
        first_sentence (str | Unset): Opening line of the call. How it is used depends on `first_sentence_mode`: an
            instruction
            for the model to phrase (`generated`) or text read out word for word (`static`).
        first_sentence_mode (FirstSentenceMode | Unset): How the opening line is produced. `generated`: the model writes
            it from the
            `first_sentence` instruction. `static`: `first_sentence` is spoken exactly as given.
            `none`: the agent stays silent and lets the other party speak first.
        first_sentence_delay_ms (int | Unset): Pause, in milliseconds, before the agent says its first sentence.
            Default: 400.
        end_of_call_sentence (str | Unset): Optional line the agent says when it decides to hang up.
        voice (Voice | Unset): Text-to-speech voice; the available voices are listed by `GET /voices`.
        llm_model (DedicatedInstanceModel | OpenRouterModel | Unset): Language model that drives the conversation:
            either a Revox-hosted dedicated instance or
            a model reached through OpenRouter, told apart by `type`.
        webhook_url (str | Unset): Address Revox calls when a call has finished.
        max_call_duration_secs (float | Unset): Upper limit on the length of a call, in seconds; the call is ended once
            it is reached.
        structured_output_config (list[StructuredOutputField] | Unset): Fields to extract from each call once it is over
            (for example the caller's email, name
            or company).
        call_retry_config (CallRetryConfig | Unset): When and how often Revox calls again after an unsuccessful attempt.
            Leaving the whole object
            out makes Revox use its defaults (the `default` values below); when it is sent, the SDK types
            mark `calling_windows` and `max_retry_attempts` as required.
        background_sound (BackgroundSound | None | Unset): Ambient sound played under the conversation (for instance to
            sound like an office);
            `null` means none. `audio/office.ogg` is the only value the page allows.
        transfer_phone_number (None | str | Unset): Number in E.164 form (a `+`, then up to 15 digits, e.g. +1234567890)
            that the call is
            handed over to when the caller asks for a human. The pattern is the E.164 syntax the
            page names; the page itself gives no regular expression.
        ivr_navigation_enabled (bool | Unset): Gives the agent tools to get through phone menus (sending DTMF tones,
            skipping a turn).
        voicemail_message (None | str | Unset): What the agent says before hanging up when it reaches a voicemail box;
            with `null` it
            hangs up straight away.
        faq_items (list[FaqItem] | Unset): Question-and-answer pairs for the assistant. Sending this list replaces every
            FAQ item
            the assistant already had.
        calendly (Calendly | None | Unset): Calendly booking integration; `null` leaves it unset.
    """

    name: str
    prompt: str
    first_sentence: str | Unset = UNSET
    first_sentence_mode: FirstSentenceMode | Unset = UNSET
    first_sentence_delay_ms: int | Unset = UNSET
    end_of_call_sentence: str | Unset = UNSET
    voice: Voice | Unset = UNSET
    llm_model: DedicatedInstanceModel | OpenRouterModel | Unset = UNSET
    webhook_url: str | Unset = UNSET
    max_call_duration_secs: float | Unset = UNSET
    structured_output_config: list[StructuredOutputField] | Unset = UNSET
    call_retry_config: CallRetryConfig | Unset = UNSET
    background_sound: BackgroundSound | None | Unset = UNSET
    transfer_phone_number: None | str | Unset = UNSET
    ivr_navigation_enabled: bool | Unset = UNSET
    voicemail_message: None | str | Unset = UNSET
    faq_items: list[FaqItem] | Unset = UNSET
    calendly: Calendly | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendly import Calendly
        from ..models.dedicated_instance_model import DedicatedInstanceModel

        name = self.name

        prompt = self.prompt

        first_sentence = self.first_sentence

        first_sentence_mode: str | Unset = UNSET
        if not isinstance(self.first_sentence_mode, Unset):
            first_sentence_mode = self.first_sentence_mode.value

        first_sentence_delay_ms = self.first_sentence_delay_ms

        end_of_call_sentence = self.end_of_call_sentence

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        llm_model: dict[str, Any] | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        elif isinstance(self.llm_model, DedicatedInstanceModel):
            llm_model = self.llm_model.to_dict()
        else:
            llm_model = self.llm_model.to_dict()

        webhook_url = self.webhook_url

        max_call_duration_secs = self.max_call_duration_secs

        structured_output_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.structured_output_config, Unset):
            structured_output_config = []
            for structured_output_config_item_data in self.structured_output_config:
                structured_output_config_item = (
                    structured_output_config_item_data.to_dict()
                )
                structured_output_config.append(structured_output_config_item)

        call_retry_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_retry_config, Unset):
            call_retry_config = self.call_retry_config.to_dict()

        background_sound: None | str | Unset
        if isinstance(self.background_sound, Unset):
            background_sound = UNSET
        elif isinstance(self.background_sound, BackgroundSound):
            background_sound = self.background_sound.value
        else:
            background_sound = self.background_sound

        transfer_phone_number: None | str | Unset
        if isinstance(self.transfer_phone_number, Unset):
            transfer_phone_number = UNSET
        else:
            transfer_phone_number = self.transfer_phone_number

        ivr_navigation_enabled = self.ivr_navigation_enabled

        voicemail_message: None | str | Unset
        if isinstance(self.voicemail_message, Unset):
            voicemail_message = UNSET
        else:
            voicemail_message = self.voicemail_message

        faq_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faq_items, Unset):
            faq_items = []
            for faq_items_item_data in self.faq_items:
                faq_items_item = faq_items_item_data.to_dict()
                faq_items.append(faq_items_item)

        calendly: dict[str, Any] | None | Unset
        if isinstance(self.calendly, Unset):
            calendly = UNSET
        elif isinstance(self.calendly, Calendly):
            calendly = self.calendly.to_dict()
        else:
            calendly = self.calendly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if first_sentence is not UNSET:
            field_dict["first_sentence"] = first_sentence
        if first_sentence_mode is not UNSET:
            field_dict["first_sentence_mode"] = first_sentence_mode
        if first_sentence_delay_ms is not UNSET:
            field_dict["first_sentence_delay_ms"] = first_sentence_delay_ms
        if end_of_call_sentence is not UNSET:
            field_dict["end_of_call_sentence"] = end_of_call_sentence
        if voice is not UNSET:
            field_dict["voice"] = voice
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if max_call_duration_secs is not UNSET:
            field_dict["max_call_duration_secs"] = max_call_duration_secs
        if structured_output_config is not UNSET:
            field_dict["structured_output_config"] = structured_output_config
        if call_retry_config is not UNSET:
            field_dict["call_retry_config"] = call_retry_config
        if background_sound is not UNSET:
            field_dict["background_sound"] = background_sound
        if transfer_phone_number is not UNSET:
            field_dict["transfer_phone_number"] = transfer_phone_number
        if ivr_navigation_enabled is not UNSET:
            field_dict["ivr_navigation_enabled"] = ivr_navigation_enabled
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        if faq_items is not UNSET:
            field_dict["faq_items"] = faq_items
        if calendly is not UNSET:
            field_dict["calendly"] = calendly

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.calendly import Calendly
        from ..models.call_retry_config import CallRetryConfig
        from ..models.dedicated_instance_model import DedicatedInstanceModel
        from ..models.faq_item import FaqItem
        from ..models.open_router_model import OpenRouterModel
        from ..models.structured_output_field import StructuredOutputField
        from ..models.voice import Voice

        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        first_sentence = d.pop("first_sentence", UNSET)

        _first_sentence_mode = d.pop("first_sentence_mode", UNSET)
        first_sentence_mode: FirstSentenceMode | Unset
        if isinstance(_first_sentence_mode, Unset):
            first_sentence_mode = UNSET
        else:
            first_sentence_mode = FirstSentenceMode(_first_sentence_mode)

        first_sentence_delay_ms = d.pop("first_sentence_delay_ms", UNSET)

        end_of_call_sentence = d.pop("end_of_call_sentence", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = Voice.from_dict(_voice)

        def _parse_llm_model(
            data: object,
        ) -> DedicatedInstanceModel | OpenRouterModel | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_model_type_0 = DedicatedInstanceModel.from_dict(data)

                return llm_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            llm_model_type_1 = OpenRouterModel.from_dict(data)

            return llm_model_type_1

        llm_model = _parse_llm_model(d.pop("llm_model", UNSET))

        webhook_url = d.pop("webhook_url", UNSET)

        max_call_duration_secs = d.pop("max_call_duration_secs", UNSET)

        _structured_output_config = d.pop("structured_output_config", UNSET)
        structured_output_config: list[StructuredOutputField] | Unset = UNSET
        if _structured_output_config is not UNSET:
            structured_output_config = []
            for structured_output_config_item_data in _structured_output_config:
                structured_output_config_item = StructuredOutputField.from_dict(
                    structured_output_config_item_data
                )

                structured_output_config.append(structured_output_config_item)

        _call_retry_config = d.pop("call_retry_config", UNSET)
        call_retry_config: CallRetryConfig | Unset
        if isinstance(_call_retry_config, Unset):
            call_retry_config = UNSET
        else:
            call_retry_config = CallRetryConfig.from_dict(_call_retry_config)

        def _parse_background_sound(data: object) -> BackgroundSound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_sound_type_0 = BackgroundSound(data)

                return background_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSound | None | Unset, data)

        background_sound = _parse_background_sound(d.pop("background_sound", UNSET))

        def _parse_transfer_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transfer_phone_number = _parse_transfer_phone_number(
            d.pop("transfer_phone_number", UNSET)
        )

        ivr_navigation_enabled = d.pop("ivr_navigation_enabled", UNSET)

        def _parse_voicemail_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_message = _parse_voicemail_message(d.pop("voicemail_message", UNSET))

        _faq_items = d.pop("faq_items", UNSET)
        faq_items: list[FaqItem] | Unset = UNSET
        if _faq_items is not UNSET:
            faq_items = []
            for faq_items_item_data in _faq_items:
                faq_items_item = FaqItem.from_dict(faq_items_item_data)

                faq_items.append(faq_items_item)

        def _parse_calendly(data: object) -> Calendly | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendly_type_0 = Calendly.from_dict(data)

                return calendly_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Calendly | None | Unset, data)

        calendly = _parse_calendly(d.pop("calendly", UNSET))

        create_assistant_request = cls(
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
            faq_items=faq_items,
            calendly=calendly,
        )

        create_assistant_request.additional_properties = d
        return create_assistant_request

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
