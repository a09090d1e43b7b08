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

T = TypeVar("T", bound="AssistantEnumAnalysisData")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantEnumAnalysisData(AnswerModel):
    """A value to extract after the call, chosen from a fixed list.

    Attributes:
        type_ (Literal['enum']): Tag of the choice variant.
        name (str): Name of the extracted variable.
        description (str): What the variable holds, for the model.
        choices (list[str]): The values it may take; at least one.
        conditional_prompt (None | str | Unset): Instruction that helps decide whether the value should be filled in at
            all; without it the
            value is always included. Ignored when `required` is true.
        required (bool | None | Unset): When true, a call from which the value cannot be extracted is marked
            unsuccessful.
    """

    type_: Literal["enum"]
    name: str
    description: str
    choices: list[str]
    conditional_prompt: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "name": "name",
        "description": "description",
        "choices": "choices",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "description"):  # else the answer lacked it: not invented here
            description = self.description
            field_dict["description"] = description
        if hasattr(self, "choices"):  # else the answer lacked it: not invented here
            choices = self.choices

            field_dict["choices"] = choices
        conditional_prompt: None | str | Unset
        if isinstance(self.conditional_prompt, Unset):
            conditional_prompt = UNSET
        else:
            conditional_prompt = self.conditional_prompt
        if conditional_prompt is not UNSET:
            field_dict["conditional_prompt"] = conditional_prompt
        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantEnumAnalysisData takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name", "description", "choices"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "enum":
            raise ValueError("type is not 'enum'")
        type_ = _type__raw
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
        _description_raw = d.pop("description", UNSET)
        if not isinstance(_description_raw, Unset):
            try:
                if not (isinstance(_description_raw, str)):
                    raise TypeError()
                description = _description_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                description = cast(Any, UNSET)
                unset.append("description")
                kept["description"] = _description_raw
                warnings.append(describe_misfit("description", _description_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            description = cast(Any, UNSET)
            unset.append("description")
        _choices_raw = d.pop("choices", UNSET)
        if not isinstance(_choices_raw, Unset):
            try:
                choices = cast(list[str], _choices_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                choices = cast(Any, UNSET)
                unset.append("choices")
                kept["choices"] = _choices_raw
                warnings.append(describe_misfit("choices", _choices_raw, "list[str]"))

        else:  # missing: the warning is above; the slot stays empty
            choices = cast(Any, UNSET)
            unset.append("choices")
        _conditional_prompt_raw = d.pop("conditional_prompt", UNSET)
        try:

            def _parse_conditional_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            conditional_prompt = _parse_conditional_prompt(_conditional_prompt_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            conditional_prompt = cast(Any, UNSET)
            kept["conditional_prompt"] = _conditional_prompt_raw
            warnings.append(
                describe_misfit(
                    "conditional_prompt", _conditional_prompt_raw, "None | str"
                )
            )

        _required_raw = d.pop("required", UNSET)
        try:

            def _parse_required(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            required = _parse_required(_required_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            required = cast(Any, UNSET)
            kept["required"] = _required_raw
            warnings.append(describe_misfit("required", _required_raw, "bool | None"))

        assistant_enum_analysis_data = cls(
            type_=type_,
            name=name,
            description=description,
            choices=choices,
            conditional_prompt=conditional_prompt,
            required=required,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_enum_analysis_data, _name)
        assistant_enum_analysis_data.additional_properties = {**d, **kept}
        assistant_enum_analysis_data.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_enum_analysis_data

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
