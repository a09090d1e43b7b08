from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_direction import AssistantDirection
from ..models.assistant_status import AssistantStatus
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_post_call_field import AssistantPostCallField
    from ..models.assistant_tool import AssistantTool
    from ..models.assistant_variable_map import AssistantVariableMap


T = TypeVar("T", bound="Assistant")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Assistant(AnswerModel):
    """One assistant as the list returns it: the stored record, whose fields differ from the create body (internal
    `engine_id`, `synthesizer_id` and `transcriber_id` references, `fillers` as 0/1, `language` as a string, tools as
    `{type, data}` objects). Only the fields the vendor page lists or shows are modelled; any other key (`mode`,
    `language_id`, ... if sent) is kept as it comes.

        Attributes:
            id (int | Unset): Identifier of the assistant.
            user_id (int | Unset): Account that owns the assistant.
            phone_number_id (int | None | Unset): Phone number assigned to the assistant, `null` when none is.
            engine_id (int | None | Unset): Internal engine reference of the assistant (the page gives no further meaning).
            synthesizer_id (int | None | Unset): Internal text-to-speech reference (the page gives no further meaning).
            transcriber_id (int | None | Unset): Internal speech-to-text reference (the page gives no further meaning).
            voice_id (int | Unset): Voice the assistant speaks with.
            instance_id (int | Unset): Instance the assistant runs on.
            name (str | Unset): Name of the assistant.
            variables (AssistantVariableMap | Unset): Custom variables of the assistant, as free-form key/value pairs.
            post_call_evaluation (bool | Unset): Whether calls are evaluated after they end.
            fillers (int | Unset): Filler phrases on (1) or off (0), as a number rather than a boolean.
            post_call_schema (list[AssistantPostCallField] | Unset): Fields extracted from each conversation after the call.
            tools (list[AssistantTool] | Unset): Tools of the assistant, each a type tag with its settings under `data`.
            is_webhook_active (bool | Unset): Whether post-call notifications are sent.
            webhook_url (None | str | Unset): Address of the post-call notifications.
            inbound_webhook_url (None | str | Unset): Address notified about inbound calls.
            language (None | str | Unset): Language of the assistant as a name (`null` in the vendor's example).
            type_ (AssistantDirection | str | Unset): Call direction (inbound or outbound); open to values added later.
            status (AssistantStatus | str | Unset): Whether the assistant is active or inactive; open to values added later.
            max_duration (int | Unset): Longest allowed call, in seconds.
            record (bool | Unset): Whether calls are recorded.
            initial_message (str | Unset): Opening sentence of the assistant.
            system_prompt (str | Unset): Instructions that drive the assistant.
            flows_platform_id (int | None | Unset): Reference to a flows-platform integration, `null` when there is none.
            timezone (str | Unset): IANA time zone of the assistant.
            created_at (str | Unset): When the assistant was created (ISO 8601 with microseconds, UTC).
            updated_at (str | Unset): When the assistant was last changed.
            max_silence_duration (int | Unset): Seconds of silence before re-engagement (shown in the vendor's example).
            reengagement_interval (int | Unset): Seconds between re-engagement attempts (shown in the vendor's example).
            deleted_at (None | str | Unset): Soft-delete time; `null` for a live assistant (shown in the vendor's example).
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    phone_number_id: int | None | Unset = UNSET
    engine_id: int | None | Unset = UNSET
    synthesizer_id: int | None | Unset = UNSET
    transcriber_id: int | None | Unset = UNSET
    voice_id: int | Unset = UNSET
    instance_id: int | Unset = UNSET
    name: str | Unset = UNSET
    variables: AssistantVariableMap | Unset = UNSET
    post_call_evaluation: bool | Unset = UNSET
    fillers: int | Unset = UNSET
    post_call_schema: list[AssistantPostCallField] | Unset = UNSET
    tools: list[AssistantTool] | Unset = UNSET
    is_webhook_active: bool | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    inbound_webhook_url: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    type_: AssistantDirection | str | Unset = UNSET
    status: AssistantStatus | str | Unset = UNSET
    max_duration: int | Unset = UNSET
    record: bool | Unset = UNSET
    initial_message: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    flows_platform_id: int | None | Unset = UNSET
    timezone: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    max_silence_duration: int | Unset = UNSET
    reengagement_interval: int | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        phone_number_id: int | None | Unset
        if isinstance(self.phone_number_id, Unset):
            phone_number_id = UNSET
        else:
            phone_number_id = self.phone_number_id

        engine_id: int | None | Unset
        if isinstance(self.engine_id, Unset):
            engine_id = UNSET
        else:
            engine_id = self.engine_id

        synthesizer_id: int | None | Unset
        if isinstance(self.synthesizer_id, Unset):
            synthesizer_id = UNSET
        else:
            synthesizer_id = self.synthesizer_id

        transcriber_id: int | None | Unset
        if isinstance(self.transcriber_id, Unset):
            transcriber_id = UNSET
        else:
            transcriber_id = self.transcriber_id

        voice_id = self.voice_id

        instance_id = self.instance_id

        name = self.name

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        post_call_evaluation = self.post_call_evaluation

        fillers = self.fillers

        post_call_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_call_schema, Unset):
            post_call_schema = []
            for post_call_schema_item_data in self.post_call_schema:
                post_call_schema_item = post_call_schema_item_data.to_dict()
                post_call_schema.append(post_call_schema_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        is_webhook_active = self.is_webhook_active

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        inbound_webhook_url: None | str | Unset
        if isinstance(self.inbound_webhook_url, Unset):
            inbound_webhook_url = UNSET
        else:
            inbound_webhook_url = self.inbound_webhook_url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AssistantDirection):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AssistantStatus):
            status = self.status.value
        else:
            status = self.status

        max_duration = self.max_duration

        record = self.record

        initial_message = self.initial_message

        system_prompt = self.system_prompt

        flows_platform_id: int | None | Unset
        if isinstance(self.flows_platform_id, Unset):
            flows_platform_id = UNSET
        else:
            flows_platform_id = self.flows_platform_id

        timezone = self.timezone

        created_at = self.created_at

        updated_at = self.updated_at

        max_silence_duration = self.max_silence_duration

        reengagement_interval = self.reengagement_interval

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if synthesizer_id is not UNSET:
            field_dict["synthesizer_id"] = synthesizer_id
        if transcriber_id is not UNSET:
            field_dict["transcriber_id"] = transcriber_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if name is not UNSET:
            field_dict["name"] = name
        if variables is not UNSET:
            field_dict["variables"] = variables
        if post_call_evaluation is not UNSET:
            field_dict["post_call_evaluation"] = post_call_evaluation
        if fillers is not UNSET:
            field_dict["fillers"] = fillers
        if post_call_schema is not UNSET:
            field_dict["post_call_schema"] = post_call_schema
        if tools is not UNSET:
            field_dict["tools"] = tools
        if is_webhook_active is not UNSET:
            field_dict["is_webhook_active"] = is_webhook_active
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if inbound_webhook_url is not UNSET:
            field_dict["inbound_webhook_url"] = inbound_webhook_url
        if language is not UNSET:
            field_dict["language"] = language
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if record is not UNSET:
            field_dict["record"] = record
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if flows_platform_id is not UNSET:
            field_dict["flows_platform_id"] = flows_platform_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if max_silence_duration is not UNSET:
            field_dict["max_silence_duration"] = max_silence_duration
        if reengagement_interval is not UNSET:
            field_dict["reengagement_interval"] = reengagement_interval
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_post_call_field import AssistantPostCallField
        from ..models.assistant_tool import AssistantTool
        from ..models.assistant_variable_map import AssistantVariableMap

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("Assistant takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _id_raw = d.pop("id", UNSET)
        try:
            if not isinstance(_id_raw, Unset) and not (
                isinstance(_id_raw, int) and not isinstance(_id_raw, bool)
            ):
                raise TypeError()
            id = _id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            id = cast(Any, UNSET)
            kept["id"] = _id_raw
            warnings.append(describe_misfit("id", _id_raw, "int"))

        _user_id_raw = d.pop("user_id", UNSET)
        try:
            if not isinstance(_user_id_raw, Unset) and not (
                isinstance(_user_id_raw, int) and not isinstance(_user_id_raw, bool)
            ):
                raise TypeError()
            user_id = _user_id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            user_id = cast(Any, UNSET)
            kept["user_id"] = _user_id_raw
            warnings.append(describe_misfit("user_id", _user_id_raw, "int"))

        _phone_number_id_raw = d.pop("phone_number_id", UNSET)
        try:

            def _parse_phone_number_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            phone_number_id = _parse_phone_number_id(_phone_number_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            phone_number_id = cast(Any, UNSET)
            kept["phone_number_id"] = _phone_number_id_raw
            warnings.append(
                describe_misfit("phone_number_id", _phone_number_id_raw, "int | None")
            )

        _engine_id_raw = d.pop("engine_id", UNSET)
        try:

            def _parse_engine_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            engine_id = _parse_engine_id(_engine_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            engine_id = cast(Any, UNSET)
            kept["engine_id"] = _engine_id_raw
            warnings.append(describe_misfit("engine_id", _engine_id_raw, "int | None"))

        _synthesizer_id_raw = d.pop("synthesizer_id", UNSET)
        try:

            def _parse_synthesizer_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            synthesizer_id = _parse_synthesizer_id(_synthesizer_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            synthesizer_id = cast(Any, UNSET)
            kept["synthesizer_id"] = _synthesizer_id_raw
            warnings.append(
                describe_misfit("synthesizer_id", _synthesizer_id_raw, "int | None")
            )

        _transcriber_id_raw = d.pop("transcriber_id", UNSET)
        try:

            def _parse_transcriber_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            transcriber_id = _parse_transcriber_id(_transcriber_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            transcriber_id = cast(Any, UNSET)
            kept["transcriber_id"] = _transcriber_id_raw
            warnings.append(
                describe_misfit("transcriber_id", _transcriber_id_raw, "int | None")
            )

        _voice_id_raw = d.pop("voice_id", UNSET)
        try:
            if not isinstance(_voice_id_raw, Unset) and not (
                isinstance(_voice_id_raw, int) and not isinstance(_voice_id_raw, bool)
            ):
                raise TypeError()
            voice_id = _voice_id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice_id = cast(Any, UNSET)
            kept["voice_id"] = _voice_id_raw
            warnings.append(describe_misfit("voice_id", _voice_id_raw, "int"))

        _instance_id_raw = d.pop("instance_id", UNSET)
        try:
            if not isinstance(_instance_id_raw, Unset) and not (
                isinstance(_instance_id_raw, int)
                and not isinstance(_instance_id_raw, bool)
            ):
                raise TypeError()
            instance_id = _instance_id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            instance_id = cast(Any, UNSET)
            kept["instance_id"] = _instance_id_raw
            warnings.append(describe_misfit("instance_id", _instance_id_raw, "int"))

        _name_raw = d.pop("name", UNSET)
        try:
            if not isinstance(_name_raw, Unset) and not (isinstance(_name_raw, str)):
                raise TypeError()
            name = _name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            name = cast(Any, UNSET)
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "str"))

        _variables_raw = d.pop("variables", UNSET)
        try:
            _variables = _variables_raw
            variables: AssistantVariableMap | Unset
            if isinstance(_variables, Unset):
                variables = UNSET
            else:
                variables = AssistantVariableMap.from_dict(_variables)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            variables = cast(Any, UNSET)
            kept["variables"] = _variables_raw
            warnings.append(
                describe_misfit("variables", _variables_raw, "AssistantVariableMap")
            )

        _post_call_evaluation_raw = d.pop("post_call_evaluation", UNSET)
        try:
            if not isinstance(_post_call_evaluation_raw, Unset) and not (
                isinstance(_post_call_evaluation_raw, bool)
            ):
                raise TypeError()
            post_call_evaluation = _post_call_evaluation_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            post_call_evaluation = cast(Any, UNSET)
            kept["post_call_evaluation"] = _post_call_evaluation_raw
            warnings.append(
                describe_misfit(
                    "post_call_evaluation", _post_call_evaluation_raw, "bool"
                )
            )

        _fillers_raw = d.pop("fillers", UNSET)
        try:
            if not isinstance(_fillers_raw, Unset) and not (
                isinstance(_fillers_raw, int) and not isinstance(_fillers_raw, bool)
            ):
                raise TypeError()
            fillers = _fillers_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            fillers = cast(Any, UNSET)
            kept["fillers"] = _fillers_raw
            warnings.append(describe_misfit("fillers", _fillers_raw, "int"))

        _post_call_schema_raw = d.pop("post_call_schema", UNSET)
        try:
            _post_call_schema = _post_call_schema_raw
            post_call_schema: list[AssistantPostCallField] | Unset = UNSET
            if _post_call_schema is not UNSET:
                post_call_schema = []
                for post_call_schema_item_data in _post_call_schema:
                    post_call_schema_item = AssistantPostCallField.from_dict(
                        post_call_schema_item_data
                    )

                    post_call_schema.append(post_call_schema_item)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            post_call_schema = cast(Any, UNSET)
            kept["post_call_schema"] = _post_call_schema_raw
            warnings.append(
                describe_misfit(
                    "post_call_schema",
                    _post_call_schema_raw,
                    "list[AssistantPostCallField]",
                )
            )

        _tools_raw = d.pop("tools", UNSET)
        try:
            _tools = _tools_raw
            tools: list[AssistantTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = AssistantTool.from_dict(tools_item_data)

                    tools.append(tools_item)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            tools = cast(Any, UNSET)
            kept["tools"] = _tools_raw
            warnings.append(describe_misfit("tools", _tools_raw, "list[AssistantTool]"))

        _is_webhook_active_raw = d.pop("is_webhook_active", UNSET)
        try:
            if not isinstance(_is_webhook_active_raw, Unset) and not (
                isinstance(_is_webhook_active_raw, bool)
            ):
                raise TypeError()
            is_webhook_active = _is_webhook_active_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            is_webhook_active = cast(Any, UNSET)
            kept["is_webhook_active"] = _is_webhook_active_raw
            warnings.append(
                describe_misfit("is_webhook_active", _is_webhook_active_raw, "bool")
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

        _inbound_webhook_url_raw = d.pop("inbound_webhook_url", UNSET)
        try:

            def _parse_inbound_webhook_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            inbound_webhook_url = _parse_inbound_webhook_url(_inbound_webhook_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            inbound_webhook_url = cast(Any, UNSET)
            kept["inbound_webhook_url"] = _inbound_webhook_url_raw
            warnings.append(
                describe_misfit(
                    "inbound_webhook_url", _inbound_webhook_url_raw, "None | str"
                )
            )

        _language_raw = d.pop("language", UNSET)
        try:

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            language = _parse_language(_language_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            language = cast(Any, UNSET)
            kept["language"] = _language_raw
            warnings.append(describe_misfit("language", _language_raw, "None | str"))

        _type__raw = d.pop("type", UNSET)
        try:

            def _parse_type_(data: object) -> AssistantDirection | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = AssistantDirection(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantDirection | str | Unset, data)

            type_ = _parse_type_(_type__raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            type_ = cast(Any, UNSET)
            kept["type"] = _type__raw
            warnings.append(
                describe_misfit("type", _type__raw, "AssistantDirection | str")
            )

        _status_raw = d.pop("status", UNSET)
        try:

            def _parse_status(data: object) -> AssistantStatus | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = AssistantStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantStatus | str | Unset, data)

            status = _parse_status(_status_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            status = cast(Any, UNSET)
            kept["status"] = _status_raw
            warnings.append(
                describe_misfit("status", _status_raw, "AssistantStatus | str")
            )

        _max_duration_raw = d.pop("max_duration", UNSET)
        try:
            if not isinstance(_max_duration_raw, Unset) and not (
                isinstance(_max_duration_raw, int)
                and not isinstance(_max_duration_raw, bool)
            ):
                raise TypeError()
            max_duration = _max_duration_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            max_duration = cast(Any, UNSET)
            kept["max_duration"] = _max_duration_raw
            warnings.append(describe_misfit("max_duration", _max_duration_raw, "int"))

        _record_raw = d.pop("record", UNSET)
        try:
            if not isinstance(_record_raw, Unset) and not (
                isinstance(_record_raw, bool)
            ):
                raise TypeError()
            record = _record_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            record = cast(Any, UNSET)
            kept["record"] = _record_raw
            warnings.append(describe_misfit("record", _record_raw, "bool"))

        _initial_message_raw = d.pop("initial_message", UNSET)
        try:
            if not isinstance(_initial_message_raw, Unset) and not (
                isinstance(_initial_message_raw, str)
            ):
                raise TypeError()
            initial_message = _initial_message_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            initial_message = cast(Any, UNSET)
            kept["initial_message"] = _initial_message_raw
            warnings.append(
                describe_misfit("initial_message", _initial_message_raw, "str")
            )

        _system_prompt_raw = d.pop("system_prompt", UNSET)
        try:
            if not isinstance(_system_prompt_raw, Unset) and not (
                isinstance(_system_prompt_raw, str)
            ):
                raise TypeError()
            system_prompt = _system_prompt_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            system_prompt = cast(Any, UNSET)
            kept["system_prompt"] = _system_prompt_raw
            warnings.append(describe_misfit("system_prompt", _system_prompt_raw, "str"))

        _flows_platform_id_raw = d.pop("flows_platform_id", UNSET)
        try:

            def _parse_flows_platform_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            flows_platform_id = _parse_flows_platform_id(_flows_platform_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            flows_platform_id = cast(Any, UNSET)
            kept["flows_platform_id"] = _flows_platform_id_raw
            warnings.append(
                describe_misfit(
                    "flows_platform_id", _flows_platform_id_raw, "int | None"
                )
            )

        _timezone_raw = d.pop("timezone", UNSET)
        try:
            if not isinstance(_timezone_raw, Unset) and not (
                isinstance(_timezone_raw, str)
            ):
                raise TypeError()
            timezone = _timezone_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            timezone = cast(Any, UNSET)
            kept["timezone"] = _timezone_raw
            warnings.append(describe_misfit("timezone", _timezone_raw, "str"))

        _created_at_raw = d.pop("created_at", UNSET)
        try:
            if not isinstance(_created_at_raw, Unset) and not (
                isinstance(_created_at_raw, str)
            ):
                raise TypeError()
            created_at = _created_at_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            created_at = cast(Any, UNSET)
            kept["created_at"] = _created_at_raw
            warnings.append(describe_misfit("created_at", _created_at_raw, "str"))

        _updated_at_raw = d.pop("updated_at", UNSET)
        try:
            if not isinstance(_updated_at_raw, Unset) and not (
                isinstance(_updated_at_raw, str)
            ):
                raise TypeError()
            updated_at = _updated_at_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            updated_at = cast(Any, UNSET)
            kept["updated_at"] = _updated_at_raw
            warnings.append(describe_misfit("updated_at", _updated_at_raw, "str"))

        _max_silence_duration_raw = d.pop("max_silence_duration", UNSET)
        try:
            if not isinstance(_max_silence_duration_raw, Unset) and not (
                isinstance(_max_silence_duration_raw, int)
                and not isinstance(_max_silence_duration_raw, bool)
            ):
                raise TypeError()
            max_silence_duration = _max_silence_duration_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            max_silence_duration = cast(Any, UNSET)
            kept["max_silence_duration"] = _max_silence_duration_raw
            warnings.append(
                describe_misfit(
                    "max_silence_duration", _max_silence_duration_raw, "int"
                )
            )

        _reengagement_interval_raw = d.pop("reengagement_interval", UNSET)
        try:
            if not isinstance(_reengagement_interval_raw, Unset) and not (
                isinstance(_reengagement_interval_raw, int)
                and not isinstance(_reengagement_interval_raw, bool)
            ):
                raise TypeError()
            reengagement_interval = _reengagement_interval_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            reengagement_interval = cast(Any, UNSET)
            kept["reengagement_interval"] = _reengagement_interval_raw
            warnings.append(
                describe_misfit(
                    "reengagement_interval", _reengagement_interval_raw, "int"
                )
            )

        _deleted_at_raw = d.pop("deleted_at", UNSET)
        try:

            def _parse_deleted_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            deleted_at = _parse_deleted_at(_deleted_at_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            deleted_at = cast(Any, UNSET)
            kept["deleted_at"] = _deleted_at_raw
            warnings.append(
                describe_misfit("deleted_at", _deleted_at_raw, "None | str")
            )

        assistant = cls(
            id=id,
            user_id=user_id,
            phone_number_id=phone_number_id,
            engine_id=engine_id,
            synthesizer_id=synthesizer_id,
            transcriber_id=transcriber_id,
            voice_id=voice_id,
            instance_id=instance_id,
            name=name,
            variables=variables,
            post_call_evaluation=post_call_evaluation,
            fillers=fillers,
            post_call_schema=post_call_schema,
            tools=tools,
            is_webhook_active=is_webhook_active,
            webhook_url=webhook_url,
            inbound_webhook_url=inbound_webhook_url,
            language=language,
            type_=type_,
            status=status,
            max_duration=max_duration,
            record=record,
            initial_message=initial_message,
            system_prompt=system_prompt,
            flows_platform_id=flows_platform_id,
            timezone=timezone,
            created_at=created_at,
            updated_at=updated_at,
            max_silence_duration=max_silence_duration,
            reengagement_interval=reengagement_interval,
            deleted_at=deleted_at,
        )
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
