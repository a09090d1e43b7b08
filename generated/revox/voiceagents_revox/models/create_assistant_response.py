from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant import Assistant


T = TypeVar("T", bound="CreateAssistantResponse")


@_attrs_define
class CreateAssistantResponse:
    """Body of a successful create call.

    Attributes:
        assistant (Assistant | Unset): A stored assistant as Revox returns it: the settings (Revox's defaults filled in)
            plus
            identifiers, timestamps and FAQ bookkeeping. Required fields are the ones the SDK's response
            type always expects; the others may be missing or `null`. Enumerations are open: a value
            Revox adds later is kept as text.
    """

    assistant: Assistant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        assistant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assistant, Unset):
            assistant = self.assistant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant is not UNSET:
            field_dict["assistant"] = assistant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant import Assistant

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("CreateAssistantResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["assistant"]
            if _member not in d
        ]
        _assistant_raw = d.pop("assistant", UNSET)
        try:
            _assistant = _assistant_raw
            assistant: Assistant | Unset
            if isinstance(_assistant, Unset):
                assistant = UNSET
            else:
                assistant = Assistant.from_dict(_assistant)

        except Exception:  # an answer never raises: the value is kept as sent
            assistant = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["assistant"] = _assistant_raw
            warnings.append(describe_misfit("assistant", _assistant_raw, "Assistant"))
        create_assistant_response = cls(
            assistant=assistant,
        )
        create_assistant_response.additional_properties = {**d, **kept}
        create_assistant_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return create_assistant_response

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
