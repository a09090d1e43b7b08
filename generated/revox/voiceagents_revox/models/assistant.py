from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_kind import AssistantKind
from ..models.background_sound import BackgroundSound
from ..models.call_outcome import CallOutcome
from ..models.first_sentence_mode import FirstSentenceMode
from ..models.human_transfer_mode import HumanTransferMode
from ..models.stt_model import SttModel
from ..models.thinking_sound import ThinkingSound
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_calendly import AssistantCalendly
    from ..models.assistant_call_retry_config import AssistantCallRetryConfig
    from ..models.assistant_created_by import AssistantCreatedBy
    from ..models.assistant_custom_model import AssistantCustomModel
    from ..models.assistant_custom_tool import AssistantCustomTool
    from ..models.assistant_dedicated_instance_model import (
        AssistantDedicatedInstanceModel,
    )
    from ..models.assistant_faq_item import AssistantFaqItem
    from ..models.assistant_open_router_model import AssistantOpenRouterModel
    from ..models.assistant_position import AssistantPosition
    from ..models.assistant_prompt_flow import AssistantPromptFlow
    from ..models.assistant_realtime_model import AssistantRealtimeModel
    from ..models.assistant_slack import AssistantSlack
    from ..models.assistant_structured_output_field import (
        AssistantStructuredOutputField,
    )
    from ..models.assistant_stt_context import AssistantSttContext
    from ..models.assistant_transfer_destination import AssistantTransferDestination
    from ..models.assistant_voice import AssistantVoice
    from ..models.assistant_zoho import AssistantZoho


