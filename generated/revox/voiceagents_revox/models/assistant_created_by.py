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

T = TypeVar("T", bound="AssistantCreatedBy")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCreatedBy(AnswerModel):
    """The Revox user who created the assistant.

    Attributes:
        id (str): Revox's user id of the creator.
        email (str): E-mail address of the creator.
        first_name (None | str | Unset): First name of the creator.
        last_name (None | str | Unset): Last name of the creator.
    """

    id: str
    email: str
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "id": "id",
        "email": "email",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "id"):  # else the answer lacked it: not invented here
            id = self.id
            field_dict["id"] = id
        if hasattr(self, "email"):  # else the answer lacked it: not invented here
            email = self.email
            field_dict["email"] = email
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCreatedBy takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "email"]
            if _member not in d
        ]
        _id_raw = d.pop("id", UNSET)
        if not isinstance(_id_raw, Unset):
            try:
                if not (isinstance(_id_raw, str)):
                    raise TypeError()
                id = _id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                id = cast(Any, UNSET)
                unset.append("id")
                kept["id"] = _id_raw
                warnings.append(describe_misfit("id", _id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            id = cast(Any, UNSET)
            unset.append("id")
        _email_raw = d.pop("email", UNSET)
        if not isinstance(_email_raw, Unset):
            try:
                if not (isinstance(_email_raw, str)):
                    raise TypeError()
                email = _email_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                email = cast(Any, UNSET)
                unset.append("email")
                kept["email"] = _email_raw
                warnings.append(describe_misfit("email", _email_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            email = cast(Any, UNSET)
            unset.append("email")
        _first_name_raw = d.pop("first_name", UNSET)
        try:

            def _parse_first_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_name = _parse_first_name(_first_name_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            first_name = cast(Any, UNSET)
            kept["first_name"] = _first_name_raw
            warnings.append(
                describe_misfit("first_name", _first_name_raw, "None | str")
            )

        _last_name_raw = d.pop("last_name", UNSET)
        try:

            def _parse_last_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_name = _parse_last_name(_last_name_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            last_name = cast(Any, UNSET)
            kept["last_name"] = _last_name_raw
            warnings.append(describe_misfit("last_name", _last_name_raw, "None | str"))

        assistant_created_by = cls(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_created_by, _name)
        assistant_created_by.additional_properties = {**d, **kept}
        assistant_created_by.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_created_by

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
