from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_flow_node_type import PromptFlowNodeType

if TYPE_CHECKING:
    from ..models.position import Position
    from ..models.prompt_flow_node_data import PromptFlowNodeData


T = TypeVar("T", bound="PromptFlowNode")


@_attrs_define
class PromptFlowNode:
    """One prompt block of the visual editor.

    Attributes:
        id (str): Identifier of the node within the graph.
        type_ (PromptFlowNodeType): Kind of node in the visual prompt editor; only prompt blocks exist.
        position (Position): A point on an editor canvas.
        data (PromptFlowNodeData): Content of a prompt block.
    """

    id: str
    type_: PromptFlowNodeType
    position: Position
    data: PromptFlowNodeData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        position = self.position.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "position": position,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.position import Position
        from ..models.prompt_flow_node_data import PromptFlowNodeData

        d = dict(src_dict)
        id = d.pop("id")

        type_ = PromptFlowNodeType(d.pop("type"))

        position = Position.from_dict(d.pop("position"))

        data = PromptFlowNodeData.from_dict(d.pop("data"))

        prompt_flow_node = cls(
            id=id,
            type_=type_,
            position=position,
            data=data,
        )

        prompt_flow_node.additional_properties = d
        return prompt_flow_node

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
