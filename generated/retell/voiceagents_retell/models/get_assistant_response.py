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
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_boolean_analysis_data import AssistantBooleanAnalysisData
    from ..models.assistant_call_screening_option import AssistantCallScreeningOption
    from ..models.assistant_contact_memory_config import AssistantContactMemoryConfig
    from ..models.assistant_custom_stt_config import AssistantCustomSttConfig
    from ..models.assistant_enum_analysis_data import AssistantEnumAnalysisData
    from ..models.assistant_guardrail_config import AssistantGuardrailConfig
    from ..models.assistant_handbook_config import AssistantHandbookConfig
    from ..models.assistant_ivr_option import AssistantIvrOption
    from ..models.assistant_number_analysis_data import AssistantNumberAnalysisData
    from ..models.assistant_pii_config import AssistantPiiConfig
    from ..models.assistant_post_session_app_tool import AssistantPostSessionAppTool
    from ..models.assistant_post_session_code_tool import AssistantPostSessionCodeTool
    from ..models.assistant_post_session_custom_tool import (
        AssistantPostSessionCustomTool,
    )
    from ..models.assistant_pre_session_app_tool import AssistantPreSessionAppTool
    from ..models.assistant_pre_session_code_tool import AssistantPreSessionCodeTool
    from ..models.assistant_pre_session_custom_tool import AssistantPreSessionCustomTool
    from ..models.assistant_preset_analysis_data import AssistantPresetAnalysisData
    from ..models.assistant_pronunciation_entry import AssistantPronunciationEntry
    from ..models.assistant_response_engine_conversation_flow import (
        AssistantResponseEngineConversationFlow,
    )
    from ..models.assistant_response_engine_custom_llm import (
        AssistantResponseEngineCustomLlm,
    )
    from ..models.assistant_response_engine_retell_llm import (
        AssistantResponseEngineRetellLlm,
    )
    from ..models.assistant_send_sms_tool import AssistantSendSmsTool
    from ..models.assistant_string_analysis_data import AssistantStringAnalysisData
    from ..models.assistant_user_dtmf_options import AssistantUserDtmfOptions
    from ..models.assistant_voicemail_option import AssistantVoicemailOption


