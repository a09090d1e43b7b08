"""The mock's routes, compiled once from the spec's operations (``voiceagents.spec``): which
operation a request is for, whether its credential is good, whether its body is valid, and what
its query parameters say."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import unquote

import jsonschema_rs

from .. import spec as spec_model
from .._exceptions import SpecError
from .._validation import rule_text

__all__ = ["Credential", "Miss", "Route", "Routes", "authorized"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


class Credential(NamedTuple):
    """Where a security scheme takes the key: a header (with a scheme word, e.g. ``Bearer``), a
    query parameter or a cookie."""

    location: str
    name: str
    prefix: str = ""

    @classmethod
    def of(cls, name: str, scheme: Mapping[str, Any]) -> Credential:
        try:
            auth = spec_model.Auth.from_scheme(name, scheme)
        except SpecError:  # kinds the clients do not send, the mock still takes
            if scheme.get("type") == "apiKey":
                return cls(str(scheme.get("in", "header")), str(scheme.get("name", "")))
            return cls("header", "Authorization", str(scheme.get("scheme", "bearer")).capitalize())
        return cls(auth.location, auth.name, auth.prefix)

    def value(self, query: Mapping[str, list[str]], headers: Mapping[str, str]) -> str:
        """The key the request carries this way (``""`` when none)."""
        if self.location == "query":
            return (query.get(self.name) or [""])[0]
        if self.location == "cookie":
            cookies = dict(c.strip().partition("=")[::2] for c in headers.get("cookie", "").split(";"))
            return cookies.get(self.name, "")
        value = headers.get(self.name.lower(), "")
        if not self.prefix:
            return value
        word, _, token = value.partition(" ")
        return token if word.lower() == self.prefix.lower() else ""

    def describe(self) -> str:
        if self.location == "query":
            return f"query parameter {self.name}=<key>"
        return f"{self.location} {self.name}: {self.prefix + ' ' if self.prefix else ''}<key>"


def authorized(
    credentials: tuple[Credential, ...], key: str | None, query: Mapping[str, list[str]], headers: Mapping[str, str]
) -> bool:
    """Whether the request carries the key one of these ways (any non-empty key when ``key`` is
    ``None``); no credentials: nothing to check."""
    if not credentials:
        return True
    for credential in credentials:
        value = credential.value(query, headers)
        if value and (key is None or value == key):
            return True
    return False


@dataclass(frozen=True)
class Route:
    """One operation of the spec, ready to serve."""

    op: spec_model.Operation
    credentials: tuple[Credential, ...]
    validator: jsonschema_rs.Validator | None

    @property
    def operation_id(self) -> str:
        return self.op.operation_id

    def key(self, params: Mapping[str, str]) -> str | None:
        """The assistant id in the path (as text), if the operation takes one."""
        param = self.op.id_param
        return params.get(param.name) if param is not None else None

    def body_errors(self, body: Any) -> dict[str, list[str]]:
        """What is wrong with ``body`` by the spec (field path → messages); ``{}`` when valid."""
        if self.validator is None or (body is None and not self.op.request_required):
            return {}
        if body is None:
            return {"": ["a JSON body is required"]}
        errors: dict[str, list[str]] = {}
        for error in self.validator.iter_errors(body):
            path = [str(p) for p in error.instance_path]
            if error.kind.name == "required":
                path.append(str(getattr(error.kind, "property", "")))
            messages = errors.setdefault(".".join(path), [])
            message = rule_text(error.kind, error.message)
            if message not in messages:
                messages.append(message)
        return errors

    def int_query(self, query: Mapping[str, list[str]], name: str | None, fallback: int) -> int:
        """Query parameter ``name`` as an integer within its schema's bounds; its default (else
        ``fallback``) when it is absent or not a number."""
        param = self.op.query(name) if name is not None else None
        schema: Mapping[str, Any] = param.schema if param is not None else {}
        try:
            value = int((query.get(name or "") or [""])[0])
        except ValueError:
            value = int(schema.get("default", fallback))
        value = max(value, int(schema.get("minimum", 1)), 1)
        return min(value, int(schema["maximum"])) if "maximum" in schema else value


class Miss(NamedTuple):
    """No operation for the request: 404, or 405 with the methods the path has."""

    status: int
    allow: str = ""


class Routes:
    """Every operation of ``vendor_spec``; ``match`` finds a request's. Read only once built:
    every server of the spec shares one (``_server._compiled``)."""

    def __init__(self, vendor_spec: spec_model.VendorSpec) -> None:
        schemes = (vendor_spec.document.get("components") or {}).get("securitySchemes") or {}
        schemas = dict(vendor_spec.schemas)
        self._routes = [
            Route(op, tuple(Credential.of(n, schemes.get(n) or {}) for n in op.security), _validator(op, schemas))
            for op in vendor_spec.operations.values()
        ]
        self._by_params = sorted(self._routes, key=lambda r: len(r.op.path_params))  # literal segments win

    def __iter__(self) -> Iterator[Route]:
        return iter(self._routes)

    def get(self, operation_id: str) -> Route | None:
        return next((r for r in self._routes if r.operation_id == operation_id), None)

    @property
    def credentials(self) -> tuple[Credential, ...]:
        """Every way an operation takes the key (the control endpoints take any of them)."""
        return tuple(dict.fromkeys(c for r in self._routes for c in r.credentials))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | Miss:
        allowed = []
        for route in self._by_params:
            found = route.op.pattern.match(path)
            if found:
                if route.op.method == method:
                    names = route.op.path_params
                    return route, {n: unquote(v) for n, v in zip(names, found.groups(), strict=True)}
                allowed.append(route.op.method)
        return Miss(405, ", ".join(allowed)) if allowed else Miss(404)


def _validator(op: spec_model.Operation, schemas: Mapping[str, Any]) -> jsonschema_rs.Validator | None:
    if op.request_body is None:
        return None
    document = {"$schema": _DRAFT, **op.request_body, "components": {"schemas": schemas}}
    return jsonschema_rs.validator_for(document, validate_formats=True)
