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

from ..models.condition_operator import ConditionOperator
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantToolConditionEquation")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantToolConditionEquation(AnswerModel):
    """One comparison of a condition.

    Attributes:
        left (str): Left side of the comparison.
        operator (ConditionOperator | str): Comparison of an equation. `exists` and `not_exist` test whether the left
            side has a value and
            need no right side.
        right (None | str | Unset): Right side of the comparison; needed by every operator except `exists` and
            `not_exist` (a
            rule of the request bodies checks it for post-session tools).
    """

    left: str
    operator: ConditionOperator | str
    right: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "left": "left",
        "operator": "operator",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "left"):  # else the answer lacked it: not invented here
            left = self.left
            field_dict["left"] = left
        if hasattr(self, "operator"):  # else the answer lacked it: not invented here
            operator: str
            if isinstance(self.operator, ConditionOperator):
                operator = self.operator.value
            else:
                operator = self.operator
            field_dict["operator"] = operator
        right: None | str | Unset
        if isinstance(self.right, Unset):
            right = UNSET
        else:
            right = self.right
        if right is not UNSET:
            field_dict["right"] = right

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantToolConditionEquation takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["left", "operator"]
            if _member not in d
        ]
        _left_raw = d.pop("left", UNSET)
        if not isinstance(_left_raw, Unset):
            try:
                if not (isinstance(_left_raw, str)):
                    raise TypeError()
                left = _left_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                left = cast(Any, UNSET)
                unset.append("left")
                kept["left"] = _left_raw
                warnings.append(describe_misfit("left", _left_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            left = cast(Any, UNSET)
            unset.append("left")
        _operator_raw = d.pop("operator", UNSET)
        if not isinstance(_operator_raw, Unset):
            try:

                def _parse_operator(data: object) -> ConditionOperator | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        operator_type_0 = ConditionOperator(data)

                        return operator_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ConditionOperator | str, data)

                operator = _parse_operator(_operator_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                operator = cast(Any, UNSET)
                unset.append("operator")
                kept["operator"] = _operator_raw
                warnings.append(
                    describe_misfit(
                        "operator", _operator_raw, "ConditionOperator | str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            operator = cast(Any, UNSET)
            unset.append("operator")
        _right_raw = d.pop("right", UNSET)
        try:

            def _parse_right(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            right = _parse_right(_right_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            right = cast(Any, UNSET)
            kept["right"] = _right_raw
            warnings.append(describe_misfit("right", _right_raw, "None | str"))

        assistant_tool_condition_equation = cls(
            left=left,
            operator=operator,
            right=right,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_tool_condition_equation, _name)
        assistant_tool_condition_equation.additional_properties = {**d, **kept}
        assistant_tool_condition_equation.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_tool_condition_equation

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
