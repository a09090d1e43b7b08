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

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_prompt_flow_edge import AssistantPromptFlowEdge
    from ..models.assistant_prompt_flow_node import AssistantPromptFlowNode


T = TypeVar("T", bound="AssistantPromptFlow")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPromptFlow(AnswerModel):
    """Visual prompt editor graph, as stored.

    Attributes:
        nodes (list[AssistantPromptFlowNode]): Prompt blocks.
        edges (list[AssistantPromptFlowEdge]): Links between prompt blocks.
    """

    nodes: list[AssistantPromptFlowNode]
    edges: list[AssistantPromptFlowEdge]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "nodes": "nodes",
        "edges": "edges",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "nodes"):  # else the answer lacked it: not invented here
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

            field_dict["nodes"] = nodes
        if hasattr(self, "edges"):  # else the answer lacked it: not invented here
            edges = []
            for edges_item_data in self.edges:
                edges_item = edges_item_data.to_dict()
                edges.append(edges_item)

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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["nodes", "edges"]
            if _member not in d
        ]
        _nodes_raw = d.pop("nodes", UNSET)
        if not isinstance(_nodes_raw, Unset):
            try:
                nodes = []
                _nodes = _nodes_raw
                for nodes_item_data in _nodes:
                    nodes_item = AssistantPromptFlowNode.from_dict(nodes_item_data)

                    nodes.append(nodes_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                nodes = cast(Any, UNSET)
                unset.append("nodes")
                kept["nodes"] = _nodes_raw
                warnings.append(
                    describe_misfit(
                        "nodes", _nodes_raw, "list[AssistantPromptFlowNode]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            nodes = cast(Any, UNSET)
            unset.append("nodes")
        _edges_raw = d.pop("edges", UNSET)
        if not isinstance(_edges_raw, Unset):
            try:
                edges = []
                _edges = _edges_raw
                for edges_item_data in _edges:
                    edges_item = AssistantPromptFlowEdge.from_dict(edges_item_data)

                    edges.append(edges_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                edges = cast(Any, UNSET)
                unset.append("edges")
                kept["edges"] = _edges_raw
                warnings.append(
                    describe_misfit(
                        "edges", _edges_raw, "list[AssistantPromptFlowEdge]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            edges = cast(Any, UNSET)
            unset.append("edges")
        assistant_prompt_flow = cls(
            nodes=nodes,
            edges=edges,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_prompt_flow, _name)
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
