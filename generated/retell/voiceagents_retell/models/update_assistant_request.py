from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ambient_sound import AmbientSound
from ..models.data_storage_setting import DataStorageSetting
from ..models.denoising_mode import DenoisingMode
from ..models.expressive_emotion_tag import ExpressiveEmotionTag
from ..models.language import Language
from ..models.post_call_analysis_model import PostCallAnalysisModel
from ..models.stt_mode import SttMode
from ..models.vocab_specialization import VocabSpecialization
from ..models.voice_model import VoiceModel
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_analysis_data import BooleanAnalysisData
    from ..models.call_screening_option import CallScreeningOption
    from ..models.contact_memory_config import ContactMemoryConfig
    from ..models.custom_stt_config import CustomSttConfig
    from ..models.enum_analysis_data import EnumAnalysisData
    from ..models.guardrail_config import GuardrailConfig
    from ..models.handbook_config import HandbookConfig
    from ..models.ivr_option import IvrOption
    from ..models.number_analysis_data import NumberAnalysisData
    from ..models.pii_config import PiiConfig
    from ..models.post_session_app_tool import PostSessionAppTool
    from ..models.post_session_code_tool import PostSessionCodeTool
    from ..models.post_session_custom_tool import PostSessionCustomTool
    from ..models.pre_session_app_tool import PreSessionAppTool
    from ..models.pre_session_code_tool import PreSessionCodeTool
    from ..models.pre_session_custom_tool import PreSessionCustomTool
    from ..models.preset_analysis_data import PresetAnalysisData
    from ..models.pronunciation_entry import PronunciationEntry
    from ..models.response_engine_conversation_flow import (
        ResponseEngineConversationFlow,
    )
    from ..models.response_engine_custom_llm import ResponseEngineCustomLlm
    from ..models.response_engine_retell_llm import ResponseEngineRetellLlm
    from ..models.send_sms_tool import SendSmsTool
    from ..models.string_analysis_data import StringAnalysisData
    from ..models.user_dtmf_options import UserDtmfOptions
    from ..models.voicemail_option import VoicemailOption


T = TypeVar("T", bound="UpdateAssistantRequest")


