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

T = TypeVar("T", bound="AssistantCustomModel")


@_attrs_define
class AssistantCustomModel:
    """A custom OpenAI-compatible endpoint as stored (Revox returns its key too).

    Attributes:
        type_ (Literal['custom'] | Unset): Tag of the custom-endpoint variant.
        api_url (str | Unset): Base address of the OpenAI-compatible API.
        api_key (str | Unset): Key sent to that API as a Bearer token. A credential.
        model_name (str | Unset): Model name as the provider expects it.
    """

    type_: Literal["custom"] | Unset = UNSET
    api_url: str | Unset = UNSET
    api_key: str | Unset = UNSET
    model_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        api_url = self.api_url

        api_key = self.api_key

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if api_url is not UNSET:
            field_dict["api_url"] = api_url
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCustomModel takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "api_url", "api_key", "model_name"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "custom":
            raise ValueError("type is not 'custom'")
        type_ = _type__raw
        _api_url_raw = d.pop("api_url", UNSET)
        try:
            if not isinstance(_api_url_raw, Unset) and not (
                isinstance(_api_url_raw, str)
            ):
                raise TypeError()
            api_url = _api_url_raw
        except Exception:  # an answer never raises: the value is kept as sent
            api_url = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["api_url"] = _api_url_raw
            warnings.append(describe_misfit("api_url", _api_url_raw, "str"))
        _api_key_raw = d.pop("api_key", UNSET)
        try:
            if not isinstance(_api_key_raw, Unset) and not (
                isinstance(_api_key_raw, str)
            ):
                raise TypeError()
            api_key = _api_key_raw
        except Exception:  # an answer never raises: the value is kept as sent
            api_key = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["api_key"] = _api_key_raw
            warnings.append(describe_misfit("api_key", _api_key_raw, "str"))
        _model_name_raw = d.pop("model_name", UNSET)
        try:
            if not isinstance(_model_name_raw, Unset) and not (
                isinstance(_model_name_raw, str)
            ):
                raise TypeError()
            model_name = _model_name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            model_name = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["model_name"] = _model_name_raw
            warnings.append(describe_misfit("model_name", _model_name_raw, "str"))
        assistant_custom_model = cls(
            type_=type_,
            api_url=api_url,
            api_key=api_key,
            model_name=model_name,
        )
        assistant_custom_model.additional_properties = {**d, **kept}
        assistant_custom_model.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_custom_model

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
