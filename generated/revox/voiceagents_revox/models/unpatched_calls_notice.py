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

T = TypeVar("T", bound="UnpatchedCallsNotice")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UnpatchedCallsNotice(AnswerModel):
    """Notice sent along with some updates about existing calls the change was not carried over to.
    The SDK describes neither field; going by their names, `count` is how many calls are
    concerned and `variables` the prompt variables involved.

        Attributes:
            count (float): How many calls the notice is about.
            variables (list[str]): Names of the prompt variables the notice is about.
    """

    count: float
    variables: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "count": "count",
        "variables": "variables",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "count"):  # else the answer lacked it: not invented here
            count = self.count
            field_dict["count"] = count
        if hasattr(self, "variables"):  # else the answer lacked it: not invented here
            variables = self.variables

            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("UnpatchedCallsNotice takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["count", "variables"]
            if _member not in d
        ]
        _count_raw = d.pop("count", UNSET)
        if not isinstance(_count_raw, Unset):
            try:
                if not (
                    isinstance(_count_raw, int | float)
                    and not isinstance(_count_raw, bool)
                ):
                    raise TypeError()
                count = _count_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                count = cast(Any, UNSET)
                unset.append("count")
                kept["count"] = _count_raw
                warnings.append(describe_misfit("count", _count_raw, "float"))

        else:  # missing: the warning is above; the slot stays empty
            count = cast(Any, UNSET)
            unset.append("count")
        _variables_raw = d.pop("variables", UNSET)
        if not isinstance(_variables_raw, Unset):
            try:
                variables = cast(list[str], _variables_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                variables = cast(Any, UNSET)
                unset.append("variables")
                kept["variables"] = _variables_raw
                warnings.append(
                    describe_misfit("variables", _variables_raw, "list[str]")
                )

        else:  # missing: the warning is above; the slot stays empty
            variables = cast(Any, UNSET)
            unset.append("variables")
        unpatched_calls_notice = cls(
            count=count,
            variables=variables,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(unpatched_calls_notice, _name)
        unpatched_calls_notice.additional_properties = {**d, **kept}
        unpatched_calls_notice.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return unpatched_calls_notice

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
