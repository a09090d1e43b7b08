from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod

if TYPE_CHECKING:
    from ..models.custom_tool_header import CustomToolHeader
    from ..models.custom_tool_parameter import CustomToolParameter
    from ..models.custom_tool_query_param import CustomToolQueryParam


T = TypeVar("T", bound="CustomTool")


@_attrs_define
class CustomTool:
    """An HTTP endpoint the assistant may call during a conversation. `{{variable}}` placeholders
    in the address, headers, query values and body are filled in at call time.

        Attributes:
            name (str): Tool name, unique per assistant, in lowercase snake_case.
            description (str): What the tool does; the model reads it to decide when to use the tool.
            method (HttpMethod): HTTP method a custom tool calls its endpoint with.
            url (str): Full address of the endpoint; may contain `{{variable}}` placeholders.
            headers (list[CustomToolHeader]): HTTP headers sent with the request (values may contain placeholders).
            query_params (list[CustomToolQueryParam]): Query-string parameters added to the address (values may contain
                placeholders).
            body_template (None | str): JSON body of the request, with placeholders written in quotes (`"{{name}}"`); `null`
                sends no body. The key itself is required.
            input_schema (list[CustomToolParameter]): Parameters the model collects from the conversation and passes to the
                tool.
    """

    name: str
    description: str
    method: HttpMethod
    url: str
    headers: list[CustomToolHeader]
    query_params: list[CustomToolQueryParam]
    body_template: None | str
    input_schema: list[CustomToolParameter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        method = self.method.value

        url = self.url

        headers = []
        for headers_item_data in self.headers:
            headers_item = headers_item_data.to_dict()
            headers.append(headers_item)

        query_params = []
        for query_params_item_data in self.query_params:
            query_params_item = query_params_item_data.to_dict()
            query_params.append(query_params_item)

        body_template: None | str
        body_template = self.body_template

        input_schema = []
        for input_schema_item_data in self.input_schema:
            input_schema_item = input_schema_item_data.to_dict()
            input_schema.append(input_schema_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "method": method,
                "url": url,
                "headers": headers,
                "query_params": query_params,
                "body_template": body_template,
                "input_schema": input_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool_header import CustomToolHeader
        from ..models.custom_tool_parameter import CustomToolParameter
        from ..models.custom_tool_query_param import CustomToolQueryParam

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        method = HttpMethod(d.pop("method"))

        url = d.pop("url")

        headers = []
        _headers = d.pop("headers")
        for headers_item_data in _headers:
            headers_item = CustomToolHeader.from_dict(headers_item_data)

            headers.append(headers_item)

        query_params = []
        _query_params = d.pop("query_params")
        for query_params_item_data in _query_params:
            query_params_item = CustomToolQueryParam.from_dict(query_params_item_data)

            query_params.append(query_params_item)

        def _parse_body_template(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body_template = _parse_body_template(d.pop("body_template"))

        input_schema = []
        _input_schema = d.pop("input_schema")
        for input_schema_item_data in _input_schema:
            input_schema_item = CustomToolParameter.from_dict(input_schema_item_data)

            input_schema.append(input_schema_item)

        custom_tool = cls(
            name=name,
            description=description,
            method=method,
            url=url,
            headers=headers,
            query_params=query_params,
            body_template=body_template,
            input_schema=input_schema,
        )

        custom_tool.additional_properties = d
        return custom_tool

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
