from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPromptFlowEdge")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPromptFlowEdge(AnswerModel):
    """A link between prompt blocks, as stored.

    Attributes:
        id (str): Identifier of the edge.
        source (str): Node the edge starts from.
        target (str): Node the edge leads to.
    """

    id: str
    source: str
    target: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "id": "id",
        "source": "source",
        "target": "target",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "id"):  # else the answer lacked it: not invented here
            id = self.id
            field_dict["id"] = id
        if hasattr(self, "source"):  # else the answer lacked it: not invented here
            source = self.source
            field_dict["source"] = source
        if hasattr(self, "target"):  # else the answer lacked it: not invented here
            target = self.target
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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "source", "target"]
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
        _source_raw = d.pop("source", UNSET)
        if not isinstance(_source_raw, Unset):
            try:
                if not (isinstance(_source_raw, str)):
                    raise TypeError()
                source = _source_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                source = cast(Any, UNSET)
                unset.append("source")
                kept["source"] = _source_raw
                warnings.append(describe_misfit("source", _source_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            source = cast(Any, UNSET)
            unset.append("source")
        _target_raw = d.pop("target", UNSET)
        if not isinstance(_target_raw, Unset):
            try:
                if not (isinstance(_target_raw, str)):
                    raise TypeError()
                target = _target_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                target = cast(Any, UNSET)
                unset.append("target")
                kept["target"] = _target_raw
                warnings.append(describe_misfit("target", _target_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            target = cast(Any, UNSET)
            unset.append("target")
        assistant_prompt_flow_edge = cls(
            id=id,
            source=source,
            target=target,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_prompt_flow_edge, _name)
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
