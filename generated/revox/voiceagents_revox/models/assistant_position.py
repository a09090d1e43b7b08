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

T = TypeVar("T", bound="AssistantPosition")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPosition(AnswerModel):
    """A point on an editor canvas, as stored.

    Attributes:
        x (float): Horizontal coordinate.
        y (float): Vertical coordinate.
    """

    x: float
    y: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "x": "x",
        "y": "y",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "x"):  # else the answer lacked it: not invented here
            x = self.x
            field_dict["x"] = x
        if hasattr(self, "y"):  # else the answer lacked it: not invented here
            y = self.y
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPosition takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["x", "y"]
            if _member not in d
        ]
        _x_raw = d.pop("x", UNSET)
        if not isinstance(_x_raw, Unset):
            try:
                if not (
                    isinstance(_x_raw, int | float) and not isinstance(_x_raw, bool)
                ):
                    raise TypeError()
                x = _x_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                x = cast(Any, UNSET)
                unset.append("x")
                kept["x"] = _x_raw
                warnings.append(describe_misfit("x", _x_raw, "float"))

        else:  # missing: the warning is above; the slot stays empty
            x = cast(Any, UNSET)
            unset.append("x")
        _y_raw = d.pop("y", UNSET)
        if not isinstance(_y_raw, Unset):
            try:
                if not (
                    isinstance(_y_raw, int | float) and not isinstance(_y_raw, bool)
                ):
                    raise TypeError()
                y = _y_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                y = cast(Any, UNSET)
                unset.append("y")
                kept["y"] = _y_raw
                warnings.append(describe_misfit("y", _y_raw, "float"))

        else:  # missing: the warning is above; the slot stays empty
            y = cast(Any, UNSET)
            unset.append("y")
        assistant_position = cls(
            x=x,
            y=y,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_position, _name)
        assistant_position.additional_properties = {**d, **kept}
        assistant_position.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_position

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
