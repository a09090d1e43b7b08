"""Paths into nested JSON-like data, for neutral fields and vendor fields alike.

A path is written ``voice.speed`` or ``post_call.fields[0].name``, and held as a tuple of segments
(``("post_call", "fields", 0, "name")``). A *pattern* replaces list indexes by ``[]``
(``post_call.fields[].name``): rules and the mapping table are declared against patterns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .._schema import MISSING, pointer, unpointer

__all__ = [
    "MISSING",
    "Segment",
    "VPath",
    "copy_json",
    "deep_merge",
    "dotted",
    "get",
    "leaf_names",
    "parse",
    "pattern",
    "pointer",
    "put",
    "remove",
    "starts_with",
    "unpointer",
]

Segment = str | int
VPath = tuple[Segment, ...]


_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d*)\]")


@functools.cache
def parse(path: str) -> VPath:
    """``a.b[0].c`` → ``("a", "b", 0, "c")``; ``[]`` (a pattern) becomes ``-1``."""
    segments: list[Segment] = []
    for name, index in _TOKEN.findall(path):
        if name:
            segments.append(name)
        else:
            segments.append(int(index) if index else -1)
    return tuple(segments)


@functools.lru_cache(maxsize=8192)
def dotted(segments: VPath) -> str:
    """``("a", "b", 0, "c")`` → ``a.b[0].c``."""
    out = ""
    for segment in segments:
        if isinstance(segment, int):
            out += f"[{segment}]" if segment >= 0 else "[]"
        else:
            out += f".{segment}" if out else segment
    return out


@functools.cache
def pattern(path: str) -> str:
    """``post_call.fields[3].name`` → ``post_call.fields[].name``."""
    return re.sub(r"\[\d+\]", "[]", path)


def starts_with(path: tuple[str, ...], prefix: tuple[str, ...]) -> bool:
    return path[: len(prefix)] == prefix


def get(data: Any, segments: VPath, default: Any = MISSING) -> Any:
    node = data
    for segment in segments:
        if type(segment) is int:
            if type(node) is not list or not 0 <= segment < len(node):
                return default
        elif not isinstance(node, dict) or segment not in node:
            return default
        node = node[segment]
    return node


def put(data: dict[str, Any], segments: VPath, value: Any) -> None:
    """Set ``value`` at ``segments``, creating dicts and lists on the way; dicts merge into dicts."""
    if len(segments) == 1 and type(value) is not dict:
        data[segments[0]] = value  # type: ignore[index]
        return
    node: Any = data
    for i, segment in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        empty: Any = [] if isinstance(nxt, int) else {}
        if isinstance(segment, int):
            while len(node) <= segment:
                node.append(None)
            if node[segment] is None:
                node[segment] = empty
            node = node[segment]
        else:
            node = node.setdefault(segment, empty)
    last = segments[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
        node[last] = value
    elif isinstance(value, dict) and isinstance(node.get(last), dict):
        deep_merge(node[last], value)
    else:
        node[last] = value


def remove(data: Any, segments: VPath) -> None:
    """Delete the value at ``segments`` (a list item is replaced by ``{}``, keeping indexes stable)."""
    parent = get(data, segments[:-1])
    last = segments[-1]
    if isinstance(last, int):
        if isinstance(parent, list) and 0 <= last < len(parent):
            parent[last] = {}
    elif isinstance(parent, dict):
        parent.pop(last, None)


def deep_merge(
    target: dict[str, Any], source: Mapping[str, Any], at: VPath = (), skip: frozenset[VPath] = frozenset()
) -> list[VPath]:
    """Merge a copy of ``source`` into ``target`` (dicts recursively, anything else replaced), leaving
    out the paths in ``skip``; return the paths that were set (the leaves of ``source``)."""
    written: list[VPath] = []
    for key, value in source.items():
        here = (*at, key)
        if here in skip:
            continue
        if isinstance(value, dict) and isinstance(target.get(key), dict) and value:
            written += deep_merge(target[key], value, here, skip)
        else:
            target[key] = copy_json(value)
            written.append(here)
    return written


def copy_json(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts and lists are copied, anything else is shared)."""
    if type(value) is dict:
        return {k: copy_json(v) for k, v in value.items()}
    if type(value) is list:
        return [copy_json(v) for v in value]
    return value


def leaf_names(data: Mapping[str, Any], opaque: frozenset[str] = frozenset(), at: str = "") -> Iterator[str]:
    """The leaf fields of nested data, as dotted names (``post_call.fields[0].name``): objects are
    walked, non-empty lists of objects too; other lists, empty lists and the names in ``opaque``
    are leaves themselves."""
    for key, value in data.items():
        here = f"{at}.{key}" if at else key
        if here in opaque:
            yield here
        elif isinstance(value, dict):
            yield from leaf_names(value, opaque, here)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                yield from leaf_names(item, opaque, f"{here}[{i}]")
        else:
            yield here
