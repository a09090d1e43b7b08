"""Walking JSON Schemas inside a document: ``$ref``, combinators, properties, directions.

A schema node is always walked together with the document it lives in (``root``): a local
``$ref`` (``#/components/schemas/X`` in a spec, ``#/$defs/X`` in a standalone schema) is a JSON
pointer into that root. One resolver serves everything, and a reference that points at nothing is
a ``SpecError``, never a silent ``{}``. Standalone schemas are made without rewriting a single
``$ref`` (``standalone``): jsonschema-rs resolves ``#/components/...`` in them itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

from .._exceptions import SpecError
from .._json import MISSING, read_pointer

__all__ = [
    "COMPONENTS",
    "METHODS",
    "Direction",
    "component_aliases",
    "component_directions",
    "component_name",
    "component_refs",
    "known_keys",
    "members",
    "property_schemas",
    "resolve",
    "schema_at",
    "schema_document",
    "standalone",
]

Direction = Literal["request", "response"]
COMPONENTS = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
"""The operation keys of an OpenAPI path item, in the order the spec reader visits them."""
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def resolve(root: Mapping[str, Any], node: Any) -> Any:
    """``node`` with its (chain of) local ``$ref`` followed; anything else is returned as is."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            raise SpecError(f"cannot resolve $ref {ref!r} (only local, non-circular references are supported)")
        seen.add(ref)
        try:
            target = read_pointer(root, ref[1:])
        except ValueError:
            target = MISSING
        if target is MISSING:
            raise SpecError(f"$ref {ref!r} points at nothing")
        node = target
    return node


def members(root: Mapping[str, Any], node: Any) -> Iterator[Mapping[str, Any]]:
    """``node`` and every schema it combines (allOf/oneOf/anyOf, if/then/else), resolved."""
    node = resolve(root, node)
    if not isinstance(node, Mapping):
        return
    yield node
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key, ()):
            yield from members(root, sub)
    for key in ("then", "else"):
        if key in node:
            yield from members(root, node[key])


def property_schemas(root: Mapping[str, Any], node: Any, key: str) -> tuple[list[Any], bool]:
    """The subschemas that ``node`` declares for property ``key``, and whether ``node`` is open
    (accepts keys it does not declare: ``additionalProperties`` true or a schema, or no
    ``properties`` anywhere)."""
    found: list[Any] = []
    declared = False
    open_ = False
    for member in members(root, node):
        props = member.get("properties")
        if isinstance(props, Mapping):
            declared = True
            if key in props and props[key] is not False:
                found.append(props[key])
        extra = member.get("additionalProperties")
        if extra is True or isinstance(extra, Mapping):
            open_ = True
    return found, open_ or not declared


def known_keys(root: Mapping[str, Any], node: Any, value: Any = MISSING) -> frozenset[str] | None:
    """The member names an object schema declares, or ``None`` when it accepts any member.

    For a tagged union (variants with a ``const`` tag), ``value`` picks the variant whose tag it
    carries; an untagged value gets the names of every variant."""
    names: set[str] = set()
    for member in members(root, node):
        extra = member.get("additionalProperties")
        if extra is True or isinstance(extra, Mapping):
            return None
        names.update(member.get("properties") or {})
    variants = _tagged_variant(root, node, value)
    if variants is not None:
        names = set(variants)
        for member in members(root, node):
            if "oneOf" not in member and "anyOf" not in member:
                names.update(member.get("properties") or {})
    return frozenset(names) if names else None


def _tagged_variant(root: Mapping[str, Any], node: Any, value: Any) -> set[str] | None:
    """The property names of the union variant ``value`` selects by its const tag (or None)."""
    if not isinstance(value, Mapping):
        return None
    for member in members(root, node):
        for key in ("oneOf", "anyOf"):
            for sub in member.get(key, ()):
                variant = resolve(root, sub)
                props = variant.get("properties") if isinstance(variant, Mapping) else None
                if not isinstance(props, Mapping):
                    continue
                tags = {k: s["const"] for k, s in props.items() if isinstance(s, Mapping) and "const" in s}
                if tags and all(value.get(k) == v for k, v in tags.items()):
                    names: set[str] = set()
                    for part in members(root, variant):
                        names.update(part.get("properties") or {})
                    return names
    return None


