from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_kind import AssistantKind
from ..models.background_sound import BackgroundSound
from ..models.call_outcome import CallOutcome
from ..models.first_sentence_mode import FirstSentenceMode
from ..models.human_transfer_mode import HumanTransferMode
from ..models.stt_model import SttModel
from ..models.thinking_sound import ThinkingSound
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendly import Calendly
    from ..models.call_retry_config import CallRetryConfig
    from ..models.custom_model import CustomModel
    from ..models.custom_tool import CustomTool
    from ..models.dedicated_instance_model import DedicatedInstanceModel
    from ..models.faq_item import FaqItem
    from ..models.open_router_model import OpenRouterModel
    from ..models.position import Position
    from ..models.prompt_flow import PromptFlow
    from ..models.realtime_model import RealtimeModel
    from ..models.slack import Slack
    from ..models.structured_output_field import StructuredOutputField
    from ..models.stt_context import SttContext
    from ..models.transfer_destination import TransferDestination
    from ..models.voice import Voice
    from ..models.zoho import Zoho


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """Settings for a new Revox assistant. Only `name` and `prompt` are required; Revox fills in
    its defaults for the rest. Fields typed `[X, 'null']` may be sent as `null`, which leaves that
    feature off.

        Attributes:
            name (str): Display name of the assistant.
            prompt (str): System prompt handed to the language model on every call (the SDK names gpt-4.1 as the
                model that reads it by default). When a visual `prompt_flow` exists, this flattened text
                is still what the model gets.
            after_call_sms_outcomes (list[CallOutcome] | None | Unset): Call outcomes after which the follow-up SMS is sent.
                Empty or `null`: no follow-up SMS.
                `none` matches calls that ended without an outcome.
            after_call_sms_prompt (None | str | Unset): Instructions for writing the SMS sent after the call; `{{variable}}`
                placeholders are
                filled in. `null`: no follow-up SMS.
            background_sound (BackgroundSound | None | Unset): Ambient sound under the conversation; `null` or leaving it
                out means none.
            background_sound_volume (float | Unset): Loudness of the ambient sound, from 0 (silent) to 1 (full volume).
            calendly (Calendly | None | Unset): Calendly booking integration; `null` leaves the assistant without one.
            call_retry_config (CallRetryConfig | Unset): When and how often Revox calls again after an attempt that did not
                get through. Leaving the
                whole object out makes Revox use its defaults (the `default` values below); when it is sent,
                the SDK marks `allowed_days`, `call_twice_in_a_row`, `calling_windows` and
                `max_retry_attempts` as required.
            cartesia_dictionary_pronunciation_id (None | str | Unset): Cartesia pronunciation dictionary applied to this
                assistant's calls; `null` unlinks it.
            custom_tools (list[CustomTool] | None | Unset): HTTP endpoints the assistant may call during a conversation,
                with values taken from the
                conversation substituted into them. `null` means no custom tools.
            email_notification_address (None | str | Unset): Where notification e-mails go when a call ends with one of
                `email_notification_outcomes`: one address, or several separated by commas.
            email_notification_outcomes (list[CallOutcome] | None | Unset): Call outcomes that trigger a notification
                e-mail; `none` matches calls without an
                outcome.
            end_of_call_sentence (str | Unset): Line the agent says when it decides to hang up.
            faq_items (list[FaqItem] | Unset): Questions and answers the assistant knows. Sending the list replaces every
                FAQ item the
                assistant had.
            first_sentence (str | Unset): Opening of the call, used according to `first_sentence_mode`: an instruction the
                model
                phrases (`generated`) or words read out as they are (`static`).
            first_sentence_delay_ms (int | Unset): Pause, in milliseconds, before the agent says its first sentence.
                Default: 400.
            first_sentence_mode (FirstSentenceMode | Unset): How the opening line is produced. `generated`: the model writes
                it from the `first_sentence`
                instruction. `static`: `first_sentence` is spoken exactly as given. `none`: the agent says
                nothing first and waits for the other party to speak.
            from_phone_number (None | str | Unset): Caller number for outbound calls made with this assistant, instead of
                the organisation's
                default number. It must be a number the organisation owns, in E.164 form (a `+`, then up
                to 15 digits). `null`: the organisation's default number is used.
            human_transfer_mode (HumanTransferMode | None | Unset): How calls are handed to a person when
                `transfer_destinations` lists at least one
                destination. Left out or `null` when transfer is off (no destinations).
            ivr_navigation_enabled (bool | Unset): Gives the agent tools to get through phone menus (sending DTMF tones,
                skipping a turn).
            llm_model (CustomModel | DedicatedInstanceModel | OpenRouterModel | RealtimeModel | Unset): Language model that
                drives the conversation, told apart by `type`: a Revox-hosted
                dedicated instance, a model reached through OpenRouter, your own OpenAI-compatible
                endpoint, or a realtime speech-to-speech model.
            logo_url (None | str | Unset): Public address of the logo displayed on the assistant's demo page (Revox also
                takes an
                upload at `POST /assistants/{id}/logo`, not described here). `null` removes the logo.
            max_call_duration_secs (float | Unset): Longest a call may last, in seconds; the call is ended once it is
                reached.
            max_duration_end_message (None | str | Unset): Short line the agent says, without letting itself be interrupted,
                when the call reaches
                `max_call_duration_secs`; it has to fit in the short farewell margin. Without it the call
                ends silently.
            position (None | Position | Unset): Where this assistant's node sits on the canvas of its multi-step flow
                editor.
            precall_lookup_url (None | str | Unset): Inbound calls only. Revox sends an HTTP GET to this address just before
                answering, after
                putting the caller's E.164 number (URL-encoded) in place of `{{phone}}`. The answer must be
                `{"prompt_variables": {...}}` and give every `{{variable}}` the assistant uses, or the call
                fails. It must be an http(s) address containing `{{phone}}`. `null`: no lookup.
            prompt_flow (None | PromptFlow | Unset): Nodes and edges of the visual prompt editor, kept so the editor can be
                reopened. It has
                no effect on calls: the model only reads `prompt`.
            slack (None | Slack | Unset): Slack notifications: after a call ending with one of the chosen outcomes, a
                message is
                posted to a channel. `null` turns them off.
            sms_enabled (bool | Unset): Lets the agent send SMS messages to the person on the call.
            sms_template (None | str | Unset): Fixed SMS text sent during calls instead of a message the agent writes
                itself;
                `{{variable}}` placeholders are filled in.
            structured_output_config (list[StructuredOutputField] | Unset): Values to extract from each call once it is over
                (for example the caller's e-mail,
                name or company).
            structured_output_prompt (None | str | Unset): Own instructions for the extraction of
                `structured_output_config`, replacing Revox's
                default prompt. It may use `{{transcript}}`, `{{call_direction}}`,
                `{{user_phone_number}}` and `{{agent_phone_number}}`.
            stt_context (None | SttContext | Unset): Hints for speech recognition: key/value facts and a list of domain
                terms. Context Revox
                derives from the prompt is added to it without overwriting these entries.
            stt_model (SttModel | Unset): Soniox realtime speech-to-text model.
            thinking_sound (None | ThinkingSound | Unset): Clip played while the agent works out its answer; `null` or
                leaving it out means
                silence.
            thinking_sound_probability (float | Unset): Probability, from 0 to 1, of hearing the thinking sound on a given
                turn; otherwise the
                agent thinks in silence.
            thinking_sound_volume (float | Unset): Loudness of the thinking sound, from 0 (silent) to 1 (full volume).
            transfer_destinations (list[TransferDestination] | None | Unset): Where a call may be handed over when the
                caller asks for a person. A single entry is used
                for every transfer; among several the assistant picks one when transferring, following
                routing rules written in its own prompt that name the destinations by `label`. Empty or
                `null` turns transfer off. (Replaces version 1's `transfer_phone_number`.)
            type_ (AssistantKind | Unset): Kind of assistant. `standalone`: an ordinary assistant. `multi-step`: an
                assistant that
                orchestrates several steps, each a sub-assistant. `sub-assistant`: one such step; it does not
                appear in the assistant list. The transitions between steps are managed with Revox's
                `/assistants/{id}/edges` endpoints, which this document does not describe.
            voice (Voice | Unset): Text-to-speech voice; Revox lists the available voices at `GET /voices`.
            voicemail_message (None | str | Unset): What the agent says before hanging up when it reaches a voicemail box;
                with `null` it
                hangs up straight away.
            voicemail_sms_prompt (None | str | Unset): SMS sent when the call reaches voicemail; `{{variable}}` placeholders
                are filled in.
                `null`: no SMS on voicemail.
            warm_transfer_summary_instructions (None | str | Unset): For warm transfers: extra instructions for the summary
                given to the person taking over
                the call. `null` or empty: Revox's standard briefing.
            webhook_url (str | Unset): Address Revox calls when a call has finished.
            zoho (None | Unset | Zoho): Zoho CRM integration: after a call ending with one of the chosen outcomes, the
                contact
                (matched by phone number) is created or updated in a Zoho module and a note with the call
                summary is attached. `null` turns it off.
    """

    name: str
    prompt: str
    after_call_sms_outcomes: list[CallOutcome] | None | Unset = UNSET
    after_call_sms_prompt: None | str | Unset = UNSET
    background_sound: BackgroundSound | None | Unset = UNSET
    background_sound_volume: float | Unset = UNSET
    calendly: Calendly | None | Unset = UNSET
    call_retry_config: CallRetryConfig | Unset = UNSET
    cartesia_dictionary_pronunciation_id: None | str | Unset = UNSET
    custom_tools: list[CustomTool] | None | Unset = UNSET
    email_notification_address: None | str | Unset = UNSET
    email_notification_outcomes: list[CallOutcome] | None | Unset = UNSET
    end_of_call_sentence: str | Unset = UNSET
    faq_items: list[FaqItem] | Unset = UNSET
    first_sentence: str | Unset = UNSET
    first_sentence_delay_ms: int | Unset = UNSET
    first_sentence_mode: FirstSentenceMode | Unset = UNSET
    from_phone_number: None | str | Unset = UNSET
    human_transfer_mode: HumanTransferMode | None | Unset = UNSET
    ivr_navigation_enabled: bool | Unset = UNSET
    llm_model: (
        CustomModel | DedicatedInstanceModel | OpenRouterModel | RealtimeModel | Unset
    ) = UNSET
    logo_url: None | str | Unset = UNSET
    max_call_duration_secs: float | Unset = UNSET
    max_duration_end_message: None | str | Unset = UNSET
    position: None | Position | Unset = UNSET
    precall_lookup_url: None | str | Unset = UNSET
    prompt_flow: None | PromptFlow | Unset = UNSET
    slack: None | Slack | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    sms_template: None | str | Unset = UNSET
    structured_output_config: list[StructuredOutputField] | Unset = UNSET
    structured_output_prompt: None | str | Unset = UNSET
    stt_context: None | SttContext | Unset = UNSET
    stt_model: SttModel | Unset = UNSET
    thinking_sound: None | ThinkingSound | Unset = UNSET
    thinking_sound_probability: float | Unset = UNSET
    thinking_sound_volume: float | Unset = UNSET
    transfer_destinations: list[TransferDestination] | None | Unset = UNSET
    type_: AssistantKind | Unset = UNSET
    voice: Voice | Unset = UNSET
    voicemail_message: None | str | Unset = UNSET
    voicemail_sms_prompt: None | str | Unset = UNSET
    warm_transfer_summary_instructions: None | str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    zoho: None | Unset | Zoho = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendly import Calendly
        from ..models.custom_model import CustomModel
        from ..models.dedicated_instance_model import DedicatedInstanceModel
        from ..models.open_router_model import OpenRouterModel
        from ..models.position import Position
        from ..models.prompt_flow import PromptFlow
        from ..models.slack import Slack
        from ..models.stt_context import SttContext
        from ..models.zoho import Zoho

        name = self.name

        prompt = self.prompt

        after_call_sms_outcomes: list[str] | None | Unset
        if isinstance(self.after_call_sms_outcomes, Unset):
            after_call_sms_outcomes = UNSET
        elif isinstance(self.after_call_sms_outcomes, list):
            after_call_sms_outcomes = []
            for (
                after_call_sms_outcomes_type_0_item_data
            ) in self.after_call_sms_outcomes:
                after_call_sms_outcomes_type_0_item = (
                    after_call_sms_outcomes_type_0_item_data.value
                )
                after_call_sms_outcomes.append(after_call_sms_outcomes_type_0_item)

        else:
            after_call_sms_outcomes = self.after_call_sms_outcomes

        after_call_sms_prompt: None | str | Unset
        if isinstance(self.after_call_sms_prompt, Unset):
            after_call_sms_prompt = UNSET
        else:
            after_call_sms_prompt = self.after_call_sms_prompt

        background_sound: None | str | Unset
        if isinstance(self.background_sound, Unset):
            background_sound = UNSET
        elif isinstance(self.background_sound, BackgroundSound):
            background_sound = self.background_sound.value
        else:
            background_sound = self.background_sound

        background_sound_volume = self.background_sound_volume

        calendly: dict[str, Any] | None | Unset
        if isinstance(self.calendly, Unset):
            calendly = UNSET
        elif isinstance(self.calendly, Calendly):
            calendly = self.calendly.to_dict()
        else:
            calendly = self.calendly

        call_retry_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_retry_config, Unset):
            call_retry_config = self.call_retry_config.to_dict()

        cartesia_dictionary_pronunciation_id: None | str | Unset
        if isinstance(self.cartesia_dictionary_pronunciation_id, Unset):
            cartesia_dictionary_pronunciation_id = UNSET
        else:
            cartesia_dictionary_pronunciation_id = (
                self.cartesia_dictionary_pronunciation_id
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

        email_notification_address: None | str | Unset
        if isinstance(self.email_notification_address, Unset):
            email_notification_address = UNSET
        else:
            email_notification_address = self.email_notification_address

        email_notification_outcomes: list[str] | None | Unset
        if isinstance(self.email_notification_outcomes, Unset):
            email_notification_outcomes = UNSET
        elif isinstance(self.email_notification_outcomes, list):
            email_notification_outcomes = []
            for (
                email_notification_outcomes_type_0_item_data
            ) in self.email_notification_outcomes:
                email_notification_outcomes_type_0_item = (
                    email_notification_outcomes_type_0_item_data.value
                )
                email_notification_outcomes.append(
                    email_notification_outcomes_type_0_item
                )

        else:
            email_notification_outcomes = self.email_notification_outcomes

        end_of_call_sentence = self.end_of_call_sentence

        faq_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faq_items, Unset):
            faq_items = []
            for faq_items_item_data in self.faq_items:
                faq_items_item = faq_items_item_data.to_dict()
                faq_items.append(faq_items_item)

        first_sentence = self.first_sentence

        first_sentence_delay_ms = self.first_sentence_delay_ms

        first_sentence_mode: str | Unset = UNSET
        if not isinstance(self.first_sentence_mode, Unset):
            first_sentence_mode = self.first_sentence_mode.value

        from_phone_number: None | str | Unset
        if isinstance(self.from_phone_number, Unset):
            from_phone_number = UNSET
        else:
            from_phone_number = self.from_phone_number

        human_transfer_mode: None | str | Unset
        if isinstance(self.human_transfer_mode, Unset):
            human_transfer_mode = UNSET
        elif isinstance(self.human_transfer_mode, HumanTransferMode):
            human_transfer_mode = self.human_transfer_mode.value
        else:
            human_transfer_mode = self.human_transfer_mode

        ivr_navigation_enabled = self.ivr_navigation_enabled

        llm_model: dict[str, Any] | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        elif (
            isinstance(self.llm_model, DedicatedInstanceModel)
            or isinstance(self.llm_model, OpenRouterModel)
            or isinstance(self.llm_model, CustomModel)
        ):
            llm_model = self.llm_model.to_dict()
        else:
            llm_model = self.llm_model.to_dict()

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        max_call_duration_secs = self.max_call_duration_secs

        max_duration_end_message: None | str | Unset
        if isinstance(self.max_duration_end_message, Unset):
            max_duration_end_message = UNSET
        else:
            max_duration_end_message = self.max_duration_end_message

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, Position):
            position = self.position.to_dict()
        else:
            position = self.position

        precall_lookup_url: None | str | Unset
        if isinstance(self.precall_lookup_url, Unset):
            precall_lookup_url = UNSET
        else:
            precall_lookup_url = self.precall_lookup_url

        prompt_flow: dict[str, Any] | None | Unset
        if isinstance(self.prompt_flow, Unset):
            prompt_flow = UNSET
        elif isinstance(self.prompt_flow, PromptFlow):
            prompt_flow = self.prompt_flow.to_dict()
        else:
            prompt_flow = self.prompt_flow

        slack: dict[str, Any] | None | Unset
        if isinstance(self.slack, Unset):
            slack = UNSET
        elif isinstance(self.slack, Slack):
            slack = self.slack.to_dict()
        else:
            slack = self.slack

        sms_enabled = self.sms_enabled

        sms_template: None | str | Unset
        if isinstance(self.sms_template, Unset):
            sms_template = UNSET
        else:
            sms_template = self.sms_template

        structured_output_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.structured_output_config, Unset):
            structured_output_config = []
            for structured_output_config_item_data in self.structured_output_config:
                structured_output_config_item = (
                    structured_output_config_item_data.to_dict()
                )
                structured_output_config.append(structured_output_config_item)

        structured_output_prompt: None | str | Unset
        if isinstance(self.structured_output_prompt, Unset):
            structured_output_prompt = UNSET
        else:
            structured_output_prompt = self.structured_output_prompt

        stt_context: dict[str, Any] | None | Unset
        if isinstance(self.stt_context, Unset):
            stt_context = UNSET
        elif isinstance(self.stt_context, SttContext):
            stt_context = self.stt_context.to_dict()
        else:
            stt_context = self.stt_context

        stt_model: str | Unset = UNSET
        if not isinstance(self.stt_model, Unset):
            stt_model = self.stt_model.value

        thinking_sound: None | str | Unset
        if isinstance(self.thinking_sound, Unset):
            thinking_sound = UNSET
        elif isinstance(self.thinking_sound, ThinkingSound):
            thinking_sound = self.thinking_sound.value
        else:
            thinking_sound = self.thinking_sound

        thinking_sound_probability = self.thinking_sound_probability

        thinking_sound_volume = self.thinking_sound_volume

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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        voicemail_message: None | str | Unset
        if isinstance(self.voicemail_message, Unset):
            voicemail_message = UNSET
        else:
            voicemail_message = self.voicemail_message

        voicemail_sms_prompt: None | str | Unset
        if isinstance(self.voicemail_sms_prompt, Unset):
            voicemail_sms_prompt = UNSET
        else:
            voicemail_sms_prompt = self.voicemail_sms_prompt

        warm_transfer_summary_instructions: None | str | Unset
        if isinstance(self.warm_transfer_summary_instructions, Unset):
            warm_transfer_summary_instructions = UNSET
        else:
            warm_transfer_summary_instructions = self.warm_transfer_summary_instructions

        webhook_url = self.webhook_url

        zoho: dict[str, Any] | None | Unset
        if isinstance(self.zoho, Unset):
            zoho = UNSET
        elif isinstance(self.zoho, Zoho):
            zoho = self.zoho.to_dict()
        else:
            zoho = self.zoho

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if after_call_sms_outcomes is not UNSET:
            field_dict["after_call_sms_outcomes"] = after_call_sms_outcomes
        if after_call_sms_prompt is not UNSET:
            field_dict["after_call_sms_prompt"] = after_call_sms_prompt
        if background_sound is not UNSET:
            field_dict["background_sound"] = background_sound
        if background_sound_volume is not UNSET:
            field_dict["background_sound_volume"] = background_sound_volume
        if calendly is not UNSET:
            field_dict["calendly"] = calendly
        if call_retry_config is not UNSET:
            field_dict["call_retry_config"] = call_retry_config
        if cartesia_dictionary_pronunciation_id is not UNSET:
            field_dict["cartesia_dictionary_pronunciation_id"] = (
                cartesia_dictionary_pronunciation_id
            )
        if custom_tools is not UNSET:
            field_dict["custom_tools"] = custom_tools
        if email_notification_address is not UNSET:
            field_dict["email_notification_address"] = email_notification_address
        if email_notification_outcomes is not UNSET:
            field_dict["email_notification_outcomes"] = email_notification_outcomes
        if end_of_call_sentence is not UNSET:
            field_dict["end_of_call_sentence"] = end_of_call_sentence
        if faq_items is not UNSET:
            field_dict["faq_items"] = faq_items
        if first_sentence is not UNSET:
            field_dict["first_sentence"] = first_sentence
        if first_sentence_delay_ms is not UNSET:
            field_dict["first_sentence_delay_ms"] = first_sentence_delay_ms
        if first_sentence_mode is not UNSET:
            field_dict["first_sentence_mode"] = first_sentence_mode
        if from_phone_number is not UNSET:
            field_dict["from_phone_number"] = from_phone_number
        if human_transfer_mode is not UNSET:
            field_dict["human_transfer_mode"] = human_transfer_mode
        if ivr_navigation_enabled is not UNSET:
            field_dict["ivr_navigation_enabled"] = ivr_navigation_enabled
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if max_call_duration_secs is not UNSET:
            field_dict["max_call_duration_secs"] = max_call_duration_secs
        if max_duration_end_message is not UNSET:
            field_dict["max_duration_end_message"] = max_duration_end_message
        if position is not UNSET:
            field_dict["position"] = position
        if precall_lookup_url is not UNSET:
            field_dict["precall_lookup_url"] = precall_lookup_url
        if prompt_flow is not UNSET:
            field_dict["prompt_flow"] = prompt_flow
        if slack is not UNSET:
            field_dict["slack"] = slack
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if sms_template is not UNSET:
            field_dict["sms_template"] = sms_template
        if structured_output_config is not UNSET:
            field_dict["structured_output_config"] = structured_output_config
        if structured_output_prompt is not UNSET:
            field_dict["structured_output_prompt"] = structured_output_prompt
        if stt_context is not UNSET:
            field_dict["stt_context"] = stt_context
        if stt_model is not UNSET:
            field_dict["stt_model"] = stt_model
        if thinking_sound is not UNSET:
            field_dict["thinking_sound"] = thinking_sound
        if thinking_sound_probability is not UNSET:
            field_dict["thinking_sound_probability"] = thinking_sound_probability
        if thinking_sound_volume is not UNSET:
            field_dict["thinking_sound_volume"] = thinking_sound_volume
        if transfer_destinations is not UNSET:
            field_dict["transfer_destinations"] = transfer_destinations
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        if voicemail_sms_prompt is not UNSET:
            field_dict["voicemail_sms_prompt"] = voicemail_sms_prompt
        if warm_transfer_summary_instructions is not UNSET:
            field_dict["warm_transfer_summary_instructions"] = (
                warm_transfer_summary_instructions
            )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if zoho is not UNSET:
            field_dict["zoho"] = zoho

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.calendly import Calendly
        from ..models.call_retry_config import CallRetryConfig
        from ..models.custom_model import CustomModel
        from ..models.custom_tool import CustomTool
        from ..models.dedicated_instance_model import DedicatedInstanceModel
        from ..models.faq_item import FaqItem
        from ..models.open_router_model import OpenRouterModel
        from ..models.position import Position
        from ..models.prompt_flow import PromptFlow
        from ..models.realtime_model import RealtimeModel
        from ..models.slack import Slack
        from ..models.structured_output_field import StructuredOutputField
        from ..models.stt_context import SttContext
        from ..models.transfer_destination import TransferDestination
        from ..models.voice import Voice
        from ..models.zoho import Zoho

        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        def _parse_after_call_sms_outcomes(
            data: object,
        ) -> list[CallOutcome] | None | Unset:
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
                    after_call_sms_outcomes_type_0_item = CallOutcome(
                        after_call_sms_outcomes_type_0_item_data
                    )

                    after_call_sms_outcomes_type_0.append(
                        after_call_sms_outcomes_type_0_item
                    )

                return after_call_sms_outcomes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallOutcome] | None | Unset, data)

        after_call_sms_outcomes = _parse_after_call_sms_outcomes(
            d.pop("after_call_sms_outcomes", UNSET)
        )

        def _parse_after_call_sms_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after_call_sms_prompt = _parse_after_call_sms_prompt(
            d.pop("after_call_sms_prompt", UNSET)
        )

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

        background_sound_volume = d.pop("background_sound_volume", UNSET)

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

        _call_retry_config = d.pop("call_retry_config", UNSET)
        call_retry_config: CallRetryConfig | Unset
        if isinstance(_call_retry_config, Unset):
            call_retry_config = UNSET
        else:
            call_retry_config = CallRetryConfig.from_dict(_call_retry_config)

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
                d.pop("cartesia_dictionary_pronunciation_id", UNSET)
            )
        )

        def _parse_custom_tools(data: object) -> list[CustomTool] | None | Unset:
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
                    custom_tools_type_0_item = CustomTool.from_dict(
                        custom_tools_type_0_item_data
                    )

                    custom_tools_type_0.append(custom_tools_type_0_item)

                return custom_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomTool] | None | Unset, data)

        custom_tools = _parse_custom_tools(d.pop("custom_tools", UNSET))

        def _parse_email_notification_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_notification_address = _parse_email_notification_address(
            d.pop("email_notification_address", UNSET)
        )

        def _parse_email_notification_outcomes(
            data: object,
        ) -> list[CallOutcome] | None | Unset:
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
                    email_notification_outcomes_type_0_item = CallOutcome(
                        email_notification_outcomes_type_0_item_data
                    )

                    email_notification_outcomes_type_0.append(
                        email_notification_outcomes_type_0_item
                    )

                return email_notification_outcomes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallOutcome] | None | Unset, data)

        email_notification_outcomes = _parse_email_notification_outcomes(
            d.pop("email_notification_outcomes", UNSET)
        )

        end_of_call_sentence = d.pop("end_of_call_sentence", UNSET)

        _faq_items = d.pop("faq_items", UNSET)
        faq_items: list[FaqItem] | Unset = UNSET
        if _faq_items is not UNSET:
            faq_items = []
            for faq_items_item_data in _faq_items:
                faq_items_item = FaqItem.from_dict(faq_items_item_data)

                faq_items.append(faq_items_item)

        first_sentence = d.pop("first_sentence", UNSET)

        first_sentence_delay_ms = d.pop("first_sentence_delay_ms", UNSET)

        _first_sentence_mode = d.pop("first_sentence_mode", UNSET)
        first_sentence_mode: FirstSentenceMode | Unset
        if isinstance(_first_sentence_mode, Unset):
            first_sentence_mode = UNSET
        else:
            first_sentence_mode = FirstSentenceMode(_first_sentence_mode)

        def _parse_from_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_phone_number = _parse_from_phone_number(d.pop("from_phone_number", UNSET))

        def _parse_human_transfer_mode(
            data: object,
        ) -> HumanTransferMode | None | Unset:
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
            return cast(HumanTransferMode | None | Unset, data)

        human_transfer_mode = _parse_human_transfer_mode(
            d.pop("human_transfer_mode", UNSET)
        )

        ivr_navigation_enabled = d.pop("ivr_navigation_enabled", UNSET)

        def _parse_llm_model(
            data: object,
        ) -> (
            CustomModel
            | DedicatedInstanceModel
            | OpenRouterModel
            | RealtimeModel
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_model_type_0 = DedicatedInstanceModel.from_dict(data)

                return llm_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_model_type_1 = OpenRouterModel.from_dict(data)

                return llm_model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_model_type_2 = CustomModel.from_dict(data)

                return llm_model_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            llm_model_type_3 = RealtimeModel.from_dict(data)

            return llm_model_type_3

        llm_model = _parse_llm_model(d.pop("llm_model", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        max_call_duration_secs = d.pop("max_call_duration_secs", UNSET)

        def _parse_max_duration_end_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_duration_end_message = _parse_max_duration_end_message(
            d.pop("max_duration_end_message", UNSET)
        )

        def _parse_position(data: object) -> None | Position | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Position.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Position | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_precall_lookup_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        precall_lookup_url = _parse_precall_lookup_url(
            d.pop("precall_lookup_url", UNSET)
        )

        def _parse_prompt_flow(data: object) -> None | PromptFlow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_flow_type_0 = PromptFlow.from_dict(data)

                return prompt_flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptFlow | Unset, data)

        prompt_flow = _parse_prompt_flow(d.pop("prompt_flow", UNSET))

        def _parse_slack(data: object) -> None | Slack | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slack_type_0 = Slack.from_dict(data)

                return slack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Slack | Unset, data)

        slack = _parse_slack(d.pop("slack", UNSET))

        sms_enabled = d.pop("sms_enabled", UNSET)

        def _parse_sms_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_template = _parse_sms_template(d.pop("sms_template", UNSET))

        _structured_output_config = d.pop("structured_output_config", UNSET)
        structured_output_config: list[StructuredOutputField] | Unset = UNSET
        if _structured_output_config is not UNSET:
            structured_output_config = []
            for structured_output_config_item_data in _structured_output_config:
                structured_output_config_item = StructuredOutputField.from_dict(
                    structured_output_config_item_data
                )

                structured_output_config.append(structured_output_config_item)

        def _parse_structured_output_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        structured_output_prompt = _parse_structured_output_prompt(
            d.pop("structured_output_prompt", UNSET)
        )

        def _parse_stt_context(data: object) -> None | SttContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stt_context_type_0 = SttContext.from_dict(data)

                return stt_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SttContext | Unset, data)

        stt_context = _parse_stt_context(d.pop("stt_context", UNSET))

        _stt_model = d.pop("stt_model", UNSET)
        stt_model: SttModel | Unset
        if isinstance(_stt_model, Unset):
            stt_model = UNSET
        else:
            stt_model = SttModel(_stt_model)

        def _parse_thinking_sound(data: object) -> None | ThinkingSound | Unset:
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
            return cast(None | ThinkingSound | Unset, data)

        thinking_sound = _parse_thinking_sound(d.pop("thinking_sound", UNSET))

        thinking_sound_probability = d.pop("thinking_sound_probability", UNSET)

        thinking_sound_volume = d.pop("thinking_sound_volume", UNSET)

        def _parse_transfer_destinations(
            data: object,
        ) -> list[TransferDestination] | None | Unset:
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
                    transfer_destinations_type_0_item = TransferDestination.from_dict(
                        transfer_destinations_type_0_item_data
                    )

                    transfer_destinations_type_0.append(
                        transfer_destinations_type_0_item
                    )

                return transfer_destinations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransferDestination] | None | Unset, data)

        transfer_destinations = _parse_transfer_destinations(
            d.pop("transfer_destinations", UNSET)
        )

        _type_ = d.pop("type", UNSET)
        type_: AssistantKind | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AssistantKind(_type_)

        _voice = d.pop("voice", UNSET)
        voice: Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = Voice.from_dict(_voice)

        def _parse_voicemail_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_message = _parse_voicemail_message(d.pop("voicemail_message", UNSET))

        def _parse_voicemail_sms_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_sms_prompt = _parse_voicemail_sms_prompt(
            d.pop("voicemail_sms_prompt", UNSET)
        )

        def _parse_warm_transfer_summary_instructions(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warm_transfer_summary_instructions = _parse_warm_transfer_summary_instructions(
            d.pop("warm_transfer_summary_instructions", UNSET)
        )

        webhook_url = d.pop("webhook_url", UNSET)

        def _parse_zoho(data: object) -> None | Unset | Zoho:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                zoho_type_0 = Zoho.from_dict(data)

                return zoho_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Zoho, data)

        zoho = _parse_zoho(d.pop("zoho", UNSET))

        create_assistant_request = cls(
            name=name,
            prompt=prompt,
            after_call_sms_outcomes=after_call_sms_outcomes,
            after_call_sms_prompt=after_call_sms_prompt,
            background_sound=background_sound,
            background_sound_volume=background_sound_volume,
            calendly=calendly,
            call_retry_config=call_retry_config,
            cartesia_dictionary_pronunciation_id=cartesia_dictionary_pronunciation_id,
            custom_tools=custom_tools,
            email_notification_address=email_notification_address,
            email_notification_outcomes=email_notification_outcomes,
            end_of_call_sentence=end_of_call_sentence,
            faq_items=faq_items,
            first_sentence=first_sentence,
            first_sentence_delay_ms=first_sentence_delay_ms,
            first_sentence_mode=first_sentence_mode,
            from_phone_number=from_phone_number,
            human_transfer_mode=human_transfer_mode,
            ivr_navigation_enabled=ivr_navigation_enabled,
            llm_model=llm_model,
            logo_url=logo_url,
            max_call_duration_secs=max_call_duration_secs,
            max_duration_end_message=max_duration_end_message,
            position=position,
            precall_lookup_url=precall_lookup_url,
            prompt_flow=prompt_flow,
            slack=slack,
            sms_enabled=sms_enabled,
            sms_template=sms_template,
            structured_output_config=structured_output_config,
            structured_output_prompt=structured_output_prompt,
            stt_context=stt_context,
            stt_model=stt_model,
            thinking_sound=thinking_sound,
            thinking_sound_probability=thinking_sound_probability,
            thinking_sound_volume=thinking_sound_volume,
            transfer_destinations=transfer_destinations,
            type_=type_,
            voice=voice,
            voicemail_message=voicemail_message,
            voicemail_sms_prompt=voicemail_sms_prompt,
            warm_transfer_summary_instructions=warm_transfer_summary_instructions,
            webhook_url=webhook_url,
            zoho=zoho,
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
