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

from ..models.analysis_preset_name import AnalysisPresetName
from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPresetAnalysisData")


@_attrs_define
class AssistantPresetAnalysisData:
    """Adjusts one of the values Retell extracts from every voice call (its prompt, or whether it is
    required).

        Attributes:
            type_ (Literal['system-presets'] | Unset): Tag of the preset variant.
            name (AnalysisPresetName | str | Unset): One of the analysis values Retell extracts from every voice call by
                itself.
            conditional_prompt (None | str | Unset): Instruction that helps decide whether the value should be filled in at
                all; without it the
                value is always included.
            description (None | str | Unset): Prompt or description used for this preset.
    """

    type_: Literal["system-presets"] | Unset = UNSET
    name: AnalysisPresetName | str | Unset = UNSET
    conditional_prompt: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name: str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, AnalysisPresetName):
            name = self.name.value
        else:
            name = self.name

        conditional_prompt: None | str | Unset
        if isinstance(self.conditional_prompt, Unset):
            conditional_prompt = UNSET
        else:
            conditional_prompt = self.conditional_prompt

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if conditional_prompt is not UNSET:
            field_dict["conditional_prompt"] = conditional_prompt
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPresetAnalysisData takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "system-presets":
            raise ValueError("type is not 'system-presets'")
        type_ = _type__raw
        _name_raw = d.pop("name", UNSET)
        try:

            def _parse_name(data: object) -> AnalysisPresetName | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    name_type_0 = AnalysisPresetName(data)

                    return name_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AnalysisPresetName | str | Unset, data)

            name = _parse_name(_name_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            name = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["name"] = _name_raw
            warnings.append(
                describe_misfit("name", _name_raw, "AnalysisPresetName | str")
            )
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
            description = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["description"] = _description_raw
            warnings.append(
                describe_misfit("description", _description_raw, "None | str")
            )
        assistant_preset_analysis_data = cls(
            type_=type_,
            name=name,
            conditional_prompt=conditional_prompt,
            description=description,
        )
        assistant_preset_analysis_data.additional_properties = {**d, **kept}
        assistant_preset_analysis_data.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_preset_analysis_data

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
