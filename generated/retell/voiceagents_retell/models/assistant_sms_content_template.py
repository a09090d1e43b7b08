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

from ..models.sms_template_name import SmsTemplateName
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

T = TypeVar("T", bound="AssistantSmsContentTemplate")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantSmsContentTemplate(AnswerModel):
    """SMS text from a Retell template.

    Attributes:
        type_ (Literal['template']): Tag of the template variant.
        template (SmsTemplateName | str): Ready-made SMS text; `info_collection` sends Retell's message asking the user
            for information.
    """

    type_: Literal["template"]
    template: SmsTemplateName | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "type_": "type",
        "template": "template",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "type_"):  # else the answer lacked it: not invented here
            type_ = self.type_
            field_dict["type"] = type_
        if hasattr(self, "template"):  # else the answer lacked it: not invented here
            template: str
            if isinstance(self.template, SmsTemplateName):
                template = self.template.value
            else:
                template = self.template
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantSmsContentTemplate takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["type", "template"]
            if _member not in d
        ]
        _type__raw = d.pop("type", UNSET)
        if _type__raw != "template":
            raise ValueError("type is not 'template'")
        type_ = _type__raw
        _template_raw = d.pop("template", UNSET)
        if not isinstance(_template_raw, Unset):
            try:

                def _parse_template(data: object) -> SmsTemplateName | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        template_type_0 = SmsTemplateName(data)

                        return template_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(SmsTemplateName | str, data)

                template = _parse_template(_template_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                template = cast(Any, UNSET)
                unset.append("template")
                kept["template"] = _template_raw
                warnings.append(
                    describe_misfit("template", _template_raw, "SmsTemplateName | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            template = cast(Any, UNSET)
            unset.append("template")
        assistant_sms_content_template = cls(
            type_=type_,
            template=template,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_sms_content_template, _name)
        assistant_sms_content_template.additional_properties = {**d, **kept}
        assistant_sms_content_template.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_sms_content_template

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
