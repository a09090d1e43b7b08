from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_tool_data import AssistantToolData


T = TypeVar("T", bound="AssistantTool")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantTool(AnswerModel):
    """One tool as the list returns it. The v1 pages only say "array of tools" (their example list is empty); the same
    backend's newer list pages show each tool as a `type` tag with its settings under `data`, which is what is modelled,
    kept open.

        Attributes:
            type_ (str | Unset): Tool tag; no list of values is published for this schema.
            data (AssistantToolData | Unset): Settings of one tool; free-form, as the keys depend on the tool type.
    """

    type_: str | Unset = UNSET
    data: AssistantToolData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_tool_data import AssistantToolData

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantTool takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _type__raw = d.pop("type", UNSET)
        try:
            if not isinstance(_type__raw, Unset) and not (isinstance(_type__raw, str)):
                raise TypeError()
            type_ = _type__raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            type_ = cast(Any, UNSET)
            kept["type"] = _type__raw
            warnings.append(describe_misfit("type", _type__raw, "str"))

        _data_raw = d.pop("data", UNSET)
        try:
            _data = _data_raw
            data: AssistantToolData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = AssistantToolData.from_dict(_data)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            data = cast(Any, UNSET)
            kept["data"] = _data_raw
            warnings.append(describe_misfit("data", _data_raw, "AssistantToolData"))

        assistant_tool = cls(
            type_=type_,
            data=data,
        )
        assistant_tool.additional_properties = {**d, **kept}
        assistant_tool.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_tool

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
