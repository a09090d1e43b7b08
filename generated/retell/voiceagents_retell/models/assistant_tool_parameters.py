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

from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_tool_parameters_properties import (
        AssistantToolParametersProperties,
    )


T = TypeVar("T", bound="AssistantToolParameters")


@_attrs_define
class AssistantToolParameters:
    """Parameters of a tool as a JSON Schema object (see json-schema.org). Leaving them out declares a
    tool without parameters. Its boolean member `additionalProperties` is declared under
    `patternProperties`: as a property it would clash with the `additional_properties` attribute of
    the generated models, which carry it among their extra members instead.

        Attributes:
            type_ (Literal['object'] | Unset): Always `object`, as for any JSON Schema object.
            properties (AssistantToolParametersProperties | Unset): The parameters by name, each with the JSON Schema that
                validates it.
    """

    type_: Literal["object"] | Unset = UNSET
    properties: AssistantToolParametersProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_tool_parameters_properties import (
            AssistantToolParametersProperties,
        )

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantToolParameters takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "properties"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "object":
            raise ValueError("type is not 'object'")
        type_ = _type__raw
        _properties_raw = d.pop("properties", UNSET)
        try:
            _properties = _properties_raw
            properties: AssistantToolParametersProperties | Unset
            if isinstance(_properties, Unset):
                properties = UNSET
            else:
                properties = AssistantToolParametersProperties.from_dict(_properties)

        except Exception:  # an answer never raises: the value is kept as sent
            properties = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["properties"] = _properties_raw
            warnings.append(
                describe_misfit(
                    "properties", _properties_raw, "AssistantToolParametersProperties"
                )
            )
        assistant_tool_parameters = cls(
            type_=type_,
            properties=properties,
        )
        assistant_tool_parameters.additional_properties = {**d, **kept}
        assistant_tool_parameters.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_tool_parameters

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
