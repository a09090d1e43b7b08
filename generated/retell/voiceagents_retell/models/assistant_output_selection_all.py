from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantOutputSelectionAll")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantOutputSelectionAll(AnswerModel):
    """The agent and the transcript see the whole response of the tool.

    Attributes:
        mode (Literal['all']): Tag of the whole-response variant.
        fields (list[str] | None | Unset): Not used when the tool runs; kept and returned as sent, for the dashboard.
    """

    mode: Literal["all"]
    fields: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "mode": "mode",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "mode"):  # else the answer lacked it: not invented here
            mode = self.mode
            field_dict["mode"] = mode
        fields: list[str] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantOutputSelectionAll takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["mode"]
            if _member not in d
        ]
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw != "all":
            raise ValueError("mode is not 'all'")
        mode = _mode_raw
        _fields_raw = d.pop("fields", UNSET)
        try:

            def _parse_fields(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    fields_type_0 = cast(list[str], data)

                    return fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            fields = _parse_fields(_fields_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            fields = cast(Any, UNSET)
            kept["fields"] = _fields_raw
            warnings.append(describe_misfit("fields", _fields_raw, "list[str] | None"))

        assistant_output_selection_all = cls(
            mode=mode,
            fields=fields,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_output_selection_all, _name)
        assistant_output_selection_all.additional_properties = {**d, **kept}
        assistant_output_selection_all.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_output_selection_all

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
