from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, misfit_tick

T = TypeVar("T", bound="AssistantSmsSenderRetellLongCode")


@_attrs_define
class AssistantSmsSenderRetellLongCode:
    """The SMS is sent from a Retell long code.

    Attributes:
        type_ (Literal['retell_long_code'] | Unset): Tag of the Retell long-code sender.
    """

    type_: Literal["retell_long_code"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSmsSenderRetellLongCode takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "retell_long_code":
            raise ValueError("type is not 'retell_long_code'")
        type_ = _type__raw
        assistant_sms_sender_retell_long_code = cls(
            type_=type_,
        )
        assistant_sms_sender_retell_long_code.additional_properties = {**d, **kept}
        assistant_sms_sender_retell_long_code.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_sms_sender_retell_long_code

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
