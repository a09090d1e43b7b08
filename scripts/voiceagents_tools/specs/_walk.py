"""How ``specs.diff`` walks a spec: ``$ref`` resolution and which way each component schema is used.

Kept apart from the diff engine so that it can be swapped for the wrapper's one typed reader of vendor
specs (``voiceagents.spec``) in one place. Both functions take raw documents (JSON-like dicts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

Direction = Literal["request", "response"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_COMPONENT = "#/components/schemas/"


def resolve(doc: Mapping[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """Follow a local ``$ref`` (to any depth); other nodes are returned as they are. A reference
    that leads nowhere (or in a circle) gives ``{}``: a diff compares what is there."""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref in seen:
            return {}
        seen = seen | {ref}
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node = target
    return node


def _refs(node: Any) -> list[str]:
    """Names of the component schemas a node refers to, at any depth."""
    out: list[str] = []
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENT):
            out.append(ref.rsplit("/", 1)[-1])
        for value in node.values():
            out.extend(_refs(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(_refs(value))
    return out


def _roots(doc: Mapping[str, Any]) -> dict[Direction, list[Any]]:
    """What the client sends (parameters, request bodies) and what it reads (responses)."""
    request: list[Any] = []
    response: list[Any] = []
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, Mapping):
            continue
        request.extend(resolve(doc, p) for p in item.get("parameters") or [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            request.extend(resolve(doc, p) for p in op.get("parameters") or [])
            request.append(resolve(doc, op.get("requestBody")))
            response.extend(resolve(doc, r) for r in (op.get("responses") or {}).values())
    return {"request": request, "response": response}


def directions(docs: Iterable[Mapping[str, Any]]) -> dict[str, frozenset[Direction]]:
    """For each component schema of any of ``docs``: reached from requests, responses, or both."""
    found: dict[str, set[Direction]] = {}
    for doc in docs:
        schemas = (doc.get("components") or {}).get("schemas") or {}
        for direction, roots in _roots(doc).items():
            todo = [r for root in roots for r in _refs(root)]
            while todo:
                name = todo.pop()
                if direction in found.setdefault(name, set()):
                    continue
                found[name].add(direction)
                todo.extend(_refs(schemas.get(name)))
    return {name: frozenset(d) for name, d in found.items()}
