from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..types import UNSET, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_custom_tool_header import AssistantCustomToolHeader
    from ..models.assistant_custom_tool_parameter import AssistantCustomToolParameter
    from ..models.assistant_custom_tool_query_param import AssistantCustomToolQueryParam


T = TypeVar("T", bound="AssistantCustomTool")


@_attrs_define
class AssistantCustomTool:
    """A custom HTTP tool as stored.

    Attributes:
        name (str | Unset): Tool name.
        description (str | Unset): What the tool does, as the model reads it.
        method (HttpMethod | str | Unset): HTTP method of the request.
        url (str | Unset): Address of the endpoint (may contain placeholders).
        headers (list[AssistantCustomToolHeader] | Unset): HTTP headers of the request.
        query_params (list[AssistantCustomToolQueryParam] | Unset): Query-string parameters of the request.
        body_template (None | str | Unset): JSON body template, or `null` for no body.
        input_schema (list[AssistantCustomToolParameter] | Unset): Parameters the model passes to the tool.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    method: HttpMethod | str | Unset = UNSET
    url: str | Unset = UNSET
    headers: list[AssistantCustomToolHeader] | Unset = UNSET
    query_params: list[AssistantCustomToolQueryParam] | Unset = UNSET
    body_template: None | str | Unset = UNSET
    input_schema: list[AssistantCustomToolParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, HttpMethod):
            method = self.method.value
        else:
            method = self.method

        url = self.url

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        query_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = []
            for query_params_item_data in self.query_params:
                query_params_item = query_params_item_data.to_dict()
                query_params.append(query_params_item)

        body_template: None | str | Unset
        if isinstance(self.body_template, Unset):
            body_template = UNSET
        else:
            body_template = self.body_template

        input_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = []
            for input_schema_item_data in self.input_schema:
                input_schema_item = input_schema_item_data.to_dict()
                input_schema.append(input_schema_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if body_template is not UNSET:
            field_dict["body_template"] = body_template
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_custom_tool_header import AssistantCustomToolHeader
        from ..models.assistant_custom_tool_parameter import (
            AssistantCustomToolParameter,
        )
        from ..models.assistant_custom_tool_query_param import (
            AssistantCustomToolQueryParam,
        )

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantCustomTool takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in [
                "name",
                "description",
                "method",
                "url",
                "headers",
                "query_params",
                "input_schema",
            ]
            if _member not in d
        ]
        _name_raw = d.pop("name", UNSET)
        try:
            if not isinstance(_name_raw, Unset) and not (isinstance(_name_raw, str)):
                raise TypeError()
            name = _name_raw
        except Exception:  # an answer never raises: the value is kept as sent
            name = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "str"))
        _description_raw = d.pop("description", UNSET)
        try:
            if not isinstance(_description_raw, Unset) and not (
                isinstance(_description_raw, str)
            ):
                raise TypeError()
            description = _description_raw
        except Exception:  # an answer never raises: the value is kept as sent
            description = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["description"] = _description_raw
            warnings.append(describe_misfit("description", _description_raw, "str"))
        _method_raw = d.pop("method", UNSET)
        try:

            def _parse_method(data: object) -> HttpMethod | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    method_type_0 = HttpMethod(data)

                    return method_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HttpMethod | str | Unset, data)

            method = _parse_method(_method_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            method = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["method"] = _method_raw
            warnings.append(describe_misfit("method", _method_raw, "HttpMethod | str"))
        _url_raw = d.pop("url", UNSET)
        try:
            if not isinstance(_url_raw, Unset) and not (isinstance(_url_raw, str)):
                raise TypeError()
            url = _url_raw
        except Exception:  # an answer never raises: the value is kept as sent
            url = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["url"] = _url_raw
            warnings.append(describe_misfit("url", _url_raw, "str"))
        _headers_raw = d.pop("headers", UNSET)
        try:
            _headers = _headers_raw
            headers: list[AssistantCustomToolHeader] | Unset = UNSET
            if _headers is not UNSET:
                headers = []
                for headers_item_data in _headers:
                    headers_item = AssistantCustomToolHeader.from_dict(
                        headers_item_data
                    )

                    headers.append(headers_item)

        except Exception:  # an answer never raises: the value is kept as sent
            headers = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["headers"] = _headers_raw
            warnings.append(
                describe_misfit(
                    "headers", _headers_raw, "list[AssistantCustomToolHeader]"
                )
            )
        _query_params_raw = d.pop("query_params", UNSET)
        try:
            _query_params = _query_params_raw
            query_params: list[AssistantCustomToolQueryParam] | Unset = UNSET
            if _query_params is not UNSET:
                query_params = []
                for query_params_item_data in _query_params:
                    query_params_item = AssistantCustomToolQueryParam.from_dict(
                        query_params_item_data
                    )

                    query_params.append(query_params_item)

        except Exception:  # an answer never raises: the value is kept as sent
            query_params = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["query_params"] = _query_params_raw
            warnings.append(
                describe_misfit(
                    "query_params",
                    _query_params_raw,
                    "list[AssistantCustomToolQueryParam]",
                )
            )
        _body_template_raw = d.pop("body_template", UNSET)
        try:

            def _parse_body_template(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            body_template = _parse_body_template(_body_template_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            body_template = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["body_template"] = _body_template_raw
            warnings.append(
                describe_misfit("body_template", _body_template_raw, "None | str")
            )
        _input_schema_raw = d.pop("input_schema", UNSET)
        try:
            _input_schema = _input_schema_raw
            input_schema: list[AssistantCustomToolParameter] | Unset = UNSET
            if _input_schema is not UNSET:
                input_schema = []
                for input_schema_item_data in _input_schema:
                    input_schema_item = AssistantCustomToolParameter.from_dict(
                        input_schema_item_data
                    )

                    input_schema.append(input_schema_item)

        except Exception:  # an answer never raises: the value is kept as sent
            input_schema = cast(
                Any, UNSET
            )  # the declared type allows UNSET: all answer fields are optional
            kept["input_schema"] = _input_schema_raw
            warnings.append(
                describe_misfit(
                    "input_schema",
                    _input_schema_raw,
                    "list[AssistantCustomToolParameter]",
                )
            )
        assistant_custom_tool = cls(
            name=name,
            description=description,
            method=method,
            url=url,
            headers=headers,
            query_params=query_params,
            body_template=body_template,
            input_schema=input_schema,
        )
        assistant_custom_tool.additional_properties = {**d, **kept}
        assistant_custom_tool.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_custom_tool

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