@_attrs_define
class UpdateAssistantRequest:
    """The settings to change. Every field is optional and fields left out keep their values; where a
    field allows `null`, sending `null` clears that setting (the descriptions say what it turns off).
    `contact_memory_config` changes only the flags it holds. `is_transfer_agent` can only be set at
    creation and is not taken here.

        Attributes:
            response_engine (ResponseEngineConversationFlow | ResponseEngineCustomLlm | ResponseEngineRetellLlm | Unset):
                New response engine, told apart by `type`: a Retell LLM, your own LLM reached over a websocket,
                or a conversation flow. The engine has to exist already.
            voice_id (str | Unset): New voice of the agent; Retell's dashboard lists the voices with a preview of each.
            agent_name (None | str | Unset): Name of the agent, only for your own reference.
            allow_dtmf_interruption (bool | Unset): Lets keypad (DTMF) input interrupt the agent even when
                `interruption_sensitivity` is 0. A
                conversation or a subagent node can override it.
            allow_user_dtmf (bool | Unset): Whether keypad (DTMF) input from the user is processed; when false it is
                ignored.
            ambient_sound (AmbientSound | None | Unset): Ambience mixed into the call so that it sounds more lifelike;
                `null` removes it from the
                agent.
            ambient_sound_volume (float | Unset): Loudness of the ambient sound, from 0 to 2 (higher is louder).
            backchannel_frequency (float | Unset): How often the agent backchannels when it has the chance, from 0 (seldom)
                to 1 (whenever it
                can). Only used when `enable_backchannel` is true.
            backchannel_words (list[str] | None | Unset): Words the agent backchannels with, instead of Retell's default
                ones; only used when
                `enable_backchannel` is true. Some voices render some words badly, so try them first.
            begin_message_delay_ms (int | Unset): Pause, in milliseconds, before the agent's first message when the agent
                speaks first; 0 means
                no pause.
            boosted_keywords (list[str] | None | Unset): Words the speech recogniser should favour, such as names, brands or
                streets; an entry may
                contain `{{variable}}` placeholders.
            call_screening_option (CallScreeningOption | None | Unset): Answers the agent gives when a call-screening
                service asks who is calling and why; `null`
                leaves call-screening instructions out of the prompt.
            contact_memory_config (ContactMemoryConfig | Unset): Contact memory, for phone calls and SMS chats. A new agent
                reads the memory but does not rewrite
                it unless told otherwise (the defaults below). An update changes only the flags it sends (an
                empty object changes nothing); a flag set to false turns that part off, but the configuration
                itself cannot be removed. Agents that existed before this setting have both flags off.
            custom_stt_config (CustomSttConfig | None | Unset): Own speech-to-text provider and endpointing, used only when
                `stt_mode` is `custom`; `null`
                removes it.
            data_storage_retention_days (int | None | Unset): Days call and chat data are kept before Retell deletes them,
                from 1 to 730; `null` keeps them
                for ever.
            data_storage_setting (DataStorageSetting | Unset): What Retell keeps of calls and chats (transcripts,
                recordings, logs...). `everything`: all of it.
                `everything_except_pii`: everything, with personal data left out where it is detected.
                `basic_attributes_only`: basic attributes only, no transcripts, recordings or logs. It supersedes
                the deprecated `opt_out_sensitive_data_storage` flag.
            denoising_enhancement_level (float | None | Unset): Strength of background-voice cancellation, from 0 to 1; 0
                bypasses it (and its charges). Only
                used when `denoising_mode` is `noise-and-background-speech-cancellation`. `null` clears the
                configured level (0.8 then applies); leaving the field out keeps the current one.
            denoising_mode (DenoisingMode | Unset): Audio clean-up applied to the caller's side. `no-denoise`: none. `noise-
                cancellation`: noise is
                removed. `noise-and-background-speech-cancellation`: noise and voices in the background are
                removed.
            enable_backchannel (bool | Unset): Lets the agent backchannel: drop short acknowledgements such as "yeah" or
                "uh-huh" while the
                user talks, mostly during longer turns.
            enable_dnc_detection (bool | Unset): Makes the agent notice requests to stop calling or contacting the user: it
                confirms once and,
                on a clear yes, ends the call (disconnection reason `user_requested_dnc`) and sets
                `do_not_call` on the contact of that phone number.
            enable_dynamic_responsiveness (bool | Unset): Lets the agent adjust how fast it answers to the user's speaking
                rate and turn-taking so far
                in the call.
            enable_dynamic_voice_speed (bool | Unset): Lets the agent's speaking speed follow the user's speaking rate and
                the conversation.
            enable_expressive_mode (bool | Unset): Main switch of expressive mode: the agent may add expressive voice tags
                to the speech it
                generates. Platform voices only.
            end_call_after_silence_ms (int | Unset): Ends the call once the user has been silent this long after the agent
                spoke, in
                milliseconds; at least 10000 (10 s).
            expressive_emotion_tags (list[ExpressiveEmotionTag] | Unset): Expressive tags Retell teaches the model when
                expressive mode is on (tags defined in the
                prompt still work). An empty list leaves the agent with general expressive guidance and no
                fixed set of tags.
            expressive_mode_prompt (None | str | Unset): Own expressive-voice guidance, used instead of Retell's default one
                when expressive mode is on;
                `null` or an empty text goes back to the default guidance.
            fallback_voice_ids (list[str] | None | Unset): Voices used, in this order, while the text-to-speech provider of
                `voice_id` has an outage;
                each must come from another provider than `voice_id`. `null` removes the fallback.
            guardrail_config (GuardrailConfig | Unset): Checks that keep prohibited topics out of what the agent says and
                answers.
            handbook_config (HandbookConfig | Unset): Behaviour presets, each switched on or off, that shape the agent's
                style.
            interruption_sensitivity (float | Unset): How easily the user can interrupt the agent, from 0 (never) to 1 (most
                easily); lower values
                need more words before the agent yields.
            ivr_option (IvrOption | None | Unset): Phone-menu (IVR) detection during the first 3 minutes of the call, and
                what to do when a menu
                is detected; `null` turns the detection off.
            language (Language | list[Language] | Unset): Locale of the agent, or a list of locales for a multilingual
                agent.
            max_call_duration_ms (int | Unset): Longest a call may last, in milliseconds, from 60000 (1 minute) to 7200000
                (2 hours); the
                call is ended when it is reached.
            opt_in_signed_url (bool | Unset): Signs the public log and recording URLs of this agent's calls, so that access
                to them is
                restricted and they expire (after 24 hours unless `signed_url_expiration_ms` says otherwise).
            pii_config (PiiConfig | Unset): Scrubbing of personal data from transcripts and recordings.
            post_call_analysis_data (list[BooleanAnalysisData | EnumAnalysisData | NumberAnalysisData | PresetAnalysisData |
                StringAnalysisData] | None | Unset): Values to extract from each call once it has ended, on top of the ones
                Retell always
                extracts; a `system-presets` entry adjusts one of those. Told apart by `type`.
            post_call_analysis_model (None | PostCallAnalysisModel | Unset): Model that runs the post-call analysis.
            post_session_tools (list[PostSessionAppTool | PostSessionCodeTool | PostSessionCustomTool | SendSmsTool] | None
                | Unset): Integration tools (agent functions) run as a dependency graph while the session is wound
                up, after the post-call analysis; each may be gated by a condition. On calls the graph is
                stopped after five minutes so that the wind-up can finish. `null` clears the list.
            pre_session_tools (list[PreSessionAppTool | PreSessionCodeTool | PreSessionCustomTool] | None | Unset):
                Integration tools run as a dependency graph while the session is set up, before the agent's
                first message; their outputs become dynamic variables. On calls the graph gets one minute
                (five when an outbound callee is dialled after the set-up); past that the session starts
                anyway and tools still running finish in the background, their outputs no longer reaching
                the prompt. `null` clears the list.
            pronunciation_dictionary (list[PronunciationEntry] | None | Unset): Words or phrases and how speech synthesis
                should pronounce them, for a consistent
                pronunciation; the dashboard shows which providers support it. `null` removes the dictionary.
            reminder_max_count (int | Unset): How many times the agent prompts a user who does not respond; 0 turns
                reminders off.
            reminder_trigger_ms (float | Unset): Silence, in milliseconds after agent speech, after which the agent is
                prompted to speak to
                the user again; must be positive.
            responsiveness (float | Unset): How quickly the agent takes its turn, from 0 (waits longer, answers more slowly)
                to 1
                (answers as soon as it can).
            ring_duration_ms (int | Unset): How long the phone rings, in milliseconds, for outbound calls and for call
                transfers; from
                5000 to 300000.
            signed_url_expiration_ms (int | None | Unset): Lifetime of signed URLs, in milliseconds; only used when
                `opt_in_signed_url` is true.
            stt_mode (SttMode | Unset): What speech-to-text favours: `fast` (latency), `accurate` (accuracy) or `custom`
                (the provider
                and endpointing set in `custom_stt_config`).
            timezone (None | str | Unset): IANA time zone of the agent.
            user_dtmf_options (None | Unset | UserDtmfOptions): How keypad (DTMF) input from the user is gathered into a
                turn. The SDK gives this field no
                description of its own.
            version_description (None | str | Unset): Description of this version of the agent, for your own reference and
                documentation.
            version_title (None | str | Unset): Title of this version of the agent, for your own reference.
            vocab_specialization (VocabSpecialization | Unset): Vocabulary set of the transcription, `general` or `medical`.
                It only matters for English
                agents; other languages ignore it.
            voice_model (None | Unset | VoiceModel): Text-to-speech model used with the chosen voice; each provider has its
                own. `null` removes
                the choice, and the provider's default model applies.
            voice_speed (float | Unset): Speaking rate of the voice, from 0.5 (slower) to 2 (faster).
            voice_temperature (float | Unset): Stability of the voice, from 0 (most stable) to 2 (most varied); the
                dashboard shows which
                providers support it.
            voicemail_option (None | Unset | VoicemailOption): Voicemail detection during the first 3 minutes of the call,
                and what to do when voicemail is
                reached (hang up, leave a message...); `null` turns the detection off.
            volume (float | Unset): Loudness of the agent's speech, from 0 to 2 (higher is louder).
            webhook_events (list[WebhookEvent] | None | Unset): Call events sent to the agent's webhook.
            webhook_timeout_ms (int | Unset): How long a webhook request may take, in milliseconds.
            webhook_url (None | str | Unset): Address that receives this agent's call events, in place of the account's
                webhook; `null`
                removes it.
    """

    response_engine: (
        ResponseEngineConversationFlow
        | ResponseEngineCustomLlm
        | ResponseEngineRetellLlm
        | Unset
    ) = UNSET
    voice_id: str | Unset = UNSET
    agent_name: None | str | Unset = UNSET
    allow_dtmf_interruption: bool | Unset = UNSET
    allow_user_dtmf: bool | Unset = UNSET
    ambient_sound: AmbientSound | None | Unset = UNSET
    ambient_sound_volume: float | Unset = UNSET
    backchannel_frequency: float | Unset = UNSET
    backchannel_words: list[str] | None | Unset = UNSET
    begin_message_delay_ms: int | Unset = UNSET
    boosted_keywords: list[str] | None | Unset = UNSET
    call_screening_option: CallScreeningOption | None | Unset = UNSET
    contact_memory_config: ContactMemoryConfig | Unset = UNSET
    custom_stt_config: CustomSttConfig | None | Unset = UNSET
    data_storage_retention_days: int | None | Unset = UNSET
    data_storage_setting: DataStorageSetting | Unset = UNSET
    denoising_enhancement_level: float | None | Unset = UNSET
    denoising_mode: DenoisingMode | Unset = UNSET
    enable_backchannel: bool | Unset = UNSET
    enable_dnc_detection: bool | Unset = UNSET
    enable_dynamic_responsiveness: bool | Unset = UNSET
    enable_dynamic_voice_speed: bool | Unset = UNSET
    enable_expressive_mode: bool | Unset = UNSET
    end_call_after_silence_ms: int | Unset = UNSET
    expressive_emotion_tags: list[ExpressiveEmotionTag] | Unset = UNSET
    expressive_mode_prompt: None | str | Unset = UNSET
    fallback_voice_ids: list[str] | None | Unset = UNSET
    guardrail_config: GuardrailConfig | Unset = UNSET
    handbook_config: HandbookConfig | Unset = UNSET
    interruption_sensitivity: float | Unset = UNSET
    ivr_option: IvrOption | None | Unset = UNSET
    language: Language | list[Language] | Unset = UNSET
    max_call_duration_ms: int | Unset = UNSET
    opt_in_signed_url: bool | Unset = UNSET
    pii_config: PiiConfig | Unset = UNSET
    post_call_analysis_data: (
        list[
            BooleanAnalysisData
            | EnumAnalysisData
            | NumberAnalysisData
            | PresetAnalysisData
            | StringAnalysisData
        ]
        | None
        | Unset
    ) = UNSET
    post_call_analysis_model: None | PostCallAnalysisModel | Unset = UNSET
    post_session_tools: (
        list[
            PostSessionAppTool
            | PostSessionCodeTool
            | PostSessionCustomTool
            | SendSmsTool
        ]
        | None
        | Unset
    ) = UNSET
    pre_session_tools: (
        list[PreSessionAppTool | PreSessionCodeTool | PreSessionCustomTool]
        | None
        | Unset
    ) = UNSET
    pronunciation_dictionary: list[PronunciationEntry] | None | Unset = UNSET
    reminder_max_count: int | Unset = UNSET
    reminder_trigger_ms: float | Unset = UNSET
    responsiveness: float | Unset = UNSET
    ring_duration_ms: int | Unset = UNSET
    signed_url_expiration_ms: int | None | Unset = UNSET
    stt_mode: SttMode | Unset = UNSET
    timezone: None | str | Unset = UNSET
    user_dtmf_options: None | Unset | UserDtmfOptions = UNSET
    version_description: None | str | Unset = UNSET
    version_title: None | str | Unset = UNSET
    vocab_specialization: VocabSpecialization | Unset = UNSET
    voice_model: None | Unset | VoiceModel = UNSET
    voice_speed: float | Unset = UNSET
    voice_temperature: float | Unset = UNSET
    voicemail_option: None | Unset | VoicemailOption = UNSET
    volume: float | Unset = UNSET
    webhook_events: list[WebhookEvent] | None | Unset = UNSET
    webhook_timeout_ms: int | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boolean_analysis_data import BooleanAnalysisData
        from ..models.call_screening_option import CallScreeningOption
        from ..models.custom_stt_config import CustomSttConfig
        from ..models.enum_analysis_data import EnumAnalysisData
        from ..models.ivr_option import IvrOption
        from ..models.number_analysis_data import NumberAnalysisData
        from ..models.post_session_app_tool import PostSessionAppTool
        from ..models.post_session_code_tool import PostSessionCodeTool
        from ..models.post_session_custom_tool import PostSessionCustomTool
        from ..models.pre_session_app_tool import PreSessionAppTool
        from ..models.pre_session_custom_tool import PreSessionCustomTool
        from ..models.response_engine_custom_llm import ResponseEngineCustomLlm
        from ..models.response_engine_retell_llm import ResponseEngineRetellLlm
        from ..models.string_analysis_data import StringAnalysisData
        from ..models.user_dtmf_options import UserDtmfOptions
        from ..models.voicemail_option import VoicemailOption

        response_engine: dict[str, Any] | Unset
        if isinstance(self.response_engine, Unset):
            response_engine = UNSET
        elif isinstance(self.response_engine, ResponseEngineRetellLlm) or isinstance(
            self.response_engine, ResponseEngineCustomLlm
        ):
            response_engine = self.response_engine.to_dict()
        else:
            response_engine = self.response_engine.to_dict()

        voice_id = self.voice_id

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        allow_dtmf_interruption = self.allow_dtmf_interruption

        allow_user_dtmf = self.allow_user_dtmf

        ambient_sound: None | str | Unset
        if isinstance(self.ambient_sound, Unset):
            ambient_sound = UNSET
        elif isinstance(self.ambient_sound, AmbientSound):
            ambient_sound = self.ambient_sound.value
        else:
            ambient_sound = self.ambient_sound

        ambient_sound_volume = self.ambient_sound_volume

        backchannel_frequency = self.backchannel_frequency

        backchannel_words: list[str] | None | Unset
        if isinstance(self.backchannel_words, Unset):
            backchannel_words = UNSET
        elif isinstance(self.backchannel_words, list):
            backchannel_words = self.backchannel_words

        else:
            backchannel_words = self.backchannel_words

        begin_message_delay_ms = self.begin_message_delay_ms

        boosted_keywords: list[str] | None | Unset
        if isinstance(self.boosted_keywords, Unset):
            boosted_keywords = UNSET
        elif isinstance(self.boosted_keywords, list):
            boosted_keywords = self.boosted_keywords

        else:
            boosted_keywords = self.boosted_keywords

        call_screening_option: dict[str, Any] | None | Unset
        if isinstance(self.call_screening_option, Unset):
            call_screening_option = UNSET
        elif isinstance(self.call_screening_option, CallScreeningOption):
            call_screening_option = self.call_screening_option.to_dict()
        else:
            call_screening_option = self.call_screening_option

        contact_memory_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_memory_config, Unset):
            contact_memory_config = self.contact_memory_config.to_dict()

        custom_stt_config: dict[str, Any] | None | Unset
        if isinstance(self.custom_stt_config, Unset):
            custom_stt_config = UNSET
        elif isinstance(self.custom_stt_config, CustomSttConfig):
            custom_stt_config = self.custom_stt_config.to_dict()
        else:
            custom_stt_config = self.custom_stt_config

        data_storage_retention_days: int | None | Unset
        if isinstance(self.data_storage_retention_days, Unset):
            data_storage_retention_days = UNSET
        else:
            data_storage_retention_days = self.data_storage_retention_days

        data_storage_setting: str | Unset = UNSET
        if not isinstance(self.data_storage_setting, Unset):
            data_storage_setting = self.data_storage_setting.value

        denoising_enhancement_level: float | None | Unset
        if isinstance(self.denoising_enhancement_level, Unset):
            denoising_enhancement_level = UNSET
        else:
            denoising_enhancement_level = self.denoising_enhancement_level

        denoising_mode: str | Unset = UNSET
        if not isinstance(self.denoising_mode, Unset):
            denoising_mode = self.denoising_mode.value

        enable_backchannel = self.enable_backchannel

        enable_dnc_detection = self.enable_dnc_detection

        enable_dynamic_responsiveness = self.enable_dynamic_responsiveness

        enable_dynamic_voice_speed = self.enable_dynamic_voice_speed

        enable_expressive_mode = self.enable_expressive_mode

        end_call_after_silence_ms = self.end_call_after_silence_ms

        expressive_emotion_tags: list[str] | Unset = UNSET
        if not isinstance(self.expressive_emotion_tags, Unset):
            expressive_emotion_tags = []
            for expressive_emotion_tags_item_data in self.expressive_emotion_tags:
                expressive_emotion_tags_item = expressive_emotion_tags_item_data.value
                expressive_emotion_tags.append(expressive_emotion_tags_item)

        expressive_mode_prompt: None | str | Unset
        if isinstance(self.expressive_mode_prompt, Unset):
            expressive_mode_prompt = UNSET
        else:
            expressive_mode_prompt = self.expressive_mode_prompt

        fallback_voice_ids: list[str] | None | Unset
        if isinstance(self.fallback_voice_ids, Unset):
            fallback_voice_ids = UNSET
        elif isinstance(self.fallback_voice_ids, list):
            fallback_voice_ids = self.fallback_voice_ids

        else:
            fallback_voice_ids = self.fallback_voice_ids

        guardrail_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrail_config, Unset):
            guardrail_config = self.guardrail_config.to_dict()

        handbook_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.handbook_config, Unset):
            handbook_config = self.handbook_config.to_dict()

        interruption_sensitivity = self.interruption_sensitivity

        ivr_option: dict[str, Any] | None | Unset
        if isinstance(self.ivr_option, Unset):
            ivr_option = UNSET
        elif isinstance(self.ivr_option, IvrOption):
            ivr_option = self.ivr_option.to_dict()
        else:
            ivr_option = self.ivr_option

        language: list[str] | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = []
            for language_type_1_item_data in self.language:
                language_type_1_item = language_type_1_item_data.value
                language.append(language_type_1_item)

        max_call_duration_ms = self.max_call_duration_ms

        opt_in_signed_url = self.opt_in_signed_url

        pii_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pii_config, Unset):
            pii_config = self.pii_config.to_dict()

        post_call_analysis_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_call_analysis_data, Unset):
            post_call_analysis_data = UNSET
        elif isinstance(self.post_call_analysis_data, list):
            post_call_analysis_data = []
            for (
                post_call_analysis_data_type_0_item_data
            ) in self.post_call_analysis_data:
                post_call_analysis_data_type_0_item: dict[str, Any]
                if (
                    isinstance(
                        post_call_analysis_data_type_0_item_data, StringAnalysisData
                    )
                    or isinstance(
                        post_call_analysis_data_type_0_item_data, EnumAnalysisData
                    )
                    or isinstance(
                        post_call_analysis_data_type_0_item_data, BooleanAnalysisData
                    )
                    or isinstance(
                        post_call_analysis_data_type_0_item_data, NumberAnalysisData
                    )
                ):
                    post_call_analysis_data_type_0_item = (
                        post_call_analysis_data_type_0_item_data.to_dict()
                    )
                else:
                    post_call_analysis_data_type_0_item = (
                        post_call_analysis_data_type_0_item_data.to_dict()
                    )

                post_call_analysis_data.append(post_call_analysis_data_type_0_item)

        else:
            post_call_analysis_data = self.post_call_analysis_data

        post_call_analysis_model: None | str | Unset
        if isinstance(self.post_call_analysis_model, Unset):
            post_call_analysis_model = UNSET
        elif isinstance(self.post_call_analysis_model, PostCallAnalysisModel):
            post_call_analysis_model = self.post_call_analysis_model.value
        else:
            post_call_analysis_model = self.post_call_analysis_model

        post_session_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_session_tools, Unset):
            post_session_tools = UNSET
        elif isinstance(self.post_session_tools, list):
            post_session_tools = []
            for post_session_tools_type_0_item_data in self.post_session_tools:
                post_session_tools_type_0_item: dict[str, Any]
                if (
                    isinstance(post_session_tools_type_0_item_data, PostSessionAppTool)
                    or isinstance(
                        post_session_tools_type_0_item_data, PostSessionCustomTool
                    )
                    or isinstance(
                        post_session_tools_type_0_item_data, PostSessionCodeTool
                    )
                ):
                    post_session_tools_type_0_item = (
                        post_session_tools_type_0_item_data.to_dict()
                    )
                else:
                    post_session_tools_type_0_item = (
                        post_session_tools_type_0_item_data.to_dict()
                    )

                post_session_tools.append(post_session_tools_type_0_item)

        else:
            post_session_tools = self.post_session_tools

        pre_session_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.pre_session_tools, Unset):
            pre_session_tools = UNSET
        elif isinstance(self.pre_session_tools, list):
            pre_session_tools = []
            for pre_session_tools_type_0_item_data in self.pre_session_tools:
                pre_session_tools_type_0_item: dict[str, Any]
                if isinstance(
                    pre_session_tools_type_0_item_data, PreSessionAppTool
                ) or isinstance(
                    pre_session_tools_type_0_item_data, PreSessionCustomTool
                ):
                    pre_session_tools_type_0_item = (
                        pre_session_tools_type_0_item_data.to_dict()
                    )
                else:
                    pre_session_tools_type_0_item = (
                        pre_session_tools_type_0_item_data.to_dict()
                    )

                pre_session_tools.append(pre_session_tools_type_0_item)

        else:
            pre_session_tools = self.pre_session_tools

        pronunciation_dictionary: list[dict[str, Any]] | None | Unset
        if isinstance(self.pronunciation_dictionary, Unset):
            pronunciation_dictionary = UNSET
        elif isinstance(self.pronunciation_dictionary, list):
            pronunciation_dictionary = []
            for (
                pronunciation_dictionary_type_0_item_data
            ) in self.pronunciation_dictionary:
                pronunciation_dictionary_type_0_item = (
                    pronunciation_dictionary_type_0_item_data.to_dict()
                )
                pronunciation_dictionary.append(pronunciation_dictionary_type_0_item)

        else:
            pronunciation_dictionary = self.pronunciation_dictionary

        reminder_max_count = self.reminder_max_count

        reminder_trigger_ms = self.reminder_trigger_ms

        responsiveness = self.responsiveness

        ring_duration_ms = self.ring_duration_ms

        signed_url_expiration_ms: int | None | Unset
        if isinstance(self.signed_url_expiration_ms, Unset):
            signed_url_expiration_ms = UNSET
        else:
            signed_url_expiration_ms = self.signed_url_expiration_ms

        stt_mode: str | Unset = UNSET
        if not isinstance(self.stt_mode, Unset):
            stt_mode = self.stt_mode.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        user_dtmf_options: dict[str, Any] | None | Unset
        if isinstance(self.user_dtmf_options, Unset):
            user_dtmf_options = UNSET
        elif isinstance(self.user_dtmf_options, UserDtmfOptions):
            user_dtmf_options = self.user_dtmf_options.to_dict()
        else:
            user_dtmf_options = self.user_dtmf_options

        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description

        version_title: None | str | Unset
        if isinstance(self.version_title, Unset):
            version_title = UNSET
        else:
            version_title = self.version_title

        vocab_specialization: str | Unset = UNSET
        if not isinstance(self.vocab_specialization, Unset):
            vocab_specialization = self.vocab_specialization.value

        voice_model: None | str | Unset
        if isinstance(self.voice_model, Unset):
            voice_model = UNSET
        elif isinstance(self.voice_model, VoiceModel):
            voice_model = self.voice_model.value
        else:
            voice_model = self.voice_model

        voice_speed = self.voice_speed

        voice_temperature = self.voice_temperature

        voicemail_option: dict[str, Any] | None | Unset
        if isinstance(self.voicemail_option, Unset):
            voicemail_option = UNSET
        elif isinstance(self.voicemail_option, VoicemailOption):
            voicemail_option = self.voicemail_option.to_dict()
        else:
            voicemail_option = self.voicemail_option

        volume = self.volume

        webhook_events: list[str] | None | Unset
        if isinstance(self.webhook_events, Unset):
            webhook_events = UNSET
        elif isinstance(self.webhook_events, list):
            webhook_events = []
            for webhook_events_type_0_item_data in self.webhook_events:
                webhook_events_type_0_item = webhook_events_type_0_item_data.value
                webhook_events.append(webhook_events_type_0_item)

        else:
            webhook_events = self.webhook_events

        webhook_timeout_ms = self.webhook_timeout_ms

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_engine is not UNSET:
            field_dict["response_engine"] = response_engine
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if allow_dtmf_interruption is not UNSET:
            field_dict["allow_dtmf_interruption"] = allow_dtmf_interruption
        if allow_user_dtmf is not UNSET:
            field_dict["allow_user_dtmf"] = allow_user_dtmf
        if ambient_sound is not UNSET:
            field_dict["ambient_sound"] = ambient_sound
        if ambient_sound_volume is not UNSET:
            field_dict["ambient_sound_volume"] = ambient_sound_volume
        if backchannel_frequency is not UNSET:
            field_dict["backchannel_frequency"] = backchannel_frequency
        if backchannel_words is not UNSET:
            field_dict["backchannel_words"] = backchannel_words
        if begin_message_delay_ms is not UNSET:
            field_dict["begin_message_delay_ms"] = begin_message_delay_ms
        if boosted_keywords is not UNSET:
            field_dict["boosted_keywords"] = boosted_keywords
        if call_screening_option is not UNSET:
            field_dict["call_screening_option"] = call_screening_option
        if contact_memory_config is not UNSET:
            field_dict["contact_memory_config"] = contact_memory_config
        if custom_stt_config is not UNSET:
            field_dict["custom_stt_config"] = custom_stt_config
        if data_storage_retention_days is not UNSET:
            field_dict["data_storage_retention_days"] = data_storage_retention_days
        if data_storage_setting is not UNSET:
            field_dict["data_storage_setting"] = data_storage_setting
        if denoising_enhancement_level is not UNSET:
            field_dict["denoising_enhancement_level"] = denoising_enhancement_level
        if denoising_mode is not UNSET:
            field_dict["denoising_mode"] = denoising_mode
        if enable_backchannel is not UNSET:
            field_dict["enable_backchannel"] = enable_backchannel
        if enable_dnc_detection is not UNSET:
            field_dict["enable_dnc_detection"] = enable_dnc_detection
        if enable_dynamic_responsiveness is not UNSET:
            field_dict["enable_dynamic_responsiveness"] = enable_dynamic_responsiveness
        if enable_dynamic_voice_speed is not UNSET:
            field_dict["enable_dynamic_voice_speed"] = enable_dynamic_voice_speed
        if enable_expressive_mode is not UNSET:
            field_dict["enable_expressive_mode"] = enable_expressive_mode
        if end_call_after_silence_ms is not UNSET:
            field_dict["end_call_after_silence_ms"] = end_call_after_silence_ms
        if expressive_emotion_tags is not UNSET:
            field_dict["expressive_emotion_tags"] = expressive_emotion_tags
        if expressive_mode_prompt is not UNSET:
            field_dict["expressive_mode_prompt"] = expressive_mode_prompt
        if fallback_voice_ids is not UNSET:
            field_dict["fallback_voice_ids"] = fallback_voice_ids
        if guardrail_config is not UNSET:
            field_dict["guardrail_config"] = guardrail_config
        if handbook_config is not UNSET:
            field_dict["handbook_config"] = handbook_config
        if interruption_sensitivity is not UNSET:
            field_dict["interruption_sensitivity"] = interruption_sensitivity
        if ivr_option is not UNSET:
            field_dict["ivr_option"] = ivr_option
        if language is not UNSET:
            field_dict["language"] = language
        if max_call_duration_ms is not UNSET:
            field_dict["max_call_duration_ms"] = max_call_duration_ms
        if opt_in_signed_url is not UNSET:
            field_dict["opt_in_signed_url"] = opt_in_signed_url
        if pii_config is not UNSET:
            field_dict["pii_config"] = pii_config
        if post_call_analysis_data is not UNSET:
            field_dict["post_call_analysis_data"] = post_call_analysis_data
        if post_call_analysis_model is not UNSET:
            field_dict["post_call_analysis_model"] = post_call_analysis_model
        if post_session_tools is not UNSET:
            field_dict["post_session_tools"] = post_session_tools
        if pre_session_tools is not UNSET:
            field_dict["pre_session_tools"] = pre_session_tools
        if pronunciation_dictionary is not UNSET:
            field_dict["pronunciation_dictionary"] = pronunciation_dictionary
        if reminder_max_count is not UNSET:
            field_dict["reminder_max_count"] = reminder_max_count
        if reminder_trigger_ms is not UNSET:
            field_dict["reminder_trigger_ms"] = reminder_trigger_ms
        if responsiveness is not UNSET:
            field_dict["responsiveness"] = responsiveness
        if ring_duration_ms is not UNSET:
            field_dict["ring_duration_ms"] = ring_duration_ms
        if signed_url_expiration_ms is not UNSET:
            field_dict["signed_url_expiration_ms"] = signed_url_expiration_ms
        if stt_mode is not UNSET:
            field_dict["stt_mode"] = stt_mode
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_dtmf_options is not UNSET:
            field_dict["user_dtmf_options"] = user_dtmf_options
        if version_description is not UNSET:
            field_dict["version_description"] = version_description
        if version_title is not UNSET:
            field_dict["version_title"] = version_title
        if vocab_specialization is not UNSET:
            field_dict["vocab_specialization"] = vocab_specialization
        if voice_model is not UNSET:
            field_dict["voice_model"] = voice_model
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed
        if voice_temperature is not UNSET:
            field_dict["voice_temperature"] = voice_temperature
        if voicemail_option is not UNSET:
            field_dict["voicemail_option"] = voicemail_option
        if volume is not UNSET:
            field_dict["volume"] = volume
        if webhook_events is not UNSET:
            field_dict["webhook_events"] = webhook_events
        if webhook_timeout_ms is not UNSET:
            field_dict["webhook_timeout_ms"] = webhook_timeout_ms
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_analysis_data import BooleanAnalysisData
        from ..models.call_screening_option import CallScreeningOption
        from ..models.contact_memory_config import ContactMemoryConfig
        from ..models.custom_stt_config import CustomSttConfig
        from ..models.enum_analysis_data import EnumAnalysisData
        from ..models.guardrail_config import GuardrailConfig
        from ..models.handbook_config import HandbookConfig
        from ..models.ivr_option import IvrOption
        from ..models.number_analysis_data import NumberAnalysisData
        from ..models.pii_config import PiiConfig
        from ..models.post_session_app_tool import PostSessionAppTool
        from ..models.post_session_code_tool import PostSessionCodeTool
        from ..models.post_session_custom_tool import PostSessionCustomTool
        from ..models.pre_session_app_tool import PreSessionAppTool
        from ..models.pre_session_code_tool import PreSessionCodeTool
        from ..models.pre_session_custom_tool import PreSessionCustomTool
        from ..models.preset_analysis_data import PresetAnalysisData
        from ..models.pronunciation_entry import PronunciationEntry
        from ..models.response_engine_conversation_flow import (
            ResponseEngineConversationFlow,
        )
        from ..models.response_engine_custom_llm import ResponseEngineCustomLlm
        from ..models.response_engine_retell_llm import ResponseEngineRetellLlm
        from ..models.send_sms_tool import SendSmsTool
        from ..models.string_analysis_data import StringAnalysisData
        from ..models.user_dtmf_options import UserDtmfOptions
        from ..models.voicemail_option import VoicemailOption

        d = dict(src_dict)

        def _parse_response_engine(
            data: object,
        ) -> (
            ResponseEngineConversationFlow
            | ResponseEngineCustomLlm
            | ResponseEngineRetellLlm
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_engine_type_0 = ResponseEngineRetellLlm.from_dict(data)

                return response_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_engine_type_1 = ResponseEngineCustomLlm.from_dict(data)

                return response_engine_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_engine_type_2 = ResponseEngineConversationFlow.from_dict(data)

            return response_engine_type_2

        response_engine = _parse_response_engine(d.pop("response_engine", UNSET))

        voice_id = d.pop("voice_id", UNSET)

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        allow_dtmf_interruption = d.pop("allow_dtmf_interruption", UNSET)

        allow_user_dtmf = d.pop("allow_user_dtmf", UNSET)

        def _parse_ambient_sound(data: object) -> AmbientSound | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ambient_sound_type_0 = AmbientSound(data)

                return ambient_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmbientSound | None | Unset, data)

        ambient_sound = _parse_ambient_sound(d.pop("ambient_sound", UNSET))

        ambient_sound_volume = d.pop("ambient_sound_volume", UNSET)

        backchannel_frequency = d.pop("backchannel_frequency", UNSET)

        def _parse_backchannel_words(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                backchannel_words_type_0 = cast(list[str], data)

                return backchannel_words_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        backchannel_words = _parse_backchannel_words(d.pop("backchannel_words", UNSET))

        begin_message_delay_ms = d.pop("begin_message_delay_ms", UNSET)

        def _parse_boosted_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                boosted_keywords_type_0 = cast(list[str], data)

                return boosted_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        boosted_keywords = _parse_boosted_keywords(d.pop("boosted_keywords", UNSET))

        def _parse_call_screening_option(
            data: object,
        ) -> CallScreeningOption | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_screening_option_type_0 = CallScreeningOption.from_dict(data)

                return call_screening_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallScreeningOption | None | Unset, data)

        call_screening_option = _parse_call_screening_option(
            d.pop("call_screening_option", UNSET)
        )

        _contact_memory_config = d.pop("contact_memory_config", UNSET)
        contact_memory_config: ContactMemoryConfig | Unset
        if isinstance(_contact_memory_config, Unset):
            contact_memory_config = UNSET
        else:
            contact_memory_config = ContactMemoryConfig.from_dict(
                _contact_memory_config
            )

        def _parse_custom_stt_config(data: object) -> CustomSttConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_stt_config_type_0 = CustomSttConfig.from_dict(data)

                return custom_stt_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomSttConfig | None | Unset, data)

        custom_stt_config = _parse_custom_stt_config(d.pop("custom_stt_config", UNSET))

        def _parse_data_storage_retention_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_storage_retention_days = _parse_data_storage_retention_days(
            d.pop("data_storage_retention_days", UNSET)
        )

        _data_storage_setting = d.pop("data_storage_setting", UNSET)
        data_storage_setting: DataStorageSetting | Unset
        if isinstance(_data_storage_setting, Unset):
            data_storage_setting = UNSET
        else:
            data_storage_setting = DataStorageSetting(_data_storage_setting)

        def _parse_denoising_enhancement_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        denoising_enhancement_level = _parse_denoising_enhancement_level(
            d.pop("denoising_enhancement_level", UNSET)
        )

        _denoising_mode = d.pop("denoising_mode", UNSET)
        denoising_mode: DenoisingMode | Unset
        if isinstance(_denoising_mode, Unset):
            denoising_mode = UNSET
        else:
            denoising_mode = DenoisingMode(_denoising_mode)

        enable_backchannel = d.pop("enable_backchannel", UNSET)

        enable_dnc_detection = d.pop("enable_dnc_detection", UNSET)

        enable_dynamic_responsiveness = d.pop("enable_dynamic_responsiveness", UNSET)

        enable_dynamic_voice_speed = d.pop("enable_dynamic_voice_speed", UNSET)

        enable_expressive_mode = d.pop("enable_expressive_mode", UNSET)

        end_call_after_silence_ms = d.pop("end_call_after_silence_ms", UNSET)

        _expressive_emotion_tags = d.pop("expressive_emotion_tags", UNSET)
        expressive_emotion_tags: list[ExpressiveEmotionTag] | Unset = UNSET
        if _expressive_emotion_tags is not UNSET:
            expressive_emotion_tags = []
            for expressive_emotion_tags_item_data in _expressive_emotion_tags:
                expressive_emotion_tags_item = ExpressiveEmotionTag(
                    expressive_emotion_tags_item_data
                )

                expressive_emotion_tags.append(expressive_emotion_tags_item)

        def _parse_expressive_mode_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expressive_mode_prompt = _parse_expressive_mode_prompt(
            d.pop("expressive_mode_prompt", UNSET)
        )

        def _parse_fallback_voice_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fallback_voice_ids_type_0 = cast(list[str], data)

                return fallback_voice_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fallback_voice_ids = _parse_fallback_voice_ids(
            d.pop("fallback_voice_ids", UNSET)
        )

        _guardrail_config = d.pop("guardrail_config", UNSET)
        guardrail_config: GuardrailConfig | Unset
        if isinstance(_guardrail_config, Unset):
            guardrail_config = UNSET
        else:
            guardrail_config = GuardrailConfig.from_dict(_guardrail_config)

        _handbook_config = d.pop("handbook_config", UNSET)
        handbook_config: HandbookConfig | Unset
        if isinstance(_handbook_config, Unset):
            handbook_config = UNSET
        else:
            handbook_config = HandbookConfig.from_dict(_handbook_config)

        interruption_sensitivity = d.pop("interruption_sensitivity", UNSET)

        def _parse_ivr_option(data: object) -> IvrOption | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ivr_option_type_0 = IvrOption.from_dict(data)

                return ivr_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IvrOption | None | Unset, data)

        ivr_option = _parse_ivr_option(d.pop("ivr_option", UNSET))

        def _parse_language(data: object) -> Language | list[Language] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            language_type_1 = []
            _language_type_1 = data
            for language_type_1_item_data in _language_type_1:
                language_type_1_item = Language(language_type_1_item_data)

                language_type_1.append(language_type_1_item)

            return language_type_1

        language = _parse_language(d.pop("language", UNSET))

        max_call_duration_ms = d.pop("max_call_duration_ms", UNSET)

        opt_in_signed_url = d.pop("opt_in_signed_url", UNSET)

        _pii_config = d.pop("pii_config", UNSET)
        pii_config: PiiConfig | Unset
        if isinstance(_pii_config, Unset):
            pii_config = UNSET
        else:
            pii_config = PiiConfig.from_dict(_pii_config)

        def _parse_post_call_analysis_data(
            data: object,
        ) -> (
            list[
                BooleanAnalysisData
                | EnumAnalysisData
                | NumberAnalysisData
                | PresetAnalysisData
                | StringAnalysisData
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_call_analysis_data_type_0 = []
                _post_call_analysis_data_type_0 = data
                for (
                    post_call_analysis_data_type_0_item_data
                ) in _post_call_analysis_data_type_0:

                    def _parse_post_call_analysis_data_type_0_item(
                        data: object,
                    ) -> (
                        BooleanAnalysisData
                        | EnumAnalysisData
                        | NumberAnalysisData
                        | PresetAnalysisData
                        | StringAnalysisData
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_call_analysis_data_type_0_item_type_0 = (
                                StringAnalysisData.from_dict(data)
                            )

                            return post_call_analysis_data_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_call_analysis_data_type_0_item_type_1 = (
                                EnumAnalysisData.from_dict(data)
                            )

                            return post_call_analysis_data_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_call_analysis_data_type_0_item_type_2 = (
                                BooleanAnalysisData.from_dict(data)
                            )

                            return post_call_analysis_data_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_call_analysis_data_type_0_item_type_3 = (
                                NumberAnalysisData.from_dict(data)
                            )

                            return post_call_analysis_data_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        post_call_analysis_data_type_0_item_type_4 = (
                            PresetAnalysisData.from_dict(data)
                        )

                        return post_call_analysis_data_type_0_item_type_4

                    post_call_analysis_data_type_0_item = (
                        _parse_post_call_analysis_data_type_0_item(
                            post_call_analysis_data_type_0_item_data
                        )
                    )

                    post_call_analysis_data_type_0.append(
                        post_call_analysis_data_type_0_item
                    )

                return post_call_analysis_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    BooleanAnalysisData
                    | EnumAnalysisData
                    | NumberAnalysisData
                    | PresetAnalysisData
                    | StringAnalysisData
                ]
                | None
                | Unset,
                data,
            )

        post_call_analysis_data = _parse_post_call_analysis_data(
            d.pop("post_call_analysis_data", UNSET)
        )

        def _parse_post_call_analysis_model(
            data: object,
        ) -> None | PostCallAnalysisModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                post_call_analysis_model_type_0 = PostCallAnalysisModel(data)

                return post_call_analysis_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostCallAnalysisModel | Unset, data)

        post_call_analysis_model = _parse_post_call_analysis_model(
            d.pop("post_call_analysis_model", UNSET)
        )

        def _parse_post_session_tools(
            data: object,
        ) -> (
            list[
                PostSessionAppTool
                | PostSessionCodeTool
                | PostSessionCustomTool
                | SendSmsTool
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_session_tools_type_0 = []
                _post_session_tools_type_0 = data
                for post_session_tools_type_0_item_data in _post_session_tools_type_0:

                    def _parse_post_session_tools_type_0_item(
                        data: object,
                    ) -> (
                        PostSessionAppTool
                        | PostSessionCodeTool
                        | PostSessionCustomTool
                        | SendSmsTool
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_session_tools_type_0_item_type_0 = (
                                PostSessionAppTool.from_dict(data)
                            )

                            return post_session_tools_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_session_tools_type_0_item_type_1 = (
                                PostSessionCustomTool.from_dict(data)
                            )

                            return post_session_tools_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_session_tools_type_0_item_type_2 = (
                                PostSessionCodeTool.from_dict(data)
                            )

                            return post_session_tools_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        post_session_tools_type_0_item_type_3 = SendSmsTool.from_dict(
                            data
                        )

                        return post_session_tools_type_0_item_type_3

                    post_session_tools_type_0_item = (
                        _parse_post_session_tools_type_0_item(
                            post_session_tools_type_0_item_data
                        )
                    )

                    post_session_tools_type_0.append(post_session_tools_type_0_item)

                return post_session_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    PostSessionAppTool
                    | PostSessionCodeTool
                    | PostSessionCustomTool
                    | SendSmsTool
                ]
                | None
                | Unset,
                data,
            )

        post_session_tools = _parse_post_session_tools(
            d.pop("post_session_tools", UNSET)
        )

        def _parse_pre_session_tools(
            data: object,
        ) -> (
            list[PreSessionAppTool | PreSessionCodeTool | PreSessionCustomTool]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pre_session_tools_type_0 = []
                _pre_session_tools_type_0 = data
                for pre_session_tools_type_0_item_data in _pre_session_tools_type_0:

                    def _parse_pre_session_tools_type_0_item(
                        data: object,
                    ) -> PreSessionAppTool | PreSessionCodeTool | PreSessionCustomTool:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            pre_session_tools_type_0_item_type_0 = (
                                PreSessionAppTool.from_dict(data)
                            )

                            return pre_session_tools_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            pre_session_tools_type_0_item_type_1 = (
                                PreSessionCustomTool.from_dict(data)
                            )

                            return pre_session_tools_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        pre_session_tools_type_0_item_type_2 = (
                            PreSessionCodeTool.from_dict(data)
                        )

                        return pre_session_tools_type_0_item_type_2

                    pre_session_tools_type_0_item = (
                        _parse_pre_session_tools_type_0_item(
                            pre_session_tools_type_0_item_data
                        )
                    )

                    pre_session_tools_type_0.append(pre_session_tools_type_0_item)

                return pre_session_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PreSessionAppTool | PreSessionCodeTool | PreSessionCustomTool]
                | None
                | Unset,
                data,
            )

        pre_session_tools = _parse_pre_session_tools(d.pop("pre_session_tools", UNSET))

        def _parse_pronunciation_dictionary(
            data: object,
        ) -> list[PronunciationEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pronunciation_dictionary_type_0 = []
                _pronunciation_dictionary_type_0 = data
                for (
                    pronunciation_dictionary_type_0_item_data
                ) in _pronunciation_dictionary_type_0:
                    pronunciation_dictionary_type_0_item = PronunciationEntry.from_dict(
                        pronunciation_dictionary_type_0_item_data
                    )

                    pronunciation_dictionary_type_0.append(
                        pronunciation_dictionary_type_0_item
                    )

                return pronunciation_dictionary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PronunciationEntry] | None | Unset, data)

        pronunciation_dictionary = _parse_pronunciation_dictionary(
            d.pop("pronunciation_dictionary", UNSET)
        )

        reminder_max_count = d.pop("reminder_max_count", UNSET)

        reminder_trigger_ms = d.pop("reminder_trigger_ms", UNSET)

        responsiveness = d.pop("responsiveness", UNSET)

        ring_duration_ms = d.pop("ring_duration_ms", UNSET)

        def _parse_signed_url_expiration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        signed_url_expiration_ms = _parse_signed_url_expiration_ms(
            d.pop("signed_url_expiration_ms", UNSET)
        )

        _stt_mode = d.pop("stt_mode", UNSET)
        stt_mode: SttMode | Unset
        if isinstance(_stt_mode, Unset):
            stt_mode = UNSET
        else:
            stt_mode = SttMode(_stt_mode)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_user_dtmf_options(data: object) -> None | Unset | UserDtmfOptions:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_dtmf_options_type_0 = UserDtmfOptions.from_dict(data)

                return user_dtmf_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserDtmfOptions, data)

        user_dtmf_options = _parse_user_dtmf_options(d.pop("user_dtmf_options", UNSET))

        def _parse_version_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_description = _parse_version_description(
            d.pop("version_description", UNSET)
        )

        def _parse_version_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_title = _parse_version_title(d.pop("version_title", UNSET))

        _vocab_specialization = d.pop("vocab_specialization", UNSET)
        vocab_specialization: VocabSpecialization | Unset
        if isinstance(_vocab_specialization, Unset):
            vocab_specialization = UNSET
        else:
            vocab_specialization = VocabSpecialization(_vocab_specialization)

        def _parse_voice_model(data: object) -> None | Unset | VoiceModel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_model_type_0 = VoiceModel(data)

                return voice_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceModel, data)

        voice_model = _parse_voice_model(d.pop("voice_model", UNSET))

        voice_speed = d.pop("voice_speed", UNSET)

        voice_temperature = d.pop("voice_temperature", UNSET)

        def _parse_voicemail_option(data: object) -> None | Unset | VoicemailOption:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voicemail_option_type_0 = VoicemailOption.from_dict(data)

                return voicemail_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoicemailOption, data)

        voicemail_option = _parse_voicemail_option(d.pop("voicemail_option", UNSET))

        volume = d.pop("volume", UNSET)

        def _parse_webhook_events(data: object) -> list[WebhookEvent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                webhook_events_type_0 = []
                _webhook_events_type_0 = data
                for webhook_events_type_0_item_data in _webhook_events_type_0:
                    webhook_events_type_0_item = WebhookEvent(
                        webhook_events_type_0_item_data
                    )

                    webhook_events_type_0.append(webhook_events_type_0_item)

                return webhook_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WebhookEvent] | None | Unset, data)

        webhook_events = _parse_webhook_events(d.pop("webhook_events", UNSET))

        webhook_timeout_ms = d.pop("webhook_timeout_ms", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        update_assistant_request = cls(
            response_engine=response_engine,
            voice_id=voice_id,
            agent_name=agent_name,
            allow_dtmf_interruption=allow_dtmf_interruption,
            allow_user_dtmf=allow_user_dtmf,
            ambient_sound=ambient_sound,
            ambient_sound_volume=ambient_sound_volume,
            backchannel_frequency=backchannel_frequency,
            backchannel_words=backchannel_words,
            begin_message_delay_ms=begin_message_delay_ms,
            boosted_keywords=boosted_keywords,
            call_screening_option=call_screening_option,
            contact_memory_config=contact_memory_config,
            custom_stt_config=custom_stt_config,
            data_storage_retention_days=data_storage_retention_days,
            data_storage_setting=data_storage_setting,
            denoising_enhancement_level=denoising_enhancement_level,
            denoising_mode=denoising_mode,
            enable_backchannel=enable_backchannel,
            enable_dnc_detection=enable_dnc_detection,
            enable_dynamic_responsiveness=enable_dynamic_responsiveness,
            enable_dynamic_voice_speed=enable_dynamic_voice_speed,
            enable_expressive_mode=enable_expressive_mode,
            end_call_after_silence_ms=end_call_after_silence_ms,
            expressive_emotion_tags=expressive_emotion_tags,
            expressive_mode_prompt=expressive_mode_prompt,
            fallback_voice_ids=fallback_voice_ids,
            guardrail_config=guardrail_config,
            handbook_config=handbook_config,
            interruption_sensitivity=interruption_sensitivity,
            ivr_option=ivr_option,
            language=language,
            max_call_duration_ms=max_call_duration_ms,
            opt_in_signed_url=opt_in_signed_url,
            pii_config=pii_config,
            post_call_analysis_data=post_call_analysis_data,
            post_call_analysis_model=post_call_analysis_model,
            post_session_tools=post_session_tools,
            pre_session_tools=pre_session_tools,
            pronunciation_dictionary=pronunciation_dictionary,
            reminder_max_count=reminder_max_count,
            reminder_trigger_ms=reminder_trigger_ms,
            responsiveness=responsiveness,
            ring_duration_ms=ring_duration_ms,
            signed_url_expiration_ms=signed_url_expiration_ms,
            stt_mode=stt_mode,
            timezone=timezone,
            user_dtmf_options=user_dtmf_options,
            version_description=version_description,
            version_title=version_title,
            vocab_specialization=vocab_specialization,
            voice_model=voice_model,
            voice_speed=voice_speed,
            voice_temperature=voice_temperature,
            voicemail_option=voicemail_option,
            volume=volume,
            webhook_events=webhook_events,
            webhook_timeout_ms=webhook_timeout_ms,
            webhook_url=webhook_url,
        )

        update_assistant_request.additional_properties = d
        return update_assistant_request

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
