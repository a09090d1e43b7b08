"""The typed model of one vendor spec: built once from the document, read by everything else.

``VendorSpec.from_document`` walks the OpenAPI document exactly once and answers every question the
rest of voiceagents asks of it: which operations exist (by operationId, ``openapi/CONVENTIONS.md``),
their method, path template and id parameter, request and success schemas, the ``x-voiceagents-*``
pointers (id, assistant, items, item id), pagination, update mode, auth and servers. A document
that breaks the conventions is a ``SpecError`` naming the spec and what is wrong.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .._exceptions import InputError, SpecError, UnsupportedOperationError
from .._json import MISSING
from . import schema as _schema

__all__ = [
    "KINDS",
    "OPERATION_IDS",
    "Auth",
    "Kind",
    "Operation",
    "Pagination",
    "Parameter",
    "Response",
    "Server",
    "VendorSpec",
    "id_problem",
]

Kind = Literal["create", "get", "list", "update", "delete", "clone"]
KINDS: dict[str, Kind] = {
    "createAssistant": "create",
    "getAssistant": "get",
    "listAssistants": "list",
    "updateAssistant": "update",
    "deleteAssistant": "delete",
    "cloneAssistant": "clone",
}
"""The operationIds of the conventions, and what each does."""
OPERATION_IDS: dict[Kind, str] = {kind: op for op, kind in KINDS.items()}
_CREATING = frozenset({"create", "clone"})
_EXT = "x-voiceagents-"
_PATH_SYNTAX = frozenset("/?#\\")


def id_problem(value: object) -> str | None:
    """Why ``value`` cannot be an assistant id in a URL path, or ``None`` when it can.

    Ids are data, never path syntax: an empty id, ``.`` or ``..`` (a dot segment would address the
    collection or its parent), ``/``, ``?``, ``#`` or ``\\``, a control character, or any of these
    percent-encoded (a server may decode them, once or twice), is refused."""
    text = str(value)
    if not text.strip():
        return "it is empty"
    for _ in range(3):  # the id as given, and as a server would read it after one or two decodings
        if text.strip() in (".", ".."):
            return f"{text.strip()!r} is a path segment, not an id"
        if any(c in _PATH_SYNTAX for c in text):
            return "it contains URL path syntax (/, ?, # or \\)"
        if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text):
            return "it contains a control character"
        if "%" not in text:
            return None
        from urllib.parse import unquote

        decoded = unquote(text)
        if decoded == text:
            return None
        text = decoded
    return "it is percent-encoded more than twice"


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation (path, query or header)."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]

    @property
    def type(self) -> str:
        kind = self.schema.get("type", "string")
        return str(kind if isinstance(kind, str) else next(iter(kind), "string"))


@dataclass(frozen=True)
class Auth:
    """How the vendor takes the key: a header (with a prefix, e.g. ``Bearer``) or a query parameter."""

    scheme: str
    """The name of the security scheme in the spec (``BearerAuth``)."""
    location: Literal["header", "query"]
    name: str
    prefix: str = ""

    def describe(self) -> str:
        if self.location == "query":
            return f"query parameter {self.name}"
        return f"header {self.name}: {self.prefix} <key>" if self.prefix else f"header {self.name}"

    @classmethod
    def from_scheme(cls, name: str, scheme: Mapping[str, Any]) -> Auth:
        kind = scheme.get("type")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            return cls(name, "header", "Authorization", "Bearer")
        if kind == "apiKey" and scheme.get("in") in ("header", "query") and isinstance(scheme.get("name"), str):
            return cls(name, scheme["in"], scheme["name"], "")
        raise SpecError(f"security scheme {name} is not supported (bearer, or an apiKey in a header or query)")


@dataclass(frozen=True)
class Server:
    url: str
    """The URL as written (``https://{host}/api``)."""
    variables: Mapping[str, str] = field(default_factory=dict)
    """Each server variable's default."""

    @property
    def default_url(self) -> str:
        url = self.url
        for name, value in self.variables.items():
            url = url.replace("{" + name + "}", value)
        return url


@dataclass(frozen=True)
class Pagination:
    """How a list is paged (``x-voiceagents-pagination``): by page number or by cursor."""

    size: str | None = None
    """The query parameter holding the page size (we send its maximum)."""
    size_param: Parameter | None = None
    page: str | None = None
    """Page style: the query parameter holding the (1-based) page number."""
    last_page: str | None = None
    """Page style: pointer to the number of the last page in the answer."""
    cursor: str | None = None
    """Cursor style: the query parameter carrying the cursor of the next page."""
    next: str | None = None
    """Cursor style: pointer to the next page's cursor in the answer."""
    has_more: str | None = None
    """Cursor style: pointer to the answer's "more pages follow" flag."""

    @property
    def style(self) -> Literal["page", "cursor"]:
        return "cursor" if self.cursor is not None else "page"


@dataclass(frozen=True)
class Response:
    """One documented response of an operation."""

    status: str
    """As written: ``201``, ``2XX``."""
    schema: Mapping[str, Any] | None
    """The JSON body's schema node (possibly a ``$ref``), ``None`` when none is documented."""
    schema_name: str | None
    """The component schema the body refers to, if it is a plain ``$ref``."""
    has_body: bool
    example: Any
    """The first documented example of the body (``MISSING`` when there is none)."""
    pointers: Mapping[str, str]
    """``x-voiceagents-*`` pointers by name: ``id``, ``assistant``, ``items``, ``item-id``."""

    def pointer(self, name: str) -> str | None:
        return self.pointers.get(name)

    @property
    def code(self) -> int:
        """The status to answer with (``2XX`` is ``200``)."""
        return 200 if not self.status.isdigit() else int(self.status)


@dataclass(frozen=True)
class Operation:
    """One documented operation of one vendor."""

    vendor: str
    operation_id: str
    method: str
    """Upper case: ``POST``."""
    path: str
    """The path template: ``/assistants/{id}``."""
    parameters: tuple[Parameter, ...]
    request_schema: str | None
    """The component name of the JSON request body (``None``: it takes no body)."""
    request_body: Mapping[str, Any] | None
    """The JSON request body's schema node as written (a ``$ref``, by the conventions)."""
    request_required: bool
    request_examples: Mapping[str, Any]
    success: Response
    responses: Mapping[str, Response]
    pagination: Pagination | None
    update_mode: str | None
    """``merge`` (fields left out keep their value) or ``replace`` (``x-voiceagents-update``)."""
    source: str | None
    security: tuple[str, ...]

    @property
    def kind(self) -> Kind | None:
        return KINDS.get(self.operation_id)

    @property
    def creates(self) -> bool:
        """Whether each call makes a new assistant (create, clone): never retried blindly."""
        return self.kind in _CREATING

    @property
    def retry_class(self) -> Literal["create", "idempotent"]:
        return "create" if self.creates else "idempotent"

    @property
    def id_param(self) -> Parameter | None:
        """The path parameter holding the assistant id (the last one of the template)."""
        return next((p for p in reversed(self.parameters) if p.location == "path"), None)

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(re.findall(r"{([^}/]+)}", self.path))

    def query(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.location == "query" and p.name == name), None)

    @property
    def module(self) -> str:
        """The generated module of this operation, relative to the client package."""
        return "api.assistants." + re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()

    def pointer(self, name: str) -> str | None:
        """An ``x-voiceagents-<name>`` pointer of the success response (``id``, ``assistant``,
        ``items``, ``item-id``); ``None`` when the spec does not say."""
        return self.success.pointer(name)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Matches a request path of this operation; the groups are the path parameters."""
        pieces = re.split(r"{[^}/]+}", self.path)
        return re.compile("^" + "([^/]+)".join(re.escape(piece) for piece in pieces) + "$")

    def url(self, base_url: str, assistant_id: str | int | None = None) -> str:
        """``base_url`` plus the path with the id in place (percent-encoded: always one segment)."""
        from urllib.parse import quote

        path = self.path
        param = self.id_param
        if param is not None:
            if assistant_id is None:
                raise InputError(f"{self.vendor}: {self.operation_id} needs the assistant id")
            problem = id_problem(assistant_id)
            if problem is not None:
                raise InputError(f"{self.vendor}: {_shown_id(assistant_id)} is not a usable assistant id: {problem}")
            path = path.replace("{" + param.name + "}", quote(str(assistant_id), safe=""))
        return base_url + path

    def coerce_id(self, value: Any) -> str | int:
        """The id as the vendor types it (autocalls: an integer), or ``InputError`` naming the rule:
        an id is data, never path syntax (``id_problem``)."""
        if value is None:
            raise InputError(f"{self.vendor}: {self.operation_id} needs the assistant id")
        param = self.id_param
        schema = param.schema if param is not None else {}
        text = str(value).strip()
        if schema.get("type", "string") == "integer":
            if isinstance(value, bool) or not re.fullmatch(r"[0-9]+", text):
                raise InputError(f"{self.vendor}: assistant ids are integers, not {_shown_id(value)}")
            return int(text)
        problem = id_problem(value)
        if problem is not None:
            shown = _shown_id(value)
            raise InputError(f"{self.vendor}: {shown} is not a usable assistant id: {problem}. Nothing was sent.")
        if schema.get("format") == "uuid":
            try:
                uuid.UUID(text)
            except ValueError:
                raise InputError(f"{self.vendor}: assistant ids are UUIDs, not {_shown_id(value)}") from None
        return text


def _shown_id(value: object) -> str:
    text = repr(str(value))
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(frozen=True, eq=False)
class VendorSpec:
    """One vendor's OpenAPI document, read once. ``document`` is the document itself (read only)."""

    slug: str
    title: str
    version: str
    document: Mapping[str, Any]
    servers: tuple[Server, ...]
    auth: Auth | None
    """How createAssistant (the operation every spec has) takes the key; ``None`` when it takes
    none, or in a way voiceagents does not support."""
    operations: Mapping[str, Operation]
    """By operationId, in the document's order."""
    source: str = "<spec>"
    """Where the document came from, for messages (a path, or the client package)."""

    # -- reading ------------------------------------------------------------------------------

    @classmethod
    def from_document(
        cls, document: Mapping[str, Any], *, source: str = "<spec>", slug: str | None = None
    ) -> VendorSpec:
        """Read ``document``; ``SpecError`` (naming ``source``) when it breaks the conventions."""
        try:
            return _read(document, source, slug)
        except SpecError as exc:
            if str(exc).startswith(source):
                raise
            raise SpecError(f"{source}: {exc}", source=source) from None

    @classmethod
    def from_file(cls, path: str | Path) -> VendorSpec:
        """Read ``openapi/<slug>.yaml`` (or a JSON document): bounded, duplicate keys refused."""
        from . import load_document

        return cls.from_document(load_document(path), source=str(path), slug=Path(path).stem)

    # -- questions ----------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The vendor's name: the title without " Assistants API"."""
        return self.title.removesuffix(" Assistants API")

    @property
    def base_url(self) -> str:
        """The first server's URL, every variable at its default."""
        if not self.servers:
            raise SpecError(f"{self.source}: it has no servers, so there is no default base URL", source=self.source)
        return self.servers[0].default_url

    def has(self, operation_id: str) -> bool:
        return operation_id in self.operations

    def operation(self, operation_id: str) -> Operation:
        """The operation, or ``UnsupportedOperationError`` (nothing is sent) if undocumented."""
        try:
            return self.operations[operation_id]
        except KeyError:
            raise UnsupportedOperationError(self.slug, operation_id, tuple(self.operations)) from None

    @property
    def schemas(self) -> Mapping[str, Any]:
        return (self.document.get("components") or {}).get("schemas") or {}

    def schema_document(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """A schema node (a ``$ref`` or inline) as a standalone JSON Schema document."""
        return _schema.schema_document(self.document, node)

    def standalone(self, name: str) -> dict[str, Any]:
        """Component ``name`` as a standalone JSON Schema document (references as written)."""
        return _schema.standalone(self.document, name)

    def directions(self) -> dict[str, set[_schema.Direction]]:
        return _schema.component_directions(self.document)

    def resolve(self, node: Any) -> Any:
        return _schema.resolve(self.document, node)


# --------------------------------------------------------------------------- the one walk


def _read(document: Mapping[str, Any], source: str, slug: str | None) -> VendorSpec:
    info = document.get("info")
    if not isinstance(info, Mapping):
        raise SpecError("it has no info object")
    declared = info.get("x-voiceagents-slug")
    if slug is None:
        slug = str(declared) if declared is not None else None
    if not slug or not re.fullmatch(r"[a-z][a-z0-9_]*", slug):
        raise SpecError(f"info.x-voiceagents-slug must be a lowercase slug ([a-z][a-z0-9_]*), not {declared!r}")
    if declared is not None and declared != slug:
        raise SpecError(f"info.x-voiceagents-slug is {declared!r}, not {slug!r} (the file name)")
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    operations: dict[str, Operation] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            raise SpecError(f"paths.{path} is not an object")
        for method in _schema.METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            operation = _operation(document, slug, str(path), method, item, op)
            if operation.operation_id in operations:
                raise SpecError(f"operationId {operation.operation_id} is used twice")
            operations[operation.operation_id] = operation
    return VendorSpec(
        slug=slug,
        title=str(info.get("title") or slug),
        version=str(info.get("version") or "0"),
        document=document,
        servers=_servers(document),
        auth=_auth(operations, schemes),
        operations=operations,
        source=source,
    )


def _auth(operations: Mapping[str, Operation], schemes: Mapping[str, Any]) -> Auth | None:
    create = operations.get("createAssistant")
    if create is None or not create.security:
        return None
    name = create.security[0]
    if name not in schemes:
        raise SpecError(f"security scheme {name} is not in components.securitySchemes")
    try:
        return Auth.from_scheme(name, schemes[name])
    except SpecError:
        return None


def _servers(document: Mapping[str, Any]) -> tuple[Server, ...]:
    servers = []
    for server in document.get("servers") or []:
        if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
            raise SpecError("every server needs a url")
        variables = {str(k): str((v or {}).get("default", "")) for k, v in (server.get("variables") or {}).items()}
        servers.append(Server(server["url"], variables))
    return tuple(servers)


def _operation(
    document: Mapping[str, Any], slug: str, path: str, method: str, item: Mapping[str, Any], op: Mapping[str, Any]
) -> Operation:
    operation_id = op.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        raise SpecError(f"{method.upper()} {path} has no operationId")
    where = f"{operation_id} ({method.upper()} {path})"
    parameters = tuple(
        _parameter(document, p, where) for p in (*(item.get("parameters") or ()), *(op.get("parameters") or ()))
    )
    declared = {p.name for p in parameters if p.location == "path"}
    missing = [name for name in re.findall(r"{([^}/]+)}", path) if name not in declared]
    if missing:
        raise SpecError(f"{where}: path parameter {missing[0]} is not declared")
    body = _schema.resolve(document, op.get("requestBody") or {})
    media = ((body.get("content") or {}).get("application/json") or {}) if isinstance(body, Mapping) else {}
    request_ref = (media.get("schema") or {}).get("$ref") if isinstance(media.get("schema"), Mapping) else None
    responses = {str(code): _response(document, str(code), r) for code, r in (op.get("responses") or {}).items()}
    success = next((r for code, r in responses.items() if code.startswith("2")), None)
    if success is None:
        success = Response("2XX", None, None, True, MISSING, {})
    pagination = _pagination(op.get(_EXT + "pagination"), parameters, where)
    security = tuple(
        name for requirement in op.get("security") or document.get("security") or () for name in requirement
    )
    return Operation(
        vendor=slug,
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        parameters=parameters,
        request_schema=_schema.component_name(request_ref),
        request_body=media.get("schema") if isinstance(media.get("schema"), Mapping) else None,
        request_required=bool(body.get("required")) if isinstance(body, Mapping) else False,
        request_examples={
            str(k): _schema.resolve(document, v).get("value") for k, v in (media.get("examples") or {}).items()
        },
        success=success,
        responses=responses,
        pagination=pagination,
        update_mode=str(op[_EXT + "update"]) if op.get(_EXT + "update") else None,
        source=str(op[_EXT + "source"]) if op.get(_EXT + "source") else None,
        security=security,
    )


def _parameter(document: Mapping[str, Any], node: Any, where: str) -> Parameter:
    param = _schema.resolve(document, node)
    if not isinstance(param, Mapping) or not isinstance(param.get("name"), str) or "in" not in param:
        raise SpecError(f"{where}: a parameter has no name or no location")
    schema = _schema.resolve(document, param.get("schema") or {})
    return Parameter(param["name"], str(param["in"]), bool(param.get("required")), dict(schema))


def _response(document: Mapping[str, Any], status: str, node: Any) -> Response:
    response = _schema.resolve(document, node)
    if not isinstance(response, Mapping):
        response = {}
    content = response.get("content")
    media = (content or {}).get("application/json") if isinstance(content, Mapping) else None
    schema = media.get("schema") if isinstance(media, Mapping) else None
    example: Any = MISSING
    if isinstance(media, Mapping):
        examples = list((media.get("examples") or {}).values())
        if examples:
            example = _schema.resolve(document, examples[0]).get("value", MISSING)
        elif "example" in media:
            example = media["example"]
    pointers = {
        key[len(_EXT) :]: str(value)
        for key, value in response.items()
        if key.startswith(_EXT) and isinstance(value, str)
    }
    for name, value in pointers.items():
        if value and not value.startswith("/"):
            raise SpecError(f"response {status}: {_EXT}{name} must be a JSON pointer, not {value!r}")
    has_body = status != "204" and (media is not None or not response)
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    return Response(
        status,
        schema if isinstance(schema, Mapping) else None,
        _schema.component_name(ref),
        has_body,
        example,
        pointers,
    )


def _pagination(node: Any, parameters: tuple[Parameter, ...], where: str) -> Pagination | None:
    if node is None:
        return None
    if not isinstance(node, Mapping):
        raise SpecError(f"{where}: {_EXT}pagination must be an object")
    known = {"page", "size", "last_page", "cursor", "next", "has_more"}
    unknown = sorted(set(node) - known)
    if unknown:
        raise SpecError(
            f"{where}: {_EXT}pagination has unknown keys {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    values = {k: (str(v) if v is not None else None) for k, v in node.items()}
    if ("page" in values) == ("cursor" in values):
        raise SpecError(f"{where}: {_EXT}pagination names either a page or a cursor parameter")
    if "cursor" in values and "next" not in values:
        raise SpecError(f"{where}: cursor pagination needs `next`, the pointer to the next cursor")
    for param in ("page", "size", "cursor"):
        name = values.get(param)
        if name is not None and not any(p.name == name and p.location == "query" for p in parameters):
            raise SpecError(f"{where}: pagination names query parameter {name!r}, which is not declared")
    size = values.get("size")
    size_param = next((p for p in parameters if p.name == size and p.location == "query"), None)
    return Pagination(
        size=size,
        size_param=size_param,
        page=values.get("page"),
        last_page=values.get("last_page"),
        cursor=values.get("cursor"),
        next=values.get("next"),
        has_more=values.get("has_more"),
    )
