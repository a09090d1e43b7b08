from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="PaginationLink")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaginationLink(AnswerModel):
    """One entry of the paginator's `links` list.

    Attributes:
        url (None | str | Unset): Address the entry leads to; `null` when there is nowhere to go (previous on page 1).
        label (str | Unset): Text of the entry, a page number or the previous/next arrow.
        active (bool | Unset): True for the entry of the current page.
    """

    url: None | str | Unset = UNSET
    label: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        label = self.label

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if label is not UNSET:
            field_dict["label"] = label
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("PaginationLink takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _url_raw = d.pop("url", UNSET)
        try:

            def _parse_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            url = _parse_url(_url_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            url = cast(Any, UNSET)
            kept["url"] = _url_raw
            warnings.append(describe_misfit("url", _url_raw, "None | str"))

        _label_raw = d.pop("label", UNSET)
        try:
            if not isinstance(_label_raw, Unset) and not (isinstance(_label_raw, str)):
                raise TypeError()
            label = _label_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            label = cast(Any, UNSET)
            kept["label"] = _label_raw
            warnings.append(describe_misfit("label", _label_raw, "str"))

        _active_raw = d.pop("active", UNSET)
        try:
            if not isinstance(_active_raw, Unset) and not (
                isinstance(_active_raw, bool)
            ):
                raise TypeError()
            active = _active_raw
        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            active = cast(Any, UNSET)
            kept["active"] = _active_raw
            warnings.append(describe_misfit("active", _active_raw, "bool"))

        pagination_link = cls(
            url=url,
            label=label,
            active=active,
        )
        pagination_link.additional_properties = {**d, **kept}
        pagination_link.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return pagination_link

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
