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
    from ..models.assistant import Assistant


T = TypeVar("T", bound="CreateAssistantResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreateAssistantResponse(AnswerModel):
    """Body of a successful create call.

    Attributes:
        assistant (Assistant): A stored assistant as Revox returns it: the settings (Revox's defaults filled in) plus
            identifiers, timestamps and FAQ bookkeeping. Required fields are the ones the SDK's response
            type always expects; the others may be missing or `null`. Enumerations are open: a value
            Revox adds later is kept as text.
    """

    assistant: Assistant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "assistant": "assistant",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "assistant"):  # else the answer lacked it: not invented here
            assistant = self.assistant.to_dict()
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
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["assistant"]
            if _member not in d
        ]
        _assistant_raw = d.pop("assistant", UNSET)
        if not isinstance(_assistant_raw, Unset):
            try:
                assistant = Assistant.from_dict(_assistant_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                assistant = cast(Any, UNSET)
                unset.append("assistant")
                kept["assistant"] = _assistant_raw
                warnings.append(
                    describe_misfit("assistant", _assistant_raw, "Assistant")
                )

        else:  # missing: the warning is above; the slot stays empty
            assistant = cast(Any, UNSET)
            unset.append("assistant")
        create_assistant_response = cls(
            assistant=assistant,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(create_assistant_response, _name)
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
