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
    from ..models.sms_content_inferred import SmsContentInferred
    from ..models.sms_content_predefined import SmsContentPredefined
    from ..models.sms_content_template import SmsContentTemplate
    from ..models.sms_destination_customer_number import SmsDestinationCustomerNumber
    from ..models.sms_destination_phone_number import SmsDestinationPhoneNumber
    from ..models.sms_sender_current_number import SmsSenderCurrentNumber
    from ..models.sms_sender_retell_long_code import SmsSenderRetellLongCode
    from ..models.tool_condition import ToolCondition


T = TypeVar("T", bound="SendSmsTool")


@_attrs_define
class SendSmsTool:
    """A tool that sends an SMS.

    Attributes:
        type_ (Literal['send_sms']): Tag of the SMS variant.
        name (str): Name of the tool, unique among all the tools the model can use at one time: letters, digits,
            underscores and dashes, at most 64 characters.
        sms_content (SmsContentInferred | SmsContentPredefined | SmsContentTemplate): Text of the SMS, told apart by
            `type`: fixed text, text the model writes, or a Retell template.
        condition (ToolCondition | Unset): Gate of a tool step; the step runs only when the condition holds (always,
            without one).
        depends_on (list[str] | Unset): Names of the tools that must run before this one.
        description (str | Unset): What the tool does, possibly with when to use it.
        execution_message_description (str | Unset): What the agent says before sending the SMS, when
            `speak_during_execution` is true.
        execution_message_type (ExecutionMessageType | Unset): How the line spoken while a tool runs is produced:
            `prompt` makes the agent write it from
            `execution_message_description`, `static_text` speaks that text as it is.
        sms_destination (Any | SmsDestinationCustomerNumber | SmsDestinationPhoneNumber | Unset): Who receives the SMS;
            the customer's number on the call when left out. Besides the two
            tagged forms, the SDK lets any other value (`null` included) through, untyped.
        sms_sender (Any | SmsSenderCurrentNumber | SmsSenderRetellLongCode | Unset): Number the SMS is sent from; the
            agent's phone number when left out. Besides the two tagged
            forms, the SDK lets any other value (`null` included) through, untyped.
        speak_after_execution (bool | Unset): Whether the agent speaks once the SMS has been sent.
        speak_during_execution (bool | Unset): Whether the agent says a short line before sending the SMS. Default:
            True.
    """

    type_: Literal["send_sms"]
    name: str
    sms_content: SmsContentInferred | SmsContentPredefined | SmsContentTemplate
    condition: ToolCondition | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    execution_message_description: str | Unset = UNSET
    execution_message_type: ExecutionMessageType | Unset = UNSET
    sms_destination: (
        Any | SmsDestinationCustomerNumber | SmsDestinationPhoneNumber | Unset
    ) = UNSET
    sms_sender: Any | SmsSenderCurrentNumber | SmsSenderRetellLongCode | Unset = UNSET
    speak_after_execution: bool | Unset = UNSET
    speak_during_execution: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sms_content_inferred import SmsContentInferred
        from ..models.sms_content_predefined import SmsContentPredefined
        from ..models.sms_destination_customer_number import (
            SmsDestinationCustomerNumber,
        )
        from ..models.sms_destination_phone_number import SmsDestinationPhoneNumber
        from ..models.sms_sender_current_number import SmsSenderCurrentNumber
        from ..models.sms_sender_retell_long_code import SmsSenderRetellLongCode

        type_ = self.type_

        name = self.name

        sms_content: dict[str, Any]
        if isinstance(self.sms_content, SmsContentPredefined) or isinstance(
            self.sms_content, SmsContentInferred
        ):
            sms_content = self.sms_content.to_dict()
        else:
            sms_content = self.sms_content.to_dict()

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        description = self.description

        execution_message_description = self.execution_message_description

        execution_message_type: str | Unset = UNSET
        if not isinstance(self.execution_message_type, Unset):
            execution_message_type = self.execution_message_type.value

        sms_destination: Any | dict[str, Any] | Unset
        if isinstance(self.sms_destination, Unset):
            sms_destination = UNSET
        elif isinstance(
            self.sms_destination, SmsDestinationCustomerNumber
        ) or isinstance(self.sms_destination, SmsDestinationPhoneNumber):
            sms_destination = self.sms_destination.to_dict()
        else:
            sms_destination = self.sms_destination

        sms_sender: Any | dict[str, Any] | Unset
        if isinstance(self.sms_sender, Unset):
            sms_sender = UNSET
        elif isinstance(self.sms_sender, SmsSenderCurrentNumber) or isinstance(
            self.sms_sender, SmsSenderRetellLongCode
        ):
            sms_sender = self.sms_sender.to_dict()
        else:
            sms_sender = self.sms_sender

        speak_after_execution = self.speak_after_execution

        speak_during_execution = self.speak_during_execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "sms_content": sms_content,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if description is not UNSET:
            field_dict["description"] = description
        if execution_message_description is not UNSET:
            field_dict["execution_message_description"] = execution_message_description
        if execution_message_type is not UNSET:
            field_dict["execution_message_type"] = execution_message_type
        if sms_destination is not UNSET:
            field_dict["sms_destination"] = sms_destination
        if sms_sender is not UNSET:
            field_dict["sms_sender"] = sms_sender
        if speak_after_execution is not UNSET:
            field_dict["speak_after_execution"] = speak_after_execution
        if speak_during_execution is not UNSET:
            field_dict["speak_during_execution"] = speak_during_execution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_content_inferred import SmsContentInferred
        from ..models.sms_content_predefined import SmsContentPredefined
        from ..models.sms_content_template import SmsContentTemplate
        from ..models.sms_destination_customer_number import (
            SmsDestinationCustomerNumber,
        )
        from ..models.sms_destination_phone_number import SmsDestinationPhoneNumber
        from ..models.sms_sender_current_number import SmsSenderCurrentNumber
        from ..models.sms_sender_retell_long_code import SmsSenderRetellLongCode
        from ..models.tool_condition import ToolCondition

        d = dict(src_dict)
        type_ = cast(Literal["send_sms"], d.pop("type"))
        if type_ != "send_sms":
            raise ValueError(f"type must match const 'send_sms', got '{type_}'")

        name = d.pop("name")

        def _parse_sms_content(
            data: object,
        ) -> SmsContentInferred | SmsContentPredefined | SmsContentTemplate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_content_type_0 = SmsContentPredefined.from_dict(data)

                return sms_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_content_type_1 = SmsContentInferred.from_dict(data)

                return sms_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            sms_content_type_2 = SmsContentTemplate.from_dict(data)

            return sms_content_type_2

        sms_content = _parse_sms_content(d.pop("sms_content"))

        _condition = d.pop("condition", UNSET)
        condition: ToolCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = ToolCondition.from_dict(_condition)

        depends_on = cast(list[str], d.pop("depends_on", UNSET))

        description = d.pop("description", UNSET)

        execution_message_description = d.pop("execution_message_description", UNSET)

        _execution_message_type = d.pop("execution_message_type", UNSET)
        execution_message_type: ExecutionMessageType | Unset
        if isinstance(_execution_message_type, Unset):
            execution_message_type = UNSET
        else:
            execution_message_type = ExecutionMessageType(_execution_message_type)

        def _parse_sms_destination(
            data: object,
        ) -> Any | SmsDestinationCustomerNumber | SmsDestinationPhoneNumber | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_destination_type_0 = SmsDestinationCustomerNumber.from_dict(data)

                return sms_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_destination_type_1 = SmsDestinationPhoneNumber.from_dict(data)

                return sms_destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                Any | SmsDestinationCustomerNumber | SmsDestinationPhoneNumber | Unset,
                data,
            )

        sms_destination = _parse_sms_destination(d.pop("sms_destination", UNSET))

        def _parse_sms_sender(
            data: object,
        ) -> Any | SmsSenderCurrentNumber | SmsSenderRetellLongCode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_sender_type_0 = SmsSenderCurrentNumber.from_dict(data)

                return sms_sender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_sender_type_1 = SmsSenderRetellLongCode.from_dict(data)

                return sms_sender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                Any | SmsSenderCurrentNumber | SmsSenderRetellLongCode | Unset, data
            )

        sms_sender = _parse_sms_sender(d.pop("sms_sender", UNSET))

        speak_after_execution = d.pop("speak_after_execution", UNSET)

        speak_during_execution = d.pop("speak_during_execution", UNSET)

        send_sms_tool = cls(
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

        send_sms_tool.additional_properties = d
        return send_sms_tool

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
