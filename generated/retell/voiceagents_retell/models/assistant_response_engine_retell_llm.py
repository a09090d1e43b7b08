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

T = TypeVar("T", bound="AssistantResponseEngineRetellLlm")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantResponseEngineRetellLlm(AnswerModel):
    """A Retell LLM response engine (created beforehand with Retell's LLM endpoints).

    Attributes:
        type_ (Literal['retell-llm']): Tag of the Retell LLM variant.
        llm_id (str): Identifier of the Retell LLM.
        version (float | None | Unset): Version of that Retell LLM to use.
    """

    type_: Literal["retell-llm"]
    llm_id: str
    version: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "llm_id": "llm_id",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "llm_id"):  # else the answer lacked it: not invented here
            llm_id = self.llm_id
            field_dict["llm_id"] = llm_id
        version: float | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantResponseEngineRetellLlm takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "llm_id"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "retell-llm":
            raise ValueError("type is not 'retell-llm'")
        type_ = _type__raw
        _llm_id_raw = d.pop("llm_id", UNSET)
        if not isinstance(_llm_id_raw, Unset):
            try:
                if not (isinstance(_llm_id_raw, str)):
                    raise TypeError()
                llm_id = _llm_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                llm_id = cast(Any, UNSET)
                unset.append("llm_id")
                kept["llm_id"] = _llm_id_raw
                warnings.append(describe_misfit("llm_id", _llm_id_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            llm_id = cast(Any, UNSET)
            unset.append("llm_id")
        _version_raw = d.pop("version", UNSET)
        try:

            def _parse_version(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            version = _parse_version(_version_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            version = cast(Any, UNSET)
            kept["version"] = _version_raw
            warnings.append(describe_misfit("version", _version_raw, "float | None"))

        assistant_response_engine_retell_llm = cls(
            type_=type_,
            llm_id=llm_id,
            version=version,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_response_engine_retell_llm, _name)
        assistant_response_engine_retell_llm.additional_properties = {**d, **kept}
        assistant_response_engine_retell_llm.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_response_engine_retell_llm

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
