from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_outcome import CallOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.zoho_field_mapping import ZohoFieldMapping


T = TypeVar("T", bound="Zoho")


@_attrs_define
class Zoho:
    """Zoho CRM push after a call.

    Attributes:
        connection_id (str): Nango connection linking the organisation's Zoho CRM account to Revox.
        module (str): Zoho module the contact record is created or updated in.
        field_mapping (list[ZohoFieldMapping]): Which call values go into which Zoho fields of that record.
        log_call_activity (bool): Also record the call in Zoho's Calls module, linked to the contact.
        outcomes (list[CallOutcome]): Call outcomes that trigger the push; `none` matches calls without an outcome.
        template (None | str | Unset): Template of the attached note. Placeholders: `{{summary}}`, `{{outcome}}`,
            `{{phone}}`,
            `{{call_url}}`, `{{assistant_name}}`, `{{campaign_name}}`, `{{transcript}}`, plus prompt
            variables and extracted values. `null` or empty: a default note with the outcome, the
            summary and the extracted values.
    """

    connection_id: str
    module: str
    field_mapping: list[ZohoFieldMapping]
    log_call_activity: bool
    outcomes: list[CallOutcome]
    template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        module = self.module

        field_mapping = []
        for field_mapping_item_data in self.field_mapping:
            field_mapping_item = field_mapping_item_data.to_dict()
            field_mapping.append(field_mapping_item)

        log_call_activity = self.log_call_activity

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.value
            outcomes.append(outcomes_item)

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "module": module,
                "field_mapping": field_mapping,
                "log_call_activity": log_call_activity,
                "outcomes": outcomes,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.zoho_field_mapping import ZohoFieldMapping

        d = dict(src_dict)
        connection_id = d.pop("connection_id")

        module = d.pop("module")

        field_mapping = []
        _field_mapping = d.pop("field_mapping")
        for field_mapping_item_data in _field_mapping:
            field_mapping_item = ZohoFieldMapping.from_dict(field_mapping_item_data)

            field_mapping.append(field_mapping_item)

        log_call_activity = d.pop("log_call_activity")

        outcomes = []
        _outcomes = d.pop("outcomes")
        for outcomes_item_data in _outcomes:
            outcomes_item = CallOutcome(outcomes_item_data)

            outcomes.append(outcomes_item)

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        zoho = cls(
            connection_id=connection_id,
            module=module,
            field_mapping=field_mapping,
            log_call_activity=log_call_activity,
            outcomes=outcomes,
            template=template,
        )

        zoho.additional_properties = d
        return zoho

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
