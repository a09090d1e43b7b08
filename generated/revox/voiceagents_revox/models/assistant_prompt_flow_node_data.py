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

T = TypeVar("T", bound="AssistantPromptFlowNodeData")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPromptFlowNodeData(AnswerModel):
    """Content of a prompt block, as stored.

    Attributes:
        title (str): Heading of the block.
        body (str): Prompt text of the block.
    """

    title: str
    body: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "title": "title",
        "body": "body",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "title"):  # else the answer lacked it: not invented here
            title = self.title
            field_dict["title"] = title
        if hasattr(self, "body"):  # else the answer lacked it: not invented here
            body = self.body
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPromptFlowNodeData takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["title", "body"]
            if _member not in d
        ]
        _title_raw = d.pop("title", UNSET)
        if not isinstance(_title_raw, Unset):
            try:
                if not (isinstance(_title_raw, str)):
                    raise TypeError()
                title = _title_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                title = cast(Any, UNSET)
                unset.append("title")
                kept["title"] = _title_raw
                warnings.append(describe_misfit("title", _title_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            title = cast(Any, UNSET)
            unset.append("title")
        _body_raw = d.pop("body", UNSET)
        if not isinstance(_body_raw, Unset):
            try:
                if not (isinstance(_body_raw, str)):
                    raise TypeError()
                body = _body_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                body = cast(Any, UNSET)
                unset.append("body")
                kept["body"] = _body_raw
                warnings.append(describe_misfit("body", _body_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            body = cast(Any, UNSET)
            unset.append("body")
        assistant_prompt_flow_node_data = cls(
            title=title,
            body=body,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_prompt_flow_node_data, _name)
        assistant_prompt_flow_node_data.additional_properties = {**d, **kept}
        assistant_prompt_flow_node_data.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_prompt_flow_node_data

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