T = TypeVar("T", bound="GetAssistantResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetAssistantResponse(AnswerModel):
    """A Retell agent as the API returns it: its settings (one version of them) plus its identifier,
    version number and modification time. Required fields are the ones the SDK's response model
    always expects; the others may be missing or `null`. Enumerations are open (a value Retell adds
    later is kept as text), and the ranges of the request fields are not re-checked on answers.

        Attributes:
            agent_id (str): Unique identifier of the agent, the one the other agent endpoints take.
            version (int): Version number of the agent these settings belong to.
            last_modification_timestamp (int): Time of the last change (of the creation when there has been none), in
                milliseconds since the
                Unix epoch.
            response_engine (AssistantResponseEngineConversationFlow | AssistantResponseEngineCustomLlm |
                AssistantResponseEngineRetellLlm): What writes the agent's replies, told apart by `type`.
            voice_id (str): Voice the agent speaks with.
            agent_name (None | str | Unset): Name of the agent, for reference only.
            allow_dtmf_interruption (bool | None | Unset): Whether keypad input interrupts the agent even at interruption
                sensitivity 0.
            allow_user_dtmf (bool | None | Unset): Whether keypad input from the user is processed.
            ambient_sound (AmbientSound | None | str | Unset): Background ambience of calls, or `null` for none.
            ambient_sound_volume (float | None | Unset): Loudness of the ambience, 0 to 2.
            assigned_tags (list[str] | None | Unset): Tags assigned to this version of the agent, the preferred one first.
            backchannel_frequency (float | None | Unset): How often the agent backchannels, 0 to 1.
            backchannel_words (list[str] | None | Unset): Words the agent backchannels with, or `null` for Retell's default
                ones.
            base_version (int | None | Unset): Version this draft was made from; `null` for a first version.
            begin_message_delay_ms (int | None | Unset): Pause before the first message, in milliseconds.
            boosted_keywords (list[str] | None | Unset): Words the speech recogniser favours.
            call_screening_option (AssistantCallScreeningOption | None | Unset): Answers given to call-screening services,
                or `null`.
            contact_memory_config (AssistantContactMemoryConfig | None | Unset): Contact memory flags.
            custom_stt_config (AssistantCustomSttConfig | None | Unset): Own speech-to-text set-up, or `null`.
            data_storage_retention_days (int | None | Unset): Days call and chat data are kept; `null` means for ever.
            data_storage_setting (DataStorageSetting | None | str | Unset): What Retell stores of calls and chats.
            denoising_enhancement_level (float | None | Unset): Strength of background-voice cancellation, 0 to 1.
            denoising_mode (DenoisingMode | None | str | Unset): Audio denoising applied to calls.
            enable_backchannel (bool | None | Unset): Whether the agent backchannels.
            enable_dnc_detection (bool | None | Unset): Whether the agent handles do-not-call requests.
            enable_dynamic_responsiveness (bool | None | Unset): Whether reply speed adapts to the user.
            enable_dynamic_voice_speed (bool | None | Unset): Whether speaking speed adapts to the user.
            enable_expressive_mode (bool | None | Unset): Whether expressive mode is on.
            end_call_after_silence_ms (int | None | Unset): User silence, in milliseconds, after which the call ends.
            expressive_emotion_tags (list[ExpressiveEmotionTag | str] | None | Unset): Expressive tags taught to the model.
            expressive_mode_prompt (None | str | Unset): Own expressive-voice guidance, or `null` for the default one.
            fallback_voice_ids (list[str] | None | Unset): Voices used during an outage of the main voice's provider, or
                `null`.
            guardrail_config (AssistantGuardrailConfig | None | Unset): Prohibited-topic checks.
            handbook_config (AssistantHandbookConfig | None | Unset): Behaviour presets.
            interruption_sensitivity (float | None | Unset): How easily the user interrupts the agent, 0 to 1.
            is_published (bool | None | Unset): Whether this version of the agent is published.
            is_transfer_agent (bool | None | Unset): Whether the agent is a transfer agent for agentic warm transfers.
            ivr_option (AssistantIvrOption | None | Unset): Phone-menu detection, or `null` when off.
            language (Language | list[Language | str] | None | str | Unset): Locale of the agent, or its locales when
                multilingual.
            max_call_duration_ms (int | None | Unset): Longest a call may last, in milliseconds.
            opt_in_signed_url (bool | None | Unset): Whether log and recording URLs are signed.
            pii_config (AssistantPiiConfig | None | Unset): Personal-data scrubbing.
            post_call_analysis_data (list[AssistantBooleanAnalysisData | AssistantEnumAnalysisData |
                AssistantNumberAnalysisData | AssistantPresetAnalysisData | AssistantStringAnalysisData] | None | Unset): Values
                extracted after each call, or `null`.
            post_call_analysis_model (None | PostCallAnalysisModel | str | Unset): Model of the post-call analysis, or
                `null`.
            post_session_tools (list[AssistantPostSessionAppTool | AssistantPostSessionCodeTool |
                AssistantPostSessionCustomTool | AssistantSendSmsTool] | None | Unset): Tools run when the session is wound up,
                or `null`.
            pre_session_tools (list[AssistantPreSessionAppTool | AssistantPreSessionCodeTool |
                AssistantPreSessionCustomTool] | None | Unset): Tools run while the session is set up, or `null`.
            pronunciation_dictionary (list[AssistantPronunciationEntry] | None | Unset): Pronunciation entries, or `null`.
            reminder_max_count (int | None | Unset): How many times an unresponsive user is prompted.
            reminder_trigger_ms (float | None | Unset): Silence, in milliseconds, before the agent prompts the user again.
            responsiveness (float | None | Unset): How quickly the agent takes its turn, 0 to 1.
            ring_duration_ms (int | None | Unset): How long the phone rings, in milliseconds.
            signed_url_expiration_ms (int | None | Unset): Lifetime of signed URLs, in milliseconds.
            stt_mode (None | str | SttMode | Unset): What speech-to-text favours.
            timezone (None | str | Unset): IANA time zone of the agent.
            user_dtmf_options (AssistantUserDtmfOptions | None | Unset): How keypad input is collected, or `null`.
            version_description (None | str | Unset): Description of this version, or `null`.
            version_title (None | str | Unset): Title of this version, or `null`.
            vocab_specialization (None | str | Unset | VocabSpecialization): Vocabulary set of the transcription.
            voice_model (None | str | Unset | VoiceModel): Text-to-speech model of the voice, or `null` for the provider's
                default.
            voice_speed (float | None | Unset): Speaking rate, 0.5 to 2.
            voice_temperature (float | None | Unset): Stability of the voice, 0 to 2.
            voicemail_option (AssistantVoicemailOption | None | Unset): Voicemail detection, or `null` when off.
            volume (float | None | Unset): Loudness of the agent's speech, 0 to 2.
            webhook_events (list[str | WebhookEvent] | None | Unset): Call events sent to the webhook, or `null`.
            webhook_timeout_ms (int | None | Unset): Timeout of webhook requests, in milliseconds.
            webhook_url (None | str | Unset): Webhook of the agent, or `null` when the account's one is used.
    """

    agent_id: str
    version: int
    last_modification_timestamp: int
    response_engine: (
        AssistantResponseEngineConversationFlow
        | AssistantResponseEngineCustomLlm
        | AssistantResponseEngineRetellLlm
    )
    voice_id: str
    agent_name: None | str | Unset = UNSET
    allow_dtmf_interruption: bool | None | Unset = UNSET
    allow_user_dtmf: bool | None | Unset = UNSET
    ambient_sound: AmbientSound | None | str | Unset = UNSET
    ambient_sound_volume: float | None | Unset = UNSET
    assigned_tags: list[str] | None | Unset = UNSET
    backchannel_frequency: float | None | Unset = UNSET
    backchannel_words: list[str] | None | Unset = UNSET
    base_version: int | None | Unset = UNSET
    begin_message_delay_ms: int | None | Unset = UNSET
    boosted_keywords: list[str] | None | Unset = UNSET
    call_screening_option: AssistantCallScreeningOption | None | Unset = UNSET
    contact_memory_config: AssistantContactMemoryConfig | None | Unset = UNSET
    custom_stt_config: AssistantCustomSttConfig | None | Unset = UNSET
    data_storage_retention_days: int | None | Unset = UNSET
    data_storage_setting: DataStorageSetting | None | str | Unset = UNSET
    denoising_enhancement_level: float | None | Unset = UNSET
    denoising_mode: DenoisingMode | None | str | Unset = UNSET
    enable_backchannel: bool | None | Unset = UNSET
    enable_dnc_detection: bool | None | Unset = UNSET
    enable_dynamic_responsiveness: bool | None | Unset = UNSET
    enable_dynamic_voice_speed: bool | None | Unset = UNSET
    enable_expressive_mode: bool | None | Unset = UNSET
    end_call_after_silence_ms: int | None | Unset = UNSET
    expressive_emotion_tags: list[ExpressiveEmotionTag | str] | None | Unset = UNSET
    expressive_mode_prompt: None | str | Unset = UNSET
    fallback_voice_ids: list[str] | None | Unset = UNSET
    guardrail_config: AssistantGuardrailConfig | None | Unset = UNSET
    handbook_config: AssistantHandbookConfig | None | Unset = UNSET
    interruption_sensitivity: float | None | Unset = UNSET
    is_published: bool | None | Unset = UNSET
    is_transfer_agent: bool | None | Unset = UNSET
    ivr_option: AssistantIvrOption | None | Unset = UNSET
    language: Language | list[Language | str] | None | str | Unset = UNSET
    max_call_duration_ms: int | None | Unset = UNSET
    opt_in_signed_url: bool | None | Unset = UNSET
    pii_config: AssistantPiiConfig | None | Unset = UNSET
    post_call_analysis_data: (
        list[
            AssistantBooleanAnalysisData
            | AssistantEnumAnalysisData
            | AssistantNumberAnalysisData
            | AssistantPresetAnalysisData
            | AssistantStringAnalysisData
        ]
        | None
        | Unset
    ) = UNSET
    post_call_analysis_model: None | PostCallAnalysisModel | str | Unset = UNSET
    post_session_tools: (
        list[
            AssistantPostSessionAppTool
            | AssistantPostSessionCodeTool
            | AssistantPostSessionCustomTool
            | AssistantSendSmsTool
        ]
        | None
        | Unset
    ) = UNSET
    pre_session_tools: (
        list[
            AssistantPreSessionAppTool
            | AssistantPreSessionCodeTool
            | AssistantPreSessionCustomTool
        ]
        | None
        | Unset
    ) = UNSET
    pronunciation_dictionary: list[AssistantPronunciationEntry] | None | Unset = UNSET
    reminder_max_count: int | None | Unset = UNSET
    reminder_trigger_ms: float | None | Unset = UNSET
    responsiveness: float | None | Unset = UNSET
    ring_duration_ms: int | None | Unset = UNSET
    signed_url_expiration_ms: int | None | Unset = UNSET
    stt_mode: None | str | SttMode | Unset = UNSET
    timezone: None | str | Unset = UNSET
    user_dtmf_options: AssistantUserDtmfOptions | None | Unset = UNSET
    version_description: None | str | Unset = UNSET
    version_title: None | str | Unset = UNSET
    vocab_specialization: None | str | Unset | VocabSpecialization = UNSET
    voice_model: None | str | Unset | VoiceModel = UNSET
    voice_speed: float | None | Unset = UNSET
    voice_temperature: float | None | Unset = UNSET
    voicemail_option: AssistantVoicemailOption | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    webhook_events: list[str | WebhookEvent] | None | Unset = UNSET
    webhook_timeout_ms: int | None | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "agent_id": "agent_id",
        "version": "version",
        "last_modification_timestamp": "last_modification_timestamp",
        "response_engine": "response_engine",
        "voice_id": "voice_id",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_boolean_analysis_data import (
            AssistantBooleanAnalysisData,
        )
        from ..models.assistant_call_screening_option import (
            AssistantCallScreeningOption,
        )
        from ..models.assistant_contact_memory_config import (
            AssistantContactMemoryConfig,
        )
        from ..models.assistant_custom_stt_config import AssistantCustomSttConfig
        from ..models.assistant_enum_analysis_data import AssistantEnumAnalysisData
        from ..models.assistant_guardrail_config import AssistantGuardrailConfig
        from ..models.assistant_handbook_config import AssistantHandbookConfig
        from ..models.assistant_ivr_option import AssistantIvrOption
        from ..models.assistant_number_analysis_data import AssistantNumberAnalysisData
        from ..models.assistant_pii_config import AssistantPiiConfig
        from ..models.assistant_post_session_app_tool import AssistantPostSessionAppTool
        from ..models.assistant_post_session_code_tool import (
            AssistantPostSessionCodeTool,
        )
        from ..models.assistant_post_session_custom_tool import (
            AssistantPostSessionCustomTool,
        )
        from ..models.assistant_pre_session_app_tool import AssistantPreSessionAppTool
        from ..models.assistant_pre_session_custom_tool import (
            AssistantPreSessionCustomTool,
        )
        from ..models.assistant_response_engine_custom_llm import (
            AssistantResponseEngineCustomLlm,
        )
        from ..models.assistant_response_engine_retell_llm import (
            AssistantResponseEngineRetellLlm,
        )
        from ..models.assistant_string_analysis_data import AssistantStringAnalysisData
        from ..models.assistant_user_dtmf_options import AssistantUserDtmfOptions
        from ..models.assistant_voicemail_option import AssistantVoicemailOption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "agent_id"):  # else the answer lacked it: not invented here
            agent_id = self.agent_id
            field_dict["agent_id"] = agent_id
        if hasattr(self, "version"):  # else the answer lacked it: not invented here
            version = self.version
            field_dict["version"] = version
        if hasattr(
            self, "last_modification_timestamp"
        ):  # else the answer lacked it: not invented here
            last_modification_timestamp = self.last_modification_timestamp
            field_dict["last_modification_timestamp"] = last_modification_timestamp
        if hasattr(
            self, "response_engine"
        ):  # else the answer lacked it: not invented here
            response_engine: dict[str, Any]
            if isinstance(
                self.response_engine, AssistantResponseEngineRetellLlm
            ) or isinstance(self.response_engine, AssistantResponseEngineCustomLlm):
                response_engine = self.response_engine.to_dict()
            else:
                response_engine = self.response_engine.to_dict()

            field_dict["response_engine"] = response_engine
        if hasattr(self, "voice_id"):  # else the answer lacked it: not invented here
            voice_id = self.voice_id
            field_dict["voice_id"] = voice_id
        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        allow_dtmf_interruption: bool | None | Unset
        if isinstance(self.allow_dtmf_interruption, Unset):
            allow_dtmf_interruption = UNSET
        else:
            allow_dtmf_interruption = self.allow_dtmf_interruption
        if allow_dtmf_interruption is not UNSET:
            field_dict["allow_dtmf_interruption"] = allow_dtmf_interruption
        allow_user_dtmf: bool | None | Unset
        if isinstance(self.allow_user_dtmf, Unset):
            allow_user_dtmf = UNSET
        else:
            allow_user_dtmf = self.allow_user_dtmf
        if allow_user_dtmf is not UNSET:
            field_dict["allow_user_dtmf"] = allow_user_dtmf
        ambient_sound: None | str | Unset
        if isinstance(self.ambient_sound, Unset):
            ambient_sound = UNSET
        elif isinstance(self.ambient_sound, AmbientSound):
            ambient_sound = self.ambient_sound.value
        else:
            ambient_sound = self.ambient_sound
        if ambient_sound is not UNSET:
            field_dict["ambient_sound"] = ambient_sound
        ambient_sound_volume: float | None | Unset
        if isinstance(self.ambient_sound_volume, Unset):
            ambient_sound_volume = UNSET
        else:
            ambient_sound_volume = self.ambient_sound_volume
        if ambient_sound_volume is not UNSET:
            field_dict["ambient_sound_volume"] = ambient_sound_volume
        assigned_tags: list[str] | None | Unset
        if isinstance(self.assigned_tags, Unset):
            assigned_tags = UNSET
        elif isinstance(self.assigned_tags, list):
            assigned_tags = self.assigned_tags

        else:
            assigned_tags = self.assigned_tags
        if assigned_tags is not UNSET:
            field_dict["assigned_tags"] = assigned_tags
        backchannel_frequency: float | None | Unset
        if isinstance(self.backchannel_frequency, Unset):
            backchannel_frequency = UNSET
        else:
            backchannel_frequency = self.backchannel_frequency
        if backchannel_frequency is not UNSET:
            field_dict["backchannel_frequency"] = backchannel_frequency
        backchannel_words: list[str] | None | Unset
        if isinstance(self.backchannel_words, Unset):
            backchannel_words = UNSET
        elif isinstance(self.backchannel_words, list):
            backchannel_words = self.backchannel_words

        else:
            backchannel_words = self.backchannel_words
        if backchannel_words is not UNSET:
            field_dict["backchannel_words"] = backchannel_words
        base_version: int | None | Unset
        if isinstance(self.base_version, Unset):
            base_version = UNSET
        else:
            base_version = self.base_version
        if base_version is not UNSET:
            field_dict["base_version"] = base_version
        begin_message_delay_ms: int | None | Unset
        if isinstance(self.begin_message_delay_ms, Unset):
            begin_message_delay_ms = UNSET
        else:
            begin_message_delay_ms = self.begin_message_delay_ms
        if begin_message_delay_ms is not UNSET:
            field_dict["begin_message_delay_ms"] = begin_message_delay_ms
        boosted_keywords: list[str] | None | Unset
        if isinstance(self.boosted_keywords, Unset):
            boosted_keywords = UNSET
        elif isinstance(self.boosted_keywords, list):
            boosted_keywords = self.boosted_keywords

        else:
            boosted_keywords = self.boosted_keywords
        if boosted_keywords is not UNSET:
            field_dict["boosted_keywords"] = boosted_keywords
        call_screening_option: dict[str, Any] | None | Unset
        if isinstance(self.call_screening_option, Unset):
            call_screening_option = UNSET
        elif isinstance(self.call_screening_option, AssistantCallScreeningOption):
            call_screening_option = self.call_screening_option.to_dict()
        else:
            call_screening_option = self.call_screening_option
        if call_screening_option is not UNSET:
            field_dict["call_screening_option"] = call_screening_option
        contact_memory_config: dict[str, Any] | None | Unset
        if isinstance(self.contact_memory_config, Unset):
            contact_memory_config = UNSET
        elif isinstance(self.contact_memory_config, AssistantContactMemoryConfig):
            contact_memory_config = self.contact_memory_config.to_dict()
        else:
            contact_memory_config = self.contact_memory_config
        if contact_memory_config is not UNSET:
            field_dict["contact_memory_config"] = contact_memory_config
        custom_stt_config: dict[str, Any] | None | Unset
        if isinstance(self.custom_stt_config, Unset):
            custom_stt_config = UNSET
        elif isinstance(self.custom_stt_config, AssistantCustomSttConfig):
            custom_stt_config = self.custom_stt_config.to_dict()
        else:
            custom_stt_config = self.custom_stt_config
        if custom_stt_config is not UNSET:
            field_dict["custom_stt_config"] = custom_stt_config
        data_storage_retention_days: int | None | Unset
        if isinstance(self.data_storage_retention_days, Unset):
            data_storage_retention_days = UNSET
        else:
            data_storage_retention_days = self.data_storage_retention_days
        if data_storage_retention_days is not UNSET:
            field_dict["data_storage_retention_days"] = data_storage_retention_days
        data_storage_setting: None | str | Unset
        if isinstance(self.data_storage_setting, Unset):
            data_storage_setting = UNSET
        elif isinstance(self.data_storage_setting, DataStorageSetting):
            data_storage_setting = self.data_storage_setting.value
        else:
            data_storage_setting = self.data_storage_setting
        if data_storage_setting is not UNSET:
            field_dict["data_storage_setting"] = data_storage_setting
        denoising_enhancement_level: float | None | Unset
        if isinstance(self.denoising_enhancement_level, Unset):
            denoising_enhancement_level = UNSET
        else:
            denoising_enhancement_level = self.denoising_enhancement_level
        if denoising_enhancement_level is not UNSET:
            field_dict["denoising_enhancement_level"] = denoising_enhancement_level
        denoising_mode: None | str | Unset
        if isinstance(self.denoising_mode, Unset):
            denoising_mode = UNSET
        elif isinstance(self.denoising_mode, DenoisingMode):
            denoising_mode = self.denoising_mode.value
        else:
            denoising_mode = self.denoising_mode
        if denoising_mode is not UNSET:
            field_dict["denoising_mode"] = denoising_mode
        enable_backchannel: bool | None | Unset
        if isinstance(self.enable_backchannel, Unset):
            enable_backchannel = UNSET
        else:
            enable_backchannel = self.enable_backchannel
        if enable_backchannel is not UNSET:
            field_dict["enable_backchannel"] = enable_backchannel
        enable_dnc_detection: bool | None | Unset
        if isinstance(self.enable_dnc_detection, Unset):
            enable_dnc_detection = UNSET
        else:
            enable_dnc_detection = self.enable_dnc_detection
        if enable_dnc_detection is not UNSET:
            field_dict["enable_dnc_detection"] = enable_dnc_detection
        enable_dynamic_responsiveness: bool | None | Unset
        if isinstance(self.enable_dynamic_responsiveness, Unset):
            enable_dynamic_responsiveness = UNSET
        else:
            enable_dynamic_responsiveness = self.enable_dynamic_responsiveness
        if enable_dynamic_responsiveness is not UNSET:
            field_dict["enable_dynamic_responsiveness"] = enable_dynamic_responsiveness
        enable_dynamic_voice_speed: bool | None | Unset
        if isinstance(self.enable_dynamic_voice_speed, Unset):
            enable_dynamic_voice_speed = UNSET
        else:
            enable_dynamic_voice_speed = self.enable_dynamic_voice_speed
        if enable_dynamic_voice_speed is not UNSET:
            field_dict["enable_dynamic_voice_speed"] = enable_dynamic_voice_speed
        enable_expressive_mode: bool | None | Unset
        if isinstance(self.enable_expressive_mode, Unset):
            enable_expressive_mode = UNSET
        else:
            enable_expressive_mode = self.enable_expressive_mode
        if enable_expressive_mode is not UNSET:
            field_dict["enable_expressive_mode"] = enable_expressive_mode
        end_call_after_silence_ms: int | None | Unset
        if isinstance(self.end_call_after_silence_ms, Unset):
            end_call_after_silence_ms = UNSET
        else:
            end_call_after_silence_ms = self.end_call_after_silence_ms
        if end_call_after_silence_ms is not UNSET:
            field_dict["end_call_after_silence_ms"] = end_call_after_silence_ms
        expressive_emotion_tags: list[str] | None | Unset
        if isinstance(self.expressive_emotion_tags, Unset):
            expressive_emotion_tags = UNSET
        elif isinstance(self.expressive_emotion_tags, list):
            expressive_emotion_tags = []
            for (
                expressive_emotion_tags_type_0_item_data
            ) in self.expressive_emotion_tags:
                expressive_emotion_tags_type_0_item: str
                if isinstance(
                    expressive_emotion_tags_type_0_item_data, ExpressiveEmotionTag
                ):
                    expressive_emotion_tags_type_0_item = (
                        expressive_emotion_tags_type_0_item_data.value
                    )
                else:
                    expressive_emotion_tags_type_0_item = (
                        expressive_emotion_tags_type_0_item_data
                    )
                expressive_emotion_tags.append(expressive_emotion_tags_type_0_item)

        else:
            expressive_emotion_tags = self.expressive_emotion_tags
        if expressive_emotion_tags is not UNSET:
            field_dict["expressive_emotion_tags"] = expressive_emotion_tags
        expressive_mode_prompt: None | str | Unset
        if isinstance(self.expressive_mode_prompt, Unset):
            expressive_mode_prompt = UNSET
        else:
            expressive_mode_prompt = self.expressive_mode_prompt
        if expressive_mode_prompt is not UNSET:
            field_dict["expressive_mode_prompt"] = expressive_mode_prompt
        fallback_voice_ids: list[str] | None | Unset
        if isinstance(self.fallback_voice_ids, Unset):
            fallback_voice_ids = UNSET
        elif isinstance(self.fallback_voice_ids, list):
            fallback_voice_ids = self.fallback_voice_ids

        else:
            fallback_voice_ids = self.fallback_voice_ids
        if fallback_voice_ids is not UNSET:
            field_dict["fallback_voice_ids"] = fallback_voice_ids
        guardrail_config: dict[str, Any] | None | Unset
        if isinstance(self.guardrail_config, Unset):
            guardrail_config = UNSET
        elif isinstance(self.guardrail_config, AssistantGuardrailConfig):
            guardrail_config = self.guardrail_config.to_dict()
        else:
            guardrail_config = self.guardrail_config
        if guardrail_config is not UNSET:
            field_dict["guardrail_config"] = guardrail_config
        handbook_config: dict[str, Any] | None | Unset
        if isinstance(self.handbook_config, Unset):
            handbook_config = UNSET
        elif isinstance(self.handbook_config, AssistantHandbookConfig):
            handbook_config = self.handbook_config.to_dict()
        else:
            handbook_config = self.handbook_config
        if handbook_config is not UNSET:
            field_dict["handbook_config"] = handbook_config
        interruption_sensitivity: float | None | Unset
        if isinstance(self.interruption_sensitivity, Unset):
            interruption_sensitivity = UNSET
        else:
            interruption_sensitivity = self.interruption_sensitivity
        if interruption_sensitivity is not UNSET:
            field_dict["interruption_sensitivity"] = interruption_sensitivity
        is_published: bool | None | Unset
        if isinstance(self.is_published, Unset):
            is_published = UNSET
        else:
            is_published = self.is_published
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        is_transfer_agent: bool | None | Unset
        if isinstance(self.is_transfer_agent, Unset):
            is_transfer_agent = UNSET
        else:
            is_transfer_agent = self.is_transfer_agent
        if is_transfer_agent is not UNSET:
            field_dict["is_transfer_agent"] = is_transfer_agent
        ivr_option: dict[str, Any] | None | Unset
        if isinstance(self.ivr_option, Unset):
            ivr_option = UNSET
        elif isinstance(self.ivr_option, AssistantIvrOption):
            ivr_option = self.ivr_option.to_dict()
        else:
            ivr_option = self.ivr_option
        if ivr_option is not UNSET:
            field_dict["ivr_option"] = ivr_option
        language: list[str] | None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        elif isinstance(self.language, list):
            language = []
            for language_type_2_item_data in self.language:
                language_type_2_item: str
                if isinstance(language_type_2_item_data, Language):
                    language_type_2_item = language_type_2_item_data.value
                else:
                    language_type_2_item = language_type_2_item_data
                language.append(language_type_2_item)

        else:
            language = self.language
        if language is not UNSET:
            field_dict["language"] = language
        max_call_duration_ms: int | None | Unset
        if isinstance(self.max_call_duration_ms, Unset):
            max_call_duration_ms = UNSET
        else:
            max_call_duration_ms = self.max_call_duration_ms
        if max_call_duration_ms is not UNSET:
            field_dict["max_call_duration_ms"] = max_call_duration_ms
        opt_in_signed_url: bool | None | Unset
        if isinstance(self.opt_in_signed_url, Unset):
            opt_in_signed_url = UNSET
        else:
            opt_in_signed_url = self.opt_in_signed_url
        if opt_in_signed_url is not UNSET:
            field_dict["opt_in_signed_url"] = opt_in_signed_url
        pii_config: dict[str, Any] | None | Unset
        if isinstance(self.pii_config, Unset):
            pii_config = UNSET
        elif isinstance(self.pii_config, AssistantPiiConfig):
            pii_config = self.pii_config.to_dict()
        else:
            pii_config = self.pii_config
        if pii_config is not UNSET:
            field_dict["pii_config"] = pii_config
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
                        post_call_analysis_data_type_0_item_data,
                        AssistantStringAnalysisData,
                    )
                    or isinstance(
                        post_call_analysis_data_type_0_item_data,
                        AssistantEnumAnalysisData,
                    )
                    or isinstance(
                        post_call_analysis_data_type_0_item_data,
                        AssistantBooleanAnalysisData,
                    )
                    or isinstance(
                        post_call_analysis_data_type_0_item_data,
                        AssistantNumberAnalysisData,
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
        if post_call_analysis_data is not UNSET:
            field_dict["post_call_analysis_data"] = post_call_analysis_data
        post_call_analysis_model: None | str | Unset
        if isinstance(self.post_call_analysis_model, Unset):
            post_call_analysis_model = UNSET
        elif isinstance(self.post_call_analysis_model, PostCallAnalysisModel):
            post_call_analysis_model = self.post_call_analysis_model.value
        else:
            post_call_analysis_model = self.post_call_analysis_model
        if post_call_analysis_model is not UNSET:
            field_dict["post_call_analysis_model"] = post_call_analysis_model
        post_session_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_session_tools, Unset):
            post_session_tools = UNSET
        elif isinstance(self.post_session_tools, list):
            post_session_tools = []
            for post_session_tools_type_0_item_data in self.post_session_tools:
                post_session_tools_type_0_item: dict[str, Any]
                if (
                    isinstance(
                        post_session_tools_type_0_item_data, AssistantPostSessionAppTool
                    )
                    or isinstance(
                        post_session_tools_type_0_item_data,
                        AssistantPostSessionCustomTool,
                    )
                    or isinstance(
                        post_session_tools_type_0_item_data,
                        AssistantPostSessionCodeTool,
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
        if post_session_tools is not UNSET:
            field_dict["post_session_tools"] = post_session_tools
        pre_session_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.pre_session_tools, Unset):
            pre_session_tools = UNSET
        elif isinstance(self.pre_session_tools, list):
            pre_session_tools = []
            for pre_session_tools_type_0_item_data in self.pre_session_tools:
                pre_session_tools_type_0_item: dict[str, Any]
                if isinstance(
                    pre_session_tools_type_0_item_data, AssistantPreSessionAppTool
                ) or isinstance(
                    pre_session_tools_type_0_item_data, AssistantPreSessionCustomTool
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
        if pre_session_tools is not UNSET:
            field_dict["pre_session_tools"] = pre_session_tools
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
        if pronunciation_dictionary is not UNSET:
            field_dict["pronunciation_dictionary"] = pronunciation_dictionary
        reminder_max_count: int | None | Unset
        if isinstance(self.reminder_max_count, Unset):
            reminder_max_count = UNSET
        else:
            reminder_max_count = self.reminder_max_count
        if reminder_max_count is not UNSET:
            field_dict["reminder_max_count"] = reminder_max_count
        reminder_trigger_ms: float | None | Unset
        if isinstance(self.reminder_trigger_ms, Unset):
            reminder_trigger_ms = UNSET
        else:
            reminder_trigger_ms = self.reminder_trigger_ms
        if reminder_trigger_ms is not UNSET:
            field_dict["reminder_trigger_ms"] = reminder_trigger_ms
        responsiveness: float | None | Unset
        if isinstance(self.responsiveness, Unset):
            responsiveness = UNSET
        else:
            responsiveness = self.responsiveness
        if responsiveness is not UNSET:
            field_dict["responsiveness"] = responsiveness
        ring_duration_ms: int | None | Unset
        if isinstance(self.ring_duration_ms, Unset):
            ring_duration_ms = UNSET
        else:
            ring_duration_ms = self.ring_duration_ms
        if ring_duration_ms is not UNSET:
            field_dict["ring_duration_ms"] = ring_duration_ms
        signed_url_expiration_ms: int | None | Unset
        if isinstance(self.signed_url_expiration_ms, Unset):
            signed_url_expiration_ms = UNSET
        else:
            signed_url_expiration_ms = self.signed_url_expiration_ms
        if signed_url_expiration_ms is not UNSET:
            field_dict["signed_url_expiration_ms"] = signed_url_expiration_ms
        stt_mode: None | str | Unset
        if isinstance(self.stt_mode, Unset):
            stt_mode = UNSET
        elif isinstance(self.stt_mode, SttMode):
            stt_mode = self.stt_mode.value
        else:
            stt_mode = self.stt_mode
        if stt_mode is not UNSET:
            field_dict["stt_mode"] = stt_mode
        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        user_dtmf_options: dict[str, Any] | None | Unset
        if isinstance(self.user_dtmf_options, Unset):
            user_dtmf_options = UNSET
        elif isinstance(self.user_dtmf_options, AssistantUserDtmfOptions):
            user_dtmf_options = self.user_dtmf_options.to_dict()
        else:
            user_dtmf_options = self.user_dtmf_options
        if user_dtmf_options is not UNSET:
            field_dict["user_dtmf_options"] = user_dtmf_options
        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description
        if version_description is not UNSET:
            field_dict["version_description"] = version_description
        version_title: None | str | Unset
        if isinstance(self.version_title, Unset):
            version_title = UNSET
        else:
            version_title = self.version_title
        if version_title is not UNSET:
            field_dict["version_title"] = version_title
        vocab_specialization: None | str | Unset
        if isinstance(self.vocab_specialization, Unset):
            vocab_specialization = UNSET
        elif isinstance(self.vocab_specialization, VocabSpecialization):
            vocab_specialization = self.vocab_specialization.value
        else:
            vocab_specialization = self.vocab_specialization
        if vocab_specialization is not UNSET:
            field_dict["vocab_specialization"] = vocab_specialization
        voice_model: None | str | Unset
        if isinstance(self.voice_model, Unset):
            voice_model = UNSET
        elif isinstance(self.voice_model, VoiceModel):
            voice_model = self.voice_model.value
        else:
            voice_model = self.voice_model
        if voice_model is not UNSET:
            field_dict["voice_model"] = voice_model
        voice_speed: float | None | Unset
        if isinstance(self.voice_speed, Unset):
            voice_speed = UNSET
        else:
            voice_speed = self.voice_speed
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed
        voice_temperature: float | None | Unset
        if isinstance(self.voice_temperature, Unset):
            voice_temperature = UNSET
        else:
            voice_temperature = self.voice_temperature
        if voice_temperature is not UNSET:
            field_dict["voice_temperature"] = voice_temperature
        voicemail_option: dict[str, Any] | None | Unset
        if isinstance(self.voicemail_option, Unset):
            voicemail_option = UNSET
        elif isinstance(self.voicemail_option, AssistantVoicemailOption):
            voicemail_option = self.voicemail_option.to_dict()
        else:
            voicemail_option = self.voicemail_option
        if voicemail_option is not UNSET:
            field_dict["voicemail_option"] = voicemail_option
        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume
        if volume is not UNSET:
            field_dict["volume"] = volume
        webhook_events: list[str] | None | Unset
        if isinstance(self.webhook_events, Unset):
            webhook_events = UNSET
        elif isinstance(self.webhook_events, list):
            webhook_events = []
            for webhook_events_type_0_item_data in self.webhook_events:
                webhook_events_type_0_item: str
                if isinstance(webhook_events_type_0_item_data, WebhookEvent):
                    webhook_events_type_0_item = webhook_events_type_0_item_data.value
                else:
                    webhook_events_type_0_item = webhook_events_type_0_item_data
                webhook_events.append(webhook_events_type_0_item)

        else:
            webhook_events = self.webhook_events
        if webhook_events is not UNSET:
            field_dict["webhook_events"] = webhook_events
        webhook_timeout_ms: int | None | Unset
        if isinstance(self.webhook_timeout_ms, Unset):
            webhook_timeout_ms = UNSET
        else:
            webhook_timeout_ms = self.webhook_timeout_ms
        if webhook_timeout_ms is not UNSET:
            field_dict["webhook_timeout_ms"] = webhook_timeout_ms
        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_boolean_analysis_data import (
            AssistantBooleanAnalysisData,
        )
        from ..models.assistant_call_screening_option import (
            AssistantCallScreeningOption,
        )
        from ..models.assistant_contact_memory_config import (
            AssistantContactMemoryConfig,
        )
        from ..models.assistant_custom_stt_config import AssistantCustomSttConfig
        from ..models.assistant_enum_analysis_data import AssistantEnumAnalysisData
        from ..models.assistant_guardrail_config import AssistantGuardrailConfig
        from ..models.assistant_handbook_config import AssistantHandbookConfig
        from ..models.assistant_ivr_option import AssistantIvrOption
        from ..models.assistant_number_analysis_data import AssistantNumberAnalysisData
        from ..models.assistant_pii_config import AssistantPiiConfig
        from ..models.assistant_post_session_app_tool import AssistantPostSessionAppTool
        from ..models.assistant_post_session_code_tool import (
            AssistantPostSessionCodeTool,
        )
        from ..models.assistant_post_session_custom_tool import (
            AssistantPostSessionCustomTool,
        )
        from ..models.assistant_pre_session_app_tool import AssistantPreSessionAppTool
        from ..models.assistant_pre_session_code_tool import AssistantPreSessionCodeTool
        from ..models.assistant_pre_session_custom_tool import (
            AssistantPreSessionCustomTool,
        )
        from ..models.assistant_preset_analysis_data import AssistantPresetAnalysisData
        from ..models.assistant_pronunciation_entry import AssistantPronunciationEntry
        from ..models.assistant_response_engine_conversation_flow import (
            AssistantResponseEngineConversationFlow,
        )
        from ..models.assistant_response_engine_custom_llm import (
            AssistantResponseEngineCustomLlm,
        )
        from ..models.assistant_response_engine_retell_llm import (
            AssistantResponseEngineRetellLlm,
        )
        from ..models.assistant_send_sms_tool import AssistantSendSmsTool
        from ..models.assistant_string_analysis_data import AssistantStringAnalysisData
        from ..models.assistant_user_dtmf_options import AssistantUserDtmfOptions
        from ..models.assistant_voicemail_option import AssistantVoicemailOption

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("GetAssistantResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "agent_id",
                "last_modification_timestamp",
                "response_engine",
                "version",
                "voice_id",
            ]
            if _member not in d
        ]
        _agent_id_raw = d.pop("agent_id", UNSET)
        if not isinstance(_agent_id_raw, Unset):
            try:
                if not (isinstance(_agent_id_raw, str)):
                    raise TypeError()
                agent_id = _agent_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                agent_id = cast(Any, UNSET)
                unset.append("agent_id")
                kept["agent_id"] = _agent_id_raw
                warnings.append(describe_misfit("agent_id", _agent_id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            agent_id = cast(Any, UNSET)
            unset.append("agent_id")
        _version_raw = d.pop("version", UNSET)
        if not isinstance(_version_raw, Unset):
            try:
                if not (
                    isinstance(_version_raw, int) and not isinstance(_version_raw, bool)
                ):
                    raise TypeError()
                version = _version_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                version = cast(Any, UNSET)
                unset.append("version")
                kept["version"] = _version_raw
                warnings.append(describe_misfit("version", _version_raw, "int"))

        else:  # missing: the warning is above; the slot stays empty
            version = cast(Any, UNSET)
            unset.append("version")
        _last_modification_timestamp_raw = d.pop("last_modification_timestamp", UNSET)
        if not isinstance(_last_modification_timestamp_raw, Unset):
            try:
                if not (
                    isinstance(_last_modification_timestamp_raw, int)
                    and not isinstance(_last_modification_timestamp_raw, bool)
                ):
                    raise TypeError()
                last_modification_timestamp = _last_modification_timestamp_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                last_modification_timestamp = cast(Any, UNSET)
                unset.append("last_modification_timestamp")
                kept["last_modification_timestamp"] = _last_modification_timestamp_raw
                warnings.append(
                    describe_misfit(
                        "last_modification_timestamp",
                        _last_modification_timestamp_raw,
                        "int",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            last_modification_timestamp = cast(Any, UNSET)
            unset.append("last_modification_timestamp")
        _response_engine_raw = d.pop("response_engine", UNSET)
        if not isinstance(_response_engine_raw, Unset):
            try:

                def _parse_response_engine(
                    data: object,
                ) -> (
                    AssistantResponseEngineConversationFlow
                    | AssistantResponseEngineCustomLlm
                    | AssistantResponseEngineRetellLlm
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        response_engine_type_0 = (
                            AssistantResponseEngineRetellLlm.from_dict(data)
                        )

                        return response_engine_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        response_engine_type_1 = (
                            AssistantResponseEngineCustomLlm.from_dict(data)
                        )

                        return response_engine_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_engine_type_2 = (
                        AssistantResponseEngineConversationFlow.from_dict(data)
                    )

                    return response_engine_type_2

                response_engine = _parse_response_engine(_response_engine_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                response_engine = cast(Any, UNSET)
                unset.append("response_engine")
                kept["response_engine"] = _response_engine_raw
                warnings.append(
                    describe_misfit(
                        "response_engine",
                        _response_engine_raw,
                        "AssistantResponseEngineConversationFlow | AssistantResponseEngineCustomLlm | AssistantResponseEngineRetellLlm",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            response_engine = cast(Any, UNSET)
            unset.append("response_engine")
        _voice_id_raw = d.pop("voice_id", UNSET)
        if not isinstance(_voice_id_raw, Unset):
            try:
                if not (isinstance(_voice_id_raw, str)):
                    raise TypeError()
                voice_id = _voice_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                voice_id = cast(Any, UNSET)
                unset.append("voice_id")
                kept["voice_id"] = _voice_id_raw
                warnings.append(describe_misfit("voice_id", _voice_id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            voice_id = cast(Any, UNSET)
            unset.append("voice_id")
        _agent_name_raw = d.pop("agent_name", UNSET)
        try:

            def _parse_agent_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agent_name = _parse_agent_name(_agent_name_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            agent_name = cast(Any, UNSET)
            kept["agent_name"] = _agent_name_raw
            warnings.append(
                describe_misfit("agent_name", _agent_name_raw, "None | str")
            )

        _allow_dtmf_interruption_raw = d.pop("allow_dtmf_interruption", UNSET)
        try:

            def _parse_allow_dtmf_interruption(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            allow_dtmf_interruption = _parse_allow_dtmf_interruption(
                _allow_dtmf_interruption_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            allow_dtmf_interruption = cast(Any, UNSET)
            kept["allow_dtmf_interruption"] = _allow_dtmf_interruption_raw
            warnings.append(
                describe_misfit(
                    "allow_dtmf_interruption",
                    _allow_dtmf_interruption_raw,
                    "bool | None",
                )
            )

        _allow_user_dtmf_raw = d.pop("allow_user_dtmf", UNSET)
        try:

            def _parse_allow_user_dtmf(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            allow_user_dtmf = _parse_allow_user_dtmf(_allow_user_dtmf_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            allow_user_dtmf = cast(Any, UNSET)
            kept["allow_user_dtmf"] = _allow_user_dtmf_raw
            warnings.append(
                describe_misfit("allow_user_dtmf", _allow_user_dtmf_raw, "bool | None")
            )

        _ambient_sound_raw = d.pop("ambient_sound", UNSET)
        try:

            def _parse_ambient_sound(data: object) -> AmbientSound | None | str | Unset:
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
                return cast(AmbientSound | None | str | Unset, data)

            ambient_sound = _parse_ambient_sound(_ambient_sound_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            ambient_sound = cast(Any, UNSET)
            kept["ambient_sound"] = _ambient_sound_raw
            warnings.append(
                describe_misfit(
                    "ambient_sound", _ambient_sound_raw, "AmbientSound | None | str"
                )
            )

        _ambient_sound_volume_raw = d.pop("ambient_sound_volume", UNSET)
        try:

            def _parse_ambient_sound_volume(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            ambient_sound_volume = _parse_ambient_sound_volume(
                _ambient_sound_volume_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            ambient_sound_volume = cast(Any, UNSET)
            kept["ambient_sound_volume"] = _ambient_sound_volume_raw
            warnings.append(
                describe_misfit(
                    "ambient_sound_volume", _ambient_sound_volume_raw, "float | None"
                )
            )

        _assigned_tags_raw = d.pop("assigned_tags", UNSET)
        try:

            def _parse_assigned_tags(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    assigned_tags_type_0 = cast(list[str], data)

                    return assigned_tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            assigned_tags = _parse_assigned_tags(_assigned_tags_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            assigned_tags = cast(Any, UNSET)
            kept["assigned_tags"] = _assigned_tags_raw
            warnings.append(
                describe_misfit("assigned_tags", _assigned_tags_raw, "list[str] | None")
            )

        _backchannel_frequency_raw = d.pop("backchannel_frequency", UNSET)
        try:

            def _parse_backchannel_frequency(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            backchannel_frequency = _parse_backchannel_frequency(
                _backchannel_frequency_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            backchannel_frequency = cast(Any, UNSET)
            kept["backchannel_frequency"] = _backchannel_frequency_raw
            warnings.append(
                describe_misfit(
                    "backchannel_frequency", _backchannel_frequency_raw, "float | None"
                )
            )

        _backchannel_words_raw = d.pop("backchannel_words", UNSET)
        try:

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

            backchannel_words = _parse_backchannel_words(_backchannel_words_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            backchannel_words = cast(Any, UNSET)
            kept["backchannel_words"] = _backchannel_words_raw
            warnings.append(
                describe_misfit(
                    "backchannel_words", _backchannel_words_raw, "list[str] | None"
                )
            )

        _base_version_raw = d.pop("base_version", UNSET)
        try:

            def _parse_base_version(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            base_version = _parse_base_version(_base_version_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            base_version = cast(Any, UNSET)
            kept["base_version"] = _base_version_raw
            warnings.append(
                describe_misfit("base_version", _base_version_raw, "int | None")
            )

        _begin_message_delay_ms_raw = d.pop("begin_message_delay_ms", UNSET)
        try:

            def _parse_begin_message_delay_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            begin_message_delay_ms = _parse_begin_message_delay_ms(
                _begin_message_delay_ms_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            begin_message_delay_ms = cast(Any, UNSET)
            kept["begin_message_delay_ms"] = _begin_message_delay_ms_raw
            warnings.append(
                describe_misfit(
                    "begin_message_delay_ms", _begin_message_delay_ms_raw, "int | None"
                )
            )

        _boosted_keywords_raw = d.pop("boosted_keywords", UNSET)
        try:

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

            boosted_keywords = _parse_boosted_keywords(_boosted_keywords_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            boosted_keywords = cast(Any, UNSET)
            kept["boosted_keywords"] = _boosted_keywords_raw
            warnings.append(
                describe_misfit(
                    "boosted_keywords", _boosted_keywords_raw, "list[str] | None"
                )
            )

        _call_screening_option_raw = d.pop("call_screening_option", UNSET)
        try:

            def _parse_call_screening_option(
                data: object,
            ) -> AssistantCallScreeningOption | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    call_screening_option_type_0 = (
                        AssistantCallScreeningOption.from_dict(data)
                    )

                    return call_screening_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantCallScreeningOption | None | Unset, data)

            call_screening_option = _parse_call_screening_option(
                _call_screening_option_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            call_screening_option = cast(Any, UNSET)
            kept["call_screening_option"] = _call_screening_option_raw
            warnings.append(
                describe_misfit(
                    "call_screening_option",
                    _call_screening_option_raw,
                    "AssistantCallScreeningOption | None",
                )
            )

        _contact_memory_config_raw = d.pop("contact_memory_config", UNSET)
        try:

            def _parse_contact_memory_config(
                data: object,
            ) -> AssistantContactMemoryConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    contact_memory_config_type_0 = (
                        AssistantContactMemoryConfig.from_dict(data)
                    )

                    return contact_memory_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantContactMemoryConfig | None | Unset, data)

            contact_memory_config = _parse_contact_memory_config(
                _contact_memory_config_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            contact_memory_config = cast(Any, UNSET)
            kept["contact_memory_config"] = _contact_memory_config_raw
            warnings.append(
                describe_misfit(
                    "contact_memory_config",
                    _contact_memory_config_raw,
                    "AssistantContactMemoryConfig | None",
                )
            )

        _custom_stt_config_raw = d.pop("custom_stt_config", UNSET)
        try:

            def _parse_custom_stt_config(
                data: object,
            ) -> AssistantCustomSttConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_stt_config_type_0 = AssistantCustomSttConfig.from_dict(data)

                    return custom_stt_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantCustomSttConfig | None | Unset, data)

            custom_stt_config = _parse_custom_stt_config(_custom_stt_config_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            custom_stt_config = cast(Any, UNSET)
            kept["custom_stt_config"] = _custom_stt_config_raw
            warnings.append(
                describe_misfit(
                    "custom_stt_config",
                    _custom_stt_config_raw,
                    "AssistantCustomSttConfig | None",
                )
            )

        _data_storage_retention_days_raw = d.pop("data_storage_retention_days", UNSET)
        try:

            def _parse_data_storage_retention_days(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            data_storage_retention_days = _parse_data_storage_retention_days(
                _data_storage_retention_days_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            data_storage_retention_days = cast(Any, UNSET)
            kept["data_storage_retention_days"] = _data_storage_retention_days_raw
            warnings.append(
                describe_misfit(
                    "data_storage_retention_days",
                    _data_storage_retention_days_raw,
                    "int | None",
                )
            )

        _data_storage_setting_raw = d.pop("data_storage_setting", UNSET)
        try:

            def _parse_data_storage_setting(
                data: object,
            ) -> DataStorageSetting | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    data_storage_setting_type_0 = DataStorageSetting(data)

                    return data_storage_setting_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DataStorageSetting | None | str | Unset, data)

            data_storage_setting = _parse_data_storage_setting(
                _data_storage_setting_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            data_storage_setting = cast(Any, UNSET)
            kept["data_storage_setting"] = _data_storage_setting_raw
            warnings.append(
                describe_misfit(
                    "data_storage_setting",
                    _data_storage_setting_raw,
                    "DataStorageSetting | None | str",
                )
            )

        _denoising_enhancement_level_raw = d.pop("denoising_enhancement_level", UNSET)
        try:

            def _parse_denoising_enhancement_level(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            denoising_enhancement_level = _parse_denoising_enhancement_level(
                _denoising_enhancement_level_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            denoising_enhancement_level = cast(Any, UNSET)
            kept["denoising_enhancement_level"] = _denoising_enhancement_level_raw
            warnings.append(
                describe_misfit(
                    "denoising_enhancement_level",
                    _denoising_enhancement_level_raw,
                    "float | None",
                )
            )

        _denoising_mode_raw = d.pop("denoising_mode", UNSET)
        try:

            def _parse_denoising_mode(
                data: object,
            ) -> DenoisingMode | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    denoising_mode_type_0 = DenoisingMode(data)

                    return denoising_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DenoisingMode | None | str | Unset, data)

            denoising_mode = _parse_denoising_mode(_denoising_mode_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            denoising_mode = cast(Any, UNSET)
            kept["denoising_mode"] = _denoising_mode_raw
            warnings.append(
                describe_misfit(
                    "denoising_mode", _denoising_mode_raw, "DenoisingMode | None | str"
                )
            )

        _enable_backchannel_raw = d.pop("enable_backchannel", UNSET)
        try:

            def _parse_enable_backchannel(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_backchannel = _parse_enable_backchannel(_enable_backchannel_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_backchannel = cast(Any, UNSET)
            kept["enable_backchannel"] = _enable_backchannel_raw
            warnings.append(
                describe_misfit(
                    "enable_backchannel", _enable_backchannel_raw, "bool | None"
                )
            )

        _enable_dnc_detection_raw = d.pop("enable_dnc_detection", UNSET)
        try:

            def _parse_enable_dnc_detection(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_dnc_detection = _parse_enable_dnc_detection(
                _enable_dnc_detection_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_dnc_detection = cast(Any, UNSET)
            kept["enable_dnc_detection"] = _enable_dnc_detection_raw
            warnings.append(
                describe_misfit(
                    "enable_dnc_detection", _enable_dnc_detection_raw, "bool | None"
                )
            )

        _enable_dynamic_responsiveness_raw = d.pop(
            "enable_dynamic_responsiveness", UNSET
        )
        try:

            def _parse_enable_dynamic_responsiveness(
                data: object,
            ) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_dynamic_responsiveness = _parse_enable_dynamic_responsiveness(
                _enable_dynamic_responsiveness_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_dynamic_responsiveness = cast(Any, UNSET)
            kept["enable_dynamic_responsiveness"] = _enable_dynamic_responsiveness_raw
            warnings.append(
                describe_misfit(
                    "enable_dynamic_responsiveness",
                    _enable_dynamic_responsiveness_raw,
                    "bool | None",
                )
            )

        _enable_dynamic_voice_speed_raw = d.pop("enable_dynamic_voice_speed", UNSET)
        try:

            def _parse_enable_dynamic_voice_speed(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_dynamic_voice_speed = _parse_enable_dynamic_voice_speed(
                _enable_dynamic_voice_speed_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_dynamic_voice_speed = cast(Any, UNSET)
            kept["enable_dynamic_voice_speed"] = _enable_dynamic_voice_speed_raw
            warnings.append(
                describe_misfit(
                    "enable_dynamic_voice_speed",
                    _enable_dynamic_voice_speed_raw,
                    "bool | None",
                )
            )

        _enable_expressive_mode_raw = d.pop("enable_expressive_mode", UNSET)
        try:

            def _parse_enable_expressive_mode(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_expressive_mode = _parse_enable_expressive_mode(
                _enable_expressive_mode_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_expressive_mode = cast(Any, UNSET)
            kept["enable_expressive_mode"] = _enable_expressive_mode_raw
            warnings.append(
                describe_misfit(
                    "enable_expressive_mode", _enable_expressive_mode_raw, "bool | None"
                )
            )

        _end_call_after_silence_ms_raw = d.pop("end_call_after_silence_ms", UNSET)
        try:

            def _parse_end_call_after_silence_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            end_call_after_silence_ms = _parse_end_call_after_silence_ms(
                _end_call_after_silence_ms_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            end_call_after_silence_ms = cast(Any, UNSET)
            kept["end_call_after_silence_ms"] = _end_call_after_silence_ms_raw
            warnings.append(
                describe_misfit(
                    "end_call_after_silence_ms",
                    _end_call_after_silence_ms_raw,
                    "int | None",
                )
            )

        _expressive_emotion_tags_raw = d.pop("expressive_emotion_tags", UNSET)
        try:

            def _parse_expressive_emotion_tags(
                data: object,
            ) -> list[ExpressiveEmotionTag | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    expressive_emotion_tags_type_0 = []
                    _expressive_emotion_tags_type_0 = data
                    for (
                        expressive_emotion_tags_type_0_item_data
                    ) in _expressive_emotion_tags_type_0:

                        def _parse_expressive_emotion_tags_type_0_item(
                            data: object,
                        ) -> ExpressiveEmotionTag | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                expressive_emotion_tags_type_0_item_type_0 = (
                                    ExpressiveEmotionTag(data)
                                )

                                return expressive_emotion_tags_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(ExpressiveEmotionTag | str, data)

                        expressive_emotion_tags_type_0_item = (
                            _parse_expressive_emotion_tags_type_0_item(
                                expressive_emotion_tags_type_0_item_data
                            )
                        )

                        expressive_emotion_tags_type_0.append(
                            expressive_emotion_tags_type_0_item
                        )

                    return expressive_emotion_tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ExpressiveEmotionTag | str] | None | Unset, data)

            expressive_emotion_tags = _parse_expressive_emotion_tags(
                _expressive_emotion_tags_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            expressive_emotion_tags = cast(Any, UNSET)
            kept["expressive_emotion_tags"] = _expressive_emotion_tags_raw
            warnings.append(
                describe_misfit(
                    "expressive_emotion_tags",
                    _expressive_emotion_tags_raw,
                    "list[ExpressiveEmotionTag | str] | None",
                )
            )

        _expressive_mode_prompt_raw = d.pop("expressive_mode_prompt", UNSET)
        try:

            def _parse_expressive_mode_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            expressive_mode_prompt = _parse_expressive_mode_prompt(
                _expressive_mode_prompt_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            expressive_mode_prompt = cast(Any, UNSET)
            kept["expressive_mode_prompt"] = _expressive_mode_prompt_raw
            warnings.append(
                describe_misfit(
                    "expressive_mode_prompt", _expressive_mode_prompt_raw, "None | str"
                )
            )

        _fallback_voice_ids_raw = d.pop("fallback_voice_ids", UNSET)
        try:

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

            fallback_voice_ids = _parse_fallback_voice_ids(_fallback_voice_ids_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            fallback_voice_ids = cast(Any, UNSET)
            kept["fallback_voice_ids"] = _fallback_voice_ids_raw
            warnings.append(
                describe_misfit(
                    "fallback_voice_ids", _fallback_voice_ids_raw, "list[str] | None"
                )
            )

        _guardrail_config_raw = d.pop("guardrail_config", UNSET)
        try:

            def _parse_guardrail_config(
                data: object,
            ) -> AssistantGuardrailConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    guardrail_config_type_0 = AssistantGuardrailConfig.from_dict(data)

                    return guardrail_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantGuardrailConfig | None | Unset, data)

            guardrail_config = _parse_guardrail_config(_guardrail_config_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            guardrail_config = cast(Any, UNSET)
            kept["guardrail_config"] = _guardrail_config_raw
            warnings.append(
                describe_misfit(
                    "guardrail_config",
                    _guardrail_config_raw,
                    "AssistantGuardrailConfig | None",
                )
            )

        _handbook_config_raw = d.pop("handbook_config", UNSET)
        try:

            def _parse_handbook_config(
                data: object,
            ) -> AssistantHandbookConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    handbook_config_type_0 = AssistantHandbookConfig.from_dict(data)

                    return handbook_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantHandbookConfig | None | Unset, data)

            handbook_config = _parse_handbook_config(_handbook_config_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            handbook_config = cast(Any, UNSET)
            kept["handbook_config"] = _handbook_config_raw
            warnings.append(
                describe_misfit(
                    "handbook_config",
                    _handbook_config_raw,
                    "AssistantHandbookConfig | None",
                )
            )

        _interruption_sensitivity_raw = d.pop("interruption_sensitivity", UNSET)
        try:

            def _parse_interruption_sensitivity(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            interruption_sensitivity = _parse_interruption_sensitivity(
                _interruption_sensitivity_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            interruption_sensitivity = cast(Any, UNSET)
            kept["interruption_sensitivity"] = _interruption_sensitivity_raw
            warnings.append(
                describe_misfit(
                    "interruption_sensitivity",
                    _interruption_sensitivity_raw,
                    "float | None",
                )
            )

        _is_published_raw = d.pop("is_published", UNSET)
        try:

            def _parse_is_published(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_published = _parse_is_published(_is_published_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            is_published = cast(Any, UNSET)
            kept["is_published"] = _is_published_raw
            warnings.append(
                describe_misfit("is_published", _is_published_raw, "bool | None")
            )

        _is_transfer_agent_raw = d.pop("is_transfer_agent", UNSET)
        try:

            def _parse_is_transfer_agent(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_transfer_agent = _parse_is_transfer_agent(_is_transfer_agent_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            is_transfer_agent = cast(Any, UNSET)
            kept["is_transfer_agent"] = _is_transfer_agent_raw
            warnings.append(
                describe_misfit(
                    "is_transfer_agent", _is_transfer_agent_raw, "bool | None"
                )
            )

        _ivr_option_raw = d.pop("ivr_option", UNSET)
        try:

            def _parse_ivr_option(data: object) -> AssistantIvrOption | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    ivr_option_type_0 = AssistantIvrOption.from_dict(data)

                    return ivr_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantIvrOption | None | Unset, data)

            ivr_option = _parse_ivr_option(_ivr_option_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            ivr_option = cast(Any, UNSET)
            kept["ivr_option"] = _ivr_option_raw
            warnings.append(
                describe_misfit(
                    "ivr_option", _ivr_option_raw, "AssistantIvrOption | None"
                )
            )

        _language_raw = d.pop("language", UNSET)
        try:

            def _parse_language(
                data: object,
            ) -> Language | list[Language | str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    language_type_0 = Language(data)

                    return language_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    language_type_2 = []
                    _language_type_2 = data
                    for language_type_2_item_data in _language_type_2:

                        def _parse_language_type_2_item(data: object) -> Language | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                language_type_2_item_type_0 = Language(data)

                                return language_type_2_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(Language | str, data)

                        language_type_2_item = _parse_language_type_2_item(
                            language_type_2_item_data
                        )

                        language_type_2.append(language_type_2_item)

                    return language_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Language | list[Language | str] | None | str | Unset, data)

            language = _parse_language(_language_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            language = cast(Any, UNSET)
            kept["language"] = _language_raw
            warnings.append(
                describe_misfit(
                    "language",
                    _language_raw,
                    "Language | list[Language | str] | None | str",
                )
            )

        _max_call_duration_ms_raw = d.pop("max_call_duration_ms", UNSET)
        try:

            def _parse_max_call_duration_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_call_duration_ms = _parse_max_call_duration_ms(
                _max_call_duration_ms_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            max_call_duration_ms = cast(Any, UNSET)
            kept["max_call_duration_ms"] = _max_call_duration_ms_raw
            warnings.append(
                describe_misfit(
                    "max_call_duration_ms", _max_call_duration_ms_raw, "int | None"
                )
            )

        _opt_in_signed_url_raw = d.pop("opt_in_signed_url", UNSET)
        try:

            def _parse_opt_in_signed_url(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            opt_in_signed_url = _parse_opt_in_signed_url(_opt_in_signed_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            opt_in_signed_url = cast(Any, UNSET)
            kept["opt_in_signed_url"] = _opt_in_signed_url_raw
            warnings.append(
                describe_misfit(
                    "opt_in_signed_url", _opt_in_signed_url_raw, "bool | None"
                )
            )

        _pii_config_raw = d.pop("pii_config", UNSET)
        try:

            def _parse_pii_config(data: object) -> AssistantPiiConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    pii_config_type_0 = AssistantPiiConfig.from_dict(data)

                    return pii_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantPiiConfig | None | Unset, data)

            pii_config = _parse_pii_config(_pii_config_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            pii_config = cast(Any, UNSET)
            kept["pii_config"] = _pii_config_raw
            warnings.append(
                describe_misfit(
                    "pii_config", _pii_config_raw, "AssistantPiiConfig | None"
                )
            )

        _post_call_analysis_data_raw = d.pop("post_call_analysis_data", UNSET)
        try:

            def _parse_post_call_analysis_data(
                data: object,
            ) -> (
                list[
                    AssistantBooleanAnalysisData
                    | AssistantEnumAnalysisData
                    | AssistantNumberAnalysisData
                    | AssistantPresetAnalysisData
                    | AssistantStringAnalysisData
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
                            AssistantBooleanAnalysisData
                            | AssistantEnumAnalysisData
                            | AssistantNumberAnalysisData
                            | AssistantPresetAnalysisData
                            | AssistantStringAnalysisData
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_call_analysis_data_type_0_item_type_0 = (
                                    AssistantStringAnalysisData.from_dict(data)
                                )

                                return post_call_analysis_data_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_call_analysis_data_type_0_item_type_1 = (
                                    AssistantEnumAnalysisData.from_dict(data)
                                )

                                return post_call_analysis_data_type_0_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_call_analysis_data_type_0_item_type_2 = (
                                    AssistantBooleanAnalysisData.from_dict(data)
                                )

                                return post_call_analysis_data_type_0_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_call_analysis_data_type_0_item_type_3 = (
                                    AssistantNumberAnalysisData.from_dict(data)
                                )

                                return post_call_analysis_data_type_0_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_call_analysis_data_type_0_item_type_4 = (
                                AssistantPresetAnalysisData.from_dict(data)
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
                        AssistantBooleanAnalysisData
                        | AssistantEnumAnalysisData
                        | AssistantNumberAnalysisData
                        | AssistantPresetAnalysisData
                        | AssistantStringAnalysisData
                    ]
                    | None
                    | Unset,
                    data,
                )

            post_call_analysis_data = _parse_post_call_analysis_data(
                _post_call_analysis_data_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            post_call_analysis_data = cast(Any, UNSET)
            kept["post_call_analysis_data"] = _post_call_analysis_data_raw
            warnings.append(
                describe_misfit(
                    "post_call_analysis_data",
                    _post_call_analysis_data_raw,
                    "list[AssistantBooleanAnalysisData | AssistantEnumAnalysisData | AssistantNumberAnalysisData | AssistantPresetAnalysisData | AssistantStringAnalysisData] | None",
                )
            )

        _post_call_analysis_model_raw = d.pop("post_call_analysis_model", UNSET)
        try:

            def _parse_post_call_analysis_model(
                data: object,
            ) -> None | PostCallAnalysisModel | str | Unset:
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
                return cast(None | PostCallAnalysisModel | str | Unset, data)

            post_call_analysis_model = _parse_post_call_analysis_model(
                _post_call_analysis_model_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            post_call_analysis_model = cast(Any, UNSET)
            kept["post_call_analysis_model"] = _post_call_analysis_model_raw
            warnings.append(
                describe_misfit(
                    "post_call_analysis_model",
                    _post_call_analysis_model_raw,
                    "None | PostCallAnalysisModel | str",
                )
            )

        _post_session_tools_raw = d.pop("post_session_tools", UNSET)
        try:

            def _parse_post_session_tools(
                data: object,
            ) -> (
                list[
                    AssistantPostSessionAppTool
                    | AssistantPostSessionCodeTool
                    | AssistantPostSessionCustomTool
                    | AssistantSendSmsTool
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
                    for (
                        post_session_tools_type_0_item_data
                    ) in _post_session_tools_type_0:

                        def _parse_post_session_tools_type_0_item(
                            data: object,
                        ) -> (
                            AssistantPostSessionAppTool
                            | AssistantPostSessionCodeTool
                            | AssistantPostSessionCustomTool
                            | AssistantSendSmsTool
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_session_tools_type_0_item_type_0 = (
                                    AssistantPostSessionAppTool.from_dict(data)
                                )

                                return post_session_tools_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_session_tools_type_0_item_type_1 = (
                                    AssistantPostSessionCustomTool.from_dict(data)
                                )

                                return post_session_tools_type_0_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                post_session_tools_type_0_item_type_2 = (
                                    AssistantPostSessionCodeTool.from_dict(data)
                                )

                                return post_session_tools_type_0_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            post_session_tools_type_0_item_type_3 = (
                                AssistantSendSmsTool.from_dict(data)
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
                        AssistantPostSessionAppTool
                        | AssistantPostSessionCodeTool
                        | AssistantPostSessionCustomTool
                        | AssistantSendSmsTool
                    ]
                    | None
                    | Unset,
                    data,
                )

            post_session_tools = _parse_post_session_tools(_post_session_tools_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            post_session_tools = cast(Any, UNSET)
            kept["post_session_tools"] = _post_session_tools_raw
            warnings.append(
                describe_misfit(
                    "post_session_tools",
                    _post_session_tools_raw,
                    "list[AssistantPostSessionAppTool | AssistantPostSessionCodeTool | AssistantPostSessionCustomTool | AssistantSendSmsTool] | None",
                )
            )

        _pre_session_tools_raw = d.pop("pre_session_tools", UNSET)
        try:

            def _parse_pre_session_tools(
                data: object,
            ) -> (
                list[
                    AssistantPreSessionAppTool
                    | AssistantPreSessionCodeTool
                    | AssistantPreSessionCustomTool
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
                    pre_session_tools_type_0 = []
                    _pre_session_tools_type_0 = data
                    for pre_session_tools_type_0_item_data in _pre_session_tools_type_0:

                        def _parse_pre_session_tools_type_0_item(
                            data: object,
                        ) -> (
                            AssistantPreSessionAppTool
                            | AssistantPreSessionCodeTool
                            | AssistantPreSessionCustomTool
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                pre_session_tools_type_0_item_type_0 = (
                                    AssistantPreSessionAppTool.from_dict(data)
                                )

                                return pre_session_tools_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                pre_session_tools_type_0_item_type_1 = (
                                    AssistantPreSessionCustomTool.from_dict(data)
                                )

                                return pre_session_tools_type_0_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            pre_session_tools_type_0_item_type_2 = (
                                AssistantPreSessionCodeTool.from_dict(data)
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
                    list[
                        AssistantPreSessionAppTool
                        | AssistantPreSessionCodeTool
                        | AssistantPreSessionCustomTool
                    ]
                    | None
                    | Unset,
                    data,
                )

            pre_session_tools = _parse_pre_session_tools(_pre_session_tools_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            pre_session_tools = cast(Any, UNSET)
            kept["pre_session_tools"] = _pre_session_tools_raw
            warnings.append(
                describe_misfit(
                    "pre_session_tools",
                    _pre_session_tools_raw,
                    "list[AssistantPreSessionAppTool | AssistantPreSessionCodeTool | AssistantPreSessionCustomTool] | None",
                )
            )

        _pronunciation_dictionary_raw = d.pop("pronunciation_dictionary", UNSET)
        try:

            def _parse_pronunciation_dictionary(
                data: object,
            ) -> list[AssistantPronunciationEntry] | None | Unset:
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
                        pronunciation_dictionary_type_0_item = (
                            AssistantPronunciationEntry.from_dict(
                                pronunciation_dictionary_type_0_item_data
                            )
                        )

                        pronunciation_dictionary_type_0.append(
                            pronunciation_dictionary_type_0_item
                        )

                    return pronunciation_dictionary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AssistantPronunciationEntry] | None | Unset, data)

            pronunciation_dictionary = _parse_pronunciation_dictionary(
                _pronunciation_dictionary_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            pronunciation_dictionary = cast(Any, UNSET)
            kept["pronunciation_dictionary"] = _pronunciation_dictionary_raw
            warnings.append(
                describe_misfit(
                    "pronunciation_dictionary",
                    _pronunciation_dictionary_raw,
                    "list[AssistantPronunciationEntry] | None",
                )
            )

        _reminder_max_count_raw = d.pop("reminder_max_count", UNSET)
        try:

            def _parse_reminder_max_count(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            reminder_max_count = _parse_reminder_max_count(_reminder_max_count_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            reminder_max_count = cast(Any, UNSET)
            kept["reminder_max_count"] = _reminder_max_count_raw
            warnings.append(
                describe_misfit(
                    "reminder_max_count", _reminder_max_count_raw, "int | None"
                )
            )

        _reminder_trigger_ms_raw = d.pop("reminder_trigger_ms", UNSET)
        try:

            def _parse_reminder_trigger_ms(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            reminder_trigger_ms = _parse_reminder_trigger_ms(_reminder_trigger_ms_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            reminder_trigger_ms = cast(Any, UNSET)
            kept["reminder_trigger_ms"] = _reminder_trigger_ms_raw
            warnings.append(
                describe_misfit(
                    "reminder_trigger_ms", _reminder_trigger_ms_raw, "float | None"
                )
            )

        _responsiveness_raw = d.pop("responsiveness", UNSET)
        try:

            def _parse_responsiveness(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            responsiveness = _parse_responsiveness(_responsiveness_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            responsiveness = cast(Any, UNSET)
            kept["responsiveness"] = _responsiveness_raw
            warnings.append(
                describe_misfit("responsiveness", _responsiveness_raw, "float | None")
            )

        _ring_duration_ms_raw = d.pop("ring_duration_ms", UNSET)
        try:

            def _parse_ring_duration_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            ring_duration_ms = _parse_ring_duration_ms(_ring_duration_ms_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            ring_duration_ms = cast(Any, UNSET)
            kept["ring_duration_ms"] = _ring_duration_ms_raw
            warnings.append(
                describe_misfit("ring_duration_ms", _ring_duration_ms_raw, "int | None")
            )

        _signed_url_expiration_ms_raw = d.pop("signed_url_expiration_ms", UNSET)
        try:

            def _parse_signed_url_expiration_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            signed_url_expiration_ms = _parse_signed_url_expiration_ms(
                _signed_url_expiration_ms_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            signed_url_expiration_ms = cast(Any, UNSET)
            kept["signed_url_expiration_ms"] = _signed_url_expiration_ms_raw
            warnings.append(
                describe_misfit(
                    "signed_url_expiration_ms",
                    _signed_url_expiration_ms_raw,
                    "int | None",
                )
            )

        _stt_mode_raw = d.pop("stt_mode", UNSET)
        try:

            def _parse_stt_mode(data: object) -> None | str | SttMode | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stt_mode_type_0 = SttMode(data)

                    return stt_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | SttMode | Unset, data)

            stt_mode = _parse_stt_mode(_stt_mode_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            stt_mode = cast(Any, UNSET)
            kept["stt_mode"] = _stt_mode_raw
            warnings.append(
                describe_misfit("stt_mode", _stt_mode_raw, "None | str | SttMode")
            )

        _timezone_raw = d.pop("timezone", UNSET)
        try:

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(_timezone_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            timezone = cast(Any, UNSET)
            kept["timezone"] = _timezone_raw
            warnings.append(describe_misfit("timezone", _timezone_raw, "None | str"))

        _user_dtmf_options_raw = d.pop("user_dtmf_options", UNSET)
        try:

            def _parse_user_dtmf_options(
                data: object,
            ) -> AssistantUserDtmfOptions | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_dtmf_options_type_0 = AssistantUserDtmfOptions.from_dict(data)

                    return user_dtmf_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantUserDtmfOptions | None | Unset, data)

            user_dtmf_options = _parse_user_dtmf_options(_user_dtmf_options_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            user_dtmf_options = cast(Any, UNSET)
            kept["user_dtmf_options"] = _user_dtmf_options_raw
            warnings.append(
                describe_misfit(
                    "user_dtmf_options",
                    _user_dtmf_options_raw,
                    "AssistantUserDtmfOptions | None",
                )
            )

        _version_description_raw = d.pop("version_description", UNSET)
        try:

            def _parse_version_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_description = _parse_version_description(_version_description_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            version_description = cast(Any, UNSET)
            kept["version_description"] = _version_description_raw
            warnings.append(
                describe_misfit(
                    "version_description", _version_description_raw, "None | str"
                )
            )

        _version_title_raw = d.pop("version_title", UNSET)
        try:

            def _parse_version_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_title = _parse_version_title(_version_title_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            version_title = cast(Any, UNSET)
            kept["version_title"] = _version_title_raw
            warnings.append(
                describe_misfit("version_title", _version_title_raw, "None | str")
            )

        _vocab_specialization_raw = d.pop("vocab_specialization", UNSET)
        try:

            def _parse_vocab_specialization(
                data: object,
            ) -> None | str | Unset | VocabSpecialization:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    vocab_specialization_type_0 = VocabSpecialization(data)

                    return vocab_specialization_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | Unset | VocabSpecialization, data)

            vocab_specialization = _parse_vocab_specialization(
                _vocab_specialization_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            vocab_specialization = cast(Any, UNSET)
            kept["vocab_specialization"] = _vocab_specialization_raw
            warnings.append(
                describe_misfit(
                    "vocab_specialization",
                    _vocab_specialization_raw,
                    "None | str | VocabSpecialization",
                )
            )

        _voice_model_raw = d.pop("voice_model", UNSET)
        try:

            def _parse_voice_model(data: object) -> None | str | Unset | VoiceModel:
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
                return cast(None | str | Unset | VoiceModel, data)

            voice_model = _parse_voice_model(_voice_model_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice_model = cast(Any, UNSET)
            kept["voice_model"] = _voice_model_raw
            warnings.append(
                describe_misfit(
                    "voice_model", _voice_model_raw, "None | str | VoiceModel"
                )
            )

        _voice_speed_raw = d.pop("voice_speed", UNSET)
        try:

            def _parse_voice_speed(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            voice_speed = _parse_voice_speed(_voice_speed_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice_speed = cast(Any, UNSET)
            kept["voice_speed"] = _voice_speed_raw
            warnings.append(
                describe_misfit("voice_speed", _voice_speed_raw, "float | None")
            )

        _voice_temperature_raw = d.pop("voice_temperature", UNSET)
        try:

            def _parse_voice_temperature(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            voice_temperature = _parse_voice_temperature(_voice_temperature_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice_temperature = cast(Any, UNSET)
            kept["voice_temperature"] = _voice_temperature_raw
            warnings.append(
                describe_misfit(
                    "voice_temperature", _voice_temperature_raw, "float | None"
                )
            )

        _voicemail_option_raw = d.pop("voicemail_option", UNSET)
        try:

            def _parse_voicemail_option(
                data: object,
            ) -> AssistantVoicemailOption | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    voicemail_option_type_0 = AssistantVoicemailOption.from_dict(data)

                    return voicemail_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantVoicemailOption | None | Unset, data)

            voicemail_option = _parse_voicemail_option(_voicemail_option_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voicemail_option = cast(Any, UNSET)
            kept["voicemail_option"] = _voicemail_option_raw
            warnings.append(
                describe_misfit(
                    "voicemail_option",
                    _voicemail_option_raw,
                    "AssistantVoicemailOption | None",
                )
            )

        _volume_raw = d.pop("volume", UNSET)
        try:

            def _parse_volume(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            volume = _parse_volume(_volume_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            volume = cast(Any, UNSET)
            kept["volume"] = _volume_raw
            warnings.append(describe_misfit("volume", _volume_raw, "float | None"))

        _webhook_events_raw = d.pop("webhook_events", UNSET)
        try:

            def _parse_webhook_events(
                data: object,
            ) -> list[str | WebhookEvent] | None | Unset:
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

                        def _parse_webhook_events_type_0_item(
                            data: object,
                        ) -> str | WebhookEvent:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                webhook_events_type_0_item_type_0 = WebhookEvent(data)

                                return webhook_events_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(str | WebhookEvent, data)

                        webhook_events_type_0_item = _parse_webhook_events_type_0_item(
                            webhook_events_type_0_item_data
                        )

                        webhook_events_type_0.append(webhook_events_type_0_item)

                    return webhook_events_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str | WebhookEvent] | None | Unset, data)

            webhook_events = _parse_webhook_events(_webhook_events_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            webhook_events = cast(Any, UNSET)
            kept["webhook_events"] = _webhook_events_raw
            warnings.append(
                describe_misfit(
                    "webhook_events",
                    _webhook_events_raw,
                    "list[str | WebhookEvent] | None",
                )
            )

        _webhook_timeout_ms_raw = d.pop("webhook_timeout_ms", UNSET)
        try:

            def _parse_webhook_timeout_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            webhook_timeout_ms = _parse_webhook_timeout_ms(_webhook_timeout_ms_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            webhook_timeout_ms = cast(Any, UNSET)
            kept["webhook_timeout_ms"] = _webhook_timeout_ms_raw
            warnings.append(
                describe_misfit(
                    "webhook_timeout_ms", _webhook_timeout_ms_raw, "int | None"
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

        get_assistant_response = cls(
            agent_id=agent_id,
            version=version,
            last_modification_timestamp=last_modification_timestamp,
            response_engine=response_engine,
            voice_id=voice_id,
            agent_name=agent_name,
            allow_dtmf_interruption=allow_dtmf_interruption,
            allow_user_dtmf=allow_user_dtmf,
            ambient_sound=ambient_sound,
            ambient_sound_volume=ambient_sound_volume,
            assigned_tags=assigned_tags,
            backchannel_frequency=backchannel_frequency,
            backchannel_words=backchannel_words,
            base_version=base_version,
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
            is_published=is_published,
            is_transfer_agent=is_transfer_agent,
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
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(get_assistant_response, _name)
        get_assistant_response.additional_properties = {**d, **kept}
        get_assistant_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return get_assistant_response

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
