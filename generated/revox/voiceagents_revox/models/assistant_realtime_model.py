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

from ..models.realtime_provider import RealtimeProvider
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantRealtimeModel")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantRealtimeModel(AnswerModel):
    """A realtime model as stored.

    Attributes:
        type_ (Literal['realtime']): Tag of the realtime variant.
        provider (RealtimeProvider | str): Provider of the realtime model.
        realtime_model_id (str): The provider's identifier of the realtime model.
        realtime_voice_id (None | str | Unset): Voice the realtime model speaks with.
    """

    type_: Literal["realtime"]
    provider: RealtimeProvider | str
    realtime_model_id: str
    realtime_voice_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "provider": "provider",
        "realtime_model_id": "realtime_model_id",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "provider"):  # else the answer lacked it: not invented here
            provider: str
            if isinstance(self.provider, RealtimeProvider):
                provider = self.provider.value
            else:
                provider = self.provider
            field_dict["provider"] = provider
        if hasattr(
            self, "realtime_model_id"
        ):  # else the answer lacked it: not invented here
            realtime_model_id = self.realtime_model_id
            field_dict["realtime_model_id"] = realtime_model_id
        realtime_voice_id: None | str | Unset
        if isinstance(self.realtime_voice_id, Unset):
            realtime_voice_id = UNSET
        else:
            realtime_voice_id = self.realtime_voice_id
        if realtime_voice_id is not UNSET:
            field_dict["realtime_voice_id"] = realtime_voice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantRealtimeModel takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "provider", "realtime_model_id"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "realtime":
            raise ValueError("type is not 'realtime'")
        type_ = _type__raw
        _provider_raw = d.pop("provider", UNSET)
        if not isinstance(_provider_raw, Unset):
            try:

                def _parse_provider(data: object) -> RealtimeProvider | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        provider_type_0 = RealtimeProvider(data)

                        return provider_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(RealtimeProvider | str, data)

                provider = _parse_provider(_provider_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                provider = cast(Any, UNSET)
                unset.append("provider")
                kept["provider"] = _provider_raw
                warnings.append(
                    describe_misfit("provider", _provider_raw, "RealtimeProvider | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            provider = cast(Any, UNSET)
            unset.append("provider")
        _realtime_model_id_raw = d.pop("realtime_model_id", UNSET)
        if not isinstance(_realtime_model_id_raw, Unset):
            try:
                if not (isinstance(_realtime_model_id_raw, str)):
                    raise TypeError()
                realtime_model_id = _realtime_model_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                realtime_model_id = cast(Any, UNSET)
                unset.append("realtime_model_id")
                kept["realtime_model_id"] = _realtime_model_id_raw
                warnings.append(
                    describe_misfit("realtime_model_id", _realtime_model_id_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            realtime_model_id = cast(Any, UNSET)
            unset.append("realtime_model_id")
        _realtime_voice_id_raw = d.pop("realtime_voice_id", UNSET)
        try:

            def _parse_realtime_voice_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            realtime_voice_id = _parse_realtime_voice_id(_realtime_voice_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            realtime_voice_id = cast(Any, UNSET)
            kept["realtime_voice_id"] = _realtime_voice_id_raw
            warnings.append(
                describe_misfit(
                    "realtime_voice_id", _realtime_voice_id_raw, "None | str"
                )
            )

        assistant_realtime_model = cls(
            type_=type_,
            provider=provider,
            realtime_model_id=realtime_model_id,
            realtime_voice_id=realtime_voice_id,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_realtime_model, _name)
        assistant_realtime_model.additional_properties = {**d, **kept}
        assistant_realtime_model.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_realtime_model

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
