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

from ..models.structured_output_field_type import StructuredOutputFieldType
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantCustomToolParameter")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCustomToolParameter(AnswerModel):
    """A custom tool parameter, as stored.

    Attributes:
        name (str): Parameter name.
        required (bool): Whether the model must supply it.
        type_ (str | StructuredOutputFieldType): Data type of the parameter.
        description (None | str | Unset): Hint for the model.
        enum_options (list[str] | None | Unset): Allowed values for an `enum` parameter.
    """

    name: str
    required: bool
    type_: str | StructuredOutputFieldType
    description: None | str | Unset = UNSET
    enum_options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "name": "name",
        "required": "required",
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "required"):  # else the answer lacked it: not invented here
            required = self.required
            field_dict["required"] = required
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_: str
            if isinstance(self.type_, StructuredOutputFieldType):
                type_ = self.type_.value
            else:
                type_ = self.type_
            field_dict["type"] = type_
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        enum_options: list[str] | None | Unset
        if isinstance(self.enum_options, Unset):
            enum_options = UNSET
        elif isinstance(self.enum_options, list):
            enum_options = self.enum_options

        else:
            enum_options = self.enum_options
        if enum_options is not UNSET:
            field_dict["enum_options"] = enum_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCustomToolParameter takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["name", "required", "type"]
            if _member not in d
        ]
        _name_raw = d.pop("name", UNSET)
        if not isinstance(_name_raw, Unset):
            try:
                if not (isinstance(_name_raw, str)):
                    raise TypeError()
                name = _name_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                name = cast(Any, UNSET)
                unset.append("name")
                kept["name"] = _name_raw
                warnings.append(describe_misfit("name", _name_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            name = cast(Any, UNSET)
            unset.append("name")
        _required_raw = d.pop("required", UNSET)
        if not isinstance(_required_raw, Unset):
            try:
                if not (isinstance(_required_raw, bool)):
                    raise TypeError()
                required = _required_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                required = cast(Any, UNSET)
                unset.append("required")
                kept["required"] = _required_raw
                warnings.append(describe_misfit("required", _required_raw, "bool"))

        else:  # missing: the warning is above; the slot stays empty
            required = cast(Any, UNSET)
            unset.append("required")
        _type__raw = d.pop("type", UNSET)
        if not isinstance(_type__raw, Unset):
            try:

                def _parse_type_(data: object) -> str | StructuredOutputFieldType:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        type_type_0 = StructuredOutputFieldType(data)

                        return type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | StructuredOutputFieldType, data)

                type_ = _parse_type_(_type__raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                type_ = cast(Any, UNSET)
                unset.append("type_")
                kept["type"] = _type__raw
                warnings.append(
                    describe_misfit(
                        "type", _type__raw, "str | StructuredOutputFieldType"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            type_ = cast(Any, UNSET)
            unset.append("type_")
        _description_raw = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_description_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            description = cast(Any, UNSET)
            kept["description"] = _description_raw
            warnings.append(
                describe_misfit("description", _description_raw, "None | str")
            )

        _enum_options_raw = d.pop("enum_options", UNSET)
        try:

            def _parse_enum_options(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    enum_options_type_0 = cast(list[str], data)

                    return enum_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            enum_options = _parse_enum_options(_enum_options_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enum_options = cast(Any, UNSET)
            kept["enum_options"] = _enum_options_raw
            warnings.append(
                describe_misfit("enum_options", _enum_options_raw, "list[str] | None")
            )

        assistant_custom_tool_parameter = cls(
            name=name,
            required=required,
            type_=type_,
            description=description,
            enum_options=enum_options,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_custom_tool_parameter, _name)
        assistant_custom_tool_parameter.additional_properties = {**d, **kept}
        assistant_custom_tool_parameter.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_custom_tool_parameter

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
