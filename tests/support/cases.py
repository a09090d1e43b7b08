"""What the specs and the case files say about each operation, for every test that needs it:
the operations (``Op``), the case files' bodies and answers (``build``), ids a path takes, and the
closed-world request validator. Derived from ``openapi/<slug>.yaml``, ``tests/spec_cases/<slug>.yaml``
and ``openapi/CONVENTIONS.md``: no vendor is named here."""

from __future__ import annotations

import copy
import functools
import pickle
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
import pytest
import yaml
from conftest import SLUGS, SPEC_DIR, cases_at, load_spec
from voiceagents import _json
from voiceagents._validation import close_objects
from voiceagents.spec import schema as spec_schema

CONVENTIONS = (SPEC_DIR / "CONVENTIONS.md").read_text(encoding="utf-8")
METHODS = ("get", "put", "post", "delete", "patch")
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# The operationIds of the conventions' table (| `createAssistant` | create one ... |).
CONVENTIONAL_IDS = tuple(re.findall(r"^\s*\|\s*`(\w+Assistants?)`\s*\|", CONVENTIONS, re.M))
# The security schemes the conventions allow (`BearerAuth {type: http, scheme: bearer}`, ...).
CONVENTIONAL_SCHEMES = {name: yaml.safe_load(body) for name, body in re.findall(r"`(\w+) (\{[^`]+\})`", CONVENTIONS)}
ASSISTANT_POINTERS = ("x-voiceagents-id", "x-voiceagents-assistant")
LIST_POINTERS = ("x-voiceagents-items", "x-voiceagents-item-id")


# =========================================================================== shared helpers


@dataclass(frozen=True, eq=False)
class Op:
    """One operation of one spec (one instance each: ``operations`` is cached)."""

    slug: str
    path: str
    method: str
    item: Mapping[str, Any]
    op: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.op["operationId"])

    @property
    def label(self) -> str:
        return f"{self.slug}-{self.id}"

    @property
    def body_schema(self) -> str | None:
        """The component name of the JSON request body (``None``: the operation takes no body)."""
        content = (self.op.get("requestBody") or {}).get("content") or {}
        ref = ((content.get("application/json") or {}).get("schema") or {}).get("$ref")
        return spec_schema.component_name(ref)

    @property
    def request_examples(self) -> dict[str, Any]:
        content = (self.op.get("requestBody") or {}).get("content") or {}
        media = content.get("application/json") or {}
        return {name: example["value"] for name, example in (media.get("examples") or {}).items()}

    def parameters(self) -> list[dict[str, Any]]:
        """The path item's and the operation's parameters, ``$ref`` resolved (a fresh copy)."""
        found: list[dict[str, Any]] = pickle.loads(_parameters(self))  # noqa: S301 (our own bytes, this process)
        return found

    def path_parameters(self) -> list[dict[str, Any]]:
        return [p for p in self.parameters() if p.get("in") == "path"]

    def query_parameter(self, name: str) -> dict[str, Any] | None:
        return next((p for p in self.parameters() if p.get("in") == "query" and p.get("name") == name), None)

    def success(self) -> tuple[str, dict[str, Any]]:
        """The (one) 2xx entry of ``responses``: status and response object."""
        found = [(str(code), r) for code, r in (self.op.get("responses") or {}).items() if str(code).startswith("2")]
        assert len(found) == 1, f"{self.label}: expected one 2xx response, found {[c for c, _ in found]}"
        return found[0]

    @property
    def returns_assistant(self) -> bool:
        """Whether the conventions give this operation an assistant (and its id) to return."""
        return self.id not in ("listAssistants", "deleteAssistant")


@functools.cache
def _parameters(o: Op) -> bytes:
    spec = load_spec(o.slug)
    found = [*(o.item.get("parameters") or []), *(o.op.get("parameters") or [])]
    return pickle.dumps([dict(spec_schema.resolve(spec, p)) for p in found], protocol=pickle.HIGHEST_PROTOCOL)


@functools.cache
def operations(slug: str) -> tuple[Op, ...]:
    spec = load_spec(slug)
    return tuple(
        Op(slug, path, method, item, item[method])
        for path, item in spec["paths"].items()
        for method in METHODS
        if isinstance(item.get(method), Mapping)
    )


def operation(slug: str, operation_id: str) -> Op:
    return next(o for o in operations(slug) if o.id == operation_id)


def all_operations() -> list[Op]:
    return [o for slug in SLUGS for o in operations(slug)]


