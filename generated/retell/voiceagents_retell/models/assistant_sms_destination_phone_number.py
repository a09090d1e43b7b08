from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantSmsDestinationPhoneNumber")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantSmsDestinationPhoneNumber(AnswerModel):
    """The SMS goes to a fixed number.

    Attributes:
        type_ (Literal['phone_number']): Tag of the fixed-number destination.
        phone_number (str): Number the SMS goes to, in E.164 form (unless `ignore_e164_validation` is true).
        ignore_e164_validation (bool | None | Unset): Skips the E.164 check of `phone_number`, as the transfer-call
            tool's flag of that name does.
    """

    type_: Literal["phone_number"]
    phone_number: str
    ignore_e164_validation: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "phone_number": "phone_number",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(
            self, "phone_number"
        ):  # else the answer lacked it: not invented here
            phone_number = self.phone_number
            field_dict["phone_number"] = phone_number
        ignore_e164_validation: bool | None | Unset
        if isinstance(self.ignore_e164_validation, Unset):
            ignore_e164_validation = UNSET
        else:
            ignore_e164_validation = self.ignore_e164_validation
        if ignore_e164_validation is not UNSET:
            field_dict["ignore_e164_validation"] = ignore_e164_validation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSmsDestinationPhoneNumber takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "phone_number"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "phone_number":
            raise ValueError("type is not 'phone_number'")
        type_ = _type__raw
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
        _ignore_e164_validation_raw = d.pop("ignore_e164_validation", UNSET)
        try:

            def _parse_ignore_e164_validation(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            ignore_e164_validation = _parse_ignore_e164_validation(
                _ignore_e164_validation_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            ignore_e164_validation = cast(Any, UNSET)
            kept["ignore_e164_validation"] = _ignore_e164_validation_raw
            warnings.append(
                describe_misfit(
                    "ignore_e164_validation", _ignore_e164_validation_raw, "bool | None"
                )
            )

        assistant_sms_destination_phone_number = cls(
            type_=type_,
            phone_number=phone_number,
            ignore_e164_validation=ignore_e164_validation,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_sms_destination_phone_number, _name)
        assistant_sms_destination_phone_number.additional_properties = {**d, **kept}
        assistant_sms_destination_phone_number.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_sms_destination_phone_number

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
