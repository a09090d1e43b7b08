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

T = TypeVar("T", bound="AssistantContactMemoryConfig")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantContactMemoryConfig(AnswerModel):
    """Contact memory, for phone calls and SMS chats. A new agent reads the memory but does not rewrite
    it unless told otherwise (the defaults below). An update changes only the flags it sends (an
    empty object changes nothing); a flag set to false turns that part off, but the configuration
    itself cannot be removed. Agents that existed before this setting have both flags off.

        Attributes:
            enable_read (bool | None | Unset): Adds the contact's saved memory to the agent's prompt. Even when off,
                skippable nodes can use
                answers given earlier in the same conversation, and the contact dynamic variables (among them
                `contact_memory`) stay available.
            enable_update (bool | None | Unset): Rewrites the contact's memory after each conversation. It needs
                conversation data to be
                stored, and chat agents also need `end_chat_after_silence_ms`.
    """

    enable_read: bool | None | Unset = UNSET
    enable_update: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        enable_read: bool | None | Unset
        if isinstance(self.enable_read, Unset):
            enable_read = UNSET
        else:
            enable_read = self.enable_read

        enable_update: bool | None | Unset
        if isinstance(self.enable_update, Unset):
            enable_update = UNSET
        else:
            enable_update = self.enable_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_read is not UNSET:
            field_dict["enable_read"] = enable_read
        if enable_update is not UNSET:
            field_dict["enable_update"] = enable_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantContactMemoryConfig takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _enable_read_raw = d.pop("enable_read", UNSET)
        try:

            def _parse_enable_read(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_read = _parse_enable_read(_enable_read_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_read = cast(Any, UNSET)
            kept["enable_read"] = _enable_read_raw
            warnings.append(
                describe_misfit("enable_read", _enable_read_raw, "bool | None")
            )

        _enable_update_raw = d.pop("enable_update", UNSET)
        try:

            def _parse_enable_update(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            enable_update = _parse_enable_update(_enable_update_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            enable_update = cast(Any, UNSET)
            kept["enable_update"] = _enable_update_raw
            warnings.append(
                describe_misfit("enable_update", _enable_update_raw, "bool | None")
            )

        assistant_contact_memory_config = cls(
            enable_read=enable_read,
            enable_update=enable_update,
        )
        assistant_contact_memory_config.additional_properties = {**d, **kept}
        assistant_contact_memory_config.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_contact_memory_config

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
