from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_flow_node_type import PromptFlowNodeType
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_position import AssistantPosition
    from ..models.assistant_prompt_flow_node_data import AssistantPromptFlowNodeData


T = TypeVar("T", bound="AssistantPromptFlowNode")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPromptFlowNode(AnswerModel):
    """A prompt block, as stored.

    Attributes:
        id (str): Identifier of the node.
        type_ (PromptFlowNodeType | str): Kind of node.
        position (AssistantPosition): A point on an editor canvas, as stored.
        data (AssistantPromptFlowNodeData): Content of a prompt block, as stored.
    """

    id: str
    type_: PromptFlowNodeType | str
    position: AssistantPosition
    data: AssistantPromptFlowNodeData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "id": "id",
        "type_": "type",
        "position": "position",
        "data": "data",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "id"):  # else the answer lacked it: not invented here
            id = self.id
            field_dict["id"] = id
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_: str
            if isinstance(self.type_, PromptFlowNodeType):
                type_ = self.type_.value
            else:
                type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "position"):  # else the answer lacked it: not invented here
            position = self.position.to_dict()
            field_dict["position"] = position
        if hasattr(self, "data"):  # else the answer lacked it: not invented here
            data = self.data.to_dict()
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_position import AssistantPosition
        from ..models.assistant_prompt_flow_node_data import AssistantPromptFlowNodeData

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPromptFlowNode takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "type", "position", "data"]
            if _member not in d
        ]
        _id_raw = d.pop("id", UNSET)
        if not isinstance(_id_raw, Unset):
            try:
                if not (isinstance(_id_raw, str)):
                    raise TypeError()
                id = _id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                id = cast(Any, UNSET)
                unset.append("id")
                kept["id"] = _id_raw
                warnings.append(describe_misfit("id", _id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            id = cast(Any, UNSET)
            unset.append("id")
        _type__raw = d.pop("type", UNSET)
        if not isinstance(_type__raw, Unset):
            try:

                def _parse_type_(data: object) -> PromptFlowNodeType | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        type_type_0 = PromptFlowNodeType(data)

                        return type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(PromptFlowNodeType | str, data)

                type_ = _parse_type_(_type__raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                type_ = cast(Any, UNSET)
                unset.append("type_")
                kept["type"] = _type__raw
                warnings.append(
                    describe_misfit("type", _type__raw, "PromptFlowNodeType | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            type_ = cast(Any, UNSET)
            unset.append("type_")
        _position_raw = d.pop("position", UNSET)
        if not isinstance(_position_raw, Unset):
            try:
                position = AssistantPosition.from_dict(_position_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                position = cast(Any, UNSET)
                unset.append("position")
                kept["position"] = _position_raw
                warnings.append(
                    describe_misfit("position", _position_raw, "AssistantPosition")
                )

        else:  # missing: the warning is above; the slot stays empty
            position = cast(Any, UNSET)
            unset.append("position")
        _data_raw = d.pop("data", UNSET)
        if not isinstance(_data_raw, Unset):
            try:
                data = AssistantPromptFlowNodeData.from_dict(_data_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                data = cast(Any, UNSET)
                unset.append("data")
                kept["data"] = _data_raw
                warnings.append(
                    describe_misfit("data", _data_raw, "AssistantPromptFlowNodeData")
                )

        else:  # missing: the warning is above; the slot stays empty
            data = cast(Any, UNSET)
            unset.append("data")
        assistant_prompt_flow_node = cls(
            id=id,
            type_=type_,
            position=position,
            data=data,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_prompt_flow_node, _name)
        assistant_prompt_flow_node.additional_properties = {**d, **kept}
        assistant_prompt_flow_node.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_prompt_flow_node

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
