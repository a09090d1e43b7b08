from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_operator import ConditionOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolConditionEquation")


@_attrs_define
class ToolConditionEquation:
    """One comparison of a condition.

    Attributes:
        left (str): Left side of the comparison.
        operator (ConditionOperator): Comparison of an equation. `exists` and `not_exist` test whether the left side has
            a value and
            need no right side.
        right (str | Unset): Right side of the comparison; needed by every operator except `exists` and `not_exist` (a
            rule of the request bodies checks it for post-session tools).
    """

    left: str
    operator: ConditionOperator
    right: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        left = self.left

        operator = self.operator.value

        right = self.right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "left": left,
                "operator": operator,
            }
        )
        if right is not UNSET:
            field_dict["right"] = right

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        left = d.pop("left")

        operator = ConditionOperator(d.pop("operator"))

        right = d.pop("right", UNSET)

        tool_condition_equation = cls(
            left=left,
            operator=operator,
            right=right,
        )

        tool_condition_equation.additional_properties = d
        return tool_condition_equation

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
