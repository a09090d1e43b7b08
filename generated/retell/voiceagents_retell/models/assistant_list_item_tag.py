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
    from ..models.assistant_list_item_tag_dynamic_variables_type_0 import (
        AssistantListItemTagDynamicVariablesType0,
    )


T = TypeVar("T", bound="AssistantListItemTag")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantListItemTag(AnswerModel):
    """A tag of an agent in a listing. The SDK describes neither field.

    Attributes:
        dynamic_variables (AssistantListItemTagDynamicVariablesType0 | None | Unset): Dynamic variables attached to the
            tag, by name.
        version (int | None | Unset): Version of the agent the tag points at.
    """

    dynamic_variables: AssistantListItemTagDynamicVariablesType0 | None | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_list_item_tag_dynamic_variables_type_0 import (
            AssistantListItemTagDynamicVariablesType0,
        )

        dynamic_variables: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_variables, Unset):
            dynamic_variables = UNSET
        elif isinstance(
            self.dynamic_variables, AssistantListItemTagDynamicVariablesType0
        ):
            dynamic_variables = self.dynamic_variables.to_dict()
        else:
            dynamic_variables = self.dynamic_variables

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_list_item_tag_dynamic_variables_type_0 import (
            AssistantListItemTagDynamicVariablesType0,
        )

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantListItemTag takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = []
        _dynamic_variables_raw = d.pop("dynamic_variables", UNSET)
        try:

            def _parse_dynamic_variables(
                data: object,
            ) -> AssistantListItemTagDynamicVariablesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    dynamic_variables_type_0 = (
                        AssistantListItemTagDynamicVariablesType0.from_dict(data)
                    )

                    return dynamic_variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AssistantListItemTagDynamicVariablesType0 | None | Unset, data
                )

            dynamic_variables = _parse_dynamic_variables(_dynamic_variables_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            dynamic_variables = cast(Any, UNSET)
            kept["dynamic_variables"] = _dynamic_variables_raw
            warnings.append(
                describe_misfit(
                    "dynamic_variables",
                    _dynamic_variables_raw,
                    "AssistantListItemTagDynamicVariablesType0 | None",
                )
            )

        _version_raw = d.pop("version", UNSET)
        try:

            def _parse_version(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            version = _parse_version(_version_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            version = cast(Any, UNSET)
            kept["version"] = _version_raw
            warnings.append(describe_misfit("version", _version_raw, "int | None"))

        assistant_list_item_tag = cls(
            dynamic_variables=dynamic_variables,
            version=version,
        )
        assistant_list_item_tag.additional_properties = {**d, **kept}
        assistant_list_item_tag.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_list_item_tag

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
