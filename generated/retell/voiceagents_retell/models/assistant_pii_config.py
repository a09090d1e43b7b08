from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pii_category import PiiCategory
from ..models.pii_mode import PiiMode
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantPiiConfig")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantPiiConfig(AnswerModel):
    """Scrubbing of personal data from transcripts and recordings.

    Attributes:
        categories (list[PiiCategory | str]): Kinds of personal data to scrub; an empty list turns scrubbing off.
        mode (PiiMode | str): When personal data is scrubbed; only after the call (`post_call`) for now.
    """

    categories: list[PiiCategory | str]
    mode: PiiMode | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "categories": "categories",
        "mode": "mode",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "categories"):  # else the answer lacked it: not invented here
            categories = []
            for categories_item_data in self.categories:
                categories_item: str
                if isinstance(categories_item_data, PiiCategory):
                    categories_item = categories_item_data.value
                else:
                    categories_item = categories_item_data
                categories.append(categories_item)

            field_dict["categories"] = categories
        if hasattr(self, "mode"):  # else the answer lacked it: not invented here
            mode: str
            if isinstance(self.mode, PiiMode):
                mode = self.mode.value
            else:
                mode = self.mode
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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["categories", "mode"]
            if _member not in d
        ]
        _categories_raw = d.pop("categories", UNSET)
        if not isinstance(_categories_raw, Unset):
            try:
                categories = []
                _categories = _categories_raw
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
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                categories = cast(Any, UNSET)
                unset.append("categories")
                kept["categories"] = _categories_raw
                warnings.append(
                    describe_misfit(
                        "categories", _categories_raw, "list[PiiCategory | str]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            categories = cast(Any, UNSET)
            unset.append("categories")
        _mode_raw = d.pop("mode", UNSET)
        if not isinstance(_mode_raw, Unset):
            try:

                def _parse_mode(data: object) -> PiiMode | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        mode_type_0 = PiiMode(data)

                        return mode_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(PiiMode | str, data)

                mode = _parse_mode(_mode_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                mode = cast(Any, UNSET)
                unset.append("mode")
                kept["mode"] = _mode_raw
                warnings.append(describe_misfit("mode", _mode_raw, "PiiMode | str"))

        else:  # missing: the warning is above; the slot stays empty
            mode = cast(Any, UNSET)
            unset.append("mode")
        assistant_pii_config = cls(
            categories=categories,
            mode=mode,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_pii_config, _name)
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
