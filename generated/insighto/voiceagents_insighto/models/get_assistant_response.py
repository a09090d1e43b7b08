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
    from ..models.meta import Meta


T = TypeVar("T", bound="GetAssistantResponse")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetAssistantResponse(AnswerModel):
    """Response envelope wrapping the requested assistant.

    Attributes:
        message (None | str | Unset): Human-readable outcome message.
        meta (Meta | Unset): Metadata block of the response envelope. The documentation shows it empty and lists no
            properties, so any keys are accepted.
        data (AssistantRead | Unset): The stored assistant as returned by the API (the vendor's `IAssistantRead`): every
            request field plus the generated `id`. The page collapses this object, so its required list is our choice: `id`
            and the two fields required on creation are marked required; enum-valued fields accept values beyond the
            documented lists so that new server-side values do not break parsing.
    """

    message: None | str | Unset = UNSET
    meta: Meta | Unset = UNSET
    data: AssistantRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if meta is not UNSET:
            field_dict["meta"] = meta
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_read import AssistantRead
        from ..models.meta import Meta

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("GetAssistantResponse takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _message_raw = d.pop("message", UNSET)
        try:

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            message = _parse_message(_message_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            message = cast(Any, UNSET)
            kept["message"] = _message_raw
            warnings.append(describe_misfit("message", _message_raw, "None | str"))

        _meta_raw = d.pop("meta", UNSET)
        try:
            _meta = _meta_raw
            meta: Meta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = Meta.from_dict(_meta)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            meta = cast(Any, UNSET)
            kept["meta"] = _meta_raw
            warnings.append(describe_misfit("meta", _meta_raw, "Meta"))

        _data_raw = d.pop("data", UNSET)
        try:
            _data = _data_raw
            data: AssistantRead | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = AssistantRead.from_dict(_data)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            data = cast(Any, UNSET)
            kept["data"] = _data_raw
            warnings.append(describe_misfit("data", _data_raw, "AssistantRead"))

        get_assistant_response = cls(
            message=message,
            meta=meta,
            data=data,
        )
        get_assistant_response.additional_properties = {**d, **kept}
        get_assistant_response.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return get_assistant_response

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
