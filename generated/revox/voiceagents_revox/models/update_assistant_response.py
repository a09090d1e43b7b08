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
    from ..models.unpatched_calls_notice import UnpatchedCallsNotice


T = TypeVar("T", bound="UpdateAssistantResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UpdateAssistantResponse(AnswerModel):
    """Body of a successful update.

    Attributes:
        assistant (Assistant): A stored assistant as Revox returns it: the settings (Revox's defaults filled in) plus
            identifiers, timestamps and FAQ bookkeeping. Required fields are the ones the SDK's response
            type always expects; the others may be missing or `null`. Enumerations are open: a value
            Revox adds later is kept as text.
        unpatched_calls_notice (None | UnpatchedCallsNotice | Unset): Notice about existing calls the change did not
            reach, when there are any.
    """

    assistant: Assistant
    unpatched_calls_notice: None | UnpatchedCallsNotice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "assistant": "assistant",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.unpatched_calls_notice import UnpatchedCallsNotice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "assistant"):  # else the answer lacked it: not invented here
            assistant = self.assistant.to_dict()
            field_dict["assistant"] = assistant
        unpatched_calls_notice: dict[str, Any] | None | Unset
        if isinstance(self.unpatched_calls_notice, Unset):
            unpatched_calls_notice = UNSET
        elif isinstance(self.unpatched_calls_notice, UnpatchedCallsNotice):
            unpatched_calls_notice = self.unpatched_calls_notice.to_dict()
        else:
            unpatched_calls_notice = self.unpatched_calls_notice
        if unpatched_calls_notice is not UNSET:
            field_dict["unpatchedCallsNotice"] = unpatched_calls_notice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant import Assistant
        from ..models.unpatched_calls_notice import UnpatchedCallsNotice

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("UpdateAssistantResponse takes an object")
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
        _unpatched_calls_notice_raw = d.pop("unpatchedCallsNotice", UNSET)
        try:

            def _parse_unpatched_calls_notice(
                data: object,
            ) -> None | UnpatchedCallsNotice | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    unpatched_calls_notice_type_0 = UnpatchedCallsNotice.from_dict(data)

                    return unpatched_calls_notice_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | UnpatchedCallsNotice | Unset, data)

            unpatched_calls_notice = _parse_unpatched_calls_notice(
                _unpatched_calls_notice_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            unpatched_calls_notice = cast(Any, UNSET)
            kept["unpatchedCallsNotice"] = _unpatched_calls_notice_raw
            warnings.append(
                describe_misfit(
                    "unpatchedCallsNotice",
                    _unpatched_calls_notice_raw,
                    "None | UnpatchedCallsNotice",
                )
            )

        update_assistant_response = cls(
            assistant=assistant,
            unpatched_calls_notice=unpatched_calls_notice,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(update_assistant_response, _name)
        update_assistant_response.additional_properties = {**d, **kept}
        update_assistant_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return update_assistant_response

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
