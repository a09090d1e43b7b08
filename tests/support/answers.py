"""What the specs and the case files say about each operation's answers, and how to drive our
clients with it: the helpers of the tests that run against the mock (``voiceagents.testing``).

The documented success bodies of each operation (``answer_bodies``: the case files'
``answers.<operationId>`` (``tests/spec_cases/<slug>.yaml``), else the spec's examples), bodies
that do not fit the answer schema in one way each (``misfits``), a valid request body
(``request_body``), an id of the vendor's type (``sample_id``), and running one operation through
our clients with their retry waits recorded (``call``, ``acall``, ``pin``). Nothing here names a
vendor, and nothing here is a server.
"""

from __future__ import annotations

import copy
import json
import socket
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from conftest import cases_at
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents.spec import schema as spec_schema
from voiceagents.testing import Reply

__all__ = [
    "UNKNOWN",
    "Misfit",
    "Sleeps",
    "acall",
    "answer_bodies",
    "call",
    "closed_port_url",
    "id_param",
    "json_reply",
    "misfits",
    "operation_spec",
    "pin",
    "plain",
    "request_body",
    "returns_body",
    "sample_id",
    "success_pointer",
    "success_schema",
    "success_status",
]

UNKNOWN = "voiceagents-unknown-value"
"""The value put where a const tag or an enum value is expected."""


def json_reply(status: int, value: Any, headers: dict[str, str] | None = None, *, creates: bool = False) -> Reply:
    """A programmed reply of the mock (``voiceagents.testing.Reply``) with ``value`` as its JSON body."""
    return Reply(status, json.dumps(value).encode(), dict(headers or {}), creates=creates)


def closed_port_url() -> str:
    """A loopback URL nothing listens on: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- what the specs say about each operation ------------------------------------------------------


def operation_spec(slug: str, operation_id: str) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    """``(path, method, path item, operation)`` of ``operation_id`` in the vendor's spec, as written."""
    op = vspec.operation(slug, operation_id)
    item = vspec.vendor(slug).spec.document["paths"][op.path]
    return op.path, op.method, dict(item), dict(item[op.method.lower()])


def success_status(slug: str, operation_id: str) -> int:
    """The documented success status (``2XX``: 201 for what creates, 200 for the rest)."""
    op = vspec.operation(slug, operation_id)
    if not op.success.status.isdigit():
        return 201 if op.creates else 200
    return op.success.code


def success_schema(slug: str, operation_id: str) -> dict[str, Any] | None:
    schema = vspec.operation(slug, operation_id).success.schema
    return dict(schema) if schema is not None else None


def success_pointer(slug: str, operation_id: str, name: str) -> str | None:
    """An ``x-voiceagents-<name>`` pointer of the success response, read from the spec itself."""
    return vspec.operation(slug, operation_id).pointer(name)


def returns_body(slug: str, operation_id: str) -> bool:
    return success_schema(slug, operation_id) is not None


def id_param(slug: str, operation_id: str) -> dict[str, Any] | None:
    """The assistant-id path parameter of an operation (``$ref`` resolved), or ``None``."""
    spec = vspec.vendor(slug).spec.document
    _, _, item, op = operation_spec(slug, operation_id)
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        resolved = spec_schema.resolve(spec, param)
        if isinstance(resolved, Mapping) and resolved.get("in") == "path":
            return dict(resolved)
    return None


def sample_id(slug: str, operation_id: str) -> str | int:
    """An assistant id of the type the spec gives the path parameter (its example when it has one)."""
    param = id_param(slug, operation_id) or {}
    schema = spec_schema.resolve(vspec.vendor(slug).spec.document, param.get("schema") or {})
    examples = [*(schema.get("examples") or []), param.get("example")]
    found = next((e for e in examples if e is not None), None)
    if found is not None:
        return found  # type: ignore[no-any-return]
    if schema.get("type") == "integer":
        return 4242
    if schema.get("format") == "uuid":
        return str(uuid.UUID(int=4242))
    return "asst_fault_4242"


