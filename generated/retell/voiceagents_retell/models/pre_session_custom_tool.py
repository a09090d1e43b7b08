from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_session_custom_tool_headers import PreSessionCustomToolHeaders
    from ..models.pre_session_custom_tool_query_params import (
        PreSessionCustomToolQueryParams,
    )
    from ..models.pre_session_custom_tool_response_variables import (
        PreSessionCustomToolResponseVariables,
    )
    from ..models.tool_parameters import ToolParameters


T = TypeVar("T", bound="PreSessionCustomTool")


@_attrs_define
class PreSessionCustomTool:
    """A tool that calls your own HTTP endpoint.

    Attributes:
        type_ (Literal['custom']): Tag of the custom-endpoint variant.
        name (str): Name of the tool, unique among all the tools the model can use at one time: letters, digits,
            underscores and dashes, at most 64 characters.
        url (str): Address of the endpoint the tool calls. (The SDK's description of this field repeats the one
            of `description`.)
        args_at_root (bool | Unset): Sends the arguments at the top level of the JSON body instead of under `args`.
        depends_on (list[str] | Unset): Names of the tools that must run before this one.
        description (str | Unset): What the tool does and when to use it.
        enable_typing_sound (bool | Unset): Plays a typing sound while the tool runs, so that a slow tool does not leave
            silence.
        execution_message_description (str | Unset): What the agent says while the tool runs, when
            `speak_during_execution` is true: the words
            themselves or instructions and examples. Retell supplies a generic instruction when it is left
            out.
        execution_message_type (ExecutionMessageType | Unset): How the line spoken while a tool runs is produced:
            `prompt` makes the agent write it from
            `execution_message_description`, `static_text` speaks that text as it is.
        headers (PreSessionCustomToolHeaders | Unset): HTTP headers added to the request.
        max_retry (int | Unset): Retries after a failed attempt, from 0 (none) to 5, with exponential backoff.
            `timeout_ms`
            applies to each attempt, and only the last attempt's result reaches the agent; retry only
            idempotent endpoints, since a request may then be handled more than once.
             Default: 0.
        method (HttpMethod | Unset): HTTP method a custom tool calls its endpoint with.
        parameter_type (ToolParameterType | Unset): How a custom tool's `parameters` are edited in the dashboard: `form`
            (visual builder) or `json`
            (raw JSON Schema). Both give the same schema, and the request body is encoded the same way.
        parameters (ToolParameters | Unset): Parameters of a tool as a JSON Schema object (see json-schema.org). Leaving
            them out declares a
            tool without parameters. Its boolean member `additionalProperties` is declared under
            `patternProperties`: as a property it would clash with the `additional_properties` attribute of
            the generated models, which carry it among their extra members instead.
        query_params (PreSessionCustomToolQueryParams | Unset): Query parameters appended to the address.
        response_variables (PreSessionCustomToolResponseVariables | Unset): Dynamic variables filled from the response:
            variable name to JSON path in the response body.
        speak_after_execution (bool | Unset): Whether the agent calls the model again and speaks once the result is in
            (usually wanted, so
            the user hears the outcome).
        speak_during_execution (bool | Unset): Whether the agent says something like "one moment, let me check" while
            the tool runs;
            advisable when it takes more than a second.
        timeout_ms (int | Unset): Time the request may take, in milliseconds, from 1000 (1 s) to 600000 (10 min); the
            agent is
            told when it times out.
             Default: 120000.
    """

    type_: Literal["custom"]
    name: str
    url: str
    args_at_root: bool | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    enable_typing_sound: bool | Unset = UNSET
    execution_message_description: str | Unset = UNSET
    execution_message_type: ExecutionMessageType | Unset = UNSET
    headers: PreSessionCustomToolHeaders | Unset = UNSET
    max_retry: int | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    parameter_type: ToolParameterType | Unset = UNSET
    parameters: ToolParameters | Unset = UNSET
    query_params: PreSessionCustomToolQueryParams | Unset = UNSET
    response_variables: PreSessionCustomToolResponseVariables | Unset = UNSET
    speak_after_execution: bool | Unset = UNSET
    speak_during_execution: bool | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        url = self.url

        args_at_root = self.args_at_root

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        description = self.description

        enable_typing_sound = self.enable_typing_sound

        execution_message_description = self.execution_message_description

        execution_message_type: str | Unset = UNSET
        if not isinstance(self.execution_message_type, Unset):
            execution_message_type = self.execution_message_type.value

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        max_retry = self.max_retry

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        parameter_type: str | Unset = UNSET
        if not isinstance(self.parameter_type, Unset):
            parameter_type = self.parameter_type.value

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        query_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = self.query_params.to_dict()

        response_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_variables, Unset):
            response_variables = self.response_variables.to_dict()

        speak_after_execution = self.speak_after_execution

        speak_during_execution = self.speak_during_execution

        timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "url": url,
            }
        )
        if args_at_root is not UNSET:
            field_dict["args_at_root"] = args_at_root
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if description is not UNSET:
            field_dict["description"] = description
        if enable_typing_sound is not UNSET:
            field_dict["enable_typing_sound"] = enable_typing_sound
        if execution_message_description is not UNSET:
            field_dict["execution_message_description"] = execution_message_description
        if execution_message_type is not UNSET:
            field_dict["execution_message_type"] = execution_message_type
        if headers is not UNSET:
            field_dict["headers"] = headers
        if max_retry is not UNSET:
            field_dict["max_retry"] = max_retry
        if method is not UNSET:
            field_dict["method"] = method
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if response_variables is not UNSET:
            field_dict["response_variables"] = response_variables
        if speak_after_execution is not UNSET:
            field_dict["speak_after_execution"] = speak_after_execution
        if speak_during_execution is not UNSET:
            field_dict["speak_during_execution"] = speak_during_execution
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_session_custom_tool_headers import PreSessionCustomToolHeaders
        from ..models.pre_session_custom_tool_query_params import (
            PreSessionCustomToolQueryParams,
        )
        from ..models.pre_session_custom_tool_response_variables import (
            PreSessionCustomToolResponseVariables,
        )
        from ..models.tool_parameters import ToolParameters

        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        name = d.pop("name")

        url = d.pop("url")

        args_at_root = d.pop("args_at_root", UNSET)

        depends_on = cast(list[str], d.pop("depends_on", UNSET))

        description = d.pop("description", UNSET)

        enable_typing_sound = d.pop("enable_typing_sound", UNSET)

        execution_message_description = d.pop("execution_message_description", UNSET)

        _execution_message_type = d.pop("execution_message_type", UNSET)
        execution_message_type: ExecutionMessageType | Unset
        if isinstance(_execution_message_type, Unset):
            execution_message_type = UNSET
        else:
            execution_message_type = ExecutionMessageType(_execution_message_type)

        _headers = d.pop("headers", UNSET)
        headers: PreSessionCustomToolHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = PreSessionCustomToolHeaders.from_dict(_headers)

        max_retry = d.pop("max_retry", UNSET)

        _method = d.pop("method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        _parameter_type = d.pop("parameter_type", UNSET)
        parameter_type: ToolParameterType | Unset
        if isinstance(_parameter_type, Unset):
            parameter_type = UNSET
        else:
            parameter_type = ToolParameterType(_parameter_type)

        _parameters = d.pop("parameters", UNSET)
        parameters: ToolParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ToolParameters.from_dict(_parameters)

        _query_params = d.pop("query_params", UNSET)
        query_params: PreSessionCustomToolQueryParams | Unset
        if isinstance(_query_params, Unset):
            query_params = UNSET
        else:
            query_params = PreSessionCustomToolQueryParams.from_dict(_query_params)

        _response_variables = d.pop("response_variables", UNSET)
        response_variables: PreSessionCustomToolResponseVariables | Unset
        if isinstance(_response_variables, Unset):
            response_variables = UNSET
        else:
            response_variables = PreSessionCustomToolResponseVariables.from_dict(
                _response_variables
            )

        speak_after_execution = d.pop("speak_after_execution", UNSET)

        speak_during_execution = d.pop("speak_during_execution", UNSET)

        timeout_ms = d.pop("timeout_ms", UNSET)

        pre_session_custom_tool = cls(
            type_=type_,
            name=name,
            url=url,
            args_at_root=args_at_root,
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

        pre_session_custom_tool.additional_properties = d
        return pre_session_custom_tool

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
