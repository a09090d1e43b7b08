from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_read import AssistantRead


T = TypeVar("T", bound="AssistantPage")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPage(AnswerModel):
    """One page of assistants with its counters, in the shape of the vendor's documented paginated lists (for example the
    list of assistants linked to a data source, which carries the same assistant objects). Counter types are not
    documented, so each may also be null.

        Attributes:
            items (list[AssistantRead] | Unset): The assistants on this page.
            total (int | None | Unset): Number of assistants across all pages.
            page (int | None | Unset): Number of this page (1-based).
            size (int | None | Unset): Page size that was applied.
            pages (int | None | Unset): Number of pages, i.e. the number of the last page.
            previous_page (int | None | Unset): Number of the page before this one, if any.
            next_page (int | None | Unset): Number of the page after this one, if any.
    """

    items: list[AssistantRead] | Unset = UNSET
    total: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    pages: int | None | Unset = UNSET
    previous_page: int | None | Unset = UNSET
    next_page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        pages: int | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        else:
            pages = self.pages

        previous_page: int | None | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if pages is not UNSET:
            field_dict["pages"] = pages
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_read import AssistantRead

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPage takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _items_raw = d.pop("items", UNSET)
        try:
            _items = _items_raw
            items: list[AssistantRead] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = AssistantRead.from_dict(items_item_data)

                    items.append(items_item)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            items = cast(Any, UNSET)
            kept["items"] = _items_raw
            warnings.append(describe_misfit("items", _items_raw, "list[AssistantRead]"))

        _total_raw = d.pop("total", UNSET)
        try:

            def _parse_total(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            total = _parse_total(_total_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            total = cast(Any, UNSET)
            kept["total"] = _total_raw
            warnings.append(describe_misfit("total", _total_raw, "int | None"))

        _page_raw = d.pop("page", UNSET)
        try:

            def _parse_page(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            page = _parse_page(_page_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            page = cast(Any, UNSET)
            kept["page"] = _page_raw
            warnings.append(describe_misfit("page", _page_raw, "int | None"))

        _size_raw = d.pop("size", UNSET)
        try:

            def _parse_size(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            size = _parse_size(_size_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            size = cast(Any, UNSET)
            kept["size"] = _size_raw
            warnings.append(describe_misfit("size", _size_raw, "int | None"))

        _pages_raw = d.pop("pages", UNSET)
        try:

            def _parse_pages(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            pages = _parse_pages(_pages_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            pages = cast(Any, UNSET)
            kept["pages"] = _pages_raw
            warnings.append(describe_misfit("pages", _pages_raw, "int | None"))

        _previous_page_raw = d.pop("previous_page", UNSET)
        try:

            def _parse_previous_page(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            previous_page = _parse_previous_page(_previous_page_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            previous_page = cast(Any, UNSET)
            kept["previous_page"] = _previous_page_raw
            warnings.append(
                describe_misfit("previous_page", _previous_page_raw, "int | None")
            )

        _next_page_raw = d.pop("next_page", UNSET)
        try:

            def _parse_next_page(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            next_page = _parse_next_page(_next_page_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            next_page = cast(Any, UNSET)
            kept["next_page"] = _next_page_raw
            warnings.append(describe_misfit("next_page", _next_page_raw, "int | None"))

        assistant_page = cls(
            items=items,
            total=total,
            page=page,
            size=size,
            pages=pages,
            previous_page=previous_page,
            next_page=next_page,
        )
        assistant_page.additional_properties = {**d, **kept}
        assistant_page.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_page

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
