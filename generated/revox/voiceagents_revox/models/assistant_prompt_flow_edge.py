from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPromptFlowEdge")


@_attrs_define
class AssistantPromptFlowEdge:
    """A link between prompt blocks, as stored.

    Attributes:
        id (str | Unset): Identifier of the edge.
        source (str | Unset): Node the edge starts from.
        target (str | Unset): Node the edge leads to.
    """

    id: str | Unset = UNSET
    source: str | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPromptFlowEdge takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "source", "target"]
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
        _source_raw = d.pop("source", UNSET)
        try:
            if not isinstance(_source_raw, Unset) and not (
                isinstance(_source_raw, str)
            ):
                raise TypeError()
            source = _source_raw
        except Exception:  # an answer never raises: the value is kept as sent
            source = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["source"] = _source_raw
            warnings.append(describe_misfit("source", _source_raw, "str"))
        _target_raw = d.pop("target", UNSET)
        try:
            if not isinstance(_target_raw, Unset) and not (
                isinstance(_target_raw, str)
            ):
                raise TypeError()
            target = _target_raw
        except Exception:  # an answer never raises: the value is kept as sent
            target = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["target"] = _target_raw
            warnings.append(describe_misfit("target", _target_raw, "str"))
        assistant_prompt_flow_edge = cls(
            id=id,
            source=source,
            target=target,
        )
        assistant_prompt_flow_edge.additional_properties = {**d, **kept}
        assistant_prompt_flow_edge.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_prompt_flow_edge

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