def request_body(slug: str, operation_id: str) -> dict[str, Any] | None:
    """A valid body for the operation from the case file (``None`` if it takes none)."""
    _, _, _, op = operation_spec(slug, operation_id)
    if "requestBody" not in op:
        return None
    from voiceagents import _validation

    where = ("valid",) if operation_id == "createAssistant" else ("operations", operation_id, "valid")
    for case in cases_at(slug, *where) or []:  # a documented example may hold members the spec does not describe
        if not _validation.body_errors(slug, operation_id, case["body"]):
            return dict(case["body"])
    raise LookupError(f"{slug}: no valid {operation_id} case passes the closed-world validation")


def _examples(slug: str, operation_id: str) -> list[tuple[str, Any]]:
    """The documented examples of the success answer, by name."""
    _, _, _, op = operation_spec(slug, operation_id)
    code = vspec.operation(slug, operation_id).success.status
    response = spec_schema.resolve(vspec.vendor(slug).spec.document, op["responses"].get(code, {}))
    content = (response.get("content") or {}).get("application/json") or {}
    spec = vspec.vendor(slug).spec.document
    found = [(str(n), spec_schema.resolve(spec, e).get("value")) for n, e in (content.get("examples") or {}).items()]
    if "example" in content:
        found.append(("example", content["example"]))
    return [(n, v) for n, v in found if v is not None]


def answer_bodies(slug: str, operation_id: str) -> list[tuple[str, Any]]:
    """``(name, body)`` of every documented success body: the case file's ``answers.<operationId>``,
    else the spec's examples, else (an undocumented, open body) one with a single member."""
    cases = cases_at(slug, "answers", operation_id) or []
    found = [(str(c["name"]), c["body"]) for c in cases]
    found = found or _examples(slug, operation_id)
    return found or [("open", {"message": "ok"})]


# -- answers that do not fit the spec --------------------------------------------------------------


@dataclass(frozen=True)
class Misfit:
    """A documented body changed in one way the answer schema does not allow (or does not know)."""

    kind: str
    path: tuple[str, ...]
    """Where the change is (member names and list indexes); the warnings name it."""
    body: Any


def _types(spec: Mapping[str, Any], node: Any, depth: int = 0) -> set[str]:
    """The JSON types a schema accepts (``{"any"}`` when it does not say)."""
    node = spec_schema.resolve(spec, node)
    if not isinstance(node, Mapping) or depth > 20:
        return {"any"}
    if "const" in node:
        return {_json_type(node["const"])}
    if "enum" in node:
        return {_json_type(v) for v in node["enum"]}
    declared = node.get("type")
    if declared is not None:
        return set(declared if isinstance(declared, list) else [declared])
    union = [*node.get("oneOf", ()), *node.get("anyOf", ())]
    if union:
        return set().union(*(_types(spec, sub, depth + 1) for sub in union))
    for sub in node.get("allOf", ()):
        found = _types(spec, sub, depth + 1)
        if found != {"any"}:
            return found
    return {"object"} if "properties" in node else {"any"}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _fits(spec: Mapping[str, Any], node: Any, value: Any) -> bool:
    """Whether ``value`` could be this union variant: its type, and every const tag it declares."""
    types = _types(spec, node)
    kind = _json_type(value)
    if "any" not in types and kind not in types and not (kind == "integer" and "number" in types):
        return False
    node = spec_schema.resolve(spec, node)
    if isinstance(node, Mapping) and "enum" in node and value not in node["enum"]:
        return False
    if isinstance(node, Mapping) and "const" in node and value != node["const"]:
        return False
    if isinstance(value, Mapping):
        for part in spec_schema.members(spec, node):
            for name, sub in (part.get("properties") or {}).items():
                sub = spec_schema.resolve(spec, sub)
                if isinstance(sub, Mapping) and "const" in sub and value.get(name) != sub["const"]:
                    return False
    return True


