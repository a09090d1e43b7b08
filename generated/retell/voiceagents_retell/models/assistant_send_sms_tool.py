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
    from ..models.assistant_sms_content_inferred import AssistantSmsContentInferred
    from ..models.assistant_sms_content_predefined import AssistantSmsContentPredefined
    from ..models.assistant_sms_content_template import AssistantSmsContentTemplate
    from ..models.assistant_sms_destination_customer_number import (
        AssistantSmsDestinationCustomerNumber,
    )
    from ..models.assistant_sms_destination_phone_number import (
        AssistantSmsDestinationPhoneNumber,
    )
    from ..models.assistant_sms_sender_current_number import (
        AssistantSmsSenderCurrentNumber,
    )
    from ..models.assistant_sms_sender_retell_long_code import (
        AssistantSmsSenderRetellLongCode,
    )
    from ..models.assistant_tool_condition import AssistantToolCondition


T = TypeVar("T", bound="AssistantSendSmsTool")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantSendSmsTool(AnswerModel):
    """A tool that sends an SMS.

    Attributes:
        type_ (Literal['send_sms']): Tag of the SMS variant.
        name (str): Name of the tool, unique among all the tools the model can use at one time: letters, digits,
            underscores and dashes, at most 64 characters.
        sms_content (AssistantSmsContentInferred | AssistantSmsContentPredefined | AssistantSmsContentTemplate): Text of
            the SMS, told apart by `type`: fixed text, text the model writes, or a Retell template.
        condition (AssistantToolCondition | None | Unset): Gate of a tool step; the step runs only when the condition
            holds (always, without one).
        depends_on (list[str] | None | Unset): Names of the tools that must run before this one.
        description (None | str | Unset): What the tool does, possibly with when to use it.
        execution_message_description (None | str | Unset): What the agent says before sending the SMS, when
            `speak_during_execution` is true.
        execution_message_type (ExecutionMessageType | None | str | Unset): How that line is produced.
        sms_destination (Any | AssistantSmsDestinationCustomerNumber | AssistantSmsDestinationPhoneNumber | Unset): Who
            receives the SMS; the customer's number on the call when left out. Besides the two
            tagged forms, the SDK lets any other value (`null` included) through, untyped.
        sms_sender (Any | AssistantSmsSenderCurrentNumber | AssistantSmsSenderRetellLongCode | Unset): Number the SMS is
            sent from; the agent's phone number when left out. Besides the two tagged
            forms, the SDK lets any other value (`null` included) through, untyped.
        speak_after_execution (bool | None | Unset): Whether the agent speaks once the SMS has been sent.
        speak_during_execution (bool | None | Unset): Whether the agent says a short line before sending the SMS.
    """

    type_: Literal["send_sms"]
    name: str
    sms_content: (
        AssistantSmsContentInferred
        | AssistantSmsContentPredefined
        | AssistantSmsContentTemplate
    )
    condition: AssistantToolCondition | None | Unset = UNSET
    depends_on: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    execution_message_description: None | str | Unset = UNSET
    execution_message_type: ExecutionMessageType | None | str | Unset = UNSET
    sms_destination: (
        Any
        | AssistantSmsDestinationCustomerNumber
        | AssistantSmsDestinationPhoneNumber
        | Unset
    ) = UNSET
    sms_sender: (
        Any | AssistantSmsSenderCurrentNumber | AssistantSmsSenderRetellLongCode | Unset
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
        "sms_content": "sms_content",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_sms_content_inferred import AssistantSmsContentInferred
        from ..models.assistant_sms_content_predefined import (
            AssistantSmsContentPredefined,
        )
        from ..models.assistant_sms_destination_customer_number import (
            AssistantSmsDestinationCustomerNumber,
        )
        from ..models.assistant_sms_destination_phone_number import (
            AssistantSmsDestinationPhoneNumber,
        )
        from ..models.assistant_sms_sender_current_number import (
            AssistantSmsSenderCurrentNumber,
        )
        from ..models.assistant_sms_sender_retell_long_code import (
            AssistantSmsSenderRetellLongCode,
        )
        from ..models.assistant_tool_condition import AssistantToolCondition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "sms_content"):  # else the answer lacked it: not invented here
            sms_content: dict[str, Any]
            if isinstance(
                self.sms_content, AssistantSmsContentPredefined
            ) or isinstance(self.sms_content, AssistantSmsContentInferred):
                sms_content = self.sms_content.to_dict()
            else:
                sms_content = self.sms_content.to_dict()

            field_dict["sms_content"] = sms_content
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
        sms_destination: Any | dict[str, Any] | Unset
        if isinstance(self.sms_destination, Unset):
            sms_destination = UNSET
        elif isinstance(
            self.sms_destination, AssistantSmsDestinationCustomerNumber
        ) or isinstance(self.sms_destination, AssistantSmsDestinationPhoneNumber):
            sms_destination = self.sms_destination.to_dict()
        else:
            sms_destination = self.sms_destination
        if sms_destination is not UNSET:
            field_dict["sms_destination"] = sms_destination
        sms_sender: Any | dict[str, Any] | Unset
        if isinstance(self.sms_sender, Unset):
            sms_sender = UNSET
        elif isinstance(self.sms_sender, AssistantSmsSenderCurrentNumber) or isinstance(
            self.sms_sender, AssistantSmsSenderRetellLongCode
        ):
            sms_sender = self.sms_sender.to_dict()
        else:
            sms_sender = self.sms_sender
        if sms_sender is not UNSET:
            field_dict["sms_sender"] = sms_sender
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
        from ..models.assistant_sms_content_inferred import AssistantSmsContentInferred
        from ..models.assistant_sms_content_predefined import (
            AssistantSmsContentPredefined,
        )
        from ..models.assistant_sms_content_template import AssistantSmsContentTemplate
        from ..models.assistant_sms_destination_customer_number import (
            AssistantSmsDestinationCustomerNumber,
        )
        from ..models.assistant_sms_destination_phone_number import (
            AssistantSmsDestinationPhoneNumber,
        )
        from ..models.assistant_sms_sender_current_number import (
            AssistantSmsSenderCurrentNumber,
        )
        from ..models.assistant_sms_sender_retell_long_code import (
            AssistantSmsSenderRetellLongCode,
        )
        from ..models.assistant_tool_condition import AssistantToolCondition

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSendSmsTool takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name", "sms_content"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "send_sms":
            raise ValueError("type is not 'send_sms'")
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
        _sms_content_raw = d.pop("sms_content", UNSET)
        if not isinstance(_sms_content_raw, Unset):
            try:

                def _parse_sms_content(
                    data: object,
                ) -> (
                    AssistantSmsContentInferred
                    | AssistantSmsContentPredefined
                    | AssistantSmsContentTemplate
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        sms_content_type_0 = AssistantSmsContentPredefined.from_dict(
                            data
                        )

                        return sms_content_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        sms_content_type_1 = AssistantSmsContentInferred.from_dict(data)

                        return sms_content_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    sms_content_type_2 = AssistantSmsContentTemplate.from_dict(data)

                    return sms_content_type_2

                sms_content = _parse_sms_content(_sms_content_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                sms_content = cast(Any, UNSET)
                unset.append("sms_content")
                kept["sms_content"] = _sms_content_raw
                warnings.append(
                    describe_misfit(
                        "sms_content",
                        _sms_content_raw,
                        "AssistantSmsContentInferred | AssistantSmsContentPredefined | AssistantSmsContentTemplate",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            sms_content = cast(Any, UNSET)
            unset.append("sms_content")
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

        _sms_destination_raw = d.pop("sms_destination", UNSET)
        try:

            def _parse_sms_destination(
                data: object,
            ) -> (
                Any
                | AssistantSmsDestinationCustomerNumber
                | AssistantSmsDestinationPhoneNumber
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sms_destination_type_0 = (
                        AssistantSmsDestinationCustomerNumber.from_dict(data)
                    )

                    return sms_destination_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sms_destination_type_1 = (
                        AssistantSmsDestinationPhoneNumber.from_dict(data)
                    )

                    return sms_destination_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    Any
                    | AssistantSmsDestinationCustomerNumber
                    | AssistantSmsDestinationPhoneNumber
                    | Unset,
                    data,
                )

            sms_destination = _parse_sms_destination(_sms_destination_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            sms_destination = cast(Any, UNSET)
            kept["sms_destination"] = _sms_destination_raw
            warnings.append(
                describe_misfit(
                    "sms_destination",
                    _sms_destination_raw,
                    "Any | AssistantSmsDestinationCustomerNumber | AssistantSmsDestinationPhoneNumber",
                )
            )

        _sms_sender_raw = d.pop("sms_sender", UNSET)
        try:

            def _parse_sms_sender(
                data: object,
            ) -> (
                Any
                | AssistantSmsSenderCurrentNumber
                | AssistantSmsSenderRetellLongCode
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sms_sender_type_0 = AssistantSmsSenderCurrentNumber.from_dict(data)

                    return sms_sender_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sms_sender_type_1 = AssistantSmsSenderRetellLongCode.from_dict(data)

                    return sms_sender_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    Any
                    | AssistantSmsSenderCurrentNumber
                    | AssistantSmsSenderRetellLongCode
                    | Unset,
                    data,
                )

            sms_sender = _parse_sms_sender(_sms_sender_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            sms_sender = cast(Any, UNSET)
            kept["sms_sender"] = _sms_sender_raw
            warnings.append(
                describe_misfit(
                    "sms_sender",
                    _sms_sender_raw,
                    "Any | AssistantSmsSenderCurrentNumber | AssistantSmsSenderRetellLongCode",
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

        assistant_send_sms_tool = cls(
            type_=type_,
            name=name,
            sms_content=sms_content,
            condition=condition,
            depends_on=depends_on,
            description=description,
            execution_message_description=execution_message_description,
            execution_message_type=execution_message_type,
            sms_destination=sms_destination,
            sms_sender=sms_sender,
            speak_after_execution=speak_after_execution,
            speak_during_execution=speak_during_execution,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_send_sms_tool, _name)
        assistant_send_sms_tool.additional_properties = {**d, **kept}
        assistant_send_sms_tool.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_send_sms_tool

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
