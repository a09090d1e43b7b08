"""JSON-like data: the one "not there" value, JSON pointers (RFC 6901), and nested access.

Everything in voiceagents that walks nested JSON data uses these: the spec reader, the client, the
converter, the deploy engine, the mock server. A path is a tuple of segments (member names and list
indexes); a JSON pointer is its text form (``/voice/speed``, ``""`` for the whole document).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

__all__ = [
    "MISSING",
    "Segment",
    "copy_json",
    "deep_merge",
    "get",
    "leaf_paths",
    "merged",
    "pointer",
    "put",
    "read_pointer",
    "remove",
    "unpointer",
    "write_pointer",
]

Segment = str | int


class _Missing:
    """The one "not there" value: falsy, distinct from ``None`` (which is JSON null)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"

    def __bool__(self) -> bool:
        return False

    def __copy__(self) -> _Missing:
        return self

    def __deepcopy__(self, memo: object) -> _Missing:
        return self

    def __reduce__(self) -> str:
        return "MISSING"


MISSING: Final[Any] = _Missing()


# --------------------------------------------------------------------------- JSON pointers


def pointer(parts: Iterable[Segment]) -> str:
    """``("a", "b/c", 0)`` → ``/a/b~1c/0``; ``()`` → ``""`` (the whole document)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def unpointer(text: str) -> tuple[str, ...]:
    """The segments of a JSON pointer, as strings (``""`` → ``()``); ``ValueError`` for anything else."""
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


def write_pointer(document: Any, text: str, value: Any) -> Any:
    """``document`` with ``value`` at the pointer (objects made on the way); the new root."""
    parts = unpointer(text)
    if not parts:
        return value
    root = document if isinstance(document, dict) else {}
    node = root
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value
    return root


# --------------------------------------------------------------------------- nested access by segments


def get(data: Any, segments: Iterable[Segment], default: Any = MISSING) -> Any:
    """The value at ``segments`` (names and list indexes), or ``default``."""
    node = data
    for segment in segments:
        if type(segment) is int:
            if type(node) is not list or not 0 <= segment < len(node):
                return default
        elif (type(node) is not dict and not isinstance(node, Mapping)) or segment not in node:
            return default
        node = node[segment]
    return node


def put(data: dict[str, Any], segments: tuple[Segment, ...], value: Any) -> None:
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
            if not isinstance(node.get(segment), dict | list):
                node[segment] = empty
            node = node[segment]
    last = segments[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
        node[last] = value
    elif isinstance(value, dict) and isinstance(node.get(last), dict):
        deep_merge(node[last], value)
    else:
        node[last] = value


def remove(data: Any, segments: tuple[Segment, ...]) -> None:
    """Delete the value at ``segments`` (a list item is replaced by ``{}``, keeping indexes stable)."""
    parent = get(data, segments[:-1])
    last = segments[-1]
    if isinstance(last, int):
        if isinstance(parent, list) and 0 <= last < len(parent):
            parent[last] = {}
    elif isinstance(parent, dict):
        parent.pop(last, None)


def deep_merge(
    target: dict[str, Any],
    source: Mapping[str, Any],
    at: tuple[Segment, ...] = (),
    skip: frozenset[tuple[Segment, ...]] = frozenset(),
) -> list[tuple[Segment, ...]]:
    """Merge a copy of ``source`` into ``target`` (objects recursively, anything else replaced),
    leaving out the paths in ``skip``; return the paths that were set (the leaves of ``source``)."""
    written: list[tuple[Segment, ...]] = []
    for key, value in source.items():
        here = (*at, key)
        if here in skip:
            continue
        if isinstance(value, Mapping) and isinstance(target.get(key), dict) and value:
            written += deep_merge(target[key], value, here, skip)
        else:
            target[key] = copy_json(value)
            written.append(here)
    return written


def merged(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """A new object: a copy of ``base`` with ``extra`` deep-merged into it."""
    out: dict[str, Any] = {k: copy_json(v) for k, v in base.items()}
    deep_merge(out, extra)
    return out


def copy_json(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts and lists are copied, anything else is shared)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict or isinstance(value, Mapping):
        return {k: copy_json(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [copy_json(v) for v in value]
    return value


def leaf_paths(data: Mapping[str, Any], at: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The paths of the leaves of nested objects (non-empty objects are walked; anything else,
    lists and empty objects included, is a leaf)."""
    for key, value in data.items():
        if isinstance(value, Mapping) and value:
            yield from leaf_paths(value, (*at, str(key)))
        else:
            yield (*at, str(key))