def _applicable(spec: Mapping[str, Any], node: Any, value: Any) -> list[Mapping[str, Any]]:
    """The schemas that describe ``value`` here: ``node``, its ``allOf`` parts, and the union
    variants ``value`` fits (by type and const tag)."""
    node = spec_schema.resolve(spec, node)
    if not isinstance(node, Mapping):
        return []
    out = [node]
    for sub in node.get("allOf", ()):
        out += _applicable(spec, sub, value)
    for key in ("oneOf", "anyOf"):
        for sub in node.get(key, ()):
            if _fits(spec, sub, value):
                out += _applicable(spec, sub, value)
    return out


def _tag(spec: Mapping[str, Any], node: Any) -> str | None:
    """The const tag property of a tagged union (``None`` if ``node`` is not one)."""
    for part in [*_applicable(spec, node, None), spec_schema.resolve(spec, node)]:
        for key in ("oneOf", "anyOf"):
            for sub in part.get(key, ()):
                for name, prop in (spec_schema.resolve(spec, sub).get("properties") or {}).items():
                    if isinstance(spec_schema.resolve(spec, prop), Mapping) and "const" in spec_schema.resolve(
                        spec, prop
                    ):
                        return str(name)
    return None


def _enumerated(spec: Mapping[str, Any], node: Any, depth: int = 0) -> bool:
    """Whether the schema names its string values (an enum or const, possibly in an open anyOf)."""
    node = spec_schema.resolve(spec, node)
    if not isinstance(node, Mapping) or depth > 20:
        return False
    if any(isinstance(v, str) for v in node.get("enum", ())) or isinstance(node.get("const"), str):
        return True
    return any(_enumerated(spec, sub, depth + 1) for key in ("oneOf", "anyOf", "allOf") for sub in node.get(key, ()))


@dataclass(frozen=True)
class _Position:
    kind: str
    path: tuple[str, ...]
    name: str = ""


def _positions(spec: Mapping[str, Any], node: Any, value: Any, at: tuple[str, ...]) -> Iterator[_Position]:
    if isinstance(value, list):
        for part in _applicable(spec, node, value):
            if isinstance(part.get("items"), Mapping):
                for index, item in enumerate(value):
                    yield from _positions(spec, part["items"], item, (*at, str(index)))
                return
        return
    if not isinstance(value, Mapping):
        return
    parts = _applicable(spec, node, value)
    declared: dict[str, list[Any]] = {}
    required: set[str] = set()
    for part in parts:
        for name, sub in (part.get("properties") or {}).items():
            declared.setdefault(str(name), []).append(sub)
        required.update(str(r) for r in part.get("required") or ())
    if declared:
        yield _Position("extra_field", at)
    for name, subs in declared.items():
        if name not in value:
            continue
        here = (*at, name)
        if name in required:
            yield _Position("missing_required", here)
        types = set().union(*(_types(spec, s) for s in subs))
        if "null" not in types and "any" not in types and types & {"array", "object"} and value[name] is not None:
            yield _Position("null_container", here)
        tag = next((t for t in (_tag(spec, s) for s in subs) if t), None)
        if tag is not None and isinstance(value[name], Mapping) and tag in value[name]:
            yield _Position("unknown_variant", (*here, tag))
        elif isinstance(value[name], str) and any(_enumerated(spec, s) for s in subs):
            yield _Position("unknown_enum", here)
        for sub in subs:
            yield from _positions(spec, sub, value[name], here)


def _keeps(path: tuple[str, ...], protected: list[tuple[str, ...]]) -> bool:
    """Whether changing ``path`` leaves every protected path (the id and what holds it) in place."""
    return not any(p[: len(path)] == path for p in protected)


