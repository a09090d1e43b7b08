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
    from ..models.assistant import Assistant
    from ..models.pagination_link import PaginationLink


T = TypeVar("T", bound="ListAssistantsResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListAssistantsResponse(AnswerModel):
    """One page of the account's assistants in a Laravel length-aware paginator. `current_page`, `data`, `first_page_url`,
    `last_page`, `links`, `per_page` and `total` are listed for this route; the other paginator keys are those the same
    backend shows on its List calls page (docs.autocalls.ai/api-reference/calls/get-calls).

        Attributes:
            current_page (int | Unset): Number of this page, from 1.
            data (list[Assistant] | Unset): The assistants on this page.
            first_page_url (str | Unset): Address of the first page.
            from_ (int | None | Unset): Position of the first item of this page in the whole list (`null` when the page is
                empty).
            last_page (int | Unset): Number of the last page.
            last_page_url (str | Unset): Address of the last page.
            links (list[PaginationLink] | Unset): Navigation links (previous, each page number, next) as a pager would show
                them.
            next_page_url (None | str | Unset): Address of the next page, `null` on the last one.
            path (str | Unset): Address of the list without the page query.
            per_page (int | Unset): Page size that was applied.
            prev_page_url (None | str | Unset): Address of the previous page, `null` on the first one.
            to (int | None | Unset): Position of the last item of this page in the whole list (`null` when the page is
                empty).
            total (int | Unset): Number of assistants over all pages.
    """

    current_page: int | Unset = UNSET
    data: list[Assistant] | Unset = UNSET
    first_page_url: str | Unset = UNSET
    from_: int | None | Unset = UNSET
    last_page: int | Unset = UNSET
    last_page_url: str | Unset = UNSET
    links: list[PaginationLink] | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    path: str | Unset = UNSET
    per_page: int | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    to: int | None | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        first_page_url = self.first_page_url

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        last_page = self.last_page

        last_page_url = self.last_page_url

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        path = self.path

        per_page = self.per_page

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if data is not UNSET:
            field_dict["data"] = data
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if from_ is not UNSET:
            field_dict["from"] = from_
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if last_page_url is not UNSET:
            field_dict["last_page_url"] = last_page_url
        if links is not UNSET:
            field_dict["links"] = links
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if path is not UNSET:
            field_dict["path"] = path
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if to is not UNSET:
            field_dict["to"] = to
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant import Assistant
        from ..models.pagination_link import PaginationLink

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("ListAssistantsResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _current_page_raw = d.pop("current_page", UNSET)
        try:
            if not isinstance(_current_page_raw, Unset) and not (
                isinstance(_current_page_raw, int)
                and not isinstance(_current_page_raw, bool)
            ):
                raise TypeError()
            current_page = _current_page_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            current_page = cast(Any, UNSET)
            kept["current_page"] = _current_page_raw
            warnings.append(describe_misfit("current_page", _current_page_raw, "int"))

        _data_raw = d.pop("data", UNSET)
        try:
            _data = _data_raw
            data: list[Assistant] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = Assistant.from_dict(data_item_data)

                    data.append(data_item)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            data = cast(Any, UNSET)
            kept["data"] = _data_raw
            warnings.append(describe_misfit("data", _data_raw, "list[Assistant]"))

        _first_page_url_raw = d.pop("first_page_url", UNSET)
        try:
            if not isinstance(_first_page_url_raw, Unset) and not (
                isinstance(_first_page_url_raw, str)
            ):
                raise TypeError()
            first_page_url = _first_page_url_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            first_page_url = cast(Any, UNSET)
            kept["first_page_url"] = _first_page_url_raw
            warnings.append(
                describe_misfit("first_page_url", _first_page_url_raw, "str")
            )

        _from__raw = d.pop("from", UNSET)
        try:

            def _parse_from_(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            from_ = _parse_from_(_from__raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            from_ = cast(Any, UNSET)
            kept["from"] = _from__raw
            warnings.append(describe_misfit("from", _from__raw, "int | None"))

        _last_page_raw = d.pop("last_page", UNSET)
        try:
            if not isinstance(_last_page_raw, Unset) and not (
                isinstance(_last_page_raw, int) and not isinstance(_last_page_raw, bool)
            ):
                raise TypeError()
            last_page = _last_page_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            last_page = cast(Any, UNSET)
            kept["last_page"] = _last_page_raw
            warnings.append(describe_misfit("last_page", _last_page_raw, "int"))

        _last_page_url_raw = d.pop("last_page_url", UNSET)
        try:
            if not isinstance(_last_page_url_raw, Unset) and not (
                isinstance(_last_page_url_raw, str)
            ):
                raise TypeError()
            last_page_url = _last_page_url_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            last_page_url = cast(Any, UNSET)
            kept["last_page_url"] = _last_page_url_raw
            warnings.append(describe_misfit("last_page_url", _last_page_url_raw, "str"))

        _links_raw = d.pop("links", UNSET)
        try:
            _links = _links_raw
            links: list[PaginationLink] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    links_item = PaginationLink.from_dict(links_item_data)

                    links.append(links_item)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            links = cast(Any, UNSET)
            kept["links"] = _links_raw
            warnings.append(
                describe_misfit("links", _links_raw, "list[PaginationLink]")
            )

        _next_page_url_raw = d.pop("next_page_url", UNSET)
        try:

            def _parse_next_page_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            next_page_url = _parse_next_page_url(_next_page_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            next_page_url = cast(Any, UNSET)
            kept["next_page_url"] = _next_page_url_raw
            warnings.append(
                describe_misfit("next_page_url", _next_page_url_raw, "None | str")
            )

        _path_raw = d.pop("path", UNSET)
        try:
            if not isinstance(_path_raw, Unset) and not (isinstance(_path_raw, str)):
                raise TypeError()
            path = _path_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            path = cast(Any, UNSET)
            kept["path"] = _path_raw
            warnings.append(describe_misfit("path", _path_raw, "str"))

        _per_page_raw = d.pop("per_page", UNSET)
        try:
            if not isinstance(_per_page_raw, Unset) and not (
                isinstance(_per_page_raw, int) and not isinstance(_per_page_raw, bool)
            ):
                raise TypeError()
            per_page = _per_page_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            per_page = cast(Any, UNSET)
            kept["per_page"] = _per_page_raw
            warnings.append(describe_misfit("per_page", _per_page_raw, "int"))

        _prev_page_url_raw = d.pop("prev_page_url", UNSET)
        try:

            def _parse_prev_page_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            prev_page_url = _parse_prev_page_url(_prev_page_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            prev_page_url = cast(Any, UNSET)
            kept["prev_page_url"] = _prev_page_url_raw
            warnings.append(
                describe_misfit("prev_page_url", _prev_page_url_raw, "None | str")
            )

        _to_raw = d.pop("to", UNSET)
        try:

            def _parse_to(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            to = _parse_to(_to_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            to = cast(Any, UNSET)
            kept["to"] = _to_raw
            warnings.append(describe_misfit("to", _to_raw, "int | None"))

        _total_raw = d.pop("total", UNSET)
        try:
            if not isinstance(_total_raw, Unset) and not (
                isinstance(_total_raw, int) and not isinstance(_total_raw, bool)
            ):
                raise TypeError()
            total = _total_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            total = cast(Any, UNSET)
            kept["total"] = _total_raw
            warnings.append(describe_misfit("total", _total_raw, "int"))

        list_assistants_response = cls(
            current_page=current_page,
            data=data,
            first_page_url=first_page_url,
            from_=from_,
            last_page=last_page,
            last_page_url=last_page_url,
            links=links,
            next_page_url=next_page_url,
            path=path,
            per_page=per_page,
            prev_page_url=prev_page_url,
            to=to,
            total=total,
        )
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
