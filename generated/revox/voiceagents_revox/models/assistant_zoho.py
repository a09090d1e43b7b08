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

from ..models.call_outcome import CallOutcome
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_zoho_field_mapping import AssistantZohoFieldMapping


T = TypeVar("T", bound="AssistantZoho")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantZoho(AnswerModel):
    """Zoho CRM integration, as stored.

    Attributes:
        connection_id (str): Nango connection of the Zoho CRM account.
        module (str): Zoho module records go into.
        field_mapping (list[AssistantZohoFieldMapping]): Which call values go into which Zoho fields.
        log_call_activity (bool): Whether the call is also logged in Zoho's Calls module.
        outcomes (list[CallOutcome | str]): Call outcomes that trigger the push.
        template (None | str | Unset): Note template, or `null` for the default note.
    """

    connection_id: str
    module: str
    field_mapping: list[AssistantZohoFieldMapping]
    log_call_activity: bool
    outcomes: list[CallOutcome | str]
    template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "connection_id": "connection_id",
        "module": "module",
        "field_mapping": "field_mapping",
        "log_call_activity": "log_call_activity",
        "outcomes": "outcomes",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(
            self, "connection_id"
        ):  # else the answer lacked it: not invented here
            connection_id = self.connection_id
            field_dict["connection_id"] = connection_id
        if hasattr(self, "module"):  # else the answer lacked it: not invented here
            module = self.module
            field_dict["module"] = module
        if hasattr(
            self, "field_mapping"
        ):  # else the answer lacked it: not invented here
            field_mapping = []
            for field_mapping_item_data in self.field_mapping:
                field_mapping_item = field_mapping_item_data.to_dict()
                field_mapping.append(field_mapping_item)

            field_dict["field_mapping"] = field_mapping
        if hasattr(
            self, "log_call_activity"
        ):  # else the answer lacked it: not invented here
            log_call_activity = self.log_call_activity
            field_dict["log_call_activity"] = log_call_activity
        if hasattr(self, "outcomes"):  # else the answer lacked it: not invented here
            outcomes = []
            for outcomes_item_data in self.outcomes:
                outcomes_item: str
                if isinstance(outcomes_item_data, CallOutcome):
                    outcomes_item = outcomes_item_data.value
                else:
                    outcomes_item = outcomes_item_data
                outcomes.append(outcomes_item)

            field_dict["outcomes"] = outcomes
        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_zoho_field_mapping import AssistantZohoFieldMapping

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantZoho takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "connection_id",
                "module",
                "field_mapping",
                "log_call_activity",
                "outcomes",
            ]
            if _member not in d
        ]
        _connection_id_raw = d.pop("connection_id", UNSET)
        if not isinstance(_connection_id_raw, Unset):
            try:
                if not (isinstance(_connection_id_raw, str)):
                    raise TypeError()
                connection_id = _connection_id_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                connection_id = cast(Any, UNSET)
                unset.append("connection_id")
                kept["connection_id"] = _connection_id_raw
                warnings.append(
                    describe_misfit("connection_id", _connection_id_raw, "str")
                )

        else:  # missing: the warning is above; the slot stays empty
            connection_id = cast(Any, UNSET)
            unset.append("connection_id")
        _module_raw = d.pop("module", UNSET)
        if not isinstance(_module_raw, Unset):
            try:
                if not (isinstance(_module_raw, str)):
                    raise TypeError()
                module = _module_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                module = cast(Any, UNSET)
                unset.append("module")
                kept["module"] = _module_raw
                warnings.append(describe_misfit("module", _module_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            module = cast(Any, UNSET)
            unset.append("module")
        _field_mapping_raw = d.pop("field_mapping", UNSET)
        if not isinstance(_field_mapping_raw, Unset):
            try:
                field_mapping = []
                _field_mapping = _field_mapping_raw
                for field_mapping_item_data in _field_mapping:
                    field_mapping_item = AssistantZohoFieldMapping.from_dict(
                        field_mapping_item_data
                    )

                    field_mapping.append(field_mapping_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                field_mapping = cast(Any, UNSET)
                unset.append("field_mapping")
                kept["field_mapping"] = _field_mapping_raw
                warnings.append(
                    describe_misfit(
                        "field_mapping",
                        _field_mapping_raw,
                        "list[AssistantZohoFieldMapping]",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            field_mapping = cast(Any, UNSET)
            unset.append("field_mapping")
        _log_call_activity_raw = d.pop("log_call_activity", UNSET)
        if not isinstance(_log_call_activity_raw, Unset):
            try:
                if not (isinstance(_log_call_activity_raw, bool)):
                    raise TypeError()
                log_call_activity = _log_call_activity_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                log_call_activity = cast(Any, UNSET)
                unset.append("log_call_activity")
                kept["log_call_activity"] = _log_call_activity_raw
                warnings.append(
                    describe_misfit("log_call_activity", _log_call_activity_raw, "bool")
                )

        else:  # missing: the warning is above; the slot stays empty
            log_call_activity = cast(Any, UNSET)
            unset.append("log_call_activity")
        _outcomes_raw = d.pop("outcomes", UNSET)
        if not isinstance(_outcomes_raw, Unset):
            try:
                outcomes = []
                _outcomes = _outcomes_raw
                for outcomes_item_data in _outcomes:

                    def _parse_outcomes_item(data: object) -> CallOutcome | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            outcomes_item_type_0 = CallOutcome(data)

                            return outcomes_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(CallOutcome | str, data)

                    outcomes_item = _parse_outcomes_item(outcomes_item_data)

                    outcomes.append(outcomes_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                outcomes = cast(Any, UNSET)
                unset.append("outcomes")
                kept["outcomes"] = _outcomes_raw
                warnings.append(
                    describe_misfit(
                        "outcomes", _outcomes_raw, "list[CallOutcome | str]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            outcomes = cast(Any, UNSET)
            unset.append("outcomes")
        _template_raw = d.pop("template", UNSET)
        try:

            def _parse_template(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            template = _parse_template(_template_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            template = cast(Any, UNSET)
            kept["template"] = _template_raw
            warnings.append(describe_misfit("template", _template_raw, "None | str"))

        assistant_zoho = cls(
            connection_id=connection_id,
            module=module,
            field_mapping=field_mapping,
            log_call_activity=log_call_activity,
            outcomes=outcomes,
            template=template,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_zoho, _name)
        assistant_zoho.additional_properties = {**d, **kept}
        assistant_zoho.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_zoho

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
