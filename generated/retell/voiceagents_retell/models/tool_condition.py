from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_join import ConditionJoin

if TYPE_CHECKING:
    from ..models.tool_condition_equation import ToolConditionEquation


T = TypeVar("T", bound="ToolCondition")


@_attrs_define
class ToolCondition:
    """Gate of a tool step; the step runs only when the condition holds (always, without one).

    Attributes:
        type_ (Literal['equation']): Kind of condition; equations are the only kind.
        operator (ConditionJoin): How the equations of a condition are combined, `||` (any) or `&&` (all).
        equations (list[ToolConditionEquation]): The comparisons that make up the condition.
    """

    type_: Literal["equation"]
    operator: ConditionJoin
    equations: list[ToolConditionEquation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        operator = self.operator.value

        equations = []
        for equations_item_data in self.equations:
            equations_item = equations_item_data.to_dict()
            equations.append(equations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
                "equations": equations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_condition_equation import ToolConditionEquation

        d = dict(src_dict)
        type_ = cast(Literal["equation"], d.pop("type"))
        if type_ != "equation":
            raise ValueError(f"type must match const 'equation', got '{type_}'")

        operator = ConditionJoin(d.pop("operator"))

        equations = []
        _equations = d.pop("equations")
        for equations_item_data in _equations:
            equations_item = ToolConditionEquation.from_dict(equations_item_data)

            equations.append(equations_item)

        tool_condition = cls(
            type_=type_,
            operator=operator,
            equations=equations,
        )

        tool_condition.additional_properties = d
        return tool_condition

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