def op_params(ops: list[Op]) -> list[Any]:
    return [pytest.param(o, id=o.label) for o in ops]


def body_cases(slug: str, operation_id: str) -> dict[str, list[dict[str, Any]]]:
    """The ``valid``/``invalid`` bodies of one operation (create at the top, the others under
    ``operations``)."""
    if operation_id == "createAssistant":
        return {"valid": cases_at(slug, "valid") or [], "invalid": cases_at(slug, "invalid") or []}
    found = cases_at(slug, "operations", operation_id) or {}
    return {"valid": found.get("valid") or [], "invalid": found.get("invalid") or []}


def answers(slug: str, operation_id: str) -> list[dict[str, Any]]:
    return list(cases_at(slug, "answers", operation_id) or [])


def _segments(pointer: str) -> list[str]:
    return pointer.strip("/").split("/")


def build(slug: str, operation_id: str, case: dict[str, Any]) -> Any:
    """The body of an invalid case: its ``base`` (a valid body of the same operation) with ``unset``
    pointers removed and ``set`` pointers set (``{repeat: [text, n]}`` is ``text * n``)."""
    if "body" in case:
        return copy.deepcopy(case["body"])
    bases = {c["name"]: c["body"] for c in body_cases(slug, operation_id)["valid"]}
    body = copy.deepcopy(bases[case["base"]])
    for pointer in case.get("unset") or []:
        *parents, last = _segments(pointer)
        node = body
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            del node[int(last)]
        else:
            del node[last]
    for pointer, value in (case.get("set") or {}).items():
        if isinstance(value, dict) and set(value) == {"repeat"}:
            text, times = value["repeat"]
            value = text * times
        *parents, last = _segments(pointer)
        node = body
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node.setdefault(key, {})
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return body


def schema_document(spec: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """A schema of the spec (a ``$ref`` or inline) as a standalone JSON Schema 2020-12 document."""
    ref = node.get("$ref")
    if isinstance(ref, str):
        return spec_schema.standalone(spec, str(spec_schema.component_name(ref)))
    draft = "https://json-schema.org/draft/2020-12/schema"
    return {"$schema": draft, **node, "components": {"schemas": spec.get("components", {}).get("schemas", {})}}


@functools.cache
def request_document(slug: str, operation_id: str) -> dict[str, Any]:
    """The closed-world request schema of an operation (unknown keys refused, as the wrapper does)."""
    name = operation(slug, operation_id).body_schema
    assert name is not None, f"{slug}: {operation_id} takes no body"
    return close_objects(spec_schema.standalone(load_spec(slug), name))


@functools.cache
def request_validator(slug: str, operation_id: str) -> Any:
    return jsonschema_rs.validator_for(request_document(slug, operation_id), validate_formats=True)


def request_errors(slug: str, operation_id: str, body: Any) -> list[Any]:
    return list(request_validator(slug, operation_id).iter_errors(body))


def _flat(errors: list[Any]) -> Iterator[Any]:
    """Errors and, for unions, the errors of every variant."""
    for error in errors:
        yield error
        if error.kind.name in ("anyOf", "oneOf"):
            for variant in error.kind.context or []:
                yield from _flat(list(variant))


KEYWORDS = {"falseSchema": "false"}


def reasons(errors: list[Any]) -> set[tuple[str, str]]:
    """(JSON Schema keyword, JSON pointer of the offending member) of each error, variants included."""
    found = set()
    for error in _flat(errors):
        path = [str(p) for p in error.instance_path]
        name = error.kind.name
        if name == "required":
            found.add((name, _json.pointer([*path, error.kind.property])))
        elif name in ("unevaluatedProperties", "additionalProperties"):
            for key in error.kind.as_dict().get("unexpected") or []:
                found.add((name, _json.pointer([*path, key])))
        else:
            found.add((KEYWORDS.get(name, name), _json.pointer(path)))
    return found


def documented_answers(o: Op) -> list[tuple[str, Any]]:
    """Every documented 2xx body of an operation: the spec's success examples and the case file's
    answers, as ``(label, body)``."""
    _, response = o.success()
    media = (response.get("content") or {}).get("application/json") or {}
    found = [(f"spec example {name}", e["value"]) for name, e in (media.get("examples") or {}).items()]
    if "example" in media:
        found.append(("spec example", media["example"]))
    found += [(f"answer {a['name']}", a["body"]) for a in answers(o.slug, o.id) if str(a["status"]).startswith("2")]
    return found


def is_id(value: Any) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool)


