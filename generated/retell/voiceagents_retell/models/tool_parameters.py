from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_parameters_properties import ToolParametersProperties


T = TypeVar("T", bound="ToolParameters")


@_attrs_define
class ToolParameters:
    """Parameters of a tool as a JSON Schema object (see json-schema.org). Leaving them out declares a
    tool without parameters. Its boolean member `additionalProperties` is declared under
    `patternProperties`: as a property it would clash with the `additional_properties` attribute of
    the generated models, which carry it among their extra members instead.

        Attributes:
            type_ (Literal['object']): Always `object`, as for any JSON Schema object.
            properties (ToolParametersProperties): The parameters by name, each with the JSON Schema that validates it.
            required (list[str] | Unset): Names of the parameters the model should always fill in (it does its best); each
                must be
                one of `properties`.
    """

    type_: Literal["object"]
    properties: ToolParametersProperties
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_parameters_properties import ToolParametersProperties

        d = dict(src_dict)
        type_ = cast(Literal["object"], d.pop("type"))
        if type_ != "object":
            raise ValueError(f"type must match const 'object', got '{type_}'")

        properties = ToolParametersProperties.from_dict(d.pop("properties"))

        required = cast(list[str], d.pop("required", UNSET))

        tool_parameters = cls(
            type_=type_,
            properties=properties,
            required=required,
        )

        tool_parameters.additional_properties = d
        return tool_parameters

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
