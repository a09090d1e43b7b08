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

T = TypeVar("T", bound="AssistantTransferDestination")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantTransferDestination(AnswerModel):
    """A transfer destination, as stored.

    Attributes:
        label (str): Name of the destination.
        phone_number (str): Number calls are transferred to.
    """

    label: str
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "label": "label",
        "phone_number": "phone_number",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "label"):  # else the answer lacked it: not invented here
            label = self.label
            field_dict["label"] = label
        if hasattr(
            self, "phone_number"
        ):  # else the answer lacked it: not invented here
            phone_number = self.phone_number
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantTransferDestination takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["label", "phone_number"]
            if _member not in d
        ]
        _label_raw = d.pop("label", UNSET)
        if not isinstance(_label_raw, Unset):
            try:
                if not (isinstance(_label_raw, str)):
                    raise TypeError()
                label = _label_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                label = cast(Any, UNSET)
                unset.append("label")
                kept["label"] = _label_raw
                warnings.append(describe_misfit("label", _label_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            label = cast(Any, UNSET)
            unset.append("label")
        _phone_number_raw = d.pop("phone_number", UNSET)
        if not isinstance(_phone_number_raw, Unset):
            try:
                if not (isinstance(_phone_number_raw, str)):
                    raise TypeError()
                phone_number = _phone_number_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                phone_number = cast(Any, UNSET)
                unset.append("phone_number")
                kept["phone_number"] = _phone_number_raw
                warnings.append(
                    describe_misfit("phone_number", _phone_number_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            phone_number = cast(Any, UNSET)
            unset.append("phone_number")
        assistant_transfer_destination = cls(
            label=label,
            phone_number=phone_number,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_transfer_destination, _name)
        assistant_transfer_destination.additional_properties = {**d, **kept}
        assistant_transfer_destination.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_transfer_destination

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
