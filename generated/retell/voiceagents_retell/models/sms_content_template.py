from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_template_name import SmsTemplateName

T = TypeVar("T", bound="SmsContentTemplate")


@_attrs_define
class SmsContentTemplate:
    """SMS text from a Retell template.

    Attributes:
        type_ (Literal['template']): Tag of the template variant.
        template (SmsTemplateName): Ready-made SMS text; `info_collection` sends Retell's message asking the user for
            information.
    """

    type_: Literal["template"]
    template: SmsTemplateName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        template = self.template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["template"], d.pop("type"))
        if type_ != "template":
            raise ValueError(f"type must match const 'template', got '{type_}'")

        template = SmsTemplateName(d.pop("template"))

        sms_content_template = cls(
            type_=type_,
            template=template,
        )

        sms_content_template.additional_properties = d
        return sms_content_template

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
