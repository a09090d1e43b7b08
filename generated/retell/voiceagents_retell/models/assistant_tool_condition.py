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
from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_tool_condition_equation import (
        AssistantToolConditionEquation,
    )


T = TypeVar("T", bound="AssistantToolCondition")


@_attrs_define
class AssistantToolCondition:
    """Gate of a tool step; the step runs only when the condition holds (always, without one).

    Attributes:
        type_ (Literal['equation'] | Unset): Kind of condition; equations are the only kind.
        operator (ConditionJoin | str | Unset): How the equations of a condition are combined, `||` (any) or `&&` (all).
        equations (list[AssistantToolConditionEquation] | Unset): The comparisons that make up the condition.
    """

    type_: Literal["equation"] | Unset = UNSET
    operator: ConditionJoin | str | Unset = UNSET
    equations: list[AssistantToolConditionEquation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        operator: str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, ConditionJoin):
            operator = self.operator.value
        else:
            operator = self.operator

        equations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.equations, Unset):
            equations = []
            for equations_item_data in self.equations:
                equations_item = equations_item_data.to_dict()
                equations.append(equations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if operator is not UNSET:
            field_dict["operator"] = operator
        if equations is not UNSET:
            field_dict["equations"] = equations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_tool_condition_equation import (
            AssistantToolConditionEquation,
        )

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantToolCondition takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "operator", "equations"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "equation":
            raise ValueError("type is not 'equation'")
        type_ = _type__raw
        _operator_raw = d.pop("operator", UNSET)
        try:

            def _parse_operator(data: object) -> ConditionJoin | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    operator_type_0 = ConditionJoin(data)

                    return operator_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ConditionJoin | str | Unset, data)

            operator = _parse_operator(_operator_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            operator = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["operator"] = _operator_raw
            warnings.append(
                describe_misfit("operator", _operator_raw, "ConditionJoin | str")
            )
        _equations_raw = d.pop("equations", UNSET)
        try:
            _equations = _equations_raw
            equations: list[AssistantToolConditionEquation] | Unset = UNSET
            if _equations is not UNSET:
                equations = []
                for equations_item_data in _equations:
                    equations_item = AssistantToolConditionEquation.from_dict(
                        equations_item_data
                    )

                    equations.append(equations_item)

        except Exception:  # an answer never raises: the value is kept as sent
            equations = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["equations"] = _equations_raw
            warnings.append(
                describe_misfit(
                    "equations", _equations_raw, "list[AssistantToolConditionEquation]"
                )
            )
        assistant_tool_condition = cls(
            type_=type_,
            operator=operator,
            equations=equations,
        )
        assistant_tool_condition.additional_properties = {**d, **kept}
        assistant_tool_condition.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_tool_condition

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
