from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_list_item import AssistantListItem


T = TypeVar("T", bound="ListAssistantsResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListAssistantsResponse(AnswerModel):
    """One page of agents. `pagination_key` is sent back as the query parameter of the same name to get
    the next page, as long as `has_more` is true.

        Attributes:
            has_more (bool): Whether more agents follow this page.
            items (list[AssistantListItem]): The agents of this page, in summary form.
            pagination_key (None | str | Unset): Cursor of the next page.
    """

    has_more: bool
    items: list[AssistantListItem]
    pagination_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "has_more": "has_more",
        "items": "items",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "has_more"):  # else the answer lacked it: not invented here
            has_more = self.has_more
            field_dict["has_more"] = has_more
        if hasattr(self, "items"):  # else the answer lacked it: not invented here
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items
        pagination_key: None | str | Unset
        if isinstance(self.pagination_key, Unset):
            pagination_key = UNSET
        else:
            pagination_key = self.pagination_key
        if pagination_key is not UNSET:
            field_dict["pagination_key"] = pagination_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_list_item import AssistantListItem

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("ListAssistantsResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["has_more", "items"]
            if _member not in d
        ]
        _has_more_raw = d.pop("has_more", UNSET)
        if not isinstance(_has_more_raw, Unset):
            try:
                if not (isinstance(_has_more_raw, bool)):
                    raise TypeError()
                has_more = _has_more_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                has_more = cast(Any, UNSET)
                unset.append("has_more")
                kept["has_more"] = _has_more_raw
                warnings.append(describe_misfit("has_more", _has_more_raw, "bool"))

        else:  # missing: the warning is above; the slot stays empty
            has_more = cast(Any, UNSET)
            unset.append("has_more")
        _items_raw = d.pop("items", UNSET)
        if not isinstance(_items_raw, Unset):
            try:
                items = []
                _items = _items_raw
                for items_item_data in _items:
                    items_item = AssistantListItem.from_dict(items_item_data)

                    items.append(items_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                items = cast(Any, UNSET)
                unset.append("items")
                kept["items"] = _items_raw
                warnings.append(
                    describe_misfit("items", _items_raw, "list[AssistantListItem]")
                )

        else:  # missing: the warning is above; the slot stays empty
            items = cast(Any, UNSET)
            unset.append("items")
        _pagination_key_raw = d.pop("pagination_key", UNSET)
        try:

            def _parse_pagination_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pagination_key = _parse_pagination_key(_pagination_key_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            pagination_key = cast(Any, UNSET)
            kept["pagination_key"] = _pagination_key_raw
            warnings.append(
                describe_misfit("pagination_key", _pagination_key_raw, "None | str")
            )

        list_assistants_response = cls(
            has_more=has_more,
            items=items,
            pagination_key=pagination_key,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(list_assistants_response, _name)
        list_assistants_response.additional_properties = {**d, **kept}
        list_assistants_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return list_assistants_response

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
