from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_flow_node_type import PromptFlowNodeType
from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_position import AssistantPosition
    from ..models.assistant_prompt_flow_node_data import AssistantPromptFlowNodeData


T = TypeVar("T", bound="AssistantPromptFlowNode")


@_attrs_define
class AssistantPromptFlowNode:
    """A prompt block, as stored.

    Attributes:
        id (str | Unset): Identifier of the node.
        type_ (PromptFlowNodeType | str | Unset): Kind of node.
        position (AssistantPosition | Unset): A point on an editor canvas, as stored.
        data (AssistantPromptFlowNodeData | Unset): Content of a prompt block, as stored.
    """

    id: str | Unset = UNSET
    type_: PromptFlowNodeType | str | Unset = UNSET
    position: AssistantPosition | Unset = UNSET
    data: AssistantPromptFlowNodeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PromptFlowNodeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if data is not UNSET:
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
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "type", "position", "data"]
            if _member not in d
        ]
        _id_raw = d.pop("id", UNSET)
        try:
            if not isinstance(_id_raw, Unset) and not (isinstance(_id_raw, str)):
                raise TypeError()
            id = _id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            id = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["id"] = _id_raw
            warnings.append(describe_misfit("id", _id_raw, "str"))
        _type__raw = d.pop("type", UNSET)
        try:

            def _parse_type_(data: object) -> PromptFlowNodeType | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = PromptFlowNodeType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(PromptFlowNodeType | str | Unset, data)

            type_ = _parse_type_(_type__raw)

        except Exception:  # an answer never raises: the value is kept as sent
            type_ = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["type"] = _type__raw
            warnings.append(
                describe_misfit("type", _type__raw, "PromptFlowNodeType | str")
            )
        _position_raw = d.pop("position", UNSET)
        try:
            _position = _position_raw
            position: AssistantPosition | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = AssistantPosition.from_dict(_position)

        except Exception:  # an answer never raises: the value is kept as sent
            position = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["position"] = _position_raw
            warnings.append(
                describe_misfit("position", _position_raw, "AssistantPosition")
            )
        _data_raw = d.pop("data", UNSET)
        try:
            _data = _data_raw
            data: AssistantPromptFlowNodeData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = AssistantPromptFlowNodeData.from_dict(_data)

        except Exception:  # an answer never raises: the value is kept as sent
            data = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["data"] = _data_raw
            warnings.append(
                describe_misfit("data", _data_raw, "AssistantPromptFlowNodeData")
            )
        assistant_prompt_flow_node = cls(
            id=id,
            type_=type_,
            position=position,
            data=data,
        )
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
