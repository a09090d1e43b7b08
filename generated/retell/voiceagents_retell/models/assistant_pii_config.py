from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pii_category import PiiCategory
from ..models.pii_mode import PiiMode
from ..types import UNSET, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPiiConfig")


@_attrs_define
class AssistantPiiConfig:
    """Scrubbing of personal data from transcripts and recordings.

    Attributes:
        categories (list[PiiCategory | str] | Unset): Kinds of personal data to scrub; an empty list turns scrubbing
            off.
        mode (PiiMode | str | Unset): When personal data is scrubbed; only after the call (`post_call`) for now.
    """

    categories: list[PiiCategory | str] | Unset = UNSET
    mode: PiiMode | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item: str
                if isinstance(categories_item_data, PiiCategory):
                    categories_item = categories_item_data.value
                else:
                    categories_item = categories_item_data
                categories.append(categories_item)

        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, PiiMode):
            mode = self.mode.value
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantPiiConfig takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["categories", "mode"]
            if _member not in d
        ]
        _categories_raw = d.pop("categories", UNSET)
        try:
            _categories = _categories_raw
            categories: list[PiiCategory | str] | Unset = UNSET
            if _categories is not UNSET:
                categories = []
                for categories_item_data in _categories:

                    def _parse_categories_item(data: object) -> PiiCategory | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            categories_item_type_0 = PiiCategory(data)

                            return categories_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(PiiCategory | str, data)

                    categories_item = _parse_categories_item(categories_item_data)

                    categories.append(categories_item)

        except Exception:  # an answer never raises: the value is kept as sent
            categories = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["categories"] = _categories_raw
            warnings.append(
                describe_misfit(
                    "categories", _categories_raw, "list[PiiCategory | str]"
                )
            )
        _mode_raw = d.pop("mode", UNSET)
        try:

            def _parse_mode(data: object) -> PiiMode | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    mode_type_0 = PiiMode(data)

                    return mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(PiiMode | str | Unset, data)

            mode = _parse_mode(_mode_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            mode = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["mode"] = _mode_raw
            warnings.append(describe_misfit("mode", _mode_raw, "PiiMode | str"))
        assistant_pii_config = cls(
            categories=categories,
            mode=mode,
        )
        assistant_pii_config.additional_properties = {**d, **kept}
        assistant_pii_config.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_pii_config

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
