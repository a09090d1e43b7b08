"""Contains some shared types for properties"""

import itertools
from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field, fields, has


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    warnings: list[str] = field(factory=list)
    """What of a success answer did not fit the spec's models (each value is kept as sent)."""


def status_of(code: int) -> HTTPStatus | int:
    """The status as an ``HTTPStatus`` when it is a standard one, else the plain number."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        tag = value.get("type")
        return (
            f"an object with type {tag!r}"
            if isinstance(tag, str) and len(tag) <= 40
            else "an object"
        )
    return type(value).__name__


def describe_misfit(name: str, value: Any, expected: str) -> tuple[str, str]:
    """One parse warning: member ``name`` (``""``: the object itself) holds a value that does not
    fit ``expected``. It shows the value's shape, never the value (an answer can hold a credential)."""
    return name, f"{_kind(value)} does not fit {expected}; kept as sent"


_TICKS = itertools.count()


def misfit_tick() -> int:
    """A number that grows by one at each call: models call it when they record a parse warning, so an
    endpoint that reads it before and after parsing an answer (a difference of one: nothing else
    ticked) knows without walking the models that there is nothing to collect. ``next`` on a counter
    is atomic: a tick from another thread can only cause a needless walk, never a missed warning."""
    return next(_TICKS)


def collect_warnings(value: Any, at: str = "") -> list[str]:
    """Every ``parse_warnings`` entry of ``value`` and the models nested in it, with its path."""
    return list(_walk(value, at))


def _walk(value: Any, at: str) -> Iterator[str]:
    if has(type(value)):
        for name, message in getattr(value, "parse_warnings", ()):
            where = f"{at}.{name}" if at and name else at or name
            yield f"{where}: {message}" if where else message
        for attribute in fields(type(value)):
            if attribute.name in ("parse_warnings", "additional_properties"):
                continue
            name = attribute.alias or attribute.name
            yield from _walk(
                getattr(value, attribute.name), f"{at}.{name}" if at else name
            )
        extra = getattr(value, "additional_properties", None)
        if isinstance(extra, dict):
            for key, item in extra.items():
                yield from _walk(item, f"{at}.{key}" if at else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{at}[{index}]")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "collect_warnings",
    "describe_misfit",
    "misfit_tick",
    "status_of",
]
