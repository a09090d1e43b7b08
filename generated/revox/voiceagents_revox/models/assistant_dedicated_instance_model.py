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

from ..models.dedicated_instance_model_name import DedicatedInstanceModelName
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantDedicatedInstanceModel")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantDedicatedInstanceModel(AnswerModel):
    """A dedicated-instance model as stored.

    Attributes:
        type_ (Literal['dedicated-instance']): Tag of the dedicated-instance variant.
        name (DedicatedInstanceModelName | str): Model name.
    """

    type_: Literal["dedicated-instance"]
    name: DedicatedInstanceModelName | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "name": "name",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name: str
            if isinstance(self.name, DedicatedInstanceModelName):
                name = self.name.value
            else:
                name = self.name
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
        unset: list[str] = []
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
        if not isinstance(_name_raw, Unset):
            try:

                def _parse_name(data: object) -> DedicatedInstanceModelName | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        name_type_0 = DedicatedInstanceModelName(data)

                        return name_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(DedicatedInstanceModelName | str, data)

                name = _parse_name(_name_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                name = cast(Any, UNSET)
                unset.append("name")
                kept["name"] = _name_raw
                warnings.append(
                    describe_misfit(
                        "name", _name_raw, "DedicatedInstanceModelName | str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            name = cast(Any, UNSET)
            unset.append("name")
        assistant_dedicated_instance_model = cls(
            type_=type_,
            name=name,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_dedicated_instance_model, _name)
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
