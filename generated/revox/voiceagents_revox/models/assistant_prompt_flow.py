from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_prompt_flow_edge import AssistantPromptFlowEdge
    from ..models.assistant_prompt_flow_node import AssistantPromptFlowNode


T = TypeVar("T", bound="AssistantPromptFlow")


@_attrs_define
class AssistantPromptFlow:
    """Visual prompt editor graph, as stored.

    Attributes:
        nodes (list[AssistantPromptFlowNode] | Unset): Prompt blocks.
        edges (list[AssistantPromptFlowEdge] | Unset): Links between prompt blocks.
    """

    nodes: list[AssistantPromptFlowNode] | Unset = UNSET
    edges: list[AssistantPromptFlowEdge] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        edges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edges, Unset):
            edges = []
            for edges_item_data in self.edges:
                edges_item = edges_item_data.to_dict()
                edges.append(edges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if edges is not UNSET:
            field_dict["edges"] = edges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_prompt_flow_edge import AssistantPromptFlowEdge
        from ..models.assistant_prompt_flow_node import AssistantPromptFlowNode

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPromptFlow takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["nodes", "edges"]
            if _member not in d
        ]
        _nodes_raw = d.pop("nodes", UNSET)
        try:
            _nodes = _nodes_raw
            nodes: list[AssistantPromptFlowNode] | Unset = UNSET
            if _nodes is not UNSET:
                nodes = []
                for nodes_item_data in _nodes:
                    nodes_item = AssistantPromptFlowNode.from_dict(nodes_item_data)

                    nodes.append(nodes_item)

        except Exception:  # an answer never raises: the value is kept as sent
            nodes = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["nodes"] = _nodes_raw
            warnings.append(
                describe_misfit("nodes", _nodes_raw, "list[AssistantPromptFlowNode]")
            )
        _edges_raw = d.pop("edges", UNSET)
        try:
            _edges = _edges_raw
            edges: list[AssistantPromptFlowEdge] | Unset = UNSET
            if _edges is not UNSET:
                edges = []
                for edges_item_data in _edges:
                    edges_item = AssistantPromptFlowEdge.from_dict(edges_item_data)

                    edges.append(edges_item)

        except Exception:  # an answer never raises: the value is kept as sent
            edges = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["edges"] = _edges_raw
            warnings.append(
                describe_misfit("edges", _edges_raw, "list[AssistantPromptFlowEdge]")
            )
        assistant_prompt_flow = cls(
            nodes=nodes,
            edges=edges,
        )
        assistant_prompt_flow.additional_properties = {**d, **kept}
        assistant_prompt_flow.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_prompt_flow

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
