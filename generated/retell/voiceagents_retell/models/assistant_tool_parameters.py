from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.assistant_tool_parameters_properties import (
        AssistantToolParametersProperties,
    )


T = TypeVar("T", bound="AssistantToolParameters")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantToolParameters(AnswerModel):
    """Parameters of a tool as a JSON Schema object (see json-schema.org). Leaving them out declares a
    tool without parameters. Its boolean member `additionalProperties` is declared under
    `patternProperties`: as a property it would clash with the `additional_properties` attribute of
    the generated models, which carry it among their extra members instead.

        Attributes:
            type_ (Literal['object']): Always `object`, as for any JSON Schema object.
            properties (AssistantToolParametersProperties): The parameters by name, each with the JSON Schema that validates
                it.
            required (list[str] | None | Unset): Names of the parameters the model should always fill in (it does its best);
                each must be
                one of `properties`.
    """

    type_: Literal["object"]
    properties: AssistantToolParametersProperties
    required: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "properties": "properties",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "properties"):  # else the answer lacked it: not invented here
            properties = self.properties.to_dict()
            field_dict["properties"] = properties
        required: list[str] | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, list):
            required = self.required

        else:
            required = self.required
        if required is not UNSET:
            field_dict["required"] = required

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
        unset: list[str] = []
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
        if not isinstance(_properties_raw, Unset):
            try:
                properties = AssistantToolParametersProperties.from_dict(
                    _properties_raw
                )

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                properties = cast(Any, UNSET)
                unset.append("properties")
                kept["properties"] = _properties_raw
                warnings.append(
                    describe_misfit(
                        "properties",
                        _properties_raw,
                        "AssistantToolParametersProperties",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            properties = cast(Any, UNSET)
            unset.append("properties")
        _required_raw = d.pop("required", UNSET)
        try:

            def _parse_required(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    required_type_0 = cast(list[str], data)

                    return required_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            required = _parse_required(_required_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            required = cast(Any, UNSET)
            kept["required"] = _required_raw
            warnings.append(
                describe_misfit("required", _required_raw, "list[str] | None")
            )

        assistant_tool_parameters = cls(
            type_=type_,
            properties=properties,
            required=required,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_tool_parameters, _name)
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
