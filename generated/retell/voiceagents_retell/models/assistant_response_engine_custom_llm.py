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

T = TypeVar("T", bound="AssistantResponseEngineCustomLlm")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantResponseEngineCustomLlm(AnswerModel):
    """Your own LLM server, which Retell talks to over a websocket.

    Attributes:
        type_ (Literal['custom-llm']): Tag of the custom LLM variant.
        llm_websocket_url (str): Websocket address of your LLM server.
    """

    type_: Literal["custom-llm"]
    llm_websocket_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "llm_websocket_url": "llm_websocket_url",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(
            self, "llm_websocket_url"
        ):  # else the answer lacked it: not invented here
            llm_websocket_url = self.llm_websocket_url
            field_dict["llm_websocket_url"] = llm_websocket_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantResponseEngineCustomLlm takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "llm_websocket_url"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "custom-llm":
            raise ValueError("type is not 'custom-llm'")
        type_ = _type__raw
        _llm_websocket_url_raw = d.pop("llm_websocket_url", UNSET)
        if not isinstance(_llm_websocket_url_raw, Unset):
            try:
                if not (isinstance(_llm_websocket_url_raw, str)):
                    raise TypeError()
                llm_websocket_url = _llm_websocket_url_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                llm_websocket_url = cast(Any, UNSET)
                unset.append("llm_websocket_url")
                kept["llm_websocket_url"] = _llm_websocket_url_raw
                warnings.append(
                    describe_misfit("llm_websocket_url", _llm_websocket_url_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            llm_websocket_url = cast(Any, UNSET)
            unset.append("llm_websocket_url")
        assistant_response_engine_custom_llm = cls(
            type_=type_,
            llm_websocket_url=llm_websocket_url,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_response_engine_custom_llm, _name)
        assistant_response_engine_custom_llm.additional_properties = {**d, **kept}
        assistant_response_engine_custom_llm.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_response_engine_custom_llm

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
