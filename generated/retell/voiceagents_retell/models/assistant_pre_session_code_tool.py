from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_message_type import ExecutionMessageType
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_pre_session_code_tool_response_variables_type_0 import (
        AssistantPreSessionCodeToolResponseVariablesType0,
    )


T = TypeVar("T", bound="AssistantPreSessionCodeTool")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPreSessionCodeTool(AnswerModel):
    """A tool that runs JavaScript code in Retell's sandbox.

    Attributes:
        type_ (Literal['code']): Tag of the code variant.
        name (str): Name of the tool, unique among all the tools the model can use at one time: letters, digits,
            underscores and dashes, at most 64 characters.
        code (str): JavaScript code to run.
        depends_on (list[str] | None | Unset): Names of the tools that must run before this one.
        description (None | str | Unset): What the tool does and when to use it.
        enable_typing_sound (bool | None | Unset): Plays a typing sound while the code runs.
        execution_message_description (None | str | Unset): What the agent says while the code runs, when
            `speak_during_execution` is true.
        execution_message_type (ExecutionMessageType | None | str | Unset): How that line is produced.
        response_variables (AssistantPreSessionCodeToolResponseVariablesType0 | None | Unset): Dynamic variables filled
            from the result: variable name to JSON path in the result.
        speak_after_execution (bool | None | Unset): Whether the agent calls the model again and speaks once the result
            is in.
        speak_during_execution (bool | None | Unset): Whether the agent says something like "one moment, let me check"
            while the code runs.
        timeout_ms (int | None | Unset): Time the code may run, in milliseconds.
    """

    type_: Literal["code"]
    name: str
    code: str
    depends_on: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_typing_sound: bool | None | Unset = UNSET
    execution_message_description: None | str | Unset = UNSET
    execution_message_type: ExecutionMessageType | None | str | Unset = UNSET
    response_variables: (
        AssistantPreSessionCodeToolResponseVariablesType0 | None | Unset
    ) = UNSET
    speak_after_execution: bool | None | Unset = UNSET
    speak_during_execution: bool | None | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "name": "name",
        "code": "code",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_pre_session_code_tool_response_variables_type_0 import (
            AssistantPreSessionCodeToolResponseVariablesType0,
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "code"):  # else the answer lacked it: not invented here
            code = self.code
            field_dict["code"] = code
        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
            depends_on = self.depends_on
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        enable_typing_sound: bool | None | Unset
        if isinstance(self.enable_typing_sound, Unset):
            enable_typing_sound = UNSET
        else:
            enable_typing_sound = self.enable_typing_sound
        if enable_typing_sound is not UNSET:
            field_dict["enable_typing_sound"] = enable_typing_sound
        execution_message_description: None | str | Unset
        if isinstance(self.execution_message_description, Unset):
            execution_message_description = UNSET
        else:
            execution_message_description = self.execution_message_description
        if execution_message_description is not UNSET:
            field_dict["execution_message_description"] = execution_message_description
        execution_message_type: None | str | Unset
        if isinstance(self.execution_message_type, Unset):
            execution_message_type = UNSET
        elif isinstance(self.execution_message_type, ExecutionMessageType):
            execution_message_type = self.execution_message_type.value
        else:
            execution_message_type = self.execution_message_type
        if execution_message_type is not UNSET:
            field_dict["execution_message_type"] = execution_message_type
        response_variables: dict[str, Any] | None | Unset
        if isinstance(self.response_variables, Unset):
            response_variables = UNSET
        elif isinstance(
            self.response_variables, AssistantPreSessionCodeToolResponseVariablesType0
        ):
            response_variables = self.response_variables.to_dict()
        else:
            response_variables = self.response_variables
        if response_variables is not UNSET:
            field_dict["response_variables"] = response_variables
        speak_after_execution: bool | None | Unset
        if isinstance(self.speak_after_execution, Unset):
            speak_after_execution = UNSET
        else:
            speak_after_execution = self.speak_after_execution
        if speak_after_execution is not UNSET:
            field_dict["speak_after_execution"] = speak_after_execution
        speak_during_execution: bool | None | Unset
        if isinstance(self.speak_during_execution, Unset):
            speak_during_execution = UNSET
        else:
            speak_during_execution = self.speak_during_execution
        if speak_during_execution is not UNSET:
            field_dict["speak_during_execution"] = speak_during_execution
        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_pre_session_code_tool_response_variables_type_0 import (
            AssistantPreSessionCodeToolResponseVariablesType0,
        )

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPreSessionCodeTool takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name", "code"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "code":
            raise ValueError("type is not 'code'")
        type_ = _type__raw
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
        _code_raw = d.pop("code", UNSET)
        if not isinstance(_code_raw, Unset):
            try:
                if not (isinstance(_code_raw, str)):
                    raise TypeError()
                code = _code_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                code = cast(Any, UNSET)
                unset.append("code")
                kept["code"] = _code_raw
                warnings.append(describe_misfit("code", _code_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            code = cast(Any, UNSET)
            unset.append("code")
        _depends_on_raw = d.pop("depends_on", UNSET)
        try:

            def _parse_depends_on(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    depends_on_type_0 = cast(list[str], data)

                    return depends_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            depends_on = _parse_depends_on(_depends_on_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            depends_on = cast(Any, UNSET)
            kept["depends_on"] = _depends_on_raw
            warnings.append(
                describe_misfit("depends_on", _depends_on_raw, "list[str] | None")
            )

        _description_raw = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_description_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            description = cast(Any, UNSET)
            kept["description"] = _description_raw
            warnings.append(
                describe_misfit("description", _description_raw, "None | str")
            )

        _enable_typing_sound_raw = d.pop("enable_typing_sound", UNSET)
        try:

            def _parse_enable_typing_sound(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_typing_sound = _parse_enable_typing_sound(_enable_typing_sound_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_typing_sound = cast(Any, UNSET)
            kept["enable_typing_sound"] = _enable_typing_sound_raw
            warnings.append(
                describe_misfit(
                    "enable_typing_sound", _enable_typing_sound_raw, "bool | None"
                )
            )

        _execution_message_description_raw = d.pop(
            "execution_message_description", UNSET
        )
        try:

            def _parse_execution_message_description(
                data: object,
            ) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            execution_message_description = _parse_execution_message_description(
                _execution_message_description_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            execution_message_description = cast(Any, UNSET)
            kept["execution_message_description"] = _execution_message_description_raw
            warnings.append(
                describe_misfit(
                    "execution_message_description",
                    _execution_message_description_raw,
                    "None | str",
                )
            )

        _execution_message_type_raw = d.pop("execution_message_type", UNSET)
        try:

            def _parse_execution_message_type(
                data: object,
            ) -> ExecutionMessageType | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    execution_message_type_type_0 = ExecutionMessageType(data)

                    return execution_message_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ExecutionMessageType | None | str | Unset, data)

            execution_message_type = _parse_execution_message_type(
                _execution_message_type_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            execution_message_type = cast(Any, UNSET)
            kept["execution_message_type"] = _execution_message_type_raw
            warnings.append(
                describe_misfit(
                    "execution_message_type",
                    _execution_message_type_raw,
                    "ExecutionMessageType | None | str",
                )
            )

        _response_variables_raw = d.pop("response_variables", UNSET)
        try:

            def _parse_response_variables(
                data: object,
            ) -> AssistantPreSessionCodeToolResponseVariablesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_variables_type_0 = (
                        AssistantPreSessionCodeToolResponseVariablesType0.from_dict(
                            data
                        )
                    )

                    return response_variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantPreSessionCodeToolResponseVariablesType0 | None | Unset,
                    data,
                )

            response_variables = _parse_response_variables(_response_variables_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            response_variables = cast(Any, UNSET)
            kept["response_variables"] = _response_variables_raw
            warnings.append(
                describe_misfit(
                    "response_variables",
                    _response_variables_raw,
                    "AssistantPreSessionCodeToolResponseVariablesType0 | None",
                )
            )

        _speak_after_execution_raw = d.pop("speak_after_execution", UNSET)
        try:

            def _parse_speak_after_execution(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            speak_after_execution = _parse_speak_after_execution(
                _speak_after_execution_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            speak_after_execution = cast(Any, UNSET)
            kept["speak_after_execution"] = _speak_after_execution_raw
            warnings.append(
                describe_misfit(
                    "speak_after_execution", _speak_after_execution_raw, "bool | None"
                )
            )

        _speak_during_execution_raw = d.pop("speak_during_execution", UNSET)
        try:

            def _parse_speak_during_execution(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            speak_during_execution = _parse_speak_during_execution(
                _speak_during_execution_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            speak_during_execution = cast(Any, UNSET)
            kept["speak_during_execution"] = _speak_during_execution_raw
            warnings.append(
                describe_misfit(
                    "speak_during_execution", _speak_during_execution_raw, "bool | None"
                )
            )

        _timeout_ms_raw = d.pop("timeout_ms", UNSET)
        try:

            def _parse_timeout_ms(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            timeout_ms = _parse_timeout_ms(_timeout_ms_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            timeout_ms = cast(Any, UNSET)
            kept["timeout_ms"] = _timeout_ms_raw
            warnings.append(
                describe_misfit("timeout_ms", _timeout_ms_raw, "int | None")
            )

        assistant_pre_session_code_tool = cls(
            type_=type_,
            name=name,
            code=code,
            depends_on=depends_on,
            description=description,
            enable_typing_sound=enable_typing_sound,
            execution_message_description=execution_message_description,
            execution_message_type=execution_message_type,
            response_variables=response_variables,
            speak_after_execution=speak_after_execution,
            speak_during_execution=speak_during_execution,
            timeout_ms=timeout_ms,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_pre_session_code_tool, _name)
        assistant_pre_session_code_tool.additional_properties = {**d, **kept}
        assistant_pre_session_code_tool.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_pre_session_code_tool

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
