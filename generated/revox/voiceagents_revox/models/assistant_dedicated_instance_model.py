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

from ..models.dedicated_instance_model_name import DedicatedInstanceModelName
from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantDedicatedInstanceModel")


@_attrs_define
class AssistantDedicatedInstanceModel:
    """A dedicated-instance model as stored.

    Attributes:
        type_ (Literal['dedicated-instance'] | Unset): Tag of the dedicated-instance variant.
        name (DedicatedInstanceModelName | str | Unset): Model name.
    """

    type_: Literal["dedicated-instance"] | Unset = UNSET
    name: DedicatedInstanceModelName | str | Unset = UNSET
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
        elif isinstance(self.name, DedicatedInstanceModelName):
            name = self.name.value
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantDedicatedInstanceModel takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "name"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "dedicated-instance":
            raise ValueError("type is not 'dedicated-instance'")
        type_ = _type__raw
        _name_raw = d.pop("name", UNSET)
        try:

            def _parse_name(data: object) -> DedicatedInstanceModelName | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    name_type_0 = DedicatedInstanceModelName(data)

                    return name_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DedicatedInstanceModelName | str | Unset, data)

            name = _parse_name(_name_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            name = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["name"] = _name_raw
            warnings.append(
                describe_misfit("name", _name_raw, "DedicatedInstanceModelName | str")
            )
        assistant_dedicated_instance_model = cls(
            type_=type_,
            name=name,
        )
        assistant_dedicated_instance_model.additional_properties = {**d, **kept}
        assistant_dedicated_instance_model.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_dedicated_instance_model

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
