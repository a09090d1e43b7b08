from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_join import ConditionJoin
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_tool_condition_equation import (
        AssistantToolConditionEquation,
    )


T = TypeVar("T", bound="AssistantToolCondition")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantToolCondition(AnswerModel):
    """Gate of a tool step; the step runs only when the condition holds (always, without one).

    Attributes:
        type_ (Literal['equation']): Kind of condition; equations are the only kind.
        operator (ConditionJoin | str): How the equations of a condition are combined, `||` (any) or `&&` (all).
        equations (list[AssistantToolConditionEquation]): The comparisons that make up the condition.
    """

    type_: Literal["equation"]
    operator: ConditionJoin | str
    equations: list[AssistantToolConditionEquation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "operator": "operator",
        "equations": "equations",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "operator"):  # else the answer lacked it: not invented here
            operator: str
            if isinstance(self.operator, ConditionJoin):
                operator = self.operator.value
            else:
                operator = self.operator
            field_dict["operator"] = operator
        if hasattr(self, "equations"):  # else the answer lacked it: not invented here
            equations = []
            for equations_item_data in self.equations:
                equations_item = equations_item_data.to_dict()
                equations.append(equations_item)

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
        unset: list[str] = []
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
        if not isinstance(_operator_raw, Unset):
            try:

                def _parse_operator(data: object) -> ConditionJoin | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        operator_type_0 = ConditionJoin(data)

                        return operator_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ConditionJoin | str, data)

                operator = _parse_operator(_operator_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                operator = cast(Any, UNSET)
                unset.append("operator")
                kept["operator"] = _operator_raw
                warnings.append(
                    describe_misfit("operator", _operator_raw, "ConditionJoin | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            operator = cast(Any, UNSET)
            unset.append("operator")
        _equations_raw = d.pop("equations", UNSET)
        if not isinstance(_equations_raw, Unset):
            try:
                equations = []
                _equations = _equations_raw
                for equations_item_data in _equations:
                    equations_item = AssistantToolConditionEquation.from_dict(
                        equations_item_data
                    )

                    equations.append(equations_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                equations = cast(Any, UNSET)
                unset.append("equations")
                kept["equations"] = _equations_raw
                warnings.append(
                    describe_misfit(
                        "equations",
                        _equations_raw,
                        "list[AssistantToolConditionEquation]",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            equations = cast(Any, UNSET)
            unset.append("equations")
        assistant_tool_condition = cls(
            type_=type_,
            operator=operator,
            equations=equations,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_tool_condition, _name)
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
