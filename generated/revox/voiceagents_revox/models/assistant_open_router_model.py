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

T = TypeVar("T", bound="AssistantOpenRouterModel")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantOpenRouterModel(AnswerModel):
    """An OpenRouter model as stored.

    Attributes:
        type_ (Literal['openrouter']): Tag of the OpenRouter variant.
        openrouter_model_id (str): OpenRouter's identifier of the model.
        openrouter_provider (str): OpenRouter provider serving the model.
    """

    type_: Literal["openrouter"]
    openrouter_model_id: str
    openrouter_provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "openrouter_model_id": "openrouter_model_id",
        "openrouter_provider": "openrouter_provider",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(
            self, "openrouter_model_id"
        ):  # else the answer lacked it: not invented here
            openrouter_model_id = self.openrouter_model_id
            field_dict["openrouter_model_id"] = openrouter_model_id
        if hasattr(
            self, "openrouter_provider"
        ):  # else the answer lacked it: not invented here
            openrouter_provider = self.openrouter_provider
            field_dict["openrouter_provider"] = openrouter_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantOpenRouterModel takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "openrouter_model_id", "openrouter_provider"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "openrouter":
            raise ValueError("type is not 'openrouter'")
        type_ = _type__raw
        _openrouter_model_id_raw = d.pop("openrouter_model_id", UNSET)
        if not isinstance(_openrouter_model_id_raw, Unset):
            try:
                if not (isinstance(_openrouter_model_id_raw, str)):
                    raise TypeError()
                openrouter_model_id = _openrouter_model_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                openrouter_model_id = cast(Any, UNSET)
                unset.append("openrouter_model_id")
                kept["openrouter_model_id"] = _openrouter_model_id_raw
                warnings.append(
                    describe_misfit(
                        "openrouter_model_id", _openrouter_model_id_raw, "str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            openrouter_model_id = cast(Any, UNSET)
            unset.append("openrouter_model_id")
        _openrouter_provider_raw = d.pop("openrouter_provider", UNSET)
        if not isinstance(_openrouter_provider_raw, Unset):
            try:
                if not (isinstance(_openrouter_provider_raw, str)):
                    raise TypeError()
                openrouter_provider = _openrouter_provider_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                openrouter_provider = cast(Any, UNSET)
                unset.append("openrouter_provider")
                kept["openrouter_provider"] = _openrouter_provider_raw
                warnings.append(
                    describe_misfit(
                        "openrouter_provider", _openrouter_provider_raw, "str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            openrouter_provider = cast(Any, UNSET)
            unset.append("openrouter_provider")
        assistant_open_router_model = cls(
            type_=type_,
            openrouter_model_id=openrouter_model_id,
            openrouter_provider=openrouter_provider,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_open_router_model, _name)
        assistant_open_router_model.additional_properties = {**d, **kept}
        assistant_open_router_model.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_open_router_model

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
