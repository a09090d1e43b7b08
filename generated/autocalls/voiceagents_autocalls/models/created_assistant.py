from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_type import AssistantType
from ..models.engine_mode import EngineMode
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="CreatedAssistant")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreatedAssistant(AnswerModel):
    """Summary of the assistant that was created.

    Attributes:
        id (int | Unset): Identifier of the new assistant.
        name (str | Unset): Name of the assistant.
        status (str | Unset): Status of the assistant. The v2 page says new assistants start as `inactive`; the legacy
            v1 examples showed `active`. No full list is published, so this is an open string.
        type_ (AssistantType | str | Unset): Call direction; open to values added later.
        mode (EngineMode | str | Unset): Engine mode; open to values added later.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: AssistantType | str | Unset = UNSET
    mode: EngineMode | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AssistantType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, EngineMode):
            mode = self.mode.value
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("CreatedAssistant takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _id_raw = d.pop("id", UNSET)
        try:
            if not isinstance(_id_raw, Unset) and not (
                isinstance(_id_raw, int) and not isinstance(_id_raw, bool)
            ):
                raise TypeError()
            id = _id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            id = cast(Any, UNSET)
            kept["id"] = _id_raw
            warnings.append(describe_misfit("id", _id_raw, "int"))

        _name_raw = d.pop("name", UNSET)
        try:
            if not isinstance(_name_raw, Unset) and not (isinstance(_name_raw, str)):
                raise TypeError()
            name = _name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            name = cast(Any, UNSET)
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "str"))

        _status_raw = d.pop("status", UNSET)
        try:
            if not isinstance(_status_raw, Unset) and not (
                isinstance(_status_raw, str)
            ):
                raise TypeError()
            status = _status_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            status = cast(Any, UNSET)
            kept["status"] = _status_raw
            warnings.append(describe_misfit("status", _status_raw, "str"))

        _type__raw = d.pop("type", UNSET)
        try:

            def _parse_type_(data: object) -> AssistantType | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = AssistantType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantType | str | Unset, data)

            type_ = _parse_type_(_type__raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            type_ = cast(Any, UNSET)
            kept["type"] = _type__raw
            warnings.append(describe_misfit("type", _type__raw, "AssistantType | str"))

        _mode_raw = d.pop("mode", UNSET)
        try:

            def _parse_mode(data: object) -> EngineMode | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    mode_type_0 = EngineMode(data)

                    return mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EngineMode | str | Unset, data)

            mode = _parse_mode(_mode_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            mode = cast(Any, UNSET)
            kept["mode"] = _mode_raw
            warnings.append(describe_misfit("mode", _mode_raw, "EngineMode | str"))

        created_assistant = cls(
            id=id,
            name=name,
            status=status,
            type_=type_,
            mode=mode,
        )
        created_assistant.additional_properties = {**d, **kept}
        created_assistant.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return created_assistant

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
