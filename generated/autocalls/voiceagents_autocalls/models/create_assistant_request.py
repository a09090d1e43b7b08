from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ambient_sound import AmbientSound
from ..models.assistant_type import AssistantType
from ..models.endpoint_type import EndpointType
from ..models.engine_mode import EngineMode
from ..models.knowledgebase_mode import KnowledgebaseMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_variables import AssistantVariables
    from ..models.call_transfer_tool import CallTransferTool
    from ..models.collect_keypad_tool import CollectKeypadTool
    from ..models.end_call_tool import EndCallTool
    from ..models.filler_config import FillerConfig
    from ..models.post_call_schema_field import PostCallSchemaField
    from ..models.warm_call_transfer_tool import WarmCallTransferTool


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """Body of the create-assistant call. Eight fields are always needed; the rest is optional and falls back to the
    documented defaults. Mode-dependent rules from the vendor page are encoded in `allOf`.

        Attributes:
            name (str): Display name of the assistant, at most 255 characters.
            voice_id (int): Identifier of the voice the assistant speaks with. Compatible voices depend on the engine mode
                and can be listed with the vendor's Get Voices endpoint (filtered by mode).
            language_id (int): Identifier of the main language, as returned by the vendor's Get Languages endpoint.
            type_ (AssistantType): Call direction the assistant handles.
            mode (EngineMode): Voice engine. `pipeline` chains speech-to-text, a language model and text-to-speech;
                `multimodal` uses a real-time multimodal model; `dualplex` uses a multimodal model for the reasoning with a
                separate text-to-speech voice.
            timezone (str): Time zone the assistant works in, given as an IANA zone name.
            initial_message (str): First sentence the assistant says once the call is connected, at most 200 characters.
            system_prompt (str): Instructions that set the assistant's role, tone and behaviour.
            llm_model_id (int | Unset): Language model used in pipeline mode (ids from the vendor's Get Models endpoint).
                Mandatory when `mode` is `pipeline`.
            multimodal_model_id (int | Unset): Real-time multimodal model (ids from the vendor's Get Models endpoint).
                Mandatory when `mode` is `multimodal` or `dualplex`.
            chat_llm_fallback_id (int | Unset): Optional language model used as a fallback for tool calls. The vendor
                describes it as a multimodal/dualplex setting; that is documented here only and not enforced.
            turn_detection_threshold (float | Unset): How readily the engine decides the caller has finished a turn, from 0
                to 1. The vendor describes it as a multimodal/dualplex setting (not enforced here) whose default is "auto",
                which is what happens when the field is left out; "auto" is not a number, so no `default` is declared.
            secondary_language_ids (list[int] | Unset): Further language ids the assistant may speak; it detects the
                caller's language and switches to it.
            knowledgebase_id (int | Unset): Knowledge base attached to the assistant.
            knowledgebase_mode (KnowledgebaseMode | Unset): How the knowledge base is used. `function_call`: the model calls
                a search function (the only option in multimodal and dualplex modes). `prompt`: the knowledge is placed in the
                prompt (pipeline mode only).
            phone_number_id (int | Unset): Phone number of the account to assign to the assistant. For inbound assistants
                the server also rejects Caller ID numbers and numbers already used by another inbound assistant (not checkable
                client-side).
            tool_ids (list[int] | Unset): Ids of the account's own custom mid-call tools to attach.
            tools (list[CallTransferTool | CollectKeypadTool | EndCallTool | WarmCallTransferTool] | Unset): Built-in tools
                to switch on, each one selected by its `type`.
            tts_emotion_enabled (bool | Unset): Turns on emotionally expressive speech synthesis. Default: True.
            voice_stability (float | Unset): Voice stability from 0 to 1; higher values keep the voice more even. Default:
                0.7.
            voice_similarity (float | Unset): Voice similarity from 0 to 1; higher values stay nearer to the source voice.
                Default: 0.5.
            speech_speed (float | Unset): Speaking-rate multiplier, between 0.7 and 1.2. Default: 1.0.
            llm_temperature (float | Unset): Sampling temperature of the language model from 0 to 1; lower is more
                predictable. Default: 0.1.
            synthesizer_provider_id (int | Unset): Text-to-speech provider override (ids from the vendor's Get Synthesizer
                Providers endpoint). When omitted the server picks one for the language.
            transcriber_provider_id (int | Unset): Speech-to-text provider override (ids from the vendor's Get Transcriber
                Providers endpoint). When omitted the server picks one for the language. Accepted in pipeline mode only.
            allow_interruptions (bool | Unset): Lets the caller talk over the assistant. Always on (cannot be false) in
                multimodal and dualplex modes. Default: True.
            fillers (bool | Unset): Plays short filler phrases ("um", "let me check") while a reply is being prepared.
                Pipeline mode only: it cannot be true in the other modes. Default: False.
            filler_config (FillerConfig | Unset): Custom filler phrases per category, each a list of short phrases. When
                omitted the server uses defaults for the assistant's language.
            record (bool | Unset): Records the call audio. Default: False.
            enable_noise_cancellation (bool | Unset): Filters background noise from the caller's audio. Default: True.
            wait_for_customer (bool | Unset): When true, the caller speaks first and the assistant waits. Default: False.
            max_duration (int | Unset): Longest allowed call, in seconds (20 to 1200). Default: 600.
            max_silence_duration (int | Unset): Seconds of silence after which the assistant tries to re-engage the caller
                (1 to 360). Default: 40.
            max_initial_silence_duration (int | Unset): Optional. Seconds of silence at the start of the call after which
                the call is ended (1 to 120).
            ringing_time (int | Unset): Seconds to let the phone ring before giving up (1 to 60). Default: 30.
            reengagement_interval (int | Unset): Seconds between re-engagement attempts (7 to 600). Default: 30.
            reengagement_prompt (str | Unset): Custom instruction for the re-engagement messages, at most 1000 characters.
            end_call_on_voicemail (bool | Unset): Hangs up when an answering machine is detected. Default: True.
            voice_mail_message (str | Unset): Message left on an answering machine before hanging up, at most 1000
                characters.
            endpoint_type (EndpointType | Unset): End-of-speech detection method, voice activity detection (`vad`) or AI-
                based (`ai`). Default: EndpointType.VAD.
            endpoint_sensitivity (float | Unset): Sensitivity of end-of-speech detection, from 0 to 5. Default: 0.5.
            interrupt_sensitivity (float | Unset): Sensitivity to caller interruptions, from 0 to 5. Default: 0.5.
            min_interrupt_words (int | Unset): Number of words (0 to 10) the caller must say before an interruption counts.
                Leaving it out keeps the feature off; setting it turns it on.
            ambient_sound (AmbientSound | Unset): Background sound played during the call.
            ambient_sound_volume (float | Unset): Volume of the background sound, from 0 to 1. Default: 0.5.
            is_webhook_active (bool | Unset): Sends post-call notifications to `webhook_url`. When true, `webhook_url` is
                required. Default: False.
            webhook_url (str | Unset): Address that receives the post-call notifications. Required when `is_webhook_active`
                is true.
            send_webhook_only_on_completed (bool | Unset): Limits webhooks to completed calls (no failed or unanswered
                calls). Default: True.
            include_recording_in_webhook (bool | Unset): Adds the recording URL to the webhook payload. Default: True.
            post_call_evaluation (bool | Unset): Runs an AI evaluation of the call after it ends. Default: True.
            post_call_schema (list[PostCallSchemaField] | Unset): Fields to extract from the conversation once the call is
                over.
            variables (AssistantVariables | Unset): Custom key/value pairs that prompts can reference as
                `{{variable_name}}`. Keys are free-form, so the map stays open.
            conversation_inactivity_timeout (int | Unset): Minutes without chat activity after which a conversation is
                treated as ended (1 to 1440). Default: 30.
            conversation_ended_retrigger (bool | Unset): Allows a conversation that ended through inactivity to be started
                again. Default: False.
            conversation_ended_webhook_url (str | Unset): Address called when a chat conversation ends through inactivity;
                independent of the call webhook `webhook_url`.
    """

    name: str
    voice_id: int
    language_id: int
    type_: AssistantType
    mode: EngineMode
    timezone: str
    initial_message: str
    system_prompt: str
    llm_model_id: int | Unset = UNSET
    multimodal_model_id: int | Unset = UNSET
    chat_llm_fallback_id: int | Unset = UNSET
    turn_detection_threshold: float | Unset = UNSET
    secondary_language_ids: list[int] | Unset = UNSET
    knowledgebase_id: int | Unset = UNSET
    knowledgebase_mode: KnowledgebaseMode | Unset = UNSET
    phone_number_id: int | Unset = UNSET
    tool_ids: list[int] | Unset = UNSET
    tools: (
        list[CallTransferTool | CollectKeypadTool | EndCallTool | WarmCallTransferTool]
        | Unset
    ) = UNSET
    tts_emotion_enabled: bool | Unset = UNSET
    voice_stability: float | Unset = UNSET
    voice_similarity: float | Unset = UNSET
    speech_speed: float | Unset = UNSET
    llm_temperature: float | Unset = UNSET
    synthesizer_provider_id: int | Unset = UNSET
    transcriber_provider_id: int | Unset = UNSET
    allow_interruptions: bool | Unset = UNSET
    fillers: bool | Unset = UNSET
    filler_config: FillerConfig | Unset = UNSET
    record: bool | Unset = UNSET
    enable_noise_cancellation: bool | Unset = UNSET
    wait_for_customer: bool | Unset = UNSET
    max_duration: int | Unset = UNSET
    max_silence_duration: int | Unset = UNSET
    max_initial_silence_duration: int | Unset = UNSET
    ringing_time: int | Unset = UNSET
    reengagement_interval: int | Unset = UNSET
    reengagement_prompt: str | Unset = UNSET
    end_call_on_voicemail: bool | Unset = UNSET
    voice_mail_message: str | Unset = UNSET
    endpoint_type: EndpointType | Unset = UNSET
    endpoint_sensitivity: float | Unset = UNSET
    interrupt_sensitivity: float | Unset = UNSET
    min_interrupt_words: int | Unset = UNSET
    ambient_sound: AmbientSound | Unset = UNSET
    ambient_sound_volume: float | Unset = UNSET
    is_webhook_active: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    send_webhook_only_on_completed: bool | Unset = UNSET
    include_recording_in_webhook: bool | Unset = UNSET
    post_call_evaluation: bool | Unset = UNSET
    post_call_schema: list[PostCallSchemaField] | Unset = UNSET
    variables: AssistantVariables | Unset = UNSET
    conversation_inactivity_timeout: int | Unset = UNSET
    conversation_ended_retrigger: bool | Unset = UNSET
    conversation_ended_webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_transfer_tool import CallTransferTool
        from ..models.collect_keypad_tool import CollectKeypadTool
        from ..models.warm_call_transfer_tool import WarmCallTransferTool

        name = self.name

        voice_id = self.voice_id

        language_id = self.language_id

        type_ = self.type_.value

        mode = self.mode.value

        timezone = self.timezone

        initial_message = self.initial_message

        system_prompt = self.system_prompt

        llm_model_id = self.llm_model_id

        multimodal_model_id = self.multimodal_model_id

        chat_llm_fallback_id = self.chat_llm_fallback_id

        turn_detection_threshold = self.turn_detection_threshold

        secondary_language_ids: list[int] | Unset = UNSET
        if not isinstance(self.secondary_language_ids, Unset):
            secondary_language_ids = self.secondary_language_ids

        knowledgebase_id = self.knowledgebase_id

        knowledgebase_mode: str | Unset = UNSET
        if not isinstance(self.knowledgebase_mode, Unset):
            knowledgebase_mode = self.knowledgebase_mode.value

        phone_number_id = self.phone_number_id

        tool_ids: list[int] | Unset = UNSET
        if not isinstance(self.tool_ids, Unset):
            tool_ids = self.tool_ids

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, CallTransferTool)
                    or isinstance(tools_item_data, WarmCallTransferTool)
                    or isinstance(tools_item_data, CollectKeypadTool)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tts_emotion_enabled = self.tts_emotion_enabled

        voice_stability = self.voice_stability

        voice_similarity = self.voice_similarity

        speech_speed = self.speech_speed

        llm_temperature = self.llm_temperature

        synthesizer_provider_id = self.synthesizer_provider_id

        transcriber_provider_id = self.transcriber_provider_id

        allow_interruptions = self.allow_interruptions

        fillers = self.fillers

        filler_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filler_config, Unset):
            filler_config = self.filler_config.to_dict()

        record = self.record

        enable_noise_cancellation = self.enable_noise_cancellation

        wait_for_customer = self.wait_for_customer

        max_duration = self.max_duration

        max_silence_duration = self.max_silence_duration

        max_initial_silence_duration = self.max_initial_silence_duration

        ringing_time = self.ringing_time

        reengagement_interval = self.reengagement_interval

        reengagement_prompt = self.reengagement_prompt

        end_call_on_voicemail = self.end_call_on_voicemail

        voice_mail_message = self.voice_mail_message

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        endpoint_sensitivity = self.endpoint_sensitivity

        interrupt_sensitivity = self.interrupt_sensitivity

        min_interrupt_words = self.min_interrupt_words

        ambient_sound: str | Unset = UNSET
        if not isinstance(self.ambient_sound, Unset):
            ambient_sound = self.ambient_sound.value

        ambient_sound_volume = self.ambient_sound_volume

        is_webhook_active = self.is_webhook_active

        webhook_url = self.webhook_url

        send_webhook_only_on_completed = self.send_webhook_only_on_completed

        include_recording_in_webhook = self.include_recording_in_webhook

        post_call_evaluation = self.post_call_evaluation

        post_call_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_call_schema, Unset):
            post_call_schema = []
            for post_call_schema_item_data in self.post_call_schema:
                post_call_schema_item = post_call_schema_item_data.to_dict()
                post_call_schema.append(post_call_schema_item)

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        conversation_inactivity_timeout = self.conversation_inactivity_timeout

        conversation_ended_retrigger = self.conversation_ended_retrigger

        conversation_ended_webhook_url = self.conversation_ended_webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice_id": voice_id,
                "language_id": language_id,
                "type": type_,
                "mode": mode,
                "timezone": timezone,
                "initial_message": initial_message,
                "system_prompt": system_prompt,
            }
        )
        if llm_model_id is not UNSET:
            field_dict["llm_model_id"] = llm_model_id
        if multimodal_model_id is not UNSET:
            field_dict["multimodal_model_id"] = multimodal_model_id
        if chat_llm_fallback_id is not UNSET:
            field_dict["chat_llm_fallback_id"] = chat_llm_fallback_id
        if turn_detection_threshold is not UNSET:
            field_dict["turn_detection_threshold"] = turn_detection_threshold
        if secondary_language_ids is not UNSET:
            field_dict["secondary_language_ids"] = secondary_language_ids
        if knowledgebase_id is not UNSET:
            field_dict["knowledgebase_id"] = knowledgebase_id
        if knowledgebase_mode is not UNSET:
            field_dict["knowledgebase_mode"] = knowledgebase_mode
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tts_emotion_enabled is not UNSET:
            field_dict["tts_emotion_enabled"] = tts_emotion_enabled
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_similarity is not UNSET:
            field_dict["voice_similarity"] = voice_similarity
        if speech_speed is not UNSET:
            field_dict["speech_speed"] = speech_speed
        if llm_temperature is not UNSET:
            field_dict["llm_temperature"] = llm_temperature
        if synthesizer_provider_id is not UNSET:
            field_dict["synthesizer_provider_id"] = synthesizer_provider_id
        if transcriber_provider_id is not UNSET:
            field_dict["transcriber_provider_id"] = transcriber_provider_id
        if allow_interruptions is not UNSET:
            field_dict["allow_interruptions"] = allow_interruptions
        if fillers is not UNSET:
            field_dict["fillers"] = fillers
        if filler_config is not UNSET:
            field_dict["filler_config"] = filler_config
        if record is not UNSET:
            field_dict["record"] = record
        if enable_noise_cancellation is not UNSET:
            field_dict["enable_noise_cancellation"] = enable_noise_cancellation
        if wait_for_customer is not UNSET:
            field_dict["wait_for_customer"] = wait_for_customer
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if max_silence_duration is not UNSET:
            field_dict["max_silence_duration"] = max_silence_duration
        if max_initial_silence_duration is not UNSET:
            field_dict["max_initial_silence_duration"] = max_initial_silence_duration
        if ringing_time is not UNSET:
            field_dict["ringing_time"] = ringing_time
        if reengagement_interval is not UNSET:
            field_dict["reengagement_interval"] = reengagement_interval
        if reengagement_prompt is not UNSET:
            field_dict["reengagement_prompt"] = reengagement_prompt
        if end_call_on_voicemail is not UNSET:
            field_dict["end_call_on_voicemail"] = end_call_on_voicemail
        if voice_mail_message is not UNSET:
            field_dict["voice_mail_message"] = voice_mail_message
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if endpoint_sensitivity is not UNSET:
            field_dict["endpoint_sensitivity"] = endpoint_sensitivity
        if interrupt_sensitivity is not UNSET:
            field_dict["interrupt_sensitivity"] = interrupt_sensitivity
        if min_interrupt_words is not UNSET:
            field_dict["min_interrupt_words"] = min_interrupt_words
        if ambient_sound is not UNSET:
            field_dict["ambient_sound"] = ambient_sound
        if ambient_sound_volume is not UNSET:
            field_dict["ambient_sound_volume"] = ambient_sound_volume
        if is_webhook_active is not UNSET:
            field_dict["is_webhook_active"] = is_webhook_active
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if send_webhook_only_on_completed is not UNSET:
            field_dict["send_webhook_only_on_completed"] = (
                send_webhook_only_on_completed
            )
        if include_recording_in_webhook is not UNSET:
            field_dict["include_recording_in_webhook"] = include_recording_in_webhook
        if post_call_evaluation is not UNSET:
            field_dict["post_call_evaluation"] = post_call_evaluation
        if post_call_schema is not UNSET:
            field_dict["post_call_schema"] = post_call_schema
        if variables is not UNSET:
            field_dict["variables"] = variables
        if conversation_inactivity_timeout is not UNSET:
            field_dict["conversation_inactivity_timeout"] = (
                conversation_inactivity_timeout
            )
        if conversation_ended_retrigger is not UNSET:
            field_dict["conversation_ended_retrigger"] = conversation_ended_retrigger
        if conversation_ended_webhook_url is not UNSET:
            field_dict["conversation_ended_webhook_url"] = (
                conversation_ended_webhook_url
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_variables import AssistantVariables
        from ..models.call_transfer_tool import CallTransferTool
        from ..models.collect_keypad_tool import CollectKeypadTool
        from ..models.end_call_tool import EndCallTool
        from ..models.filler_config import FillerConfig
        from ..models.post_call_schema_field import PostCallSchemaField
        from ..models.warm_call_transfer_tool import WarmCallTransferTool

        d = dict(src_dict)
        name = d.pop("name")

        voice_id = d.pop("voice_id")

        language_id = d.pop("language_id")

        type_ = AssistantType(d.pop("type"))

        mode = EngineMode(d.pop("mode"))

        timezone = d.pop("timezone")

        initial_message = d.pop("initial_message")

        system_prompt = d.pop("system_prompt")

        llm_model_id = d.pop("llm_model_id", UNSET)

        multimodal_model_id = d.pop("multimodal_model_id", UNSET)

        chat_llm_fallback_id = d.pop("chat_llm_fallback_id", UNSET)

        turn_detection_threshold = d.pop("turn_detection_threshold", UNSET)

        secondary_language_ids = cast(list[int], d.pop("secondary_language_ids", UNSET))

        knowledgebase_id = d.pop("knowledgebase_id", UNSET)

        _knowledgebase_mode = d.pop("knowledgebase_mode", UNSET)
        knowledgebase_mode: KnowledgebaseMode | Unset
        if isinstance(_knowledgebase_mode, Unset):
            knowledgebase_mode = UNSET
        else:
            knowledgebase_mode = KnowledgebaseMode(_knowledgebase_mode)

        phone_number_id = d.pop("phone_number_id", UNSET)

        tool_ids = cast(list[int], d.pop("tool_ids", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                CallTransferTool
                | CollectKeypadTool
                | EndCallTool
                | WarmCallTransferTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    CallTransferTool
                    | CollectKeypadTool
                    | EndCallTool
                    | WarmCallTransferTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_built_in_tool_type_0 = (
                            CallTransferTool.from_dict(data)
                        )

                        return componentsschemas_built_in_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_built_in_tool_type_1 = (
                            WarmCallTransferTool.from_dict(data)
                        )

                        return componentsschemas_built_in_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_built_in_tool_type_2 = (
                            CollectKeypadTool.from_dict(data)
                        )

                        return componentsschemas_built_in_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_built_in_tool_type_3 = EndCallTool.from_dict(data)

                    return componentsschemas_built_in_tool_type_3

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        tts_emotion_enabled = d.pop("tts_emotion_enabled", UNSET)

        voice_stability = d.pop("voice_stability", UNSET)

        voice_similarity = d.pop("voice_similarity", UNSET)

        speech_speed = d.pop("speech_speed", UNSET)

        llm_temperature = d.pop("llm_temperature", UNSET)

        synthesizer_provider_id = d.pop("synthesizer_provider_id", UNSET)

        transcriber_provider_id = d.pop("transcriber_provider_id", UNSET)

        allow_interruptions = d.pop("allow_interruptions", UNSET)

        fillers = d.pop("fillers", UNSET)

        _filler_config = d.pop("filler_config", UNSET)
        filler_config: FillerConfig | Unset
        if isinstance(_filler_config, Unset):
            filler_config = UNSET
        else:
            filler_config = FillerConfig.from_dict(_filler_config)

        record = d.pop("record", UNSET)

        enable_noise_cancellation = d.pop("enable_noise_cancellation", UNSET)

        wait_for_customer = d.pop("wait_for_customer", UNSET)

        max_duration = d.pop("max_duration", UNSET)

        max_silence_duration = d.pop("max_silence_duration", UNSET)

        max_initial_silence_duration = d.pop("max_initial_silence_duration", UNSET)

        ringing_time = d.pop("ringing_time", UNSET)

        reengagement_interval = d.pop("reengagement_interval", UNSET)

        reengagement_prompt = d.pop("reengagement_prompt", UNSET)

        end_call_on_voicemail = d.pop("end_call_on_voicemail", UNSET)

        voice_mail_message = d.pop("voice_mail_message", UNSET)

        _endpoint_type = d.pop("endpoint_type", UNSET)
        endpoint_type: EndpointType | Unset
        if isinstance(_endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = EndpointType(_endpoint_type)

        endpoint_sensitivity = d.pop("endpoint_sensitivity", UNSET)

        interrupt_sensitivity = d.pop("interrupt_sensitivity", UNSET)

        min_interrupt_words = d.pop("min_interrupt_words", UNSET)

        _ambient_sound = d.pop("ambient_sound", UNSET)
        ambient_sound: AmbientSound | Unset
        if isinstance(_ambient_sound, Unset):
            ambient_sound = UNSET
        else:
            ambient_sound = AmbientSound(_ambient_sound)

        ambient_sound_volume = d.pop("ambient_sound_volume", UNSET)

        is_webhook_active = d.pop("is_webhook_active", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        send_webhook_only_on_completed = d.pop("send_webhook_only_on_completed", UNSET)

        include_recording_in_webhook = d.pop("include_recording_in_webhook", UNSET)

        post_call_evaluation = d.pop("post_call_evaluation", UNSET)

        _post_call_schema = d.pop("post_call_schema", UNSET)
        post_call_schema: list[PostCallSchemaField] | Unset = UNSET
        if _post_call_schema is not UNSET:
            post_call_schema = []
            for post_call_schema_item_data in _post_call_schema:
                post_call_schema_item = PostCallSchemaField.from_dict(
                    post_call_schema_item_data
                )

                post_call_schema.append(post_call_schema_item)

        _variables = d.pop("variables", UNSET)
        variables: AssistantVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = AssistantVariables.from_dict(_variables)

        conversation_inactivity_timeout = d.pop(
            "conversation_inactivity_timeout", UNSET
        )

        conversation_ended_retrigger = d.pop("conversation_ended_retrigger", UNSET)

        conversation_ended_webhook_url = d.pop("conversation_ended_webhook_url", UNSET)

        create_assistant_request = cls(
            name=name,
            voice_id=voice_id,
            language_id=language_id,
            type_=type_,
            mode=mode,
            timezone=timezone,
            initial_message=initial_message,
            system_prompt=system_prompt,
            llm_model_id=llm_model_id,
            multimodal_model_id=multimodal_model_id,
            chat_llm_fallback_id=chat_llm_fallback_id,
            turn_detection_threshold=turn_detection_threshold,
            secondary_language_ids=secondary_language_ids,
            knowledgebase_id=knowledgebase_id,
            knowledgebase_mode=knowledgebase_mode,
            phone_number_id=phone_number_id,
            tool_ids=tool_ids,
            tools=tools,
            tts_emotion_enabled=tts_emotion_enabled,
            voice_stability=voice_stability,
            voice_similarity=voice_similarity,
            speech_speed=speech_speed,
            llm_temperature=llm_temperature,
            synthesizer_provider_id=synthesizer_provider_id,
            transcriber_provider_id=transcriber_provider_id,
            allow_interruptions=allow_interruptions,
            fillers=fillers,
            filler_config=filler_config,
            record=record,
            enable_noise_cancellation=enable_noise_cancellation,
            wait_for_customer=wait_for_customer,
            max_duration=max_duration,
            max_silence_duration=max_silence_duration,
            max_initial_silence_duration=max_initial_silence_duration,
            ringing_time=ringing_time,
            reengagement_interval=reengagement_interval,
            reengagement_prompt=reengagement_prompt,
            end_call_on_voicemail=end_call_on_voicemail,
            voice_mail_message=voice_mail_message,
            endpoint_type=endpoint_type,
            endpoint_sensitivity=endpoint_sensitivity,
            interrupt_sensitivity=interrupt_sensitivity,
            min_interrupt_words=min_interrupt_words,
            ambient_sound=ambient_sound,
            ambient_sound_volume=ambient_sound_volume,
            is_webhook_active=is_webhook_active,
            webhook_url=webhook_url,
            send_webhook_only_on_completed=send_webhook_only_on_completed,
            include_recording_in_webhook=include_recording_in_webhook,
            post_call_evaluation=post_call_evaluation,
            post_call_schema=post_call_schema,
            variables=variables,
            conversation_inactivity_timeout=conversation_inactivity_timeout,
            conversation_ended_retrigger=conversation_ended_retrigger,
            conversation_ended_webhook_url=conversation_ended_webhook_url,
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