T = TypeVar("T", bound="Assistant")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Assistant(AnswerModel):
    """A stored assistant as Revox returns it: the settings (Revox's defaults filled in) plus
    identifiers, timestamps and FAQ bookkeeping. Required fields are the ones the SDK's response
    type always expects; the others may be missing or `null`. Enumerations are open: a value
    Revox adds later is kept as text.

        Attributes:
            id (str): Identifier of the assistant, used when placing calls.
            organization_id (str): Identifier of the organisation that owns the assistant.
            created_at (Any): Creation time. The SDK types it as an untyped object, so no type is imposed here; in
                practice a timestamp is expected.
            updated_at (Any): Time of the last change. The SDK types it as an untyped object, so no type is imposed
                here; in practice a timestamp is expected.
            name (str): Display name of the assistant.
            prompt (str): System prompt given to the language model.
            background_sound_volume (float): Loudness of the ambient sound, 0 to 1.
            first_sentence_delay_ms (int): Pause before the first sentence, in milliseconds.
            first_sentence_mode (FirstSentenceMode | str): How the opening line is produced.
            ivr_navigation_enabled (bool): Whether the phone-menu navigation tools are on.
            llm_model (AssistantCustomModel | AssistantDedicatedInstanceModel | AssistantOpenRouterModel |
                AssistantRealtimeModel): Language model of the assistant, told apart by `type`.
            max_call_duration_secs (float): Call length limit in seconds.
            sms_enabled (bool): Whether the agent may send SMS messages during calls.
            stt_model (str | SttModel): Speech-to-text model the assistant uses.
            thinking_sound_probability (float): Probability, 0 to 1, of hearing the thinking sound on a turn.
            thinking_sound_volume (float): Loudness of the thinking sound, 0 to 1.
            type_ (AssistantKind | str): Kind of assistant.
            created_by (AssistantCreatedBy | None | Unset): The user who created the assistant.
            after_call_sms_outcomes (list[CallOutcome | str] | None | Unset): Outcomes after which the follow-up SMS goes
                out; empty or `null` when there is none.
            after_call_sms_prompt (None | str | Unset): Instructions for the follow-up SMS, or `null`.
            background_sound (BackgroundSound | None | str | Unset): Ambient sound, or `null` for none.
            calendly (AssistantCalendly | None | Unset): Calendly integration, or `null`.
            call_retry_config (AssistantCallRetryConfig | None | Unset): Retry settings, or `null`.
            cartesia_dictionary_pronunciation_id (None | str | Unset): Linked Cartesia pronunciation dictionary, or `null`.
            custom_tools (list[AssistantCustomTool] | None | Unset): Custom HTTP tools, or `null`.
            email_notification_address (None | str | Unset): Notification e-mail address(es), comma-separated, or `null`.
            email_notification_outcomes (list[CallOutcome | str] | None | Unset): Outcomes that trigger a notification
                e-mail, or `null`.
            end_of_call_sentence (None | str | Unset): Line said before the agent hangs up, if any.
            faq_items (list[AssistantFaqItem] | None | Unset): The assistant's FAQ entries.
            first_sentence (None | str | Unset): Opening line or opening instruction, if any.
            from_phone_number (None | str | Unset): Outbound caller number override; `null` when the organisation's default
                is used.
            human_transfer_mode (HumanTransferMode | None | str | Unset): Warm or cold transfer; `null` when transfer is not
                set up.
            is_inbound_receptionist (bool | None | Unset): Revox flag; the SDK gives it no description (by its name, an
                inbound receptionist set-up).
            is_realestate_assistant (bool | None | Unset): Revox flag; the SDK gives it no description (by its name, a real-
                estate set-up).
            logo_url (None | str | Unset): Address of the demo-page logo; `null` when there is none.
            max_duration_end_message (None | str | Unset): Line said when the maximum duration is reached; `null` ends such
                calls silently.
            pending_faq_count (float | None | Unset): Number of FAQ entries still waiting for an answer.
            position (AssistantPosition | None | Unset): Canvas position in the multi-step flow editor, or `null`.
            precall_lookup_url (None | str | Unset): Inbound pre-call lookup address; `null` when no lookup is set up.
            prompt_flow (AssistantPromptFlow | None | Unset): Visual prompt editor data, or `null`.
            slack (AssistantSlack | None | Unset): Slack notifications, or `null`.
            sms_template (None | str | Unset): Fixed SMS text, or `null` when the agent writes its own.
            structured_output_config (list[AssistantStructuredOutputField] | None | Unset): Values extracted after each
                call, or `null`.
            structured_output_prompt (None | str | Unset): Own extraction instructions, or `null` for Revox's default.
            stt_context (AssistantSttContext | None | Unset): Speech-recognition hints, or `null`.
            thinking_sound (None | str | ThinkingSound | Unset): Thinking clip, or `null` for silence.
            transfer_destinations (list[AssistantTransferDestination] | None | Unset): Transfer destinations; empty or
                `null` while no transfer is configured.
            voice (AssistantVoice | None | Unset): Voice of the assistant, or `null`.
            voicemail_message (None | str | Unset): Message left on voicemail, or `null` to hang up at once.
            voicemail_sms_prompt (None | str | Unset): SMS sent on voicemail, or `null`.
            warm_transfer_summary_instructions (None | str | Unset): Warm-transfer summary instructions; `null` when not set
                or with cold transfer.
            webhook_url (None | str | Unset): Address called when a call finishes, or `null`.
            zoho (AssistantZoho | None | Unset): Zoho CRM integration, or `null`.
    """

    id: str
    organization_id: str
    created_at: Any
    updated_at: Any
    name: str
    prompt: str
    background_sound_volume: float
    first_sentence_delay_ms: int
    first_sentence_mode: FirstSentenceMode | str
    ivr_navigation_enabled: bool
    llm_model: (
        AssistantCustomModel
        | AssistantDedicatedInstanceModel
        | AssistantOpenRouterModel
        | AssistantRealtimeModel
    )
    max_call_duration_secs: float
    sms_enabled: bool
    stt_model: str | SttModel
    thinking_sound_probability: float
    thinking_sound_volume: float
    type_: AssistantKind | str
    created_by: AssistantCreatedBy | None | Unset = UNSET
    after_call_sms_outcomes: list[CallOutcome | str] | None | Unset = UNSET
    after_call_sms_prompt: None | str | Unset = UNSET
    background_sound: BackgroundSound | None | str | Unset = UNSET
    calendly: AssistantCalendly | None | Unset = UNSET
    call_retry_config: AssistantCallRetryConfig | None | Unset = UNSET
    cartesia_dictionary_pronunciation_id: None | str | Unset = UNSET
    custom_tools: list[AssistantCustomTool] | None | Unset = UNSET
    email_notification_address: None | str | Unset = UNSET
    email_notification_outcomes: list[CallOutcome | str] | None | Unset = UNSET
    end_of_call_sentence: None | str | Unset = UNSET
    faq_items: list[AssistantFaqItem] | None | Unset = UNSET
    first_sentence: None | str | Unset = UNSET
    from_phone_number: None | str | Unset = UNSET
    human_transfer_mode: HumanTransferMode | None | str | Unset = UNSET
    is_inbound_receptionist: bool | None | Unset = UNSET
    is_realestate_assistant: bool | None | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    max_duration_end_message: None | str | Unset = UNSET
    pending_faq_count: float | None | Unset = UNSET
    position: AssistantPosition | None | Unset = UNSET
    precall_lookup_url: None | str | Unset = UNSET
    prompt_flow: AssistantPromptFlow | None | Unset = UNSET
    slack: AssistantSlack | None | Unset = UNSET
    sms_template: None | str | Unset = UNSET
    structured_output_config: list[AssistantStructuredOutputField] | None | Unset = (
        UNSET
    )
    structured_output_prompt: None | str | Unset = UNSET
    stt_context: AssistantSttContext | None | Unset = UNSET
    thinking_sound: None | str | ThinkingSound | Unset = UNSET
    transfer_destinations: list[AssistantTransferDestination] | None | Unset = UNSET
    voice: AssistantVoice | None | Unset = UNSET
    voicemail_message: None | str | Unset = UNSET
    voicemail_sms_prompt: None | str | Unset = UNSET
    warm_transfer_summary_instructions: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    zoho: AssistantZoho | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "id": "id",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "prompt": "prompt",
        "background_sound_volume": "background_sound_volume",
        "first_sentence_delay_ms": "first_sentence_delay_ms",
        "first_sentence_mode": "first_sentence_mode",
        "ivr_navigation_enabled": "ivr_navigation_enabled",
        "llm_model": "llm_model",
        "max_call_duration_secs": "max_call_duration_secs",
        "sms_enabled": "sms_enabled",
        "stt_model": "stt_model",
        "thinking_sound_probability": "thinking_sound_probability",
        "thinking_sound_volume": "thinking_sound_volume",
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_calendly import AssistantCalendly
        from ..models.assistant_call_retry_config import AssistantCallRetryConfig
        from ..models.assistant_created_by import AssistantCreatedBy
        from ..models.assistant_custom_model import AssistantCustomModel
        from ..models.assistant_dedicated_instance_model import (
            AssistantDedicatedInstanceModel,
        )
        from ..models.assistant_open_router_model import AssistantOpenRouterModel
        from ..models.assistant_position import AssistantPosition
        from ..models.assistant_prompt_flow import AssistantPromptFlow
        from ..models.assistant_slack import AssistantSlack
        from ..models.assistant_stt_context import AssistantSttContext
        from ..models.assistant_voice import AssistantVoice
        from ..models.assistant_zoho import AssistantZoho

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "id"):  # else the answer lacked it: not invented here
            id = self.id
            field_dict["id"] = id
        if hasattr(
            self, "organization_id"
        ):  # else the answer lacked it: not invented here
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id
        if hasattr(self, "created_at"):  # else the answer lacked it: not invented here
            created_at = self.created_at
            field_dict["created_at"] = created_at
        if hasattr(self, "updated_at"):  # else the answer lacked it: not invented here
            updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "prompt"):  # else the answer lacked it: not invented here
            prompt = self.prompt
            field_dict["prompt"] = prompt
        if hasattr(
            self, "background_sound_volume"
        ):  # else the answer lacked it: not invented here
            background_sound_volume = self.background_sound_volume
            field_dict["background_sound_volume"] = background_sound_volume
        if hasattr(
            self, "first_sentence_delay_ms"
        ):  # else the answer lacked it: not invented here
            first_sentence_delay_ms = self.first_sentence_delay_ms
            field_dict["first_sentence_delay_ms"] = first_sentence_delay_ms
        if hasattr(
            self, "first_sentence_mode"
        ):  # else the answer lacked it: not invented here
            first_sentence_mode: str
            if isinstance(self.first_sentence_mode, FirstSentenceMode):
                first_sentence_mode = self.first_sentence_mode.value
            else:
                first_sentence_mode = self.first_sentence_mode
            field_dict["first_sentence_mode"] = first_sentence_mode
        if hasattr(
            self, "ivr_navigation_enabled"
        ):  # else the answer lacked it: not invented here
            ivr_navigation_enabled = self.ivr_navigation_enabled
            field_dict["ivr_navigation_enabled"] = ivr_navigation_enabled
        if hasattr(self, "llm_model"):  # else the answer lacked it: not invented here
            llm_model: dict[str, Any]
            if (
                isinstance(self.llm_model, AssistantDedicatedInstanceModel)
                or isinstance(self.llm_model, AssistantOpenRouterModel)
                or isinstance(self.llm_model, AssistantCustomModel)
            ):
                llm_model = self.llm_model.to_dict()
            else:
                llm_model = self.llm_model.to_dict()

            field_dict["llm_model"] = llm_model
        if hasattr(
            self, "max_call_duration_secs"
        ):  # else the answer lacked it: not invented here
            max_call_duration_secs = self.max_call_duration_secs
            field_dict["max_call_duration_secs"] = max_call_duration_secs
        if hasattr(self, "sms_enabled"):  # else the answer lacked it: not invented here
            sms_enabled = self.sms_enabled
            field_dict["sms_enabled"] = sms_enabled
        if hasattr(self, "stt_model"):  # else the answer lacked it: not invented here
            stt_model: str
            if isinstance(self.stt_model, SttModel):
                stt_model = self.stt_model.value
            else:
                stt_model = self.stt_model
            field_dict["stt_model"] = stt_model
        if hasattr(
            self, "thinking_sound_probability"
        ):  # else the answer lacked it: not invented here
            thinking_sound_probability = self.thinking_sound_probability
            field_dict["thinking_sound_probability"] = thinking_sound_probability
        if hasattr(
            self, "thinking_sound_volume"
        ):  # else the answer lacked it: not invented here
            thinking_sound_volume = self.thinking_sound_volume
            field_dict["thinking_sound_volume"] = thinking_sound_volume
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_: str
            if isinstance(self.type_, AssistantKind):
                type_ = self.type_.value
            else:
                type_ = self.type_
            field_dict["type"] = type_
        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, AssistantCreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        after_call_sms_outcomes: list[str] | None | Unset
        if isinstance(self.after_call_sms_outcomes, Unset):
            after_call_sms_outcomes = UNSET
        elif isinstance(self.after_call_sms_outcomes, list):
            after_call_sms_outcomes = []
            for (
                after_call_sms_outcomes_type_0_item_data
            ) in self.after_call_sms_outcomes:
                after_call_sms_outcomes_type_0_item: str
                if isinstance(after_call_sms_outcomes_type_0_item_data, CallOutcome):
                    after_call_sms_outcomes_type_0_item = (
                        after_call_sms_outcomes_type_0_item_data.value
                    )
                else:
                    after_call_sms_outcomes_type_0_item = (
                        after_call_sms_outcomes_type_0_item_data
                    )
                after_call_sms_outcomes.append(after_call_sms_outcomes_type_0_item)

        else:
            after_call_sms_outcomes = self.after_call_sms_outcomes
        if after_call_sms_outcomes is not UNSET:
            field_dict["after_call_sms_outcomes"] = after_call_sms_outcomes
        after_call_sms_prompt: None | str | Unset
        if isinstance(self.after_call_sms_prompt, Unset):
            after_call_sms_prompt = UNSET
        else:
            after_call_sms_prompt = self.after_call_sms_prompt
        if after_call_sms_prompt is not UNSET:
            field_dict["after_call_sms_prompt"] = after_call_sms_prompt
        background_sound: None | str | Unset
        if isinstance(self.background_sound, Unset):
            background_sound = UNSET
        elif isinstance(self.background_sound, BackgroundSound):
            background_sound = self.background_sound.value
        else:
            background_sound = self.background_sound
        if background_sound is not UNSET:
            field_dict["background_sound"] = background_sound
        calendly: dict[str, Any] | None | Unset
        if isinstance(self.calendly, Unset):
            calendly = UNSET
        elif isinstance(self.calendly, AssistantCalendly):
            calendly = self.calendly.to_dict()
        else:
            calendly = self.calendly
        if calendly is not UNSET:
            field_dict["calendly"] = calendly
        call_retry_config: dict[str, Any] | None | Unset
        if isinstance(self.call_retry_config, Unset):
            call_retry_config = UNSET
        elif isinstance(self.call_retry_config, AssistantCallRetryConfig):
            call_retry_config = self.call_retry_config.to_dict()
        else:
            call_retry_config = self.call_retry_config
        if call_retry_config is not UNSET:
            field_dict["call_retry_config"] = call_retry_config
        cartesia_dictionary_pronunciation_id: None | str | Unset
        if isinstance(self.cartesia_dictionary_pronunciation_id, Unset):
            cartesia_dictionary_pronunciation_id = UNSET
        else:
            cartesia_dictionary_pronunciation_id = (
                self.cartesia_dictionary_pronunciation_id
            )
        if cartesia_dictionary_pronunciation_id is not UNSET:
            field_dict["cartesia_dictionary_pronunciation_id"] = (
                cartesia_dictionary_pronunciation_id
            )
        custom_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_tools, Unset):
            custom_tools = UNSET
        elif isinstance(self.custom_tools, list):
            custom_tools = []
            for custom_tools_type_0_item_data in self.custom_tools:
                custom_tools_type_0_item = custom_tools_type_0_item_data.to_dict()
                custom_tools.append(custom_tools_type_0_item)

        else:
            custom_tools = self.custom_tools
        if custom_tools is not UNSET:
            field_dict["custom_tools"] = custom_tools
        email_notification_address: None | str | Unset
        if isinstance(self.email_notification_address, Unset):
            email_notification_address = UNSET
        else:
            email_notification_address = self.email_notification_address
        if email_notification_address is not UNSET:
            field_dict["email_notification_address"] = email_notification_address
        email_notification_outcomes: list[str] | None | Unset
        if isinstance(self.email_notification_outcomes, Unset):
            email_notification_outcomes = UNSET
        elif isinstance(self.email_notification_outcomes, list):
            email_notification_outcomes = []
            for (
                email_notification_outcomes_type_0_item_data
            ) in self.email_notification_outcomes:
                email_notification_outcomes_type_0_item: str
                if isinstance(
                    email_notification_outcomes_type_0_item_data, CallOutcome
                ):
                    email_notification_outcomes_type_0_item = (
                        email_notification_outcomes_type_0_item_data.value
                    )
                else:
                    email_notification_outcomes_type_0_item = (
                        email_notification_outcomes_type_0_item_data
                    )
                email_notification_outcomes.append(
                    email_notification_outcomes_type_0_item
                )

        else:
            email_notification_outcomes = self.email_notification_outcomes
        if email_notification_outcomes is not UNSET:
            field_dict["email_notification_outcomes"] = email_notification_outcomes
        end_of_call_sentence: None | str | Unset
        if isinstance(self.end_of_call_sentence, Unset):
            end_of_call_sentence = UNSET
        else:
            end_of_call_sentence = self.end_of_call_sentence
        if end_of_call_sentence is not UNSET:
            field_dict["end_of_call_sentence"] = end_of_call_sentence
        faq_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.faq_items, Unset):
            faq_items = UNSET
        elif isinstance(self.faq_items, list):
            faq_items = []
            for faq_items_type_0_item_data in self.faq_items:
                faq_items_type_0_item = faq_items_type_0_item_data.to_dict()
                faq_items.append(faq_items_type_0_item)

        else:
            faq_items = self.faq_items
        if faq_items is not UNSET:
            field_dict["faq_items"] = faq_items
        first_sentence: None | str | Unset
        if isinstance(self.first_sentence, Unset):
            first_sentence = UNSET
        else:
            first_sentence = self.first_sentence
        if first_sentence is not UNSET:
            field_dict["first_sentence"] = first_sentence
        from_phone_number: None | str | Unset
        if isinstance(self.from_phone_number, Unset):
            from_phone_number = UNSET
        else:
            from_phone_number = self.from_phone_number
        if from_phone_number is not UNSET:
            field_dict["from_phone_number"] = from_phone_number
        human_transfer_mode: None | str | Unset
        if isinstance(self.human_transfer_mode, Unset):
            human_transfer_mode = UNSET
        elif isinstance(self.human_transfer_mode, HumanTransferMode):
            human_transfer_mode = self.human_transfer_mode.value
        else:
            human_transfer_mode = self.human_transfer_mode
        if human_transfer_mode is not UNSET:
            field_dict["human_transfer_mode"] = human_transfer_mode
        is_inbound_receptionist: bool | None | Unset
        if isinstance(self.is_inbound_receptionist, Unset):
            is_inbound_receptionist = UNSET
        else:
            is_inbound_receptionist = self.is_inbound_receptionist
        if is_inbound_receptionist is not UNSET:
            field_dict["is_inbound_receptionist"] = is_inbound_receptionist
        is_realestate_assistant: bool | None | Unset
        if isinstance(self.is_realestate_assistant, Unset):
            is_realestate_assistant = UNSET
        else:
            is_realestate_assistant = self.is_realestate_assistant
        if is_realestate_assistant is not UNSET:
            field_dict["is_realestate_assistant"] = is_realestate_assistant
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        max_duration_end_message: None | str | Unset
        if isinstance(self.max_duration_end_message, Unset):
            max_duration_end_message = UNSET
        else:
            max_duration_end_message = self.max_duration_end_message
        if max_duration_end_message is not UNSET:
            field_dict["max_duration_end_message"] = max_duration_end_message
        pending_faq_count: float | None | Unset
        if isinstance(self.pending_faq_count, Unset):
            pending_faq_count = UNSET
        else:
            pending_faq_count = self.pending_faq_count
        if pending_faq_count is not UNSET:
            field_dict["pending_faq_count"] = pending_faq_count
        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, AssistantPosition):
            position = self.position.to_dict()
        else:
            position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        precall_lookup_url: None | str | Unset
        if isinstance(self.precall_lookup_url, Unset):
            precall_lookup_url = UNSET
        else:
            precall_lookup_url = self.precall_lookup_url
        if precall_lookup_url is not UNSET:
            field_dict["precall_lookup_url"] = precall_lookup_url
        prompt_flow: dict[str, Any] | None | Unset
        if isinstance(self.prompt_flow, Unset):
            prompt_flow = UNSET
        elif isinstance(self.prompt_flow, AssistantPromptFlow):
            prompt_flow = self.prompt_flow.to_dict()
        else:
            prompt_flow = self.prompt_flow
        if prompt_flow is not UNSET:
            field_dict["prompt_flow"] = prompt_flow
        slack: dict[str, Any] | None | Unset
        if isinstance(self.slack, Unset):
            slack = UNSET
        elif isinstance(self.slack, AssistantSlack):
            slack = self.slack.to_dict()
        else:
            slack = self.slack
        if slack is not UNSET:
            field_dict["slack"] = slack
        sms_template: None | str | Unset
        if isinstance(self.sms_template, Unset):
            sms_template = UNSET
        else:
            sms_template = self.sms_template
        if sms_template is not UNSET:
            field_dict["sms_template"] = sms_template
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
        if structured_output_config is not UNSET:
            field_dict["structured_output_config"] = structured_output_config
        structured_output_prompt: None | str | Unset
        if isinstance(self.structured_output_prompt, Unset):
            structured_output_prompt = UNSET
        else:
            structured_output_prompt = self.structured_output_prompt
        if structured_output_prompt is not UNSET:
            field_dict["structured_output_prompt"] = structured_output_prompt
        stt_context: dict[str, Any] | None | Unset
        if isinstance(self.stt_context, Unset):
            stt_context = UNSET
        elif isinstance(self.stt_context, AssistantSttContext):
            stt_context = self.stt_context.to_dict()
        else:
            stt_context = self.stt_context
        if stt_context is not UNSET:
            field_dict["stt_context"] = stt_context
        thinking_sound: None | str | Unset
        if isinstance(self.thinking_sound, Unset):
            thinking_sound = UNSET
        elif isinstance(self.thinking_sound, ThinkingSound):
            thinking_sound = self.thinking_sound.value
        else:
            thinking_sound = self.thinking_sound
        if thinking_sound is not UNSET:
            field_dict["thinking_sound"] = thinking_sound
        transfer_destinations: list[dict[str, Any]] | None | Unset
        if isinstance(self.transfer_destinations, Unset):
            transfer_destinations = UNSET
        elif isinstance(self.transfer_destinations, list):
            transfer_destinations = []
            for transfer_destinations_type_0_item_data in self.transfer_destinations:
                transfer_destinations_type_0_item = (
                    transfer_destinations_type_0_item_data.to_dict()
                )
                transfer_destinations.append(transfer_destinations_type_0_item)

        else:
            transfer_destinations = self.transfer_destinations
        if transfer_destinations is not UNSET:
            field_dict["transfer_destinations"] = transfer_destinations
        voice: dict[str, Any] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, AssistantVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice
        if voice is not UNSET:
            field_dict["voice"] = voice
        voicemail_message: None | str | Unset
        if isinstance(self.voicemail_message, Unset):
            voicemail_message = UNSET
        else:
            voicemail_message = self.voicemail_message
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        voicemail_sms_prompt: None | str | Unset
        if isinstance(self.voicemail_sms_prompt, Unset):
            voicemail_sms_prompt = UNSET
        else:
            voicemail_sms_prompt = self.voicemail_sms_prompt
        if voicemail_sms_prompt is not UNSET:
            field_dict["voicemail_sms_prompt"] = voicemail_sms_prompt
        warm_transfer_summary_instructions: None | str | Unset
        if isinstance(self.warm_transfer_summary_instructions, Unset):
            warm_transfer_summary_instructions = UNSET
        else:
            warm_transfer_summary_instructions = self.warm_transfer_summary_instructions
        if warm_transfer_summary_instructions is not UNSET:
            field_dict["warm_transfer_summary_instructions"] = (
                warm_transfer_summary_instructions
            )
        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        zoho: dict[str, Any] | None | Unset
        if isinstance(self.zoho, Unset):
            zoho = UNSET
        elif isinstance(self.zoho, AssistantZoho):
            zoho = self.zoho.to_dict()
        else:
            zoho = self.zoho
        if zoho is not UNSET:
            field_dict["zoho"] = zoho

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_calendly import AssistantCalendly
        from ..models.assistant_call_retry_config import AssistantCallRetryConfig
        from ..models.assistant_created_by import AssistantCreatedBy
        from ..models.assistant_custom_model import AssistantCustomModel
        from ..models.assistant_custom_tool import AssistantCustomTool
        from ..models.assistant_dedicated_instance_model import (
            AssistantDedicatedInstanceModel,
        )
        from ..models.assistant_faq_item import AssistantFaqItem
        from ..models.assistant_open_router_model import AssistantOpenRouterModel
        from ..models.assistant_position import AssistantPosition
        from ..models.assistant_prompt_flow import AssistantPromptFlow
        from ..models.assistant_realtime_model import AssistantRealtimeModel
        from ..models.assistant_slack import AssistantSlack
        from ..models.assistant_structured_output_field import (
            AssistantStructuredOutputField,
        )
        from ..models.assistant_stt_context import AssistantSttContext
        from ..models.assistant_transfer_destination import AssistantTransferDestination
        from ..models.assistant_voice import AssistantVoice
        from ..models.assistant_zoho import AssistantZoho

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("Assistant takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "id",
                "organization_id",
                "created_at",
                "updated_at",
                "name",
                "prompt",
                "background_sound_volume",
                "first_sentence_delay_ms",
                "first_sentence_mode",
                "ivr_navigation_enabled",
                "llm_model",
                "max_call_duration_secs",
                "sms_enabled",
                "stt_model",
                "thinking_sound_probability",
                "thinking_sound_volume",
                "type",
            ]
            if _member not in d
        ]
        _id_raw = d.pop("id", UNSET)
        if not isinstance(_id_raw, Unset):
            try:
                if not (isinstance(_id_raw, str)):
                    raise TypeError()
                id = _id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                id = cast(Any, UNSET)
                unset.append("id")
                kept["id"] = _id_raw
                warnings.append(describe_misfit("id", _id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            id = cast(Any, UNSET)
            unset.append("id")
        _organization_id_raw = d.pop("organization_id", UNSET)
        if not isinstance(_organization_id_raw, Unset):
            try:
                if not (isinstance(_organization_id_raw, str)):
                    raise TypeError()
                organization_id = _organization_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                organization_id = cast(Any, UNSET)
                unset.append("organization_id")
                kept["organization_id"] = _organization_id_raw
                warnings.append(
                    describe_misfit("organization_id", _organization_id_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            organization_id = cast(Any, UNSET)
            unset.append("organization_id")
        _created_at_raw = d.pop("created_at", UNSET)
        if not isinstance(_created_at_raw, Unset):
            try:
                created_at = _created_at_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                created_at = cast(Any, UNSET)
                unset.append("created_at")
                kept["created_at"] = _created_at_raw
                warnings.append(describe_misfit("created_at", _created_at_raw, "Any"))

        else:  # missing: the warning is above; the slot stays empty
            created_at = cast(Any, UNSET)
            unset.append("created_at")
        _updated_at_raw = d.pop("updated_at", UNSET)
        if not isinstance(_updated_at_raw, Unset):
            try:
                updated_at = _updated_at_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                updated_at = cast(Any, UNSET)
                unset.append("updated_at")
                kept["updated_at"] = _updated_at_raw
                warnings.append(describe_misfit("updated_at", _updated_at_raw, "Any"))

        else:  # missing: the warning is above; the slot stays empty
            updated_at = cast(Any, UNSET)
            unset.append("updated_at")
        _name_raw = d.pop("name", UNSET)
        if not isinstance(_name_raw, Unset):
            try:
                if not (isinstance(_name_raw, str)):
                    raise TypeError()
                name = _name_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                name = cast(Any, UNSET)
                unset.append("name")
                kept["name"] = _name_raw
                warnings.append(describe_misfit("name", _name_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            name = cast(Any, UNSET)
            unset.append("name")
        _prompt_raw = d.pop("prompt", UNSET)
        if not isinstance(_prompt_raw, Unset):
            try:
                if not (isinstance(_prompt_raw, str)):
                    raise TypeError()
                prompt = _prompt_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                prompt = cast(Any, UNSET)
                unset.append("prompt")
                kept["prompt"] = _prompt_raw
                warnings.append(describe_misfit("prompt", _prompt_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            prompt = cast(Any, UNSET)
            unset.append("prompt")
        _background_sound_volume_raw = d.pop("background_sound_volume", UNSET)
        if not isinstance(_background_sound_volume_raw, Unset):
            try:
                if not (
                    isinstance(_background_sound_volume_raw, int | float)
                    and not isinstance(_background_sound_volume_raw, bool)
                ):
                    raise TypeError()
                background_sound_volume = _background_sound_volume_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                background_sound_volume = cast(Any, UNSET)
                unset.append("background_sound_volume")
                kept["background_sound_volume"] = _background_sound_volume_raw
                warnings.append(
                    describe_misfit(
                        "background_sound_volume", _background_sound_volume_raw, "float"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            background_sound_volume = cast(Any, UNSET)
            unset.append("background_sound_volume")
        _first_sentence_delay_ms_raw = d.pop("first_sentence_delay_ms", UNSET)
        if not isinstance(_first_sentence_delay_ms_raw, Unset):
            try:
                if not (
                    isinstance(_first_sentence_delay_ms_raw, int)
                    and not isinstance(_first_sentence_delay_ms_raw, bool)
                ):
                    raise TypeError()
                first_sentence_delay_ms = _first_sentence_delay_ms_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                first_sentence_delay_ms = cast(Any, UNSET)
                unset.append("first_sentence_delay_ms")
                kept["first_sentence_delay_ms"] = _first_sentence_delay_ms_raw
                warnings.append(
                    describe_misfit(
                        "first_sentence_delay_ms", _first_sentence_delay_ms_raw, "int"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            first_sentence_delay_ms = cast(Any, UNSET)
            unset.append("first_sentence_delay_ms")
        _first_sentence_mode_raw = d.pop("first_sentence_mode", UNSET)
        if not isinstance(_first_sentence_mode_raw, Unset):
            try:

                def _parse_first_sentence_mode(data: object) -> FirstSentenceMode | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        first_sentence_mode_type_0 = FirstSentenceMode(data)

                        return first_sentence_mode_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(FirstSentenceMode | str, data)

                first_sentence_mode = _parse_first_sentence_mode(
                    _first_sentence_mode_raw
                )

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                first_sentence_mode = cast(Any, UNSET)
                unset.append("first_sentence_mode")
                kept["first_sentence_mode"] = _first_sentence_mode_raw
                warnings.append(
                    describe_misfit(
                        "first_sentence_mode",
                        _first_sentence_mode_raw,
                        "FirstSentenceMode | str",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            first_sentence_mode = cast(Any, UNSET)
            unset.append("first_sentence_mode")
        _ivr_navigation_enabled_raw = d.pop("ivr_navigation_enabled", UNSET)
        if not isinstance(_ivr_navigation_enabled_raw, Unset):
            try:
                if not (isinstance(_ivr_navigation_enabled_raw, bool)):
                    raise TypeError()
                ivr_navigation_enabled = _ivr_navigation_enabled_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                ivr_navigation_enabled = cast(Any, UNSET)
                unset.append("ivr_navigation_enabled")
                kept["ivr_navigation_enabled"] = _ivr_navigation_enabled_raw
                warnings.append(
                    describe_misfit(
                        "ivr_navigation_enabled", _ivr_navigation_enabled_raw, "bool"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            ivr_navigation_enabled = cast(Any, UNSET)
            unset.append("ivr_navigation_enabled")
        _llm_model_raw = d.pop("llm_model", UNSET)
        if not isinstance(_llm_model_raw, Unset):
            try:

                def _parse_llm_model(
                    data: object,
                ) -> (
                    AssistantCustomModel
                    | AssistantDedicatedInstanceModel
                    | AssistantOpenRouterModel
                    | AssistantRealtimeModel
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        llm_model_type_0 = AssistantDedicatedInstanceModel.from_dict(
                            data
                        )

                        return llm_model_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        llm_model_type_1 = AssistantOpenRouterModel.from_dict(data)

                        return llm_model_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        llm_model_type_2 = AssistantCustomModel.from_dict(data)

                        return llm_model_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    llm_model_type_3 = AssistantRealtimeModel.from_dict(data)

                    return llm_model_type_3

                llm_model = _parse_llm_model(_llm_model_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                llm_model = cast(Any, UNSET)
                unset.append("llm_model")
                kept["llm_model"] = _llm_model_raw
                warnings.append(
                    describe_misfit(
                        "llm_model",
                        _llm_model_raw,
                        "AssistantCustomModel | AssistantDedicatedInstanceModel | AssistantOpenRouterModel | AssistantRealtimeModel",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            llm_model = cast(Any, UNSET)
            unset.append("llm_model")
        _max_call_duration_secs_raw = d.pop("max_call_duration_secs", UNSET)
        if not isinstance(_max_call_duration_secs_raw, Unset):
            try:
                if not (
                    isinstance(_max_call_duration_secs_raw, int | float)
                    and not isinstance(_max_call_duration_secs_raw, bool)
                ):
                    raise TypeError()
                max_call_duration_secs = _max_call_duration_secs_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                max_call_duration_secs = cast(Any, UNSET)
                unset.append("max_call_duration_secs")
                kept["max_call_duration_secs"] = _max_call_duration_secs_raw
                warnings.append(
                    describe_misfit(
                        "max_call_duration_secs", _max_call_duration_secs_raw, "float"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            max_call_duration_secs = cast(Any, UNSET)
            unset.append("max_call_duration_secs")
        _sms_enabled_raw = d.pop("sms_enabled", UNSET)
        if not isinstance(_sms_enabled_raw, Unset):
            try:
                if not (isinstance(_sms_enabled_raw, bool)):
                    raise TypeError()
                sms_enabled = _sms_enabled_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                sms_enabled = cast(Any, UNSET)
                unset.append("sms_enabled")
                kept["sms_enabled"] = _sms_enabled_raw
                warnings.append(
                    describe_misfit("sms_enabled", _sms_enabled_raw, "bool")
                )

        else:  # missing: the warning is above; the slot stays empty
            sms_enabled = cast(Any, UNSET)
            unset.append("sms_enabled")
        _stt_model_raw = d.pop("stt_model", UNSET)
        if not isinstance(_stt_model_raw, Unset):
            try:

                def _parse_stt_model(data: object) -> str | SttModel:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stt_model_type_0 = SttModel(data)

                        return stt_model_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | SttModel, data)

                stt_model = _parse_stt_model(_stt_model_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                stt_model = cast(Any, UNSET)
                unset.append("stt_model")
                kept["stt_model"] = _stt_model_raw
                warnings.append(
                    describe_misfit("stt_model", _stt_model_raw, "str | SttModel")
                )

        else:  # missing: the warning is above; the slot stays empty
            stt_model = cast(Any, UNSET)
            unset.append("stt_model")
        _thinking_sound_probability_raw = d.pop("thinking_sound_probability", UNSET)
        if not isinstance(_thinking_sound_probability_raw, Unset):
            try:
                if not (
                    isinstance(_thinking_sound_probability_raw, int | float)
                    and not isinstance(_thinking_sound_probability_raw, bool)
                ):
                    raise TypeError()
                thinking_sound_probability = _thinking_sound_probability_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                thinking_sound_probability = cast(Any, UNSET)
                unset.append("thinking_sound_probability")
                kept["thinking_sound_probability"] = _thinking_sound_probability_raw
                warnings.append(
                    describe_misfit(
                        "thinking_sound_probability",
                        _thinking_sound_probability_raw,
                        "float",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            thinking_sound_probability = cast(Any, UNSET)
            unset.append("thinking_sound_probability")
        _thinking_sound_volume_raw = d.pop("thinking_sound_volume", UNSET)
        if not isinstance(_thinking_sound_volume_raw, Unset):
            try:
                if not (
                    isinstance(_thinking_sound_volume_raw, int | float)
                    and not isinstance(_thinking_sound_volume_raw, bool)
                ):
                    raise TypeError()
                thinking_sound_volume = _thinking_sound_volume_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                thinking_sound_volume = cast(Any, UNSET)
                unset.append("thinking_sound_volume")
                kept["thinking_sound_volume"] = _thinking_sound_volume_raw
                warnings.append(
                    describe_misfit(
                        "thinking_sound_volume", _thinking_sound_volume_raw, "float"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            thinking_sound_volume = cast(Any, UNSET)
            unset.append("thinking_sound_volume")
        _type__raw = d.pop("type", UNSET)
        if not isinstance(_type__raw, Unset):
            try:

                def _parse_type_(data: object) -> AssistantKind | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        type_type_0 = AssistantKind(data)

                        return type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AssistantKind | str, data)

                type_ = _parse_type_(_type__raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                type_ = cast(Any, UNSET)
                unset.append("type_")
                kept["type"] = _type__raw
                warnings.append(
                    describe_misfit("type", _type__raw, "AssistantKind | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            type_ = cast(Any, UNSET)
            unset.append("type_")
        _created_by_raw = d.pop("created_by", UNSET)
        try:

            def _parse_created_by(data: object) -> AssistantCreatedBy | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    created_by_type_0 = AssistantCreatedBy.from_dict(data)

                    return created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantCreatedBy | None | Unset, data)

            created_by = _parse_created_by(_created_by_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            created_by = cast(Any, UNSET)
            kept["created_by"] = _created_by_raw
            warnings.append(
                describe_misfit(
                    "created_by", _created_by_raw, "AssistantCreatedBy | None"
                )
            )

        _after_call_sms_outcomes_raw = d.pop("after_call_sms_outcomes", UNSET)
        try:

            def _parse_after_call_sms_outcomes(
                data: object,
            ) -> list[CallOutcome | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    after_call_sms_outcomes_type_0 = []
                    _after_call_sms_outcomes_type_0 = data
                    for (
                        after_call_sms_outcomes_type_0_item_data
                    ) in _after_call_sms_outcomes_type_0:

                        def _parse_after_call_sms_outcomes_type_0_item(
                            data: object,
                        ) -> CallOutcome | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                after_call_sms_outcomes_type_0_item_type_0 = (
                                    CallOutcome(data)
                                )

                                return after_call_sms_outcomes_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(CallOutcome | str, data)

                        after_call_sms_outcomes_type_0_item = (
                            _parse_after_call_sms_outcomes_type_0_item(
                                after_call_sms_outcomes_type_0_item_data
                            )
                        )

                        after_call_sms_outcomes_type_0.append(
                            after_call_sms_outcomes_type_0_item
                        )

                    return after_call_sms_outcomes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[CallOutcome | str] | None | Unset, data)

            after_call_sms_outcomes = _parse_after_call_sms_outcomes(
                _after_call_sms_outcomes_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            after_call_sms_outcomes = cast(Any, UNSET)
            kept["after_call_sms_outcomes"] = _after_call_sms_outcomes_raw
            warnings.append(
                describe_misfit(
                    "after_call_sms_outcomes",
                    _after_call_sms_outcomes_raw,
                    "list[CallOutcome | str] | None",
                )
            )

        _after_call_sms_prompt_raw = d.pop("after_call_sms_prompt", UNSET)
        try:

            def _parse_after_call_sms_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            after_call_sms_prompt = _parse_after_call_sms_prompt(
                _after_call_sms_prompt_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            after_call_sms_prompt = cast(Any, UNSET)
            kept["after_call_sms_prompt"] = _after_call_sms_prompt_raw
            warnings.append(
                describe_misfit(
                    "after_call_sms_prompt", _after_call_sms_prompt_raw, "None | str"
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            background_sound = cast(Any, UNSET)
            kept["background_sound"] = _background_sound_raw
            warnings.append(
                describe_misfit(
                    "background_sound",
                    _background_sound_raw,
                    "BackgroundSound | None | str",
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            calendly = cast(Any, UNSET)
            kept["calendly"] = _calendly_raw
            warnings.append(
                describe_misfit("calendly", _calendly_raw, "AssistantCalendly | None")
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            call_retry_config = cast(Any, UNSET)
            kept["call_retry_config"] = _call_retry_config_raw
            warnings.append(
                describe_misfit(
                    "call_retry_config",
                    _call_retry_config_raw,
                    "AssistantCallRetryConfig | None",
                )
            )

        _cartesia_dictionary_pronunciation_id_raw = d.pop(
            "cartesia_dictionary_pronunciation_id", UNSET
        )
        try:

            def _parse_cartesia_dictionary_pronunciation_id(
                data: object,
            ) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            cartesia_dictionary_pronunciation_id = (
                _parse_cartesia_dictionary_pronunciation_id(
                    _cartesia_dictionary_pronunciation_id_raw
                )
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            cartesia_dictionary_pronunciation_id = cast(Any, UNSET)
            kept["cartesia_dictionary_pronunciation_id"] = (
                _cartesia_dictionary_pronunciation_id_raw
            )
            warnings.append(
                describe_misfit(
                    "cartesia_dictionary_pronunciation_id",
                    _cartesia_dictionary_pronunciation_id_raw,
                    "None | str",
                )
            )

        _custom_tools_raw = d.pop("custom_tools", UNSET)
        try:

            def _parse_custom_tools(
                data: object,
            ) -> list[AssistantCustomTool] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    custom_tools_type_0 = []
                    _custom_tools_type_0 = data
                    for custom_tools_type_0_item_data in _custom_tools_type_0:
                        custom_tools_type_0_item = AssistantCustomTool.from_dict(
                            custom_tools_type_0_item_data
                        )

                        custom_tools_type_0.append(custom_tools_type_0_item)

                    return custom_tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AssistantCustomTool] | None | Unset, data)

            custom_tools = _parse_custom_tools(_custom_tools_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            custom_tools = cast(Any, UNSET)
            kept["custom_tools"] = _custom_tools_raw
            warnings.append(
                describe_misfit(
                    "custom_tools",
                    _custom_tools_raw,
                    "list[AssistantCustomTool] | None",
                )
            )

        _email_notification_address_raw = d.pop("email_notification_address", UNSET)
        try:

            def _parse_email_notification_address(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email_notification_address = _parse_email_notification_address(
                _email_notification_address_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            email_notification_address = cast(Any, UNSET)
            kept["email_notification_address"] = _email_notification_address_raw
            warnings.append(
                describe_misfit(
                    "email_notification_address",
                    _email_notification_address_raw,
                    "None | str",
                )
            )

        _email_notification_outcomes_raw = d.pop("email_notification_outcomes", UNSET)
        try:

            def _parse_email_notification_outcomes(
                data: object,
            ) -> list[CallOutcome | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    email_notification_outcomes_type_0 = []
                    _email_notification_outcomes_type_0 = data
                    for (
                        email_notification_outcomes_type_0_item_data
                    ) in _email_notification_outcomes_type_0:

                        def _parse_email_notification_outcomes_type_0_item(
                            data: object,
                        ) -> CallOutcome | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                email_notification_outcomes_type_0_item_type_0 = (
                                    CallOutcome(data)
                                )

                                return email_notification_outcomes_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(CallOutcome | str, data)

                        email_notification_outcomes_type_0_item = (
                            _parse_email_notification_outcomes_type_0_item(
                                email_notification_outcomes_type_0_item_data
                            )
                        )

                        email_notification_outcomes_type_0.append(
                            email_notification_outcomes_type_0_item
                        )

                    return email_notification_outcomes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[CallOutcome | str] | None | Unset, data)

            email_notification_outcomes = _parse_email_notification_outcomes(
                _email_notification_outcomes_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            email_notification_outcomes = cast(Any, UNSET)
            kept["email_notification_outcomes"] = _email_notification_outcomes_raw
            warnings.append(
                describe_misfit(
                    "email_notification_outcomes",
                    _email_notification_outcomes_raw,
                    "list[CallOutcome | str] | None",
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            end_of_call_sentence = cast(Any, UNSET)
            kept["end_of_call_sentence"] = _end_of_call_sentence_raw
            warnings.append(
                describe_misfit(
                    "end_of_call_sentence", _end_of_call_sentence_raw, "None | str"
                )
            )

        _faq_items_raw = d.pop("faq_items", UNSET)
        try:

            def _parse_faq_items(data: object) -> list[AssistantFaqItem] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    faq_items_type_0 = []
                    _faq_items_type_0 = data
                    for faq_items_type_0_item_data in _faq_items_type_0:
                        faq_items_type_0_item = AssistantFaqItem.from_dict(
                            faq_items_type_0_item_data
                        )

                        faq_items_type_0.append(faq_items_type_0_item)

                    return faq_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AssistantFaqItem] | None | Unset, data)

            faq_items = _parse_faq_items(_faq_items_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            faq_items = cast(Any, UNSET)
            kept["faq_items"] = _faq_items_raw
            warnings.append(
                describe_misfit(
                    "faq_items", _faq_items_raw, "list[AssistantFaqItem] | None"
                )
            )

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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            first_sentence = cast(Any, UNSET)
            kept["first_sentence"] = _first_sentence_raw
            warnings.append(
                describe_misfit("first_sentence", _first_sentence_raw, "None | str")
            )

        _from_phone_number_raw = d.pop("from_phone_number", UNSET)
        try:

            def _parse_from_phone_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            from_phone_number = _parse_from_phone_number(_from_phone_number_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            from_phone_number = cast(Any, UNSET)
            kept["from_phone_number"] = _from_phone_number_raw
            warnings.append(
                describe_misfit(
                    "from_phone_number", _from_phone_number_raw, "None | str"
                )
            )

        _human_transfer_mode_raw = d.pop("human_transfer_mode", UNSET)
        try:

            def _parse_human_transfer_mode(
                data: object,
            ) -> HumanTransferMode | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    human_transfer_mode_type_0 = HumanTransferMode(data)

                    return human_transfer_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HumanTransferMode | None | str | Unset, data)

            human_transfer_mode = _parse_human_transfer_mode(_human_transfer_mode_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            human_transfer_mode = cast(Any, UNSET)
            kept["human_transfer_mode"] = _human_transfer_mode_raw
            warnings.append(
                describe_misfit(
                    "human_transfer_mode",
                    _human_transfer_mode_raw,
                    "HumanTransferMode | None | str",
                )
            )

        _is_inbound_receptionist_raw = d.pop("is_inbound_receptionist", UNSET)
        try:

            def _parse_is_inbound_receptionist(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_inbound_receptionist = _parse_is_inbound_receptionist(
                _is_inbound_receptionist_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            is_inbound_receptionist = cast(Any, UNSET)
            kept["is_inbound_receptionist"] = _is_inbound_receptionist_raw
            warnings.append(
                describe_misfit(
                    "is_inbound_receptionist",
                    _is_inbound_receptionist_raw,
                    "bool | None",
                )
            )

        _is_realestate_assistant_raw = d.pop("is_realestate_assistant", UNSET)
        try:

            def _parse_is_realestate_assistant(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_realestate_assistant = _parse_is_realestate_assistant(
                _is_realestate_assistant_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            is_realestate_assistant = cast(Any, UNSET)
            kept["is_realestate_assistant"] = _is_realestate_assistant_raw
            warnings.append(
                describe_misfit(
                    "is_realestate_assistant",
                    _is_realestate_assistant_raw,
                    "bool | None",
                )
            )

        _logo_url_raw = d.pop("logo_url", UNSET)
        try:

            def _parse_logo_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            logo_url = _parse_logo_url(_logo_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            logo_url = cast(Any, UNSET)
            kept["logo_url"] = _logo_url_raw
            warnings.append(describe_misfit("logo_url", _logo_url_raw, "None | str"))

        _max_duration_end_message_raw = d.pop("max_duration_end_message", UNSET)
        try:

            def _parse_max_duration_end_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            max_duration_end_message = _parse_max_duration_end_message(
                _max_duration_end_message_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            max_duration_end_message = cast(Any, UNSET)
            kept["max_duration_end_message"] = _max_duration_end_message_raw
            warnings.append(
                describe_misfit(
                    "max_duration_end_message",
                    _max_duration_end_message_raw,
                    "None | str",
                )
            )

        _pending_faq_count_raw = d.pop("pending_faq_count", UNSET)
        try:

            def _parse_pending_faq_count(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            pending_faq_count = _parse_pending_faq_count(_pending_faq_count_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            pending_faq_count = cast(Any, UNSET)
            kept["pending_faq_count"] = _pending_faq_count_raw
            warnings.append(
                describe_misfit(
                    "pending_faq_count", _pending_faq_count_raw, "float | None"
                )
            )

        _position_raw = d.pop("position", UNSET)
        try:

            def _parse_position(data: object) -> AssistantPosition | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    position_type_0 = AssistantPosition.from_dict(data)

                    return position_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantPosition | None | Unset, data)

            position = _parse_position(_position_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            position = cast(Any, UNSET)
            kept["position"] = _position_raw
            warnings.append(
                describe_misfit("position", _position_raw, "AssistantPosition | None")
            )

        _precall_lookup_url_raw = d.pop("precall_lookup_url", UNSET)
        try:

            def _parse_precall_lookup_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            precall_lookup_url = _parse_precall_lookup_url(_precall_lookup_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            precall_lookup_url = cast(Any, UNSET)
            kept["precall_lookup_url"] = _precall_lookup_url_raw
            warnings.append(
                describe_misfit(
                    "precall_lookup_url", _precall_lookup_url_raw, "None | str"
                )
            )

        _prompt_flow_raw = d.pop("prompt_flow", UNSET)
        try:

            def _parse_prompt_flow(data: object) -> AssistantPromptFlow | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    prompt_flow_type_0 = AssistantPromptFlow.from_dict(data)

                    return prompt_flow_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantPromptFlow | None | Unset, data)

            prompt_flow = _parse_prompt_flow(_prompt_flow_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            prompt_flow = cast(Any, UNSET)
            kept["prompt_flow"] = _prompt_flow_raw
            warnings.append(
                describe_misfit(
                    "prompt_flow", _prompt_flow_raw, "AssistantPromptFlow | None"
                )
            )

        _slack_raw = d.pop("slack", UNSET)
        try:

            def _parse_slack(data: object) -> AssistantSlack | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    slack_type_0 = AssistantSlack.from_dict(data)

                    return slack_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantSlack | None | Unset, data)

            slack = _parse_slack(_slack_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            slack = cast(Any, UNSET)
            kept["slack"] = _slack_raw
            warnings.append(
                describe_misfit("slack", _slack_raw, "AssistantSlack | None")
            )

        _sms_template_raw = d.pop("sms_template", UNSET)
        try:

            def _parse_sms_template(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sms_template = _parse_sms_template(_sms_template_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            sms_template = cast(Any, UNSET)
            kept["sms_template"] = _sms_template_raw
            warnings.append(
                describe_misfit("sms_template", _sms_template_raw, "None | str")
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            structured_output_config = cast(Any, UNSET)
            kept["structured_output_config"] = _structured_output_config_raw
            warnings.append(
                describe_misfit(
                    "structured_output_config",
                    _structured_output_config_raw,
                    "list[AssistantStructuredOutputField] | None",
                )
            )

        _structured_output_prompt_raw = d.pop("structured_output_prompt", UNSET)
        try:

            def _parse_structured_output_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            structured_output_prompt = _parse_structured_output_prompt(
                _structured_output_prompt_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            structured_output_prompt = cast(Any, UNSET)
            kept["structured_output_prompt"] = _structured_output_prompt_raw
            warnings.append(
                describe_misfit(
                    "structured_output_prompt",
                    _structured_output_prompt_raw,
                    "None | str",
                )
            )

        _stt_context_raw = d.pop("stt_context", UNSET)
        try:

            def _parse_stt_context(data: object) -> AssistantSttContext | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    stt_context_type_0 = AssistantSttContext.from_dict(data)

                    return stt_context_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantSttContext | None | Unset, data)

            stt_context = _parse_stt_context(_stt_context_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            stt_context = cast(Any, UNSET)
            kept["stt_context"] = _stt_context_raw
            warnings.append(
                describe_misfit(
                    "stt_context", _stt_context_raw, "AssistantSttContext | None"
                )
            )

        _thinking_sound_raw = d.pop("thinking_sound", UNSET)
        try:

            def _parse_thinking_sound(
                data: object,
            ) -> None | str | ThinkingSound | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    thinking_sound_type_0 = ThinkingSound(data)

                    return thinking_sound_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | ThinkingSound | Unset, data)

            thinking_sound = _parse_thinking_sound(_thinking_sound_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            thinking_sound = cast(Any, UNSET)
            kept["thinking_sound"] = _thinking_sound_raw
            warnings.append(
                describe_misfit(
                    "thinking_sound", _thinking_sound_raw, "None | str | ThinkingSound"
                )
            )

        _transfer_destinations_raw = d.pop("transfer_destinations", UNSET)
        try:

            def _parse_transfer_destinations(
                data: object,
            ) -> list[AssistantTransferDestination] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    transfer_destinations_type_0 = []
                    _transfer_destinations_type_0 = data
                    for (
                        transfer_destinations_type_0_item_data
                    ) in _transfer_destinations_type_0:
                        transfer_destinations_type_0_item = (
                            AssistantTransferDestination.from_dict(
                                transfer_destinations_type_0_item_data
                            )
                        )

                        transfer_destinations_type_0.append(
                            transfer_destinations_type_0_item
                        )

                    return transfer_destinations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AssistantTransferDestination] | None | Unset, data)

            transfer_destinations = _parse_transfer_destinations(
                _transfer_destinations_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            transfer_destinations = cast(Any, UNSET)
            kept["transfer_destinations"] = _transfer_destinations_raw
            warnings.append(
                describe_misfit(
                    "transfer_destinations",
                    _transfer_destinations_raw,
                    "list[AssistantTransferDestination] | None",
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice = cast(Any, UNSET)
            kept["voice"] = _voice_raw
            warnings.append(
                describe_misfit("voice", _voice_raw, "AssistantVoice | None")
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voicemail_message = cast(Any, UNSET)
            kept["voicemail_message"] = _voicemail_message_raw
            warnings.append(
                describe_misfit(
                    "voicemail_message", _voicemail_message_raw, "None | str"
                )
            )

        _voicemail_sms_prompt_raw = d.pop("voicemail_sms_prompt", UNSET)
        try:

            def _parse_voicemail_sms_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            voicemail_sms_prompt = _parse_voicemail_sms_prompt(
                _voicemail_sms_prompt_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voicemail_sms_prompt = cast(Any, UNSET)
            kept["voicemail_sms_prompt"] = _voicemail_sms_prompt_raw
            warnings.append(
                describe_misfit(
                    "voicemail_sms_prompt", _voicemail_sms_prompt_raw, "None | str"
                )
            )

        _warm_transfer_summary_instructions_raw = d.pop(
            "warm_transfer_summary_instructions", UNSET
        )
        try:

            def _parse_warm_transfer_summary_instructions(
                data: object,
            ) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            warm_transfer_summary_instructions = (
                _parse_warm_transfer_summary_instructions(
                    _warm_transfer_summary_instructions_raw
                )
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            warm_transfer_summary_instructions = cast(Any, UNSET)
            kept["warm_transfer_summary_instructions"] = (
                _warm_transfer_summary_instructions_raw
            )
            warnings.append(
                describe_misfit(
                    "warm_transfer_summary_instructions",
                    _warm_transfer_summary_instructions_raw,
                    "None | str",
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            webhook_url = cast(Any, UNSET)
            kept["webhook_url"] = _webhook_url_raw
            warnings.append(
                describe_misfit("webhook_url", _webhook_url_raw, "None | str")
            )

        _zoho_raw = d.pop("zoho", UNSET)
        try:

            def _parse_zoho(data: object) -> AssistantZoho | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    zoho_type_0 = AssistantZoho.from_dict(data)

                    return zoho_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantZoho | None | Unset, data)

            zoho = _parse_zoho(_zoho_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            zoho = cast(Any, UNSET)
            kept["zoho"] = _zoho_raw
            warnings.append(describe_misfit("zoho", _zoho_raw, "AssistantZoho | None"))

        assistant = cls(
            id=id,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            prompt=prompt,
            background_sound_volume=background_sound_volume,
            first_sentence_delay_ms=first_sentence_delay_ms,
            first_sentence_mode=first_sentence_mode,
            ivr_navigation_enabled=ivr_navigation_enabled,
            llm_model=llm_model,
            max_call_duration_secs=max_call_duration_secs,
            sms_enabled=sms_enabled,
            stt_model=stt_model,
            thinking_sound_probability=thinking_sound_probability,
            thinking_sound_volume=thinking_sound_volume,
            type_=type_,
            created_by=created_by,
            after_call_sms_outcomes=after_call_sms_outcomes,
            after_call_sms_prompt=after_call_sms_prompt,
            background_sound=background_sound,
            calendly=calendly,
            call_retry_config=call_retry_config,
            cartesia_dictionary_pronunciation_id=cartesia_dictionary_pronunciation_id,
            custom_tools=custom_tools,
            email_notification_address=email_notification_address,
            email_notification_outcomes=email_notification_outcomes,
            end_of_call_sentence=end_of_call_sentence,
            faq_items=faq_items,
            first_sentence=first_sentence,
            from_phone_number=from_phone_number,
            human_transfer_mode=human_transfer_mode,
            is_inbound_receptionist=is_inbound_receptionist,
            is_realestate_assistant=is_realestate_assistant,
            logo_url=logo_url,
            max_duration_end_message=max_duration_end_message,
            pending_faq_count=pending_faq_count,
            position=position,
            precall_lookup_url=precall_lookup_url,
            prompt_flow=prompt_flow,
            slack=slack,
            sms_template=sms_template,
            structured_output_config=structured_output_config,
            structured_output_prompt=structured_output_prompt,
            stt_context=stt_context,
            thinking_sound=thinking_sound,
            transfer_destinations=transfer_destinations,
            voice=voice,
            voicemail_message=voicemail_message,
            voicemail_sms_prompt=voicemail_sms_prompt,
            warm_transfer_summary_instructions=warm_transfer_summary_instructions,
            webhook_url=webhook_url,
            zoho=zoho,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant, _name)
        assistant.additional_properties = {**d, **kept}
        assistant.parse_warnings = warnings
        if warnings:
            misfit_tick()
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
