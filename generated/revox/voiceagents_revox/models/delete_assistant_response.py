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

T = TypeVar("T", bound="DeleteAssistantResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeleteAssistantResponse(AnswerModel):
    """Body of a successful delete.

    Attributes:
        success (bool): Whether the assistant was deleted.
    """

    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "success": "success",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "success"):  # else the answer lacked it: not invented here
            success = self.success
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("DeleteAssistantResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["success"]
            if _member not in d
        ]
        _success_raw = d.pop("success", UNSET)
        if not isinstance(_success_raw, Unset):
            try:
                if not (isinstance(_success_raw, bool)):
                    raise TypeError()
                success = _success_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                success = cast(Any, UNSET)
                unset.append("success")
                kept["success"] = _success_raw
                warnings.append(describe_misfit("success", _success_raw, "bool"))

        else:  # missing: the warning is above; the slot stays empty
            success = cast(Any, UNSET)
            unset.append("success")
        delete_assistant_response = cls(
            success=success,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(delete_assistant_response, _name)
        delete_assistant_response.additional_properties = {**d, **kept}
        delete_assistant_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return delete_assistant_response

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
