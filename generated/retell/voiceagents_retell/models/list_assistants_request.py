from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_filter_criteria import ListFilterCriteria


T = TypeVar("T", bound="ListAssistantsRequest")


@_attrs_define
class ListAssistantsRequest:
    """Filters of the listing, all of which must hold. The SDK always sends this body, as `{}` when no
    filter is set.

        Attributes:
            filter_criteria (ListFilterCriteria | Unset): Filters for listing agents; every filter given must hold (they are
                joined with AND).
    """

    filter_criteria: ListFilterCriteria | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_criteria: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_criteria, Unset):
            filter_criteria = self.filter_criteria.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_criteria is not UNSET:
            field_dict["filter_criteria"] = filter_criteria

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_filter_criteria import ListFilterCriteria

        d = dict(src_dict)
        _filter_criteria = d.pop("filter_criteria", UNSET)
        filter_criteria: ListFilterCriteria | Unset
        if isinstance(_filter_criteria, Unset):
            filter_criteria = UNSET
        else:
            filter_criteria = ListFilterCriteria.from_dict(_filter_criteria)

        list_assistants_request = cls(
            filter_criteria=filter_criteria,
        )

        list_assistants_request.additional_properties = d
        return list_assistants_request

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
