from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_model import LlmModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAssistantRequest")


@_attrs_define
class UpdateAssistantRequest:
    """Body of the update call. Every member is optional; only the members both third-party sources agree on are described,
    and the ones left out keep their stored value.

        Attributes:
            name (str | Unset): New display name for the assistant.
            llm_model (LlmModel | Unset): Language model that powers the assistant.
    """

    name: str | Unset = UNSET
    llm_model: LlmModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        llm_model: str | Unset = UNSET
        if not isinstance(self.llm_model, Unset):
            llm_model = self.llm_model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _llm_model = d.pop("llm_model", UNSET)
        llm_model: LlmModel | Unset
        if isinstance(_llm_model, Unset):
            llm_model = UNSET
        else:
            llm_model = LlmModel(_llm_model)

        update_assistant_request = cls(
            name=name,
            llm_model=llm_model,
        )

        update_assistant_request.additional_properties = d
        return update_assistant_request

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
