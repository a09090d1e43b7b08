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
from ..models.http_method import HttpMethod
from ..models.tool_parameter_type import ToolParameterType
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_post_session_custom_tool_headers_type_0 import (
        AssistantPostSessionCustomToolHeadersType0,
    )
    from ..models.assistant_post_session_custom_tool_query_params_type_0 import (
        AssistantPostSessionCustomToolQueryParamsType0,
    )
    from ..models.assistant_post_session_custom_tool_response_variables_type_0 import (
        AssistantPostSessionCustomToolResponseVariablesType0,
    )
    from ..models.assistant_tool_condition import AssistantToolCondition
    from ..models.assistant_tool_parameters import AssistantToolParameters


T = TypeVar("T", bound="AssistantPostSessionCustomTool")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPostSessionCustomTool(AnswerModel):
    """A tool that calls your own HTTP endpoint.

    Attributes:
        type_ (Literal['custom']): Tag of the custom-endpoint variant.
        name (str): Name of the tool, unique among all the tools the model can use at one time: letters, digits,
            underscores and dashes, at most 64 characters.
        url (str): Address of the endpoint the tool calls. (The SDK's description of this field repeats the one
            of `description`.)
        args_at_root (bool | None | Unset): Sends the arguments at the top level of the JSON body instead of under
            `args`.
        condition (AssistantToolCondition | None | Unset): Gate of a tool step; the step runs only when the condition
            holds (always, without one).
        depends_on (list[str] | None | Unset): Names of the tools that must run before this one.
        description (None | str | Unset): What the tool does and when to use it.
        enable_typing_sound (bool | None | Unset): Plays a typing sound while the tool runs, so that a slow tool does
            not leave silence.
        execution_message_description (None | str | Unset): What the agent says while the tool runs, when
            `speak_during_execution` is true: the words
            themselves or instructions and examples. Retell supplies a generic instruction when it is left
            out.
        execution_message_type (ExecutionMessageType | None | str | Unset): How that line is produced.
        headers (AssistantPostSessionCustomToolHeadersType0 | None | Unset): HTTP headers added to the request.
        max_retry (int | None | Unset): Retries after a failed attempt, from 0 (none) to 5, with exponential backoff.
            `timeout_ms`
            applies to each attempt, and only the last attempt's result reaches the agent; retry only
            idempotent endpoints, since a request may then be handled more than once.
        method (HttpMethod | None | str | Unset): HTTP method of the request.
        parameter_type (None | str | ToolParameterType | Unset): How a custom tool's `parameters` are edited in the
            dashboard: `form` (visual builder) or `json`
            (raw JSON Schema). Both give the same schema, and the request body is encoded the same way.
        parameters (AssistantToolParameters | None | Unset): Parameters of a tool as a JSON Schema object (see json-
            schema.org). Leaving them out declares a
            tool without parameters. Its boolean member `additionalProperties` is declared under
            `patternProperties`: as a property it would clash with the `additional_properties` attribute of
            the generated models, which carry it among their extra members instead.
        query_params (AssistantPostSessionCustomToolQueryParamsType0 | None | Unset): Query parameters appended to the
            address.
        response_variables (AssistantPostSessionCustomToolResponseVariablesType0 | None | Unset): Dynamic variables
            filled from the response: variable name to JSON path in the response body.
        speak_after_execution (bool | None | Unset): Whether the agent calls the model again and speaks once the result
            is in (usually wanted, so
            the user hears the outcome).
        speak_during_execution (bool | None | Unset): Whether the agent says something like "one moment, let me check"
            while the tool runs;
            advisable when it takes more than a second.
        timeout_ms (int | None | Unset): Time the request may take, in milliseconds, from 1000 (1 s) to 600000 (10 min);
            the agent is
            told when it times out.
    """

    type_: Literal["custom"]
    name: str
    url: str
    args_at_root: bool | None | Unset = UNSET
    condition: AssistantToolCondition | None | Unset = UNSET
    depends_on: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_typing_sound: bool | None | Unset = UNSET
    execution_message_description: None | str | Unset = UNSET
    execution_message_type: ExecutionMessageType | None | str | Unset = UNSET
    headers: AssistantPostSessionCustomToolHeadersType0 | None | Unset = UNSET
    max_retry: int | None | Unset = UNSET
    method: HttpMethod | None | str | Unset = UNSET
    parameter_type: None | str | ToolParameterType | Unset = UNSET
    parameters: AssistantToolParameters | None | Unset = UNSET
    query_params: AssistantPostSessionCustomToolQueryParamsType0 | None | Unset = UNSET
    response_variables: (
        AssistantPostSessionCustomToolResponseVariablesType0 | None | Unset
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
        "url": "url",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_post_session_custom_tool_headers_type_0 import (
            AssistantPostSessionCustomToolHeadersType0,
        )
        from ..models.assistant_post_session_custom_tool_query_params_type_0 import (
            AssistantPostSessionCustomToolQueryParamsType0,
        )
        from ..models.assistant_post_session_custom_tool_response_variables_type_0 import (
            AssistantPostSessionCustomToolResponseVariablesType0,
        )
        from ..models.assistant_tool_condition import AssistantToolCondition
        from ..models.assistant_tool_parameters import AssistantToolParameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "url"):  # else the answer lacked it: not invented here
            url = self.url
            field_dict["url"] = url
        args_at_root: bool | None | Unset
        if isinstance(self.args_at_root, Unset):
            args_at_root = UNSET
        else:
            args_at_root = self.args_at_root
        if args_at_root is not UNSET:
            field_dict["args_at_root"] = args_at_root
        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, AssistantToolCondition):
            condition = self.condition.to_dict()
        else:
            condition = self.condition
        if condition is not UNSET:
            field_dict["condition"] = condition
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
        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, AssistantPostSessionCustomToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers
        if headers is not UNSET:
            field_dict["headers"] = headers
        max_retry: int | None | Unset
        if isinstance(self.max_retry, Unset):
            max_retry = UNSET
        else:
            max_retry = self.max_retry
        if max_retry is not UNSET:
            field_dict["max_retry"] = max_retry
        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, HttpMethod):
            method = self.method.value
        else:
            method = self.method
        if method is not UNSET:
            field_dict["method"] = method
        parameter_type: None | str | Unset
        if isinstance(self.parameter_type, Unset):
            parameter_type = UNSET
        elif isinstance(self.parameter_type, ToolParameterType):
            parameter_type = self.parameter_type.value
        else:
            parameter_type = self.parameter_type
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, AssistantToolParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        query_params: dict[str, Any] | None | Unset
        if isinstance(self.query_params, Unset):
            query_params = UNSET
        elif isinstance(
            self.query_params, AssistantPostSessionCustomToolQueryParamsType0
        ):
            query_params = self.query_params.to_dict()
        else:
            query_params = self.query_params
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        response_variables: dict[str, Any] | None | Unset
        if isinstance(self.response_variables, Unset):
            response_variables = UNSET
        elif isinstance(
            self.response_variables,
            AssistantPostSessionCustomToolResponseVariablesType0,
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
        from ..models.assistant_post_session_custom_tool_headers_type_0 import (
            AssistantPostSessionCustomToolHeadersType0,
        )
        from ..models.assistant_post_session_custom_tool_query_params_type_0 import (
            AssistantPostSessionCustomToolQueryParamsType0,
        )
        from ..models.assistant_post_session_custom_tool_response_variables_type_0 import (
            AssistantPostSessionCustomToolResponseVariablesType0,
        )
        from ..models.assistant_tool_condition import AssistantToolCondition
        from ..models.assistant_tool_parameters import AssistantToolParameters

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPostSessionCustomTool takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name", "url"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "custom":
            raise ValueError("type is not 'custom'")
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
        _url_raw = d.pop("url", UNSET)
        if not isinstance(_url_raw, Unset):
            try:
                if not (isinstance(_url_raw, str)):
                    raise TypeError()
                url = _url_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                url = cast(Any, UNSET)
                unset.append("url")
                kept["url"] = _url_raw
                warnings.append(describe_misfit("url", _url_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            url = cast(Any, UNSET)
            unset.append("url")
        _args_at_root_raw = d.pop("args_at_root", UNSET)
        try:

            def _parse_args_at_root(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            args_at_root = _parse_args_at_root(_args_at_root_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            args_at_root = cast(Any, UNSET)
            kept["args_at_root"] = _args_at_root_raw
            warnings.append(
                describe_misfit("args_at_root", _args_at_root_raw, "bool | None")
            )

        _condition_raw = d.pop("condition", UNSET)
        try:

            def _parse_condition(data: object) -> AssistantToolCondition | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    condition_type_0 = AssistantToolCondition.from_dict(data)

                    return condition_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantToolCondition | None | Unset, data)

            condition = _parse_condition(_condition_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            condition = cast(Any, UNSET)
            kept["condition"] = _condition_raw
            warnings.append(
                describe_misfit(
                    "condition", _condition_raw, "AssistantToolCondition | None"
                )
            )

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

        _headers_raw = d.pop("headers", UNSET)
        try:

            def _parse_headers(
                data: object,
            ) -> AssistantPostSessionCustomToolHeadersType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    headers_type_0 = (
                        AssistantPostSessionCustomToolHeadersType0.from_dict(data)
                    )

                    return headers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantPostSessionCustomToolHeadersType0 | None | Unset, data
                )

            headers = _parse_headers(_headers_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            headers = cast(Any, UNSET)
            kept["headers"] = _headers_raw
            warnings.append(
                describe_misfit(
                    "headers",
                    _headers_raw,
                    "AssistantPostSessionCustomToolHeadersType0 | None",
                )
            )

        _max_retry_raw = d.pop("max_retry", UNSET)
        try:

            def _parse_max_retry(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_retry = _parse_max_retry(_max_retry_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            max_retry = cast(Any, UNSET)
            kept["max_retry"] = _max_retry_raw
            warnings.append(describe_misfit("max_retry", _max_retry_raw, "int | None"))

        _method_raw = d.pop("method", UNSET)
        try:

            def _parse_method(data: object) -> HttpMethod | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    method_type_0 = HttpMethod(data)

                    return method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | None | str | Unset, data)

            method = _parse_method(_method_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            method = cast(Any, UNSET)
            kept["method"] = _method_raw
            warnings.append(
                describe_misfit("method", _method_raw, "HttpMethod | None | str")
            )

        _parameter_type_raw = d.pop("parameter_type", UNSET)
        try:

            def _parse_parameter_type(
                data: object,
            ) -> None | str | ToolParameterType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    parameter_type_type_0 = ToolParameterType(data)

                    return parameter_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | ToolParameterType | Unset, data)

            parameter_type = _parse_parameter_type(_parameter_type_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            parameter_type = cast(Any, UNSET)
            kept["parameter_type"] = _parameter_type_raw
            warnings.append(
                describe_misfit(
                    "parameter_type",
                    _parameter_type_raw,
                    "None | str | ToolParameterType",
                )
            )

        _parameters_raw = d.pop("parameters", UNSET)
        try:

            def _parse_parameters(
                data: object,
            ) -> AssistantToolParameters | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parameters_type_0 = AssistantToolParameters.from_dict(data)

                    return parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantToolParameters | None | Unset, data)

            parameters = _parse_parameters(_parameters_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            parameters = cast(Any, UNSET)
            kept["parameters"] = _parameters_raw
            warnings.append(
                describe_misfit(
                    "parameters", _parameters_raw, "AssistantToolParameters | None"
                )
            )

        _query_params_raw = d.pop("query_params", UNSET)
        try:

            def _parse_query_params(
                data: object,
            ) -> AssistantPostSessionCustomToolQueryParamsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    query_params_type_0 = (
                        AssistantPostSessionCustomToolQueryParamsType0.from_dict(data)
                    )

                    return query_params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantPostSessionCustomToolQueryParamsType0 | None | Unset, data
                )

            query_params = _parse_query_params(_query_params_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            query_params = cast(Any, UNSET)
            kept["query_params"] = _query_params_raw
            warnings.append(
                describe_misfit(
                    "query_params",
                    _query_params_raw,
                    "AssistantPostSessionCustomToolQueryParamsType0 | None",
                )
            )

        _response_variables_raw = d.pop("response_variables", UNSET)
        try:

            def _parse_response_variables(
                data: object,
            ) -> AssistantPostSessionCustomToolResponseVariablesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_variables_type_0 = (
                        AssistantPostSessionCustomToolResponseVariablesType0.from_dict(
                            data
                        )
                    )

                    return response_variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantPostSessionCustomToolResponseVariablesType0 | None | Unset,
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
                    "AssistantPostSessionCustomToolResponseVariablesType0 | None",
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

        assistant_post_session_custom_tool = cls(
            type_=type_,
            name=name,
            url=url,
            args_at_root=args_at_root,
            condition=condition,
            depends_on=depends_on,
            description=description,
            enable_typing_sound=enable_typing_sound,
            execution_message_description=execution_message_description,
            execution_message_type=execution_message_type,
            headers=headers,
            max_retry=max_retry,
            method=method,
            parameter_type=parameter_type,
            parameters=parameters,
            query_params=query_params,
            response_variables=response_variables,
            speak_after_execution=speak_after_execution,
            speak_during_execution=speak_during_execution,
            timeout_ms=timeout_ms,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_post_session_custom_tool, _name)
        assistant_post_session_custom_tool.additional_properties = {**d, **kept}
        assistant_post_session_custom_tool.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_post_session_custom_tool

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
