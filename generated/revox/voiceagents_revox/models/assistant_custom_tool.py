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

from ..models.http_method import HttpMethod
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_custom_tool_header import AssistantCustomToolHeader
    from ..models.assistant_custom_tool_parameter import AssistantCustomToolParameter
    from ..models.assistant_custom_tool_query_param import AssistantCustomToolQueryParam


T = TypeVar("T", bound="AssistantCustomTool")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantCustomTool(AnswerModel):
    """A custom HTTP tool as stored.

    Attributes:
        name (str): Tool name.
        description (str): What the tool does, as the model reads it.
        method (HttpMethod | str): HTTP method of the request.
        url (str): Address of the endpoint (may contain placeholders).
        headers (list[AssistantCustomToolHeader]): HTTP headers of the request.
        query_params (list[AssistantCustomToolQueryParam]): Query-string parameters of the request.
        input_schema (list[AssistantCustomToolParameter]): Parameters the model passes to the tool.
        body_template (None | str | Unset): JSON body template, or `null` for no body.
    """

    name: str
    description: str
    method: HttpMethod | str
    url: str
    headers: list[AssistantCustomToolHeader]
    query_params: list[AssistantCustomToolQueryParam]
    input_schema: list[AssistantCustomToolParameter]
    body_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "method": "method",
        "url": "url",
        "headers": "headers",
        "query_params": "query_params",
        "input_schema": "input_schema",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "name"):  # else the answer lacked it: not invented here
            name = self.name
            field_dict["name"] = name
        if hasattr(self, "description"):  # else the answer lacked it: not invented here
            description = self.description
            field_dict["description"] = description
        if hasattr(self, "method"):  # else the answer lacked it: not invented here
            method: str
            if isinstance(self.method, HttpMethod):
                method = self.method.value
            else:
                method = self.method
            field_dict["method"] = method
        if hasattr(self, "url"):  # else the answer lacked it: not invented here
            url = self.url
            field_dict["url"] = url
        if hasattr(self, "headers"):  # else the answer lacked it: not invented here
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

            field_dict["headers"] = headers
        if hasattr(
            self, "query_params"
        ):  # else the answer lacked it: not invented here
            query_params = []
            for query_params_item_data in self.query_params:
                query_params_item = query_params_item_data.to_dict()
                query_params.append(query_params_item)

            field_dict["query_params"] = query_params
        if hasattr(
            self, "input_schema"
        ):  # else the answer lacked it: not invented here
            input_schema = []
            for input_schema_item_data in self.input_schema:
                input_schema_item = input_schema_item_data.to_dict()
                input_schema.append(input_schema_item)

            field_dict["input_schema"] = input_schema
        body_template: None | str | Unset
        if isinstance(self.body_template, Unset):
            body_template = UNSET
        else:
            body_template = self.body_template
        if body_template is not UNSET:
            field_dict["body_template"] = body_template

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
        unset: list[str] = []
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
        if not isinstance(_name_raw, Unset):
            try:
                if not (isinstance(_name_raw, str)):
                    raise TypeError()
                name = _name_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                name = cast(Any, UNSET)
                unset.append("name")
                kept["name"] = _name_raw
                warnings.append(describe_misfit("name", _name_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            name = cast(Any, UNSET)
            unset.append("name")
        _description_raw = d.pop("description", UNSET)
        if not isinstance(_description_raw, Unset):
            try:
                if not (isinstance(_description_raw, str)):
                    raise TypeError()
                description = _description_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                description = cast(Any, UNSET)
                unset.append("description")
                kept["description"] = _description_raw
                warnings.append(describe_misfit("description", _description_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            description = cast(Any, UNSET)
            unset.append("description")
        _method_raw = d.pop("method", UNSET)
        if not isinstance(_method_raw, Unset):
            try:

                def _parse_method(data: object) -> HttpMethod | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        method_type_0 = HttpMethod(data)

                        return method_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(HttpMethod | str, data)

                method = _parse_method(_method_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                method = cast(Any, UNSET)
                unset.append("method")
                kept["method"] = _method_raw
                warnings.append(
                    describe_misfit("method", _method_raw, "HttpMethod | str")
                )

        else:  # missing: the warning is above; the slot stays empty
            method = cast(Any, UNSET)
            unset.append("method")
        _url_raw = d.pop("url", UNSET)
        if not isinstance(_url_raw, Unset):
            try:
                if not (isinstance(_url_raw, str)):
                    raise TypeError()
                url = _url_raw
            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                url = cast(Any, UNSET)
                unset.append("url")
                kept["url"] = _url_raw
                warnings.append(describe_misfit("url", _url_raw, "str"))

        else:  # missing: the warning is above; the slot stays empty
            url = cast(Any, UNSET)
            unset.append("url")
        _headers_raw = d.pop("headers", UNSET)
        if not isinstance(_headers_raw, Unset):
            try:
                headers = []
                _headers = _headers_raw
                for headers_item_data in _headers:
                    headers_item = AssistantCustomToolHeader.from_dict(
                        headers_item_data
                    )

                    headers.append(headers_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                headers = cast(Any, UNSET)
                unset.append("headers")
                kept["headers"] = _headers_raw
                warnings.append(
                    describe_misfit(
                        "headers", _headers_raw, "list[AssistantCustomToolHeader]"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            headers = cast(Any, UNSET)
            unset.append("headers")
        _query_params_raw = d.pop("query_params", UNSET)
        if not isinstance(_query_params_raw, Unset):
            try:
                query_params = []
                _query_params = _query_params_raw
                for query_params_item_data in _query_params:
                    query_params_item = AssistantCustomToolQueryParam.from_dict(
                        query_params_item_data
                    )

                    query_params.append(query_params_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                query_params = cast(Any, UNSET)
                unset.append("query_params")
                kept["query_params"] = _query_params_raw
                warnings.append(
                    describe_misfit(
                        "query_params",
                        _query_params_raw,
                        "list[AssistantCustomToolQueryParam]",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            query_params = cast(Any, UNSET)
            unset.append("query_params")
        _input_schema_raw = d.pop("input_schema", UNSET)
        if not isinstance(_input_schema_raw, Unset):
            try:
                input_schema = []
                _input_schema = _input_schema_raw
                for input_schema_item_data in _input_schema:
                    input_schema_item = AssistantCustomToolParameter.from_dict(
                        input_schema_item_data
                    )

                    input_schema.append(input_schema_item)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                input_schema = cast(Any, UNSET)
                unset.append("input_schema")
                kept["input_schema"] = _input_schema_raw
                warnings.append(
                    describe_misfit(
                        "input_schema",
                        _input_schema_raw,
                        "list[AssistantCustomToolParameter]",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            input_schema = cast(Any, UNSET)
            unset.append("input_schema")
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
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            body_template = cast(Any, UNSET)
            kept["body_template"] = _body_template_raw
            warnings.append(
                describe_misfit("body_template", _body_template_raw, "None | str")
            )

        assistant_custom_tool = cls(
            name=name,
            description=description,
            method=method,
            url=url,
            headers=headers,
            query_params=query_params,
            input_schema=input_schema,
            body_template=body_template,
        )
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_custom_tool, _name)
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
