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

T = TypeVar("T", bound="AssistantCustomModel")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCustomModel(AnswerModel):
    """A custom OpenAI-compatible endpoint as stored (Revox returns its key too).

    Attributes:
        type_ (Literal['custom']): Tag of the custom-endpoint variant.
        api_url (str): Base address of the OpenAI-compatible API.
        api_key (str): Key sent to that API as a Bearer token. A credential.
        model_name (str): Model name as the provider expects it.
    """

    type_: Literal["custom"]
    api_url: str
    api_key: str
    model_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "api_url": "api_url",
        "api_key": "api_key",
        "model_name": "model_name",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "api_url"):  # else the answer lacked it: not invented here
            api_url = self.api_url
            field_dict["api_url"] = api_url
        if hasattr(self, "api_key"):  # else the answer lacked it: not invented here
            api_key = self.api_key
            field_dict["api_key"] = api_key
        if hasattr(self, "model_name"):  # else the answer lacked it: not invented here
            model_name = self.model_name
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
        unset: list[str] = []
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
        if not isinstance(_api_url_raw, Unset):
            try:
                if not (isinstance(_api_url_raw, str)):
                    raise TypeError()
                api_url = _api_url_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                api_url = cast(Any, UNSET)
                unset.append("api_url")
                kept["api_url"] = _api_url_raw
                warnings.append(describe_misfit("api_url", _api_url_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            api_url = cast(Any, UNSET)
            unset.append("api_url")
        _api_key_raw = d.pop("api_key", UNSET)
        if not isinstance(_api_key_raw, Unset):
            try:
                if not (isinstance(_api_key_raw, str)):
                    raise TypeError()
                api_key = _api_key_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                api_key = cast(Any, UNSET)
                unset.append("api_key")
                kept["api_key"] = _api_key_raw
                warnings.append(describe_misfit("api_key", _api_key_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            api_key = cast(Any, UNSET)
            unset.append("api_key")
        _model_name_raw = d.pop("model_name", UNSET)
        if not isinstance(_model_name_raw, Unset):
            try:
                if not (isinstance(_model_name_raw, str)):
                    raise TypeError()
                model_name = _model_name_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                model_name = cast(Any, UNSET)
                unset.append("model_name")
                kept["model_name"] = _model_name_raw
                warnings.append(describe_misfit("model_name", _model_name_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            model_name = cast(Any, UNSET)
            unset.append("model_name")
        assistant_custom_model = cls(
            type_=type_,
            api_url=api_url,
            api_key=api_key,
            model_name=model_name,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_custom_model, _name)
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
