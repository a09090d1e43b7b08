from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calls_direction import CallsDirection
from ..models.endpoint_type import EndpointType
from ..models.engine_type import EngineType
from ..models.who_speaks_first import WhoSpeaksFirst
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_variables import AssistantVariables
    from ..models.end_call_tool import EndCallTool
    from ..models.post_call_schema_field import PostCallSchemaField


T = TypeVar("T", bound="UpdateAssistantRequest")


@_attrs_define
class UpdateAssistantRequest:
    """Body of the update call (legacy v1 field names): the create fields, every one optional (a field left out keeps its
    stored value). `phone_number_id` and `webhook_url` also accept `null`. The create rule "`webhook_url` is required
    once `is_webhook_active` is true" cannot be checked on a partial body (the address may already be stored); what
    remains of it is that a body turning webhooks on cannot remove the address at the same time.

        Attributes:
            assistant_name (str | Unset): New display name, at most 255 characters.
            voice_id (int | Unset): Voice to speak with from now on; one of the voices the platform offers.
            language (str | Unset): Language given by its name (for example "German"), at most 100 characters.
            llm_model (str | Unset): Name of the language model, at most 100 characters.
            calls_direction (CallsDirection | Unset): Whether the assistant answers incoming calls (`receive`) or places
                outgoing calls (`make`).
            engine_type (EngineType | Unset): Engine behind the assistant: a `pipeline` of separate speech and language
                components, or a single `multimodal` speech model.
            timezone (str | Unset): IANA time zone the assistant works in.
            initial_message (str | Unset): New opening sentence of the call.
            system_prompt (str | Unset): New instructions for the assistant's role, behaviour and tone.
            phone_number_id (int | None | Unset): One of the account's phone numbers to attach; `null` unassigns the number
                the assistant has.
            endpoint_type (EndpointType | Unset): Method used to detect the end of the caller's turn: voice activity
                detection (`vad`) or an AI model (`ai`).
            endpoint_sensitivity (float | Unset): How readily the end of the caller's turn is detected, from 0 to 5.
            interrupt_sensitivity (float | Unset): How readily the caller's speech interrupts the assistant, from 0 to 5.
            ambient_sound_volume (float | Unset): Loudness of the background ambience, from 0 to 1.
            post_call_evaluation (bool | Unset): Turns the evaluation of each call after it ends on or off.
            send_webhook_only_on_completed (bool | Unset): When true, the webhook fires only for completed calls.
            include_recording_in_webhook (bool | Unset): When true, the webhook payload carries the recording URL.
            is_webhook_active (bool | Unset): Turns webhook notifications on or off.
            webhook_url (None | str | Unset): Address of the post-call notification; `null` removes the stored address.
            use_min_interrupt_words (bool | Unset): Switches the minimum-word threshold for interruptions on or off.
            min_interrupt_words (int | Unset): Words (0 to 10) the caller has to say before the assistant lets itself be
                interrupted.
            variables (AssistantVariables | Unset): Free-form custom variables of the assistant, as key-value pairs. The
                documentation does not restrict the keys or the value types.
            post_call_schema (list[PostCallSchemaField] | Unset): Fields to extract from each call once it has ended.
            end_call_tool (EndCallTool | Unset): Settings of the tool the assistant uses to hang up.
            llm_temperature (float | Unset): Sampling temperature of the language model, from 0 to 1.
            voice_stability (float | Unset): Stability of the synthesized voice, from 0 to 1.
            voice_similarity (float | Unset): Similarity of the synthesized voice, from 0 to 1.
            speech_speed (float | Unset): Speaking-rate multiplier, from 0.7 to 1.2.
            allow_interruptions (bool | Unset): Whether the caller may talk over the assistant.
            filler_audios (bool | Unset): Whether filler sounds are played while a reply is prepared.
            re_engagement_interval (int | Unset): Seconds of caller silence before the assistant tries to re-engage, from 7
                to 600.
            max_call_duration (int | Unset): Upper limit on the length of a call in seconds, from 20 to 1200.
            max_silence_duration (int | Unset): Seconds of silence the assistant tolerates, from 1 to 120.
            end_call_on_voicemail (bool | Unset): Whether the call is hung up when a voicemail box answers.
            noise_cancellation (bool | Unset): Whether background noise is filtered out of the caller's audio.
            record_call (bool | Unset): Whether the call audio is recorded.
            who_speaks_first (WhoSpeaksFirst | Unset): Which side opens the conversation once the call connects.
    """

    assistant_name: str | Unset = UNSET
    voice_id: int | Unset = UNSET
    language: str | Unset = UNSET
    llm_model: str | Unset = UNSET
    calls_direction: CallsDirection | Unset = UNSET
    engine_type: EngineType | Unset = UNSET
    timezone: str | Unset = UNSET
    initial_message: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    phone_number_id: int | None | Unset = UNSET
    endpoint_type: EndpointType | Unset = UNSET
    endpoint_sensitivity: float | Unset = UNSET
    interrupt_sensitivity: float | Unset = UNSET
    ambient_sound_volume: float | Unset = UNSET
    post_call_evaluation: bool | Unset = UNSET
    send_webhook_only_on_completed: bool | Unset = UNSET
    include_recording_in_webhook: bool | Unset = UNSET
    is_webhook_active: bool | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    use_min_interrupt_words: bool | Unset = UNSET
    min_interrupt_words: int | Unset = UNSET
    variables: AssistantVariables | Unset = UNSET
    post_call_schema: list[PostCallSchemaField] | Unset = UNSET
    end_call_tool: EndCallTool | Unset = UNSET
    llm_temperature: float | Unset = UNSET
    voice_stability: float | Unset = UNSET
    voice_similarity: float | Unset = UNSET
    speech_speed: float | Unset = UNSET
    allow_interruptions: bool | Unset = UNSET
    filler_audios: bool | Unset = UNSET
    re_engagement_interval: int | Unset = UNSET
    max_call_duration: int | Unset = UNSET
    max_silence_duration: int | Unset = UNSET
    end_call_on_voicemail: bool | Unset = UNSET
    noise_cancellation: bool | Unset = UNSET
    record_call: bool | Unset = UNSET
    who_speaks_first: WhoSpeaksFirst | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_name = self.assistant_name

        voice_id = self.voice_id

        language = self.language

        llm_model = self.llm_model

        calls_direction: str | Unset = UNSET
        if not isinstance(self.calls_direction, Unset):
            calls_direction = self.calls_direction.value

        engine_type: str | Unset = UNSET
        if not isinstance(self.engine_type, Unset):
            engine_type = self.engine_type.value

        timezone = self.timezone

        initial_message = self.initial_message

        system_prompt = self.system_prompt

        phone_number_id: int | None | Unset
        if isinstance(self.phone_number_id, Unset):
            phone_number_id = UNSET
        else:
            phone_number_id = self.phone_number_id

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        endpoint_sensitivity = self.endpoint_sensitivity

        interrupt_sensitivity = self.interrupt_sensitivity

        ambient_sound_volume = self.ambient_sound_volume

        post_call_evaluation = self.post_call_evaluation

        send_webhook_only_on_completed = self.send_webhook_only_on_completed

        include_recording_in_webhook = self.include_recording_in_webhook

        is_webhook_active = self.is_webhook_active

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        use_min_interrupt_words = self.use_min_interrupt_words

        min_interrupt_words = self.min_interrupt_words

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        post_call_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_call_schema, Unset):
            post_call_schema = []
            for post_call_schema_item_data in self.post_call_schema:
                post_call_schema_item = post_call_schema_item_data.to_dict()
                post_call_schema.append(post_call_schema_item)

        end_call_tool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_call_tool, Unset):
            end_call_tool = self.end_call_tool.to_dict()

        llm_temperature = self.llm_temperature

        voice_stability = self.voice_stability

        voice_similarity = self.voice_similarity

        speech_speed = self.speech_speed

        allow_interruptions = self.allow_interruptions

        filler_audios = self.filler_audios

        re_engagement_interval = self.re_engagement_interval

        max_call_duration = self.max_call_duration

        max_silence_duration = self.max_silence_duration

        end_call_on_voicemail = self.end_call_on_voicemail

        noise_cancellation = self.noise_cancellation

        record_call = self.record_call

        who_speaks_first: str | Unset = UNSET
        if not isinstance(self.who_speaks_first, Unset):
            who_speaks_first = self.who_speaks_first.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_name is not UNSET:
            field_dict["assistant_name"] = assistant_name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if language is not UNSET:
            field_dict["language"] = language
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if calls_direction is not UNSET:
            field_dict["calls_direction"] = calls_direction
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if endpoint_sensitivity is not UNSET:
            field_dict["endpoint_sensitivity"] = endpoint_sensitivity
        if interrupt_sensitivity is not UNSET:
            field_dict["interrupt_sensitivity"] = interrupt_sensitivity
        if ambient_sound_volume is not UNSET:
            field_dict["ambient_sound_volume"] = ambient_sound_volume
        if post_call_evaluation is not UNSET:
            field_dict["post_call_evaluation"] = post_call_evaluation
        if send_webhook_only_on_completed is not UNSET:
            field_dict["send_webhook_only_on_completed"] = (
                send_webhook_only_on_completed
            )
        if include_recording_in_webhook is not UNSET:
            field_dict["include_recording_in_webhook"] = include_recording_in_webhook
        if is_webhook_active is not UNSET:
            field_dict["is_webhook_active"] = is_webhook_active
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if use_min_interrupt_words is not UNSET:
            field_dict["use_min_interrupt_words"] = use_min_interrupt_words
        if min_interrupt_words is not UNSET:
            field_dict["min_interrupt_words"] = min_interrupt_words
        if variables is not UNSET:
            field_dict["variables"] = variables
        if post_call_schema is not UNSET:
            field_dict["post_call_schema"] = post_call_schema
        if end_call_tool is not UNSET:
            field_dict["end_call_tool"] = end_call_tool
        if llm_temperature is not UNSET:
            field_dict["llm_temperature"] = llm_temperature
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_similarity is not UNSET:
            field_dict["voice_similarity"] = voice_similarity
        if speech_speed is not UNSET:
            field_dict["speech_speed"] = speech_speed
        if allow_interruptions is not UNSET:
            field_dict["allow_interruptions"] = allow_interruptions
        if filler_audios is not UNSET:
            field_dict["filler_audios"] = filler_audios
        if re_engagement_interval is not UNSET:
            field_dict["re_engagement_interval"] = re_engagement_interval
        if max_call_duration is not UNSET:
            field_dict["max_call_duration"] = max_call_duration
        if max_silence_duration is not UNSET:
            field_dict["max_silence_duration"] = max_silence_duration
        if end_call_on_voicemail is not UNSET:
            field_dict["end_call_on_voicemail"] = end_call_on_voicemail
        if noise_cancellation is not UNSET:
            field_dict["noise_cancellation"] = noise_cancellation
        if record_call is not UNSET:
            field_dict["record_call"] = record_call
        if who_speaks_first is not UNSET:
            field_dict["who_speaks_first"] = who_speaks_first

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_variables import AssistantVariables
        from ..models.end_call_tool import EndCallTool
        from ..models.post_call_schema_field import PostCallSchemaField

        d = dict(src_dict)
        assistant_name = d.pop("assistant_name", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        language = d.pop("language", UNSET)

        llm_model = d.pop("llm_model", UNSET)

        _calls_direction = d.pop("calls_direction", UNSET)
        calls_direction: CallsDirection | Unset
        if isinstance(_calls_direction, Unset):
            calls_direction = UNSET
        else:
            calls_direction = CallsDirection(_calls_direction)

        _engine_type = d.pop("engine_type", UNSET)
        engine_type: EngineType | Unset
        if isinstance(_engine_type, Unset):
            engine_type = UNSET
        else:
            engine_type = EngineType(_engine_type)

        timezone = d.pop("timezone", UNSET)

        initial_message = d.pop("initial_message", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        def _parse_phone_number_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id", UNSET))

        _endpoint_type = d.pop("endpoint_type", UNSET)
        endpoint_type: EndpointType | Unset
        if isinstance(_endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = EndpointType(_endpoint_type)

        endpoint_sensitivity = d.pop("endpoint_sensitivity", UNSET)

        interrupt_sensitivity = d.pop("interrupt_sensitivity", UNSET)

        ambient_sound_volume = d.pop("ambient_sound_volume", UNSET)

        post_call_evaluation = d.pop("post_call_evaluation", UNSET)

        send_webhook_only_on_completed = d.pop("send_webhook_only_on_completed", UNSET)

        include_recording_in_webhook = d.pop("include_recording_in_webhook", UNSET)

        is_webhook_active = d.pop("is_webhook_active", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        use_min_interrupt_words = d.pop("use_min_interrupt_words", UNSET)

        min_interrupt_words = d.pop("min_interrupt_words", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: AssistantVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = AssistantVariables.from_dict(_variables)

        _post_call_schema = d.pop("post_call_schema", UNSET)
        post_call_schema: list[PostCallSchemaField] | Unset = UNSET
        if _post_call_schema is not UNSET:
            post_call_schema = []
            for post_call_schema_item_data in _post_call_schema:
                post_call_schema_item = PostCallSchemaField.from_dict(
                    post_call_schema_item_data
                )

                post_call_schema.append(post_call_schema_item)

        _end_call_tool = d.pop("end_call_tool", UNSET)
        end_call_tool: EndCallTool | Unset
        if isinstance(_end_call_tool, Unset):
            end_call_tool = UNSET
        else:
            end_call_tool = EndCallTool.from_dict(_end_call_tool)

        llm_temperature = d.pop("llm_temperature", UNSET)

        voice_stability = d.pop("voice_stability", UNSET)

        voice_similarity = d.pop("voice_similarity", UNSET)

        speech_speed = d.pop("speech_speed", UNSET)

        allow_interruptions = d.pop("allow_interruptions", UNSET)

        filler_audios = d.pop("filler_audios", UNSET)

        re_engagement_interval = d.pop("re_engagement_interval", UNSET)

        max_call_duration = d.pop("max_call_duration", UNSET)

        max_silence_duration = d.pop("max_silence_duration", UNSET)

        end_call_on_voicemail = d.pop("end_call_on_voicemail", UNSET)

        noise_cancellation = d.pop("noise_cancellation", UNSET)

        record_call = d.pop("record_call", UNSET)

        _who_speaks_first = d.pop("who_speaks_first", UNSET)
        who_speaks_first: WhoSpeaksFirst | Unset
        if isinstance(_who_speaks_first, Unset):
            who_speaks_first = UNSET
        else:
            who_speaks_first = WhoSpeaksFirst(_who_speaks_first)

        update_assistant_request = cls(
            assistant_name=assistant_name,
            voice_id=voice_id,
            language=language,
            llm_model=llm_model,
            calls_direction=calls_direction,
            engine_type=engine_type,
            timezone=timezone,
            initial_message=initial_message,
            system_prompt=system_prompt,
            phone_number_id=phone_number_id,
            endpoint_type=endpoint_type,
            endpoint_sensitivity=endpoint_sensitivity,
            interrupt_sensitivity=interrupt_sensitivity,
            ambient_sound_volume=ambient_sound_volume,
            post_call_evaluation=post_call_evaluation,
            send_webhook_only_on_completed=send_webhook_only_on_completed,
            include_recording_in_webhook=include_recording_in_webhook,
            is_webhook_active=is_webhook_active,
            webhook_url=webhook_url,
            use_min_interrupt_words=use_min_interrupt_words,
            min_interrupt_words=min_interrupt_words,
            variables=variables,
            post_call_schema=post_call_schema,
            end_call_tool=end_call_tool,
            llm_temperature=llm_temperature,
            voice_stability=voice_stability,
            voice_similarity=voice_similarity,
            speech_speed=speech_speed,
            allow_interruptions=allow_interruptions,
            filler_audios=filler_audios,
            re_engagement_interval=re_engagement_interval,
            max_call_duration=max_call_duration,
            max_silence_duration=max_silence_duration,
            end_call_on_voicemail=end_call_on_voicemail,
            noise_cancellation=noise_cancellation,
            record_call=record_call,
            who_speaks_first=who_speaks_first,
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
