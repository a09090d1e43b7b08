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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetAnalysisData")


@_attrs_define
class PresetAnalysisData:
    """Adjusts one of the values Retell extracts from every voice call (its prompt, or whether it is
    required).

        Attributes:
            type_ (Literal['system-presets']): Tag of the preset variant.
            name (AnalysisPresetName): One of the analysis values Retell extracts from every voice call by itself.
            conditional_prompt (str | Unset): Instruction that helps decide whether the value should be filled in at all;
                without it the
                value is always included.
            description (str | Unset): Prompt or description used for this preset.
            required (bool | Unset): False makes the value optional in the analysis; true or left out keeps it required.
                Default: True.
    """

    type_: Literal["system-presets"]
    name: AnalysisPresetName
    conditional_prompt: str | Unset = UNSET
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name.value

        conditional_prompt = self.conditional_prompt

        description = self.description

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if conditional_prompt is not UNSET:
            field_dict["conditional_prompt"] = conditional_prompt
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["system-presets"], d.pop("type"))
        if type_ != "system-presets":
            raise ValueError(f"type must match const 'system-presets', got '{type_}'")

        name = AnalysisPresetName(d.pop("name"))

        conditional_prompt = d.pop("conditional_prompt", UNSET)

        description = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        preset_analysis_data = cls(
            type_=type_,
            name=name,
            conditional_prompt=conditional_prompt,
            description=description,
            required=required,
        )

        preset_analysis_data.additional_properties = d
        return preset_analysis_data

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
