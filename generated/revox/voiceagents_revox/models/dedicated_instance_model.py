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

T = TypeVar("T", bound="DedicatedInstanceModel")


@_attrs_define
class DedicatedInstanceModel:
    """A model served from a dedicated instance run by Revox.

    Attributes:
        type_ (Literal['dedicated-instance']): Tag selecting the dedicated-instance variant.
        name (DedicatedInstanceModelName): Which model to run on a dedicated instance.
    """

    type_: Literal["dedicated-instance"]
    name: DedicatedInstanceModelName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["dedicated-instance"], d.pop("type"))
        if type_ != "dedicated-instance":
            raise ValueError(
                f"type must match const 'dedicated-instance', got '{type_}'"
            )

        name = DedicatedInstanceModelName(d.pop("name"))

        dedicated_instance_model = cls(
            type_=type_,
            name=name,
        )

        dedicated_instance_model.additional_properties = d
        return dedicated_instance_model

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
