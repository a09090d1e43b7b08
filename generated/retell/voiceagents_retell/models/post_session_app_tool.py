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
    from ..models.output_selection_all import OutputSelectionAll
    from ..models.output_selection_subset import OutputSelectionSubset
    from ..models.post_session_app_tool_response_variables import (
        PostSessionAppToolResponseVariables,
    )
    from ..models.tool_condition import ToolCondition
    from ..models.tool_parameters import ToolParameters


T = TypeVar("T", bound="PostSessionAppTool")


@_attrs_define
class PostSessionAppTool:
    """A tool run against one of the organisation's connections (apps), from Retell's catalog of
    integration templates.

        Attributes:
            type_ (Literal['integration_app']): Tag of the integration variant.
            name (str): Name of the tool, unique among the tools of its phase and used in `depends_on`: letters,
                digits, underscores and dashes, at most 64 characters.
            app_id (str): Connection (app) the tool runs against; its provider must be the tool's `provider`.
            app_tool_template_name (str): Name of the catalog template, within the provider, as Retell lists them.
            provider (str): Provider of the connection; it must match the connection's own provider.
            condition (ToolCondition | Unset): Gate of a tool step; the step runs only when the condition holds (always,
                without one).
            depends_on (list[str] | Unset): Names of the tools that must run before this one.
            description (str | Unset): Replaces the template's description read by the model; only for tools used during the
                conversation (ignored before and after it).
            enable_typing_sound (bool | Unset): Plays a typing sound while the tool runs, so that a slow tool does not leave
                silence; only
                for tools used during the conversation.
            execution_message_description (str | Unset): What the agent says while the tool runs, when
                `speak_during_execution` is true; only for
                tools used during the conversation.
            execution_message_type (ExecutionMessageType | Unset): How the line spoken while a tool runs is produced:
                `prompt` makes the agent write it from
                `execution_message_description`, `static_text` speaks that text as it is.
            output_selection (OutputSelectionAll | OutputSelectionSubset | Unset): What the agent and the transcript see of
                the tool's response (everything when left out).
                `response_variables` are always read from the full response.
            parameters (list[ToolParameters] | Unset): Input parameters of the tool, in order. A property may pin a value
                with `const` (which may
                hold `{{variable}}` references) or carry a description the model fills it from; the
                `selected_input_mode` a property may record is only for the dashboard. Each `required` list
                must match the schema Retell reports for that step of the tool.
            response_variables (PostSessionAppToolResponseVariables | Unset): Dynamic variables filled from the response:
                variable name to dot-path of a response field.
                Paths that are missing are skipped.
            speak_after_execution (bool | Unset): Whether the agent calls the model again and speaks once the result is in;
                only for tools
                used during the conversation.
            speak_during_execution (bool | Unset): Whether the agent speaks while the tool runs; only for tools used during
                the conversation.
    """

    type_: Literal["integration_app"]
    name: str
    app_id: str
    app_tool_template_name: str
    provider: str
    condition: ToolCondition | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    enable_typing_sound: bool | Unset = UNSET
    execution_message_description: str | Unset = UNSET
    execution_message_type: ExecutionMessageType | Unset = UNSET
    output_selection: OutputSelectionAll | OutputSelectionSubset | Unset = UNSET
    parameters: list[ToolParameters] | Unset = UNSET
    response_variables: PostSessionAppToolResponseVariables | Unset = UNSET
    speak_after_execution: bool | Unset = UNSET
    speak_during_execution: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_selection_all import OutputSelectionAll

        type_ = self.type_

        name = self.name

        app_id = self.app_id

        app_tool_template_name = self.app_tool_template_name

        provider = self.provider

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

        output_selection: dict[str, Any] | Unset
        if isinstance(self.output_selection, Unset):
            output_selection = UNSET
        elif isinstance(self.output_selection, OutputSelectionAll):
            output_selection = self.output_selection.to_dict()
        else:
            output_selection = self.output_selection.to_dict()

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        response_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_variables, Unset):
            response_variables = self.response_variables.to_dict()

        speak_after_execution = self.speak_after_execution

        speak_during_execution = self.speak_during_execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "app_id": app_id,
                "app_tool_template_name": app_tool_template_name,
                "provider": provider,
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
        if output_selection is not UNSET:
            field_dict["output_selection"] = output_selection
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if response_variables is not UNSET:
            field_dict["response_variables"] = response_variables
        if speak_after_execution is not UNSET:
            field_dict["speak_after_execution"] = speak_after_execution
        if speak_during_execution is not UNSET:
            field_dict["speak_during_execution"] = speak_during_execution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_selection_all import OutputSelectionAll
        from ..models.output_selection_subset import OutputSelectionSubset
        from ..models.post_session_app_tool_response_variables import (
            PostSessionAppToolResponseVariables,
        )
        from ..models.tool_condition import ToolCondition
        from ..models.tool_parameters import ToolParameters

        d = dict(src_dict)
        type_ = cast(Literal["integration_app"], d.pop("type"))
        if type_ != "integration_app":
            raise ValueError(f"type must match const 'integration_app', got '{type_}'")

        name = d.pop("name")

        app_id = d.pop("app_id")

        app_tool_template_name = d.pop("app_tool_template_name")

        provider = d.pop("provider")

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

        def _parse_output_selection(
            data: object,
        ) -> OutputSelectionAll | OutputSelectionSubset | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_selection_type_0 = OutputSelectionAll.from_dict(data)

                return output_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            output_selection_type_1 = OutputSelectionSubset.from_dict(data)

            return output_selection_type_1

        output_selection = _parse_output_selection(d.pop("output_selection", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: list[ToolParameters] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = ToolParameters.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _response_variables = d.pop("response_variables", UNSET)
        response_variables: PostSessionAppToolResponseVariables | Unset
        if isinstance(_response_variables, Unset):
            response_variables = UNSET
        else:
            response_variables = PostSessionAppToolResponseVariables.from_dict(
                _response_variables
            )

        speak_after_execution = d.pop("speak_after_execution", UNSET)

        speak_during_execution = d.pop("speak_during_execution", UNSET)

        post_session_app_tool = cls(
            type_=type_,
            name=name,
            app_id=app_id,
            app_tool_template_name=app_tool_template_name,
            provider=provider,
            condition=condition,
            depends_on=depends_on,
            description=description,
            enable_typing_sound=enable_typing_sound,
            execution_message_description=execution_message_description,
            execution_message_type=execution_message_type,
            output_selection=output_selection,
            parameters=parameters,
            response_variables=response_variables,
            speak_after_execution=speak_after_execution,
            speak_during_execution=speak_during_execution,
        )

        post_session_app_tool.additional_properties = d
        return post_session_app_tool

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