def schema_at(root: Mapping[str, Any], node: Any, path: Sequence[str | int]) -> list[Mapping[str, Any]]:
    """Every schema that applies at ``path`` (member names and list indexes, or ``"[]"``) below
    ``node``, each resolved; empty when nothing declares that path."""
    nodes: list[Any] = [node]
    for segment in path:
        nxt: list[Any] = []
        for current in nodes:
            for member in members(root, current):
                if isinstance(segment, int) or segment == "[]" or (isinstance(segment, str) and segment.isdigit()):
                    if isinstance(member.get("items"), Mapping):
                        nxt.append(member["items"])
                else:
                    sub = (member.get("properties") or {}).get(segment)
                    if isinstance(sub, Mapping):
                        nxt.append(sub)
        nodes = nxt
        if not nodes:
            return []
    return [m for current in nodes for m in members(root, current)]


def standalone(document: Mapping[str, Any], name: str) -> dict[str, Any]:
    """Component schema ``name`` of an OpenAPI document as a JSON Schema 2020-12 document: a
    ``$ref`` to it beside the document's components, so every reference resolves as written."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    if name not in schemas:
        raise SpecError(f"components.schemas has no {name!r}")
    return {"$schema": DRAFT, "$ref": COMPONENTS + name, "components": {"schemas": schemas}}


def schema_document(document: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """Any schema node of an OpenAPI document (a ``$ref`` or written inline, e.g. an array of
    assistants) as a JSON Schema 2020-12 document, its references resolving as written."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    return {"$schema": DRAFT, **node, "components": {"schemas": schemas}}


_ANNOTATIONS = frozenset({"$comment", "title", "description", "deprecated", "examples", "example"})
"""Keywords that describe a schema without constraining it (allowed beside an alias's ``$ref``)."""


def component_name(ref: Any) -> str | None:
    """The component schema a ``$ref`` names (``#/components/schemas/X`` -> ``X``), or None."""
    if isinstance(ref, str) and ref.startswith(COMPONENTS):
        return ref[len(COMPONENTS) :]
    return None


def component_aliases(document: Mapping[str, Any]) -> dict[str, str]:
    """Component schemas written as another one (``{$ref: '#/components/schemas/X'}``, annotations
    such as their own ``description`` aside): name -> ``X``. They validate exactly as ``X`` does."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    found: dict[str, str] = {}
    for name, node in schemas.items():
        if isinstance(node, Mapping) and "$ref" in node and set(node) - {"$ref"} <= _ANNOTATIONS:
            target = component_name(node["$ref"])
            if target is not None and target in schemas:
                found[name] = target
    return found


def component_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas ``node`` refers to (directly, at any depth)."""
    if isinstance(node, Mapping):
        name = component_name(node.get("$ref"))
        if name is not None:
            yield name
        for value in node.values():
            yield from component_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from component_refs(value)


def component_directions(document: Mapping[str, Any]) -> dict[str, set[Direction]]:
    """For each component schema, whether requests (bodies, parameters) and/or responses reach it."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    roots: dict[Direction, list[Any]] = {"request": [], "response": []}
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, Mapping):
            continue
        roots["request"].extend(resolve(document, p) for p in item.get("parameters") or [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            roots["request"].extend(resolve(document, p) for p in op.get("parameters") or [])
            roots["request"].append(op.get("requestBody") or {})
            roots["response"].extend((op.get("responses") or {}).values())
    return _reach(schemas, roots)


def _reach(schemas: Mapping[str, Any], roots: Mapping[Direction, Iterable[Any]]) -> dict[str, set[Direction]]:
    found: dict[str, set[Direction]] = {name: set() for name in schemas}
    for direction, nodes in roots.items():
        todo = [name for node in nodes for name in component_refs(node)]
        while todo:
            name = todo.pop()
            if name not in found or direction in found[name]:
                continue
            found[name].add(direction)
            todo.extend(component_refs(schemas[name]))
    return found
