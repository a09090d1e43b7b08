from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="DeleteAssistantResponse")


@_attrs_define
class DeleteAssistantResponse:
    """Body of a successful delete.

    Attributes:
        success (bool | Unset): Whether the assistant was deleted.
    """

    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
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
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["success"]
            if _member not in d
        ]
        _success_raw = d.pop("success", UNSET)
        try:
            if not isinstance(_success_raw, Unset) and not (
                isinstance(_success_raw, bool)
            ):
                raise TypeError()
            success = _success_raw
        except Exception:  # an answer never raises: the value is kept as sent
            success = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["success"] = _success_raw
            warnings.append(describe_misfit("success", _success_raw, "bool"))
        delete_assistant_response = cls(
            success=success,
        )
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
