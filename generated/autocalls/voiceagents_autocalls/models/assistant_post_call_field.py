from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_post_call_field_type import AssistantPostCallFieldType
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPostCallField")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPostCallField(AnswerModel):
    """One post-call extraction field as the list returns it.

    Attributes:
        name (str | Unset): Key of the extracted value.
        type_ (AssistantPostCallFieldType | str | Unset): Data type of the value; open to values added later.
        description (str | Unset): What the value means.
    """

    name: str | Unset = UNSET
    type_: AssistantPostCallFieldType | str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AssistantPostCallFieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPostCallField takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _name_raw = d.pop("name", UNSET)
        try:
            if not isinstance(_name_raw, Unset) and not (isinstance(_name_raw, str)):
                raise TypeError()
            name = _name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            name = cast(Any, UNSET)
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "str"))

        _type__raw = d.pop("type", UNSET)
        try:

            def _parse_type_(data: object) -> AssistantPostCallFieldType | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = AssistantPostCallFieldType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantPostCallFieldType | str | Unset, data)

            type_ = _parse_type_(_type__raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            type_ = cast(Any, UNSET)
            kept["type"] = _type__raw
            warnings.append(
                describe_misfit("type", _type__raw, "AssistantPostCallFieldType | str")
            )

        _description_raw = d.pop("description", UNSET)
        try:
            if not isinstance(_description_raw, Unset) and not (
                isinstance(_description_raw, str)
            ):
                raise TypeError()
            description = _description_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            description = cast(Any, UNSET)
            kept["description"] = _description_raw
            warnings.append(describe_misfit("description", _description_raw, "str"))

        assistant_post_call_field = cls(
            name=name,
            type_=type_,
            description=description,
        )
        assistant_post_call_field.additional_properties = {**d, **kept}
        assistant_post_call_field.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_post_call_field

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
