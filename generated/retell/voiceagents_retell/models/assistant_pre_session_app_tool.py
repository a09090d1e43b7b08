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
    from ..models.assistant_output_selection_all import AssistantOutputSelectionAll
    from ..models.assistant_output_selection_subset import (
        AssistantOutputSelectionSubset,
    )
    from ..models.assistant_pre_session_app_tool_response_variables_type_0 import (
        AssistantPreSessionAppToolResponseVariablesType0,
    )
    from ..models.assistant_tool_parameters import AssistantToolParameters


T = TypeVar("T", bound="AssistantPreSessionAppTool")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPreSessionAppTool(AnswerModel):
    """A tool run against one of the organisation's connections (apps), from Retell's catalog of
    integration templates.

        Attributes:
            type_ (Literal['integration_app']): Tag of the integration variant.
            name (str): Name of the tool, unique among the tools of its phase and used in `depends_on`: letters,
                digits, underscores and dashes, at most 64 characters.
            app_id (str): Connection (app) the tool runs against; its provider must be the tool's `provider`.
            app_tool_template_name (str): Name of the catalog template, within the provider, as Retell lists them.
            provider (str): Provider of the connection; it must match the connection's own provider.
            depends_on (list[str] | None | Unset): Names of the tools that must run before this one.
            description (None | str | Unset): Replaces the template's description read by the model; only for tools used
                during the
                conversation (ignored before and after it).
            enable_typing_sound (bool | None | Unset): Plays a typing sound while the tool runs, so that a slow tool does
                not leave silence; only
                for tools used during the conversation.
            execution_message_description (None | str | Unset): What the agent says while the tool runs, when
                `speak_during_execution` is true; only for
                tools used during the conversation.
            execution_message_type (ExecutionMessageType | None | str | Unset): How that line is produced; only for tools
                used during the conversation.
            output_selection (AssistantOutputSelectionAll | AssistantOutputSelectionSubset | None | Unset): What the agent
                and the transcript see of the tool's response (everything when left out).
                `response_variables` are always read from the full response.
            parameters (list[AssistantToolParameters] | None | Unset): Input parameters of the tool, in order. A property
                may pin a value with `const` (which may
                hold `{{variable}}` references) or carry a description the model fills it from; the
                `selected_input_mode` a property may record is only for the dashboard. Each `required` list
                must match the schema Retell reports for that step of the tool.
            response_variables (AssistantPreSessionAppToolResponseVariablesType0 | None | Unset): Dynamic variables filled
                from the response: variable name to dot-path of a response field.
                Paths that are missing are skipped.
            speak_after_execution (bool | None | Unset): Whether the agent calls the model again and speaks once the result
                is in; only for tools
                used during the conversation.
            speak_during_execution (bool | None | Unset): Whether the agent speaks while the tool runs; only for tools used
                during the conversation.
    """

    type_: Literal["integration_app"]
    name: str
    app_id: str
    app_tool_template_name: str
    provider: str
    depends_on: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_typing_sound: bool | None | Unset = UNSET
    execution_message_description: None | str | Unset = UNSET
    execution_message_type: ExecutionMessageType | None | str | Unset = UNSET
    output_selection: (
        AssistantOutputSelectionAll | AssistantOutputSelectionSubset | None | Unset
    ) = UNSET
    parameters: list[AssistantToolParameters] | None | Unset = UNSET
    response_variables: (
        AssistantPreSessionAppToolResponseVariablesType0 | None | Unset
    ) = UNSET
    speak_after_execution: bool | None | Unset = UNSET
    speak_during_execution: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "name": "name",
        "app_id": "app_id",
        "app_tool_template_name": "app_tool_template_name",
        "provider": "provider",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_output_selection_all import AssistantOutputSelectionAll
        from ..models.assistant_output_selection_subset import (
            AssistantOutputSelectionSubset,
        )
        from ..models.assistant_pre_session_app_tool_response_variables_type_0 import (
            AssistantPreSessionAppToolResponseVariablesType0,
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "app_id"):  # else the answer lacked it: not invented here
            app_id = self.app_id
            field_dict["app_id"] = app_id
        if hasattr(
            self, "app_tool_template_name"
        ):  # else the answer lacked it: not invented here
            app_tool_template_name = self.app_tool_template_name
            field_dict["app_tool_template_name"] = app_tool_template_name
        if hasattr(self, "provider"):  # else the answer lacked it: not invented here
            provider = self.provider
            field_dict["provider"] = provider
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
        output_selection: dict[str, Any] | None | Unset
        if isinstance(self.output_selection, Unset):
            output_selection = UNSET
        elif isinstance(
            self.output_selection, AssistantOutputSelectionAll
        ) or isinstance(self.output_selection, AssistantOutputSelectionSubset):
            output_selection = self.output_selection.to_dict()
        else:
            output_selection = self.output_selection
        if output_selection is not UNSET:
            field_dict["output_selection"] = output_selection
        parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for parameters_type_0_item_data in self.parameters:
                parameters_type_0_item = parameters_type_0_item_data.to_dict()
                parameters.append(parameters_type_0_item)

        else:
            parameters = self.parameters
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        response_variables: dict[str, Any] | None | Unset
        if isinstance(self.response_variables, Unset):
            response_variables = UNSET
        elif isinstance(
            self.response_variables, AssistantPreSessionAppToolResponseVariablesType0
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_output_selection_all import AssistantOutputSelectionAll
        from ..models.assistant_output_selection_subset import (
            AssistantOutputSelectionSubset,
        )
        from ..models.assistant_pre_session_app_tool_response_variables_type_0 import (
            AssistantPreSessionAppToolResponseVariablesType0,
        )
        from ..models.assistant_tool_parameters import AssistantToolParameters

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPreSessionAppTool takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "type",
                "name",
                "app_id",
                "app_tool_template_name",
                "provider",
            ]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "integration_app":
            raise ValueError("type is not 'integration_app'")
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
        _app_id_raw = d.pop("app_id", UNSET)
        if not isinstance(_app_id_raw, Unset):
            try:
                if not (isinstance(_app_id_raw, str)):
                    raise TypeError()
                app_id = _app_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                app_id = cast(Any, UNSET)
                unset.append("app_id")
                kept["app_id"] = _app_id_raw
                warnings.append(describe_misfit("app_id", _app_id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            app_id = cast(Any, UNSET)
            unset.append("app_id")
        _app_tool_template_name_raw = d.pop("app_tool_template_name", UNSET)
        if not isinstance(_app_tool_template_name_raw, Unset):
            try:
                if not (isinstance(_app_tool_template_name_raw, str)):
                    raise TypeError()
                app_tool_template_name = _app_tool_template_name_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                app_tool_template_name = cast(Any, UNSET)
                unset.append("app_tool_template_name")
                kept["app_tool_template_name"] = _app_tool_template_name_raw
                warnings.append(
                    describe_misfit(
                        "app_tool_template_name", _app_tool_template_name_raw, "str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            app_tool_template_name = cast(Any, UNSET)
            unset.append("app_tool_template_name")
        _provider_raw = d.pop("provider", UNSET)
        if not isinstance(_provider_raw, Unset):
            try:
                if not (isinstance(_provider_raw, str)):
                    raise TypeError()
                provider = _provider_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                provider = cast(Any, UNSET)
                unset.append("provider")
                kept["provider"] = _provider_raw
                warnings.append(describe_misfit("provider", _provider_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            provider = cast(Any, UNSET)
            unset.append("provider")
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

        _output_selection_raw = d.pop("output_selection", UNSET)
        try:

            def _parse_output_selection(
                data: object,
            ) -> (
                AssistantOutputSelectionAll
                | AssistantOutputSelectionSubset
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_selection_type_0 = AssistantOutputSelectionAll.from_dict(
                        data
                    )

                    return output_selection_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_selection_type_1 = AssistantOutputSelectionSubset.from_dict(
                        data
                    )

                    return output_selection_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantOutputSelectionAll
                    | AssistantOutputSelectionSubset
                    | None
                    | Unset,
                    data,
                )

            output_selection = _parse_output_selection(_output_selection_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            output_selection = cast(Any, UNSET)
            kept["output_selection"] = _output_selection_raw
            warnings.append(
                describe_misfit(
                    "output_selection",
                    _output_selection_raw,
                    "AssistantOutputSelectionAll | AssistantOutputSelectionSubset | None",
                )
            )

        _parameters_raw = d.pop("parameters", UNSET)
        try:

            def _parse_parameters(
                data: object,
            ) -> list[AssistantToolParameters] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    parameters_type_0 = []
                    _parameters_type_0 = data
                    for parameters_type_0_item_data in _parameters_type_0:
                        parameters_type_0_item = AssistantToolParameters.from_dict(
                            parameters_type_0_item_data
                        )

                        parameters_type_0.append(parameters_type_0_item)

                    return parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AssistantToolParameters] | None | Unset, data)

            parameters = _parse_parameters(_parameters_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            parameters = cast(Any, UNSET)
            kept["parameters"] = _parameters_raw
            warnings.append(
                describe_misfit(
                    "parameters",
                    _parameters_raw,
                    "list[AssistantToolParameters] | None",
                )
            )

        _response_variables_raw = d.pop("response_variables", UNSET)
        try:

            def _parse_response_variables(
                data: object,
            ) -> AssistantPreSessionAppToolResponseVariablesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_variables_type_0 = (
                        AssistantPreSessionAppToolResponseVariablesType0.from_dict(data)
                    )

                    return response_variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantPreSessionAppToolResponseVariablesType0 | None | Unset,
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
                    "AssistantPreSessionAppToolResponseVariablesType0 | None",
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

        assistant_pre_session_app_tool = cls(
            type_=type_,
            name=name,
            app_id=app_id,
            app_tool_template_name=app_tool_template_name,
            provider=provider,
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
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_pre_session_app_tool, _name)
        assistant_pre_session_app_tool.additional_properties = {**d, **kept}
        assistant_pre_session_app_tool.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_pre_session_app_tool

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
