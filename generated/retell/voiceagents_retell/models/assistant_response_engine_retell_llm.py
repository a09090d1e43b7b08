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

T = TypeVar("T", bound="AssistantResponseEngineRetellLlm")


@_attrs_define
class AssistantResponseEngineRetellLlm:
    """A Retell LLM response engine (created beforehand with Retell's LLM endpoints).

    Attributes:
        type_ (Literal['retell-llm'] | Unset): Tag of the Retell LLM variant.
        llm_id (str | Unset): Identifier of the Retell LLM.
        version (float | None | Unset): Version of that Retell LLM to use.
    """

    type_: Literal["retell-llm"] | Unset = UNSET
    llm_id: str | Unset = UNSET
    version: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        llm_id = self.llm_id

        version: float | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if llm_id is not UNSET:
            field_dict["llm_id"] = llm_id
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
        try:
            if not isinstance(_llm_id_raw, Unset) and not (
                isinstance(_llm_id_raw, str)
            ):
                raise TypeError()
            llm_id = _llm_id_raw
        except Exception:  # an answer never raises: the value is kept as sent
            llm_id = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["llm_id"] = _llm_id_raw
            warnings.append(describe_misfit("llm_id", _llm_id_raw, "str"))
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
            version = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["version"] = _version_raw
            warnings.append(describe_misfit("version", _version_raw, "float | None"))
        assistant_response_engine_retell_llm = cls(
            type_=type_,
            llm_id=llm_id,
            version=version,
        )
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
