from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPosition")


@_attrs_define
class AssistantPosition:
    """A point on an editor canvas, as stored.

    Attributes:
        x (float | Unset): Horizontal coordinate.
        y (float | Unset): Vertical coordinate.
    """

    x: float | Unset = UNSET
    y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
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
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["x", "y"]
            if _member not in d
        ]
        _x_raw = d.pop("x", UNSET)
        try:
            if not isinstance(_x_raw, Unset) and not (
                isinstance(_x_raw, int | float) and not isinstance(_x_raw, bool)
            ):
                raise TypeError()
            x = _x_raw
        except Exception:  # an answer never raises: the value is kept as sent
            x = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["x"] = _x_raw
            warnings.append(describe_misfit("x", _x_raw, "float"))
        _y_raw = d.pop("y", UNSET)
        try:
            if not isinstance(_y_raw, Unset) and not (
                isinstance(_y_raw, int | float) and not isinstance(_y_raw, bool)
            ):
                raise TypeError()
            y = _y_raw
        except Exception:  # an answer never raises: the value is kept as sent
            y = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["y"] = _y_raw
            warnings.append(describe_misfit("y", _y_raw, "float"))
        assistant_position = cls(
            x=x,
            y=y,
        )
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
