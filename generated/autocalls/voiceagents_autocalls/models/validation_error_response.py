from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.validation_error_response_errors import ValidationErrorResponseErrors


T = TypeVar("T", bound="ValidationErrorResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ValidationErrorResponse(AnswerModel):
    """Body of a 422 answer, as documented on the same backend's legacy (v1) page.

    Attributes:
        message (str | Unset): Summary of the validation failure.
        errors (ValidationErrorResponseErrors | Unset): Per-field validation messages. The vendor documents only
            "object"; the backend appears to be Laravel, so the usual shape is field name to list of messages (inferred,
            hence left open).
    """

    message: str | Unset = UNSET
    errors: ValidationErrorResponseErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_error_response_errors import (
            ValidationErrorResponseErrors,
        )

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("ValidationErrorResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _message_raw = d.pop("message", UNSET)
        try:
            if not isinstance(_message_raw, Unset) and not (
                isinstance(_message_raw, str)
            ):
                raise TypeError()
            message = _message_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            message = cast(Any, UNSET)
            kept["message"] = _message_raw
            warnings.append(describe_misfit("message", _message_raw, "str"))

        _errors_raw = d.pop("errors", UNSET)
        try:
            _errors = _errors_raw
            errors: ValidationErrorResponseErrors | Unset
            if isinstance(_errors, Unset):
                errors = UNSET
            else:
                errors = ValidationErrorResponseErrors.from_dict(_errors)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            errors = cast(Any, UNSET)
            kept["errors"] = _errors_raw
            warnings.append(
                describe_misfit("errors", _errors_raw, "ValidationErrorResponseErrors")
            )

        validation_error_response = cls(
            message=message,
            errors=errors,
        )
        validation_error_response.additional_properties = {**d, **kept}
        validation_error_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return validation_error_response

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
