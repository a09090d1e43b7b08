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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_session_code_tool_response_variables import (
        PostSessionCodeToolResponseVariables,
    )
    from ..models.tool_condition import ToolCondition


T = TypeVar("T", bound="PostSessionCodeTool")


@_attrs_define
class PostSessionCodeTool:
    """A tool that runs JavaScript code in Retell's sandbox.

    Attributes:
        type_ (Literal['code']): Tag of the code variant.
        name (str): Name of the tool, unique among all the tools the model can use at one time: letters, digits,
            underscores and dashes, at most 64 characters.
        code (str): JavaScript code to run.
        condition (ToolCondition | Unset): Gate of a tool step; the step runs only when the condition holds (always,
            without one).
        depends_on (list[str] | Unset): Names of the tools that must run before this one.
        description (str | Unset): What the tool does and when to use it.
        enable_typing_sound (bool | Unset): Plays a typing sound while the code runs.
        execution_message_description (str | Unset): What the agent says while the code runs, when
            `speak_during_execution` is true.
        execution_message_type (ExecutionMessageType | Unset): How the line spoken while a tool runs is produced:
            `prompt` makes the agent write it from
            `execution_message_description`, `static_text` speaks that text as it is.
        response_variables (PostSessionCodeToolResponseVariables | Unset): Dynamic variables filled from the result:
            variable name to JSON path in the result.
        speak_after_execution (bool | Unset): Whether the agent calls the model again and speaks once the result is in.
        speak_during_execution (bool | Unset): Whether the agent says something like "one moment, let me check" while
            the code runs.
        timeout_ms (int | Unset): Time the code may run, in milliseconds. Default: 30000.
    """

    type_: Literal["code"]
    name: str
    code: str
    condition: ToolCondition | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    enable_typing_sound: bool | Unset = UNSET
    execution_message_description: str | Unset = UNSET
    execution_message_type: ExecutionMessageType | Unset = UNSET
    response_variables: PostSessionCodeToolResponseVariables | Unset = UNSET
    speak_after_execution: bool | Unset = UNSET
    speak_during_execution: bool | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        code = self.code

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        description = self.description

        enable_typing_sound = self.enable_typing_sound

        execution_message_description = self.execution_message_description

        execution_message_type: str | Unset = UNSET
        if not isinstance(self.execution_message_type, Unset):
            execution_message_type = self.execution_message_type.value

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
                "code": code,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
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
        from ..models.post_session_code_tool_response_variables import (
            PostSessionCodeToolResponseVariables,
        )
        from ..models.tool_condition import ToolCondition

        d = dict(src_dict)
        type_ = cast(Literal["code"], d.pop("type"))
        if type_ != "code":
            raise ValueError(f"type must match const 'code', got '{type_}'")

        name = d.pop("name")

        code = d.pop("code")

        _condition = d.pop("condition", UNSET)
        condition: ToolCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = ToolCondition.from_dict(_condition)

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

        _response_variables = d.pop("response_variables", UNSET)
        response_variables: PostSessionCodeToolResponseVariables | Unset
        if isinstance(_response_variables, Unset):
            response_variables = UNSET
        else:
            response_variables = PostSessionCodeToolResponseVariables.from_dict(
                _response_variables
            )

        speak_after_execution = d.pop("speak_after_execution", UNSET)

        speak_during_execution = d.pop("speak_during_execution", UNSET)

        timeout_ms = d.pop("timeout_ms", UNSET)

        post_session_code_tool = cls(
            type_=type_,
            name=name,
            code=code,
            condition=condition,
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

        post_session_code_tool.additional_properties = d
        return post_session_code_tool

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