def returned_ids(slug: str) -> list[tuple[str, Any]]:
    """Every assistant id the documented answers of a spec hold, where its pointers say."""
    found = []
    for o in operations(slug):
        _, response = o.success()
        at, items_at, item_id = (response.get(k) for k in ("x-voiceagents-id", *LIST_POINTERS))
        for label, body in documented_answers(o):
            if isinstance(at, str) and is_id(_json.read_pointer(body, at)):
                found.append((f"{o.id} {label}", _json.read_pointer(body, at)))
            items = _json.read_pointer(body, items_at) if isinstance(items_at, str) else None
            for item in items if isinstance(items, list) and isinstance(item_id, str) else []:
                if is_id(_json.read_pointer(item, item_id)):
                    found.append((f"{o.id} {label}", _json.read_pointer(item, item_id)))
    return found


def sample_id(o: Op) -> Any:
    """An assistant id to put in the path of ``o``: the parameter's example, else an id the
    documented answers hold, else one of the parameter's type."""
    (param,) = o.path_parameters()
    schema = param.get("schema") or {}
    if schema.get("examples"):
        return schema["examples"][0]
    kind = int if schema.get("type") == "integer" else str
    for _, value in returned_ids(o.slug):
        if isinstance(value, kind):
            return value
    if kind is int:
        return 1
    return str(uuid.UUID(int=1)) if schema.get("format") == "uuid" else "assistant-1"


def path_of(o: Op) -> str:
    """The operation's path with the sample id in it."""
    path = o.path
    for param in o.path_parameters():
        path = path.replace("{" + param["name"] + "}", str(sample_id(o)))
    return path


def invalid_params() -> Iterator[Any]:
    for o in all_operations():
        if o.body_schema:
            for case in body_cases(o.slug, o.id)["invalid"]:
                yield pytest.param(o, case, id=f"{o.label}-{case['name']}")


def valid_params() -> Iterator[Any]:
    for o in all_operations():
        if o.body_schema:
            for case in body_cases(o.slug, o.id)["valid"]:
                yield pytest.param(o, case, id=f"{o.label}-{case['name']}")


def rule_branches(slug: str, operation_id: str) -> dict[tuple[Any, ...], Mapping[str, Any]]:
    """The ``allOf`` members with an ``if`` reachable from an operation's request schema, by their
    location (segments) in the standalone document."""
    doc = request_document(slug, operation_id)
    found: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    seen: set[str] = set()

    def walk(node: Any, where: tuple[Any, ...]) -> None:
        if isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, (*where, i))
            return
        if not isinstance(node, Mapping):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            seen.add(ref)
            walk(spec_schema.resolve(doc, node), _json.unpointer(ref[1:]))
        for key, value in node.items():
            if key in ("$defs", "components"):  # reached through a $ref, never walked whole
                continue
            if key == "allOf" and isinstance(value, list):
                for i, branch in enumerate(value):
                    if isinstance(branch, Mapping) and "if" in branch:
                        found[(*where, key, i)] = branch
            walk(value, (*where, key))

    walk(doc, ())
    return found


def rules_passed(doc: Mapping[str, Any], evaluation_path: list[Any], rules: Any) -> set[tuple[Any, ...]]:
    """The rule branches (locations) an error's evaluation path goes through into then/else."""
    node: Any = doc
    where: tuple[Any, ...] = ()
    passed = set()
    for key in evaluation_path:
        if where in rules and key in ("then", "else"):
            passed.add(where)
        if key == "$ref":
            ref = node["$ref"]
            where, node = _json.unpointer(ref[1:]), spec_schema.resolve(doc, node)
            continue
        node = node[key]
        where = (*where, key)
    return passed


def blame(doc: Mapping[str, Any], error: Any, rules: Any) -> set[tuple[Any, ...]] | None:
    """The rules an error is due to (``None``: it is not due to a rule). A union fails because of a
    rule when one of its variants fails only because of rules."""
    passed = rules_passed(doc, list(error.evaluation_path), rules)
    if passed:
        return passed
    if error.kind.name in ("anyOf", "oneOf"):
        found: set[tuple[Any, ...]] = set()
        for variant in error.kind.context or []:
            blamed = [blame(doc, e, rules) for e in variant]
            if blamed and all(b for b in blamed):
                found.update(*[b for b in blamed if b])
        return found or None
    return None
