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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseEngineRetellLlm")


@_attrs_define
class ResponseEngineRetellLlm:
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
        field_dict.update(
            {
                "type": type_,
                "llm_id": llm_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["retell-llm"], d.pop("type"))
        if type_ != "retell-llm":
            raise ValueError(f"type must match const 'retell-llm', got '{type_}'")

        llm_id = d.pop("llm_id")

        def _parse_version(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        response_engine_retell_llm = cls(
            type_=type_,
            llm_id=llm_id,
            version=version,
        )

        response_engine_retell_llm.additional_properties = d
        return response_engine_retell_llm

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
