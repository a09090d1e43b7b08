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


T = TypeVar("T", bound="UpdateAssistantRequest")


@_attrs_define
class UpdateAssistantRequest:
    """Body of the update call: the create fields, every one optional, with no defaults (a field left out keeps its stored
    value). The docs let some links be cleared with `null`. The rules of the create body that only compare fields sent
    together still hold; the rules that make a model field mandatory for a mode do not, because a partial body need not
    repeat the model and switching modes resets the mode's settings to defaults. The chat-conversation settings of the
    create body (`conversation_*`) are not listed on the update pages and are left out.

        Attributes:
            name (str | Unset): New display name, at most 255 characters.
            voice_id (int | Unset): Voice to speak with from now on (ids from the vendor's Get Voices endpoint, filtered by
                mode).
            language_id (int | Unset): Main language, as an id from the vendor's Get Languages endpoint.
            type_ (AssistantType | Unset): Call direction the assistant handles.
            mode (EngineMode | Unset): Voice engine. `pipeline` chains speech-to-text, a language model and text-to-speech;
                `multimodal` uses a real-time multimodal model; `dualplex` uses a multimodal model for the reasoning with a
                separate text-to-speech voice.
            timezone (str | Unset): IANA time zone the assistant works in.
            initial_message (str | Unset): New opening sentence, at most 200 characters.
            system_prompt (str | Unset): New instructions for the assistant's role, tone and behaviour.
            llm_model_id (int | Unset): Language model for pipeline mode (ids from the vendor's Get Models endpoint); used
                in pipeline mode only.
            multimodal_model_id (int | Unset): Real-time model for multimodal and dualplex modes (ids from the vendor's Get
                Models endpoint).
            chat_llm_fallback_id (int | None | Unset): Fallback language model for tool calls in multimodal and dualplex
                modes; `null` removes the fallback.
            turn_detection_threshold (float | None | Unset): Turn-detection sensitivity from 0 to 1 for multimodal and
                dualplex modes; `null` goes back to automatic detection.
            secondary_language_ids (list[int] | Unset): Further languages the assistant may switch to; replaces the stored
                list, `[]` removes them all.
            knowledgebase_id (int | None | Unset): Knowledge base to attach; `null` detaches the current one.
            knowledgebase_mode (KnowledgebaseMode | Unset): How the knowledge base is used. `function_call`: the model calls
                a search function (the only option in multimodal and dualplex modes). `prompt`: the knowledge is placed in the
                prompt (pipeline mode only).
            phone_number_id (int | None | Unset): Account phone number to assign; `null` unassigns the current number. For
                inbound assistants the server also rejects Caller ID numbers and numbers used by another inbound assistant.
            tool_ids (list[int] | Unset): Custom mid-call tools of the account to attach; replaces the stored list, `[]`
                removes them all.
            tools (list[CallTransferTool | CollectKeypadTool | EndCallTool | WarmCallTransferTool] | Unset): Built-in tools,
                each selected by its `type`; replaces the stored ones, `[]` removes them all.
            tts_emotion_enabled (bool | Unset): Turns emotionally expressive speech synthesis on or off.
            voice_stability (float | Unset): Voice stability from 0 to 1.
            voice_similarity (float | Unset): Voice similarity from 0 to 1.
            speech_speed (float | Unset): Speaking-rate multiplier, between 0.7 and 1.2.
            llm_temperature (float | Unset): Sampling temperature of the language model, from 0 to 1.
            synthesizer_provider_id (int | None | Unset): Text-to-speech provider override (ids from the vendor's Get
                Synthesizer Providers endpoint); `null` goes back to the language's default provider.
            transcriber_provider_id (int | None | Unset): Speech-to-text provider override, pipeline mode only (ids from the
                vendor's Get Transcriber Providers endpoint); `null` goes back to the language's default provider.
            allow_interruptions (bool | Unset): Lets the caller talk over the assistant; cannot be false in multimodal and
                dualplex modes.
            fillers (bool | Unset): Plays filler phrases while a reply is prepared; pipeline mode only.
            filler_config (FillerConfig | Unset): Custom filler phrases per category, each a list of short phrases. When
                omitted the server uses defaults for the assistant's language.
            record (bool | Unset): Records the call audio.
            enable_noise_cancellation (bool | Unset): Filters background noise from the caller's audio.
            wait_for_customer (bool | Unset): When true, the caller speaks first.
            max_duration (int | Unset): Longest allowed call in seconds (20 to 1200).
            max_silence_duration (int | Unset): Seconds of silence before the assistant tries to re-engage (1 to 360).
            max_initial_silence_duration (int | Unset): Seconds of silence at the start of the call after which it is ended
                (1 to 120).
            ringing_time (int | Unset): Seconds to let the phone ring (1 to 60).
            reengagement_interval (int | Unset): Seconds between re-engagement attempts (7 to 600).
            reengagement_prompt (str | Unset): Instruction for the re-engagement messages, at most 1000 characters.
            end_call_on_voicemail (bool | Unset): Hangs up when an answering machine is detected.
            voice_mail_message (str | Unset): Message left on an answering machine, at most 1000 characters.
            endpoint_type (EndpointType | Unset): End-of-speech detection method, voice activity detection (`vad`) or AI-
                based (`ai`).
            endpoint_sensitivity (float | Unset): Sensitivity of end-of-speech detection, from 0 to 5.
            interrupt_sensitivity (float | Unset): Sensitivity to caller interruptions, from 0 to 5.
            min_interrupt_words (int | Unset): Words (0 to 10) the caller must say before an interruption counts.
            ambient_sound (AmbientSound | Unset): Background sound played during the call.
            ambient_sound_volume (float | Unset): Volume of the background sound, from 0 to 1.
            is_webhook_active (bool | Unset): Turns the post-call notifications to `webhook_url` on or off.
            webhook_url (str | Unset): Address that receives the post-call notifications.
            send_webhook_only_on_completed (bool | Unset): Limits webhooks to completed calls.
            include_recording_in_webhook (bool | Unset): Adds the recording URL to the webhook payload.
            post_call_evaluation (bool | Unset): Runs an AI evaluation of each call after it ends.
            post_call_schema (list[PostCallSchemaField] | Unset): Fields to extract from each conversation once it is over;
                replaces the stored list.
            variables (AssistantVariables | Unset): Custom key/value pairs that prompts can reference as
                `{{variable_name}}`. Keys are free-form, so the map stays open.
    """

    name: str | Unset = UNSET
    voice_id: int | Unset = UNSET
    language_id: int | Unset = UNSET
    type_: AssistantType | Unset = UNSET
    mode: EngineMode | Unset = UNSET
    timezone: str | Unset = UNSET
    initial_message: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    llm_model_id: int | Unset = UNSET
    multimodal_model_id: int | Unset = UNSET
    chat_llm_fallback_id: int | None | Unset = UNSET
    turn_detection_threshold: float | None | Unset = UNSET
    secondary_language_ids: list[int] | Unset = UNSET
    knowledgebase_id: int | None | Unset = UNSET
    knowledgebase_mode: KnowledgebaseMode | Unset = UNSET
    phone_number_id: int | None | Unset = UNSET
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
    synthesizer_provider_id: int | None | Unset = UNSET
    transcriber_provider_id: int | None | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_transfer_tool import CallTransferTool
        from ..models.collect_keypad_tool import CollectKeypadTool
        from ..models.warm_call_transfer_tool import WarmCallTransferTool

        name = self.name

        voice_id = self.voice_id

        language_id = self.language_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        timezone = self.timezone

        initial_message = self.initial_message

        system_prompt = self.system_prompt

        llm_model_id = self.llm_model_id

        multimodal_model_id = self.multimodal_model_id

        chat_llm_fallback_id: int | None | Unset
        if isinstance(self.chat_llm_fallback_id, Unset):
            chat_llm_fallback_id = UNSET
        else:
            chat_llm_fallback_id = self.chat_llm_fallback_id

        turn_detection_threshold: float | None | Unset
        if isinstance(self.turn_detection_threshold, Unset):
            turn_detection_threshold = UNSET
        else:
            turn_detection_threshold = self.turn_detection_threshold

        secondary_language_ids: list[int] | Unset = UNSET
        if not isinstance(self.secondary_language_ids, Unset):
            secondary_language_ids = self.secondary_language_ids

        knowledgebase_id: int | None | Unset
        if isinstance(self.knowledgebase_id, Unset):
            knowledgebase_id = UNSET
        else:
            knowledgebase_id = self.knowledgebase_id

        knowledgebase_mode: str | Unset = UNSET
        if not isinstance(self.knowledgebase_mode, Unset):
            knowledgebase_mode = self.knowledgebase_mode.value

        phone_number_id: int | None | Unset
        if isinstance(self.phone_number_id, Unset):
            phone_number_id = UNSET
        else:
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

        synthesizer_provider_id: int | None | Unset
        if isinstance(self.synthesizer_provider_id, Unset):
            synthesizer_provider_id = UNSET
        else:
            synthesizer_provider_id = self.synthesizer_provider_id

        transcriber_provider_id: int | None | Unset
        if isinstance(self.transcriber_provider_id, Unset):
            transcriber_provider_id = UNSET
        else:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mode is not UNSET:
            field_dict["mode"] = mode
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
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
        name = d.pop("name", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        language_id = d.pop("language_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AssistantType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AssistantType(_type_)

        _mode = d.pop("mode", UNSET)
        mode: EngineMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = EngineMode(_mode)

        timezone = d.pop("timezone", UNSET)

        initial_message = d.pop("initial_message", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        llm_model_id = d.pop("llm_model_id", UNSET)

        multimodal_model_id = d.pop("multimodal_model_id", UNSET)

        def _parse_chat_llm_fallback_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chat_llm_fallback_id = _parse_chat_llm_fallback_id(
            d.pop("chat_llm_fallback_id", UNSET)
        )

        def _parse_turn_detection_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        turn_detection_threshold = _parse_turn_detection_threshold(
            d.pop("turn_detection_threshold", UNSET)
        )

        secondary_language_ids = cast(list[int], d.pop("secondary_language_ids", UNSET))

        def _parse_knowledgebase_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        knowledgebase_id = _parse_knowledgebase_id(d.pop("knowledgebase_id", UNSET))

        _knowledgebase_mode = d.pop("knowledgebase_mode", UNSET)
        knowledgebase_mode: KnowledgebaseMode | Unset
        if isinstance(_knowledgebase_mode, Unset):
            knowledgebase_mode = UNSET
        else:
            knowledgebase_mode = KnowledgebaseMode(_knowledgebase_mode)

        def _parse_phone_number_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id", UNSET))

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

        def _parse_synthesizer_provider_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        synthesizer_provider_id = _parse_synthesizer_provider_id(
            d.pop("synthesizer_provider_id", UNSET)
        )

        def _parse_transcriber_provider_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transcriber_provider_id = _parse_transcriber_provider_id(
            d.pop("transcriber_provider_id", UNSET)
        )

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

        update_assistant_request = cls(
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