def _set(body: Any, path: tuple[str, ...], value: Any) -> Any:
    out = copy.deepcopy(body)
    node = out
    for part in path[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is _json.MISSING:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


def misfits(slug: str, operation_id: str, body: Any) -> list[Misfit]:
    """``body`` changed in each way its answer schema allows: a required member left out, ``null``
    where an array or object is declared, unknown members added, an unknown union tag, an unknown
    enum value (the first place each applies, never the assistant id or what holds it)."""
    spec = vspec.vendor(slug).spec.document
    schema = success_schema(slug, operation_id)
    if schema is None:
        return []
    protected = []
    for name in ("id", "items"):
        where = success_pointer(slug, operation_id, name)
        if where is not None:
            protected.append(_json.unpointer(where))
    items_at, item_id = success_pointer(slug, operation_id, "items"), success_pointer(slug, operation_id, "item-id")
    if items_at is not None and item_id is not None:
        items = _json.read_pointer(body, items_at, [])
        for index in range(len(items) if isinstance(items, list) else 0):
            protected.append((*_json.unpointer(items_at), str(index), *_json.unpointer(item_id)))
    positions = list(_positions(spec, schema, body, ()))
    out: list[Misfit] = []
    extra = [p.path for p in positions if p.kind == "extra_field"]
    if isinstance(body, Mapping) and () not in extra:
        extra.insert(0, ())  # an open body: the unknown member lands in additional_properties
    if extra:
        changed = copy.deepcopy(body)
        for path in extra:
            changed = _set(changed, (*path, "voiceagents_new_member"), {"added": "later", "list": [1, 2]})
        out.append(Misfit("extra_field", extra[0], changed))
    replacements = {"missing_required": _json.MISSING, "null_container": None}
    for kind in ("missing_required", "null_container", "unknown_variant", "unknown_enum"):
        found = next((p for p in positions if p.kind == kind and _keeps(p.path, protected)), None)
        if found is not None:
            out.append(Misfit(kind, found.path, _set(body, found.path, replacements.get(kind, UNKNOWN))))
    return out


# -- driving our clients -----------------------------------------------------------------------------


class Sleeps(list[float]):
    """Records the retry waits instead of sleeping (sync and async)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


def pin(client: Any, *, jitter: float = 0.5) -> Sleeps:
    """Record ``client``'s retry waits instead of sleeping, and pin its jitter (so the backoff of
    retry ``n`` is ``0.5 * 2**n * 0.875``)."""
    from voiceagents._http._client import AsyncClient
    from voiceagents._http._retries import RetryPolicy

    sleeps = Sleeps()
    client._sleep = sleeps.asleep if isinstance(client, AsyncClient) else sleeps
    client._retry = RetryPolicy(max_retries=client.max_retries, jitter=lambda: jitter)
    return sleeps


def _arguments(slug: str, operation_id: str) -> tuple[str, list[Any]]:
    method = {
        "createAssistant": "create_assistant",
        "getAssistant": "get_assistant",
        "listAssistants": "list_assistants",
        "updateAssistant": "update_assistant",
        "deleteAssistant": "delete_assistant",
        "cloneAssistant": "clone_assistant",
    }[operation_id]
    args: list[Any] = []
    if id_param(slug, operation_id) is not None:
        args.append(sample_id(slug, operation_id))
    body = request_body(slug, operation_id) if operation_id != "listAssistants" else None
    if body is not None:  # a list's filters (a JSON body at some vendors) are the client's own: it sends {}
        args.append(body)
    return method, args


def call(client: Any, slug: str, operation_id: str, **options: Any) -> Any:
    """Run one operation with the sync client (a list of ``Result`` for ``listAssistants``)."""
    method, args = _arguments(slug, operation_id)
    result = getattr(client, method)(*args, **options)
    return list(result) if operation_id == "listAssistants" else result


async def acall(client: Any, slug: str, operation_id: str, **options: Any) -> Any:
    """``call`` with the async client."""
    method, args = _arguments(slug, operation_id)
    if operation_id == "listAssistants":
        return [item async for item in getattr(client, method)(*args, **options)]
    return await getattr(client, method)(*args, **options)


def plain(parsed: Any) -> Any:
    """A parsed answer as JSON data: a generated model's ``to_dict()``, or each item's for an answer
    that is a bare array of models."""
    if isinstance(parsed, list):
        return [plain(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed
