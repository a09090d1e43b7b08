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

T = TypeVar("T", bound="AssistantResponseEngineConversationFlow")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantResponseEngineConversationFlow(AnswerModel):
    """A conversation flow response engine (created beforehand with Retell's flow endpoints).

    Attributes:
        type_ (Literal['conversation-flow']): Tag of the conversation flow variant.
        conversation_flow_id (str): Identifier of the conversation flow.
        version (float | None | Unset): Version of that conversation flow to use.
    """

    type_: Literal["conversation-flow"]
    conversation_flow_id: str
    version: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "conversation_flow_id": "conversation_flow_id",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(
            self, "conversation_flow_id"
        ):  # else the answer lacked it: not invented here
            conversation_flow_id = self.conversation_flow_id
            field_dict["conversation_flow_id"] = conversation_flow_id
        version: float | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantResponseEngineConversationFlow takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "conversation_flow_id"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "conversation-flow":
            raise ValueError("type is not 'conversation-flow'")
        type_ = _type__raw
        _conversation_flow_id_raw = d.pop("conversation_flow_id", UNSET)
        if not isinstance(_conversation_flow_id_raw, Unset):
            try:
                if not (isinstance(_conversation_flow_id_raw, str)):
                    raise TypeError()
                conversation_flow_id = _conversation_flow_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                conversation_flow_id = cast(Any, UNSET)
                unset.append("conversation_flow_id")
                kept["conversation_flow_id"] = _conversation_flow_id_raw
                warnings.append(
                    describe_misfit(
                        "conversation_flow_id", _conversation_flow_id_raw, "str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            conversation_flow_id = cast(Any, UNSET)
            unset.append("conversation_flow_id")
        _version_raw = d.pop("version", UNSET)
        try:

            def _parse_version(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            version = _parse_version(_version_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            version = cast(Any, UNSET)
            kept["version"] = _version_raw
            warnings.append(describe_misfit("version", _version_raw, "float | None"))

        assistant_response_engine_conversation_flow = cls(
            type_=type_,
            conversation_flow_id=conversation_flow_id,
            version=version,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_response_engine_conversation_flow, _name)
        assistant_response_engine_conversation_flow.additional_properties = {
            **d,
            **kept,
        }
        assistant_response_engine_conversation_flow.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_response_engine_conversation_flow

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
