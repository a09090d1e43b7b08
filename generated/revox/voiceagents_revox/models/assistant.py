from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_sound import BackgroundSound
from ..models.first_sentence_mode import FirstSentenceMode
from ..types import UNSET, Unset, describe_misfit

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
            id (str | Unset): Identifier of the assistant, used when placing calls.
            organization_id (str | Unset): Identifier of the organisation that owns the assistant.
            created_at (Any | Unset): Creation time. The SDK types it as `unknown`, so no type is imposed here; in practice
                a
                timestamp is expected.
            updated_at (Any | Unset): Time of the last change. The SDK types it as `unknown`, so no type is imposed here; in
                practice a timestamp is expected.
            name (str | Unset): Display name of the assistant.
            prompt (str | Unset): System prompt given to the language model.
            first_sentence (None | str | Unset): Opening line or opening instruction, if any.
            first_sentence_mode (FirstSentenceMode | str | Unset): How the opening line is produced (open set; unknown
                values are kept as text).
            first_sentence_delay_ms (int | Unset): Pause before the first sentence, in milliseconds.
            end_of_call_sentence (None | str | Unset): Line said before the agent hangs up, if any.
            voice (AssistantVoice | None | Unset): Voice of the assistant, or `null`.
            llm_model (AssistantDedicatedInstanceModel | AssistantOpenRouterModel | Unset): Language model of the assistant,
                told apart by `type`.
            webhook_url (None | str | Unset): Address called when a call finishes, or `null`.
            max_call_duration_secs (float | Unset): Call length limit in seconds.
            structured_output_config (list[AssistantStructuredOutputField] | None | Unset): Fields extracted after each
                call, or `null`.
            call_retry_config (AssistantCallRetryConfig | None | Unset): Retry settings, or `null`.
            background_sound (BackgroundSound | None | str | Unset): Ambient sound, or `null` (open set; unknown values are
                kept as text).
            transfer_phone_number (None | str | Unset): Number calls are handed over to when a human is requested, or
                `null`.
            ivr_navigation_enabled (bool | Unset): Whether the phone-menu navigation tools are on.
            voicemail_message (None | str | Unset): Message left on voicemail, or `null` to hang up at once.
            calendly (AssistantCalendly | None | Unset): Calendly integration, or `null`.
            faq_items (list[AssistantFaqItem] | Unset): The assistant's FAQ entries.
            pending_faq_count (float | Unset): Number of FAQ entries still waiting for an answer.
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    first_sentence: None | str | Unset = UNSET
    first_sentence_mode: FirstSentenceMode | str | Unset = UNSET
    first_sentence_delay_ms: int | Unset = UNSET
    end_of_call_sentence: None | str | Unset = UNSET
    voice: AssistantVoice | None | Unset = UNSET
    llm_model: AssistantDedicatedInstanceModel | AssistantOpenRouterModel | Unset = (
        UNSET
    )
    webhook_url: None | str | Unset = UNSET
    max_call_duration_secs: float | Unset = UNSET
    structured_output_config: list[AssistantStructuredOutputField] | None | Unset = (
        UNSET
    )
    call_retry_config: AssistantCallRetryConfig | None | Unset = UNSET
    background_sound: BackgroundSound | None | str | Unset = UNSET
    transfer_phone_number: None | str | Unset = UNSET
    ivr_navigation_enabled: bool | Unset = UNSET
    voicemail_message: None | str | Unset = UNSET
    calendly: AssistantCalendly | None | Unset = UNSET
    faq_items: list[AssistantFaqItem] | Unset = UNSET
    pending_faq_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

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

        first_sentence: None | str | Unset
        if isinstance(self.first_sentence, Unset):
            first_sentence = UNSET
        else:
            first_sentence = self.first_sentence

        first_sentence_mode: str | Unset
        if isinstance(self.first_sentence_mode, Unset):
            first_sentence_mode = UNSET
        elif isinstance(self.first_sentence_mode, FirstSentenceMode):
            first_sentence_mode = self.first_sentence_mode.value
        else:
            first_sentence_mode = self.first_sentence_mode

        first_sentence_delay_ms = self.first_sentence_delay_ms

        end_of_call_sentence: None | str | Unset
        if isinstance(self.end_of_call_sentence, Unset):
            end_of_call_sentence = UNSET
        else:
            end_of_call_sentence = self.end_of_call_sentence

        voice: dict[str, Any] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, AssistantVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        llm_model: dict[str, Any] | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        elif isinstance(self.llm_model, AssistantDedicatedInstanceModel):
            llm_model = self.llm_model.to_dict()
        else:
            llm_model = self.llm_model.to_dict()

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        max_call_duration_secs = self.max_call_duration_secs

        structured_output_config: list[dict[str, Any]] | None | Unset
        if isinstance(self.structured_output_config, Unset):
            structured_output_config = UNSET
        elif isinstance(self.structured_output_config, list):
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

        call_retry_config: dict[str, Any] | None | Unset
        if isinstance(self.call_retry_config, Unset):
            call_retry_config = UNSET
        elif isinstance(self.call_retry_config, AssistantCallRetryConfig):
            call_retry_config = self.call_retry_config.to_dict()
        else:
            call_retry_config = self.call_retry_config

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

        calendly: dict[str, Any] | None | Unset
        if isinstance(self.calendly, Unset):
            calendly = UNSET
        elif isinstance(self.calendly, AssistantCalendly):
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
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
        if calendly is not UNSET:
            field_dict["calendly"] = calendly
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

        if not isinstance(src_dict, Mapping):
            assistant = cls()
            assistant.parse_warnings.append(describe_misfit("", src_dict, "an object"))
            return assistant
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _id_raw = d.pop("id", UNSET)
        try:
            if not isinstance(_id_raw, Unset) and not (isinstance(_id_raw, str)):
                raise TypeError()
            id = _id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            id = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["id"] = _id_raw
            warnings.append(describe_misfit("id", _id_raw, "str"))
        _organization_id_raw = d.pop("organization_id", UNSET)
        try:
            if not isinstance(_organization_id_raw, Unset) and not (
                isinstance(_organization_id_raw, str)
            ):
                raise TypeError()
            organization_id = _organization_id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            organization_id = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["organization_id"] = _organization_id_raw
            warnings.append(
                describe_misfit("organization_id", _organization_id_raw, "str")
            )
        _created_at_raw = d.pop("created_at", UNSET)
        created_at = _created_at_raw
        _updated_at_raw = d.pop("updated_at", UNSET)
        updated_at = _updated_at_raw
        _name_raw = d.pop("name", UNSET)
        try:
            if not isinstance(_name_raw, Unset) and not (isinstance(_name_raw, str)):
                raise TypeError()
            name = _name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            name = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "str"))
        _prompt_raw = d.pop("prompt", UNSET)
        try:
            if not isinstance(_prompt_raw, Unset) and not (
                isinstance(_prompt_raw, str)
            ):
                raise TypeError()
            prompt = _prompt_raw
        except Exception:  # an answer never raises: the value is kept as sent
            prompt = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["prompt"] = _prompt_raw
            warnings.append(describe_misfit("prompt", _prompt_raw, "str"))
        _first_sentence_raw = d.pop("first_sentence", UNSET)
        try:

            def _parse_first_sentence(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_sentence = _parse_first_sentence(_first_sentence_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            first_sentence = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["first_sentence"] = _first_sentence_raw
            warnings.append(
                describe_misfit("first_sentence", _first_sentence_raw, "None | str")
            )
        _first_sentence_mode_raw = d.pop("first_sentence_mode", UNSET)
        try:

            def _parse_first_sentence_mode(
                data: object,
            ) -> FirstSentenceMode | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    first_sentence_mode_type_0 = FirstSentenceMode(data)

                    return first_sentence_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FirstSentenceMode | str | Unset, data)

            first_sentence_mode = _parse_first_sentence_mode(_first_sentence_mode_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            first_sentence_mode = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["first_sentence_mode"] = _first_sentence_mode_raw
            warnings.append(
                describe_misfit(
                    "first_sentence_mode",
                    _first_sentence_mode_raw,
                    "FirstSentenceMode | str",
                )
            )
        _first_sentence_delay_ms_raw = d.pop("first_sentence_delay_ms", UNSET)
        try:
            if not isinstance(_first_sentence_delay_ms_raw, Unset) and not (
                isinstance(_first_sentence_delay_ms_raw, int)
                and not isinstance(_first_sentence_delay_ms_raw, bool)
            ):
                raise TypeError()
            first_sentence_delay_ms = _first_sentence_delay_ms_raw
        except Exception:  # an answer never raises: the value is kept as sent
            first_sentence_delay_ms = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["first_sentence_delay_ms"] = _first_sentence_delay_ms_raw
            warnings.append(
                describe_misfit(
                    "first_sentence_delay_ms", _first_sentence_delay_ms_raw, "int"
                )
            )
        _end_of_call_sentence_raw = d.pop("end_of_call_sentence", UNSET)
        try:

            def _parse_end_of_call_sentence(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            end_of_call_sentence = _parse_end_of_call_sentence(
                _end_of_call_sentence_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            end_of_call_sentence = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["end_of_call_sentence"] = _end_of_call_sentence_raw
            warnings.append(
                describe_misfit(
                    "end_of_call_sentence", _end_of_call_sentence_raw, "None | str"
                )
            )
        _voice_raw = d.pop("voice", UNSET)
        try:

            def _parse_voice(data: object) -> AssistantVoice | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    voice_type_0 = AssistantVoice.from_dict(data)

                    return voice_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantVoice | None | Unset, data)

            voice = _parse_voice(_voice_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            voice = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["voice"] = _voice_raw
            warnings.append(
                describe_misfit("voice", _voice_raw, "AssistantVoice | None")
            )
        _llm_model_raw = d.pop("llm_model", UNSET)
        try:

            def _parse_llm_model(
                data: object,
            ) -> AssistantDedicatedInstanceModel | AssistantOpenRouterModel | Unset:
                if isinstance(data, Unset):
                    return data
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

            llm_model = _parse_llm_model(_llm_model_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            llm_model = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["llm_model"] = _llm_model_raw
            warnings.append(
                describe_misfit(
                    "llm_model",
                    _llm_model_raw,
                    "AssistantDedicatedInstanceModel | AssistantOpenRouterModel",
                )
            )
        _webhook_url_raw = d.pop("webhook_url", UNSET)
        try:

            def _parse_webhook_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            webhook_url = _parse_webhook_url(_webhook_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            webhook_url = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["webhook_url"] = _webhook_url_raw
            warnings.append(
                describe_misfit("webhook_url", _webhook_url_raw, "None | str")
            )
        _max_call_duration_secs_raw = d.pop("max_call_duration_secs", UNSET)
        try:
            if not isinstance(_max_call_duration_secs_raw, Unset) and not (
                isinstance(_max_call_duration_secs_raw, int | float)
                and not isinstance(_max_call_duration_secs_raw, bool)
            ):
                raise TypeError()
            max_call_duration_secs = _max_call_duration_secs_raw
        except Exception:  # an answer never raises: the value is kept as sent
            max_call_duration_secs = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["max_call_duration_secs"] = _max_call_duration_secs_raw
            warnings.append(
                describe_misfit(
                    "max_call_duration_secs", _max_call_duration_secs_raw, "float"
                )
            )
        _structured_output_config_raw = d.pop("structured_output_config", UNSET)
        try:

            def _parse_structured_output_config(
                data: object,
            ) -> list[AssistantStructuredOutputField] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
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
                return cast(list[AssistantStructuredOutputField] | None | Unset, data)

            structured_output_config = _parse_structured_output_config(
                _structured_output_config_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            structured_output_config = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["structured_output_config"] = _structured_output_config_raw
            warnings.append(
                describe_misfit(
                    "structured_output_config",
                    _structured_output_config_raw,
                    "list[AssistantStructuredOutputField] | None",
                )
            )
        _call_retry_config_raw = d.pop("call_retry_config", UNSET)
        try:

            def _parse_call_retry_config(
                data: object,
            ) -> AssistantCallRetryConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    call_retry_config_type_0 = AssistantCallRetryConfig.from_dict(data)

                    return call_retry_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantCallRetryConfig | None | Unset, data)

            call_retry_config = _parse_call_retry_config(_call_retry_config_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            call_retry_config = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["call_retry_config"] = _call_retry_config_raw
            warnings.append(
                describe_misfit(
                    "call_retry_config",
                    _call_retry_config_raw,
                    "AssistantCallRetryConfig | None",
                )
            )
        _background_sound_raw = d.pop("background_sound", UNSET)
        try:

            def _parse_background_sound(
                data: object,
            ) -> BackgroundSound | None | str | Unset:
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
                return cast(BackgroundSound | None | str | Unset, data)

            background_sound = _parse_background_sound(_background_sound_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            background_sound = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["background_sound"] = _background_sound_raw
            warnings.append(
                describe_misfit(
                    "background_sound",
                    _background_sound_raw,
                    "BackgroundSound | None | str",
                )
            )
        _transfer_phone_number_raw = d.pop("transfer_phone_number", UNSET)
        try:

            def _parse_transfer_phone_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            transfer_phone_number = _parse_transfer_phone_number(
                _transfer_phone_number_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            transfer_phone_number = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["transfer_phone_number"] = _transfer_phone_number_raw
            warnings.append(
                describe_misfit(
                    "transfer_phone_number", _transfer_phone_number_raw, "None | str"
                )
            )
        _ivr_navigation_enabled_raw = d.pop("ivr_navigation_enabled", UNSET)
        try:
            if not isinstance(_ivr_navigation_enabled_raw, Unset) and not (
                isinstance(_ivr_navigation_enabled_raw, bool)
            ):
                raise TypeError()
            ivr_navigation_enabled = _ivr_navigation_enabled_raw
        except Exception:  # an answer never raises: the value is kept as sent
            ivr_navigation_enabled = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["ivr_navigation_enabled"] = _ivr_navigation_enabled_raw
            warnings.append(
                describe_misfit(
                    "ivr_navigation_enabled", _ivr_navigation_enabled_raw, "bool"
                )
            )
        _voicemail_message_raw = d.pop("voicemail_message", UNSET)
        try:

            def _parse_voicemail_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            voicemail_message = _parse_voicemail_message(_voicemail_message_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            voicemail_message = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["voicemail_message"] = _voicemail_message_raw
            warnings.append(
                describe_misfit(
                    "voicemail_message", _voicemail_message_raw, "None | str"
                )
            )
        _calendly_raw = d.pop("calendly", UNSET)
        try:

            def _parse_calendly(data: object) -> AssistantCalendly | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    calendly_type_0 = AssistantCalendly.from_dict(data)

                    return calendly_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantCalendly | None | Unset, data)

            calendly = _parse_calendly(_calendly_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            calendly = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["calendly"] = _calendly_raw
            warnings.append(
                describe_misfit("calendly", _calendly_raw, "AssistantCalendly | None")
            )
        _faq_items_raw = d.pop("faq_items", UNSET)
        try:
            _faq_items = _faq_items_raw
            faq_items: list[AssistantFaqItem] | Unset = UNSET
            if _faq_items is not UNSET:
                faq_items = []
                for faq_items_item_data in _faq_items:
                    faq_items_item = AssistantFaqItem.from_dict(faq_items_item_data)

                    faq_items.append(faq_items_item)

        except Exception:  # an answer never raises: the value is kept as sent
            faq_items = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["faq_items"] = _faq_items_raw
            warnings.append(
                describe_misfit("faq_items", _faq_items_raw, "list[AssistantFaqItem]")
            )
        _pending_faq_count_raw = d.pop("pending_faq_count", UNSET)
        try:
            if not isinstance(_pending_faq_count_raw, Unset) and not (
                isinstance(_pending_faq_count_raw, int | float)
                and not isinstance(_pending_faq_count_raw, bool)
            ):
                raise TypeError()
            pending_faq_count = _pending_faq_count_raw
        except Exception:  # an answer never raises: the value is kept as sent
            pending_faq_count = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["pending_faq_count"] = _pending_faq_count_raw
            warnings.append(
                describe_misfit("pending_faq_count", _pending_faq_count_raw, "float")
            )
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
        assistant.additional_properties = {**d, **kept}
        assistant.parse_warnings = warnings
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
