from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantStringAnalysisData")


@_attrs_define
class AssistantStringAnalysisData:
    """A free-text value to extract after the call.

    Attributes:
        type_ (Literal['string'] | Unset): Tag of the text variant.
        name (str | Unset): Name of the extracted variable.
        description (str | Unset): What the variable holds, for the model.
        conditional_prompt (None | str | Unset): Instruction that helps decide whether the value should be filled in at
            all; without it the
            value is always included. Ignored when `required` is true.
        examples (list[str] | None | Unset): Sample values showing the model the expected style and syntax.
    """

    type_: Literal["string"] | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    conditional_prompt: None | str | Unset = UNSET
    examples: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        conditional_prompt: None | str | Unset
        if isinstance(self.conditional_prompt, Unset):
            conditional_prompt = UNSET
        else:
            conditional_prompt = self.conditional_prompt

        examples: list[str] | None | Unset
        if isinstance(self.examples, Unset):
            examples = UNSET
        elif isinstance(self.examples, list):
            examples = self.examples

        else:
            examples = self.examples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if conditional_prompt is not UNSET:
            field_dict["conditional_prompt"] = conditional_prompt
        if examples is not UNSET:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantStringAnalysisData takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name", "description"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "string":
            raise ValueError("type is not 'string'")
        type_ = _type__raw
        _name_raw = d.pop("name", UNSET)
        try:
            if not isinstance(_name_raw, Unset) and not (isinstance(_name_raw, str)):
                raise TypeError()
            name = _name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            name = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "str"))
        _description_raw = d.pop("description", UNSET)
        try:
            if not isinstance(_description_raw, Unset) and not (
                isinstance(_description_raw, str)
            ):
                raise TypeError()
            description = _description_raw
        except Exception:  # an answer never raises: the value is kept as sent
            description = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["description"] = _description_raw
            warnings.append(describe_misfit("description", _description_raw, "str"))
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
            conditional_prompt = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["conditional_prompt"] = _conditional_prompt_raw
            warnings.append(
                describe_misfit(
                    "conditional_prompt", _conditional_prompt_raw, "None | str"
                )
            )
        _examples_raw = d.pop("examples", UNSET)
        try:

            def _parse_examples(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    examples_type_0 = cast(list[str], data)

                    return examples_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            examples = _parse_examples(_examples_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            examples = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["examples"] = _examples_raw
            warnings.append(
                describe_misfit("examples", _examples_raw, "list[str] | None")
            )
        assistant_string_analysis_data = cls(
            type_=type_,
            name=name,
            description=description,
            conditional_prompt=conditional_prompt,
            examples=examples,
        )
        assistant_string_analysis_data.additional_properties = {**d, **kept}
        assistant_string_analysis_data.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_string_analysis_data

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
