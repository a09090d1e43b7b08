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

from .._json import MISSING, copy_json, deep_merge, get, pointer, put, remove, unpointer

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
