"""JSON pointers, ``$ref`` resolution and schema walking: the one implementation of each.

Everything that reads a spec or a JSON Schema goes through here: the request validation, the
converter, the mapping table, the mock server and the generator scripts. A schema is walked with
its ``$ref`` resolved against the document it lives in (``#/components/schemas/X`` in a spec,
``#/$defs/X`` in a standalone schema: any local ref is a JSON pointer into the root).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal

__all__ = [
    "MISSING",
    "Direction",
    "component_directions",
    "known_keys",
    "members",
    "pointer",
    "property_schemas",
    "read_pointer",
    "resolve",
    "schema_at",
    "standalone",
    "unpointer",
]

Direction = Literal["request", "response"]


class _Missing:
    """The one "not there" value: falsy, distinct from ``None`` (which is JSON null)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"

    def __bool__(self) -> bool:
        return False


MISSING: Final[Any] = _Missing()

_COMPONENTS = "#/components/schemas/"
_DEFS = "#/$defs/"


# --------------------------------------------------------------------------- JSON pointers (RFC 6901)


def pointer(parts: Iterable[str | int]) -> str:
    """``("a", "b/c", 0)`` → ``/a/b~1c/0``; ``()`` → ``""`` (the whole document)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def unpointer(text: str) -> tuple[str, ...]:
    """The segments of a JSON pointer, as strings (``""`` → ``()``)."""
    if not text:
        return ()
    if not text.startswith("/"):
        raise ValueError(f"not a JSON pointer: {text!r}")
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in text[1:].split("/"))


def read_pointer(document: Any, text: str, default: Any = MISSING) -> Any:
    """The value at a JSON pointer, or ``default`` when the path is not there."""
    node = document
    for segment in unpointer(text):
        if isinstance(node, Mapping):
            if segment not in node:
                return default
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            return default
    return node


# --------------------------------------------------------------------------- $ref and schema walking


def resolve(root: Mapping[str, Any], node: Any) -> Any:
    """``node`` with its (chain of) local ``$ref`` followed; anything else is returned as is."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target = read_pointer(root, ref[1:])
        if target is MISSING:
            raise ValueError(f"$ref {ref!r} points at nothing")
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


# --------------------------------------------------------------------------- specs


def standalone(spec: Mapping[str, Any], name: str) -> dict[str, Any]:
    """Component schema ``name`` of an OpenAPI spec as a standalone JSON Schema 2020-12 document
    (its components under ``$defs``)."""
    components = _rewrite_refs(spec.get("components", {}).get("schemas", {}))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": f"{_DEFS}{name}", "$defs": components}


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, Mapping):
        out = {k: _rewrite_refs(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENTS):
            out["$ref"] = _DEFS + ref[len(_COMPONENTS) :]
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def _component_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas ``node`` refers to (directly, at any depth)."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENTS):
            yield ref[len(_COMPONENTS) :]
        for value in node.values():
            yield from _component_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _component_refs(value)


_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


def component_directions(spec: Mapping[str, Any]) -> dict[str, set[Direction]]:
    """For each component schema, whether requests (bodies, parameters) and/or responses reach it."""
    schemas = spec.get("components", {}).get("schemas", {})
    roots: dict[Direction, list[Any]] = {"request": [], "response": []}
    for item in (spec.get("paths") or {}).values():
        if not isinstance(item, Mapping):
            continue
        roots["request"].extend(resolve(spec, p) for p in item.get("parameters") or [])
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            roots["request"].extend(resolve(spec, p) for p in op.get("parameters") or [])
            roots["request"].append(op.get("requestBody") or {})
            roots["response"].extend((op.get("responses") or {}).values())
    found: dict[str, set[Direction]] = {name: set() for name in schemas}
    for direction, nodes in roots.items():
        todo = [name for node in nodes for name in _component_refs(node)]
        while todo:
            name = todo.pop()
            if name not in found or direction in found[name]:
                continue
            found[name].add(direction)
            todo.extend(_component_refs(schemas[name]))
    return found
