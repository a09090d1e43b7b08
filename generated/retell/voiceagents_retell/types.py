"""Contains some shared types for properties"""

import itertools
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    TypeVar,
    cast,
)

from attrs import define, field, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"  # copies and pickles are the one UNSET


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
    found: list[str] = []
    _walk(value, at, found)
    return found


_LEAVES = frozenset({str, int, float, bool, type(None), Unset})
_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, member name) of an attrs model class, without its bookkeeping (cached)."""
    known = _FIELDS.get(cls)
    if known is None:
        known = _FIELDS[cls] = tuple(
            (a.name, a.alias or a.name)
            for a in fields(cls)
            if a.name not in ("parse_warnings", "additional_properties")
        )
    return known


def _walk(value: Any, at: str, found: list[str]) -> None:
    kind = type(value)
    if kind in _LEAVES:
        return
    if kind is list:
        for index, item in enumerate(value):
            if type(item) not in _LEAVES:
                _walk(item, f"{at}[{index}]", found)
        return
    if getattr(kind, "__attrs_attrs__", None) is None:
        return
    for name, message in getattr(value, "parse_warnings", ()):
        where = f"{at}.{name}" if at and name else at or name
        found.append(f"{where}: {message}" if where else message)
    for attribute, name in _fields_of(kind):
        item = getattr(
            value, attribute, UNSET
        )  # an always-there field the answer lacked: nothing below
        if type(item) not in _LEAVES:
            _walk(item, f"{at}.{name}" if at else name, found)
    extra = getattr(value, "additional_properties", None)
    if isinstance(extra, dict):
        for key, item in extra.items():
            if type(item) not in _LEAVES:
                _walk(item, f"{at}.{key}" if at else str(key), found)


_WARNED: set[tuple[str, str]] = set()


def warn_once(where: str, warning: str) -> bool:
    """Whether ``warning`` (``"path: what"``) is the first of its field for ``where`` (an operation)
    in this process: a misfit is logged once per operation and field, not on every answer (it
    is always on ``Response.warnings``). List indexes do not count: ``items[0].q`` and
    ``items[7].q`` are one field."""
    key = (where, _field_of(warning))
    if key in _WARNED:
        return False
    _WARNED.add(key)
    return True


def _field_of(warning: str) -> str:
    head, sep, _ = warning.partition(": ")
    if not sep:
        return warning
    out, depth = [], 0
    for char in head:  # items[12].q -> items[].q
        if char == "[":
            depth += 1
            out.append("[]")
        elif char == "]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


class MissingFieldError(AttributeError):
    """Reading a field the docs say is always there, of an answer that did not carry it (or carried
    a value that does not fit its type, kept as sent in ``additional_properties``).

    The answer was parsed anyway and the misfit is in the model's ``parse_warnings`` (and the
    response's ``warnings``); ``to_dict()`` leaves the field out (it is never invented).
    ``hasattr(model, name)`` is ``False`` and ``getattr(model, name, default)`` gives ``default``."""

    def __init__(self, model: str, field: str, member: str, reason: str) -> None:
        super().__init__(
            f"{model}.{field}: {reason} (the docs say it is always there)", name=field
        )
        self.model = model
        """The model's class name (``Assistant``)."""
        self.field = field
        """The attribute (``id``)."""
        self.member = member
        """The member's name in the answer (``id``; ``type`` for the attribute ``type_``)."""
        self.reason = reason
        """What the answer held: ``missing``, or the shape that did not fit."""


class AnswerModel:
    """The base of the models of answers. A field the docs say is always there is typed as there
    (``id: str``); when an answer lacks it, the field's slot stays empty, and reading it raises
    ``MissingFieldError`` instead of giving a wrong value (``UNSET`` or ``None``). Equality and
    ``repr`` take an empty field as missing; pickling and copying keep it empty."""

    __slots__ = ()
    _always_there: ClassVar[dict[str, str]] = {}
    """Attribute -> member name of the always-there fields."""

    if not TYPE_CHECKING:  # type checkers keep checking attribute names

        def __getattr__(self, name: str) -> Any:
            member = type(self)._always_there.get(name)
            if member is None or name.startswith("__"):
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}",
                    name=name,
                    obj=self,
                )
            warnings = object.__getattribute__(self, "parse_warnings")
            reason = next(
                (message for at, message in warnings if at == member), "not set"
            )
            if reason.startswith("missing"):
                reason = "missing from the answer"
            raise MissingFieldError(type(self).__name__, name, member, reason)

    def _state(self) -> tuple[Any, ...]:
        return tuple(
            getattr(self, a.name, _EMPTY) for a in fields(cast(Any, type(self))) if a.eq
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, AnswerModel)
        return self._state() == other._state()

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{a.name}={getattr(self, a.name, _EMPTY)!r}"
            for a in fields(cast(Any, type(self)))
            if a.repr
        )
        return f"{type(self).__name__}({shown})"


class _Empty:
    def __repr__(self) -> str:
        return "<missing>"


_EMPTY = _Empty()


__all__ = [
    "UNSET",
    "AnswerModel",
    "File",
    "FileTypes",
    "MissingFieldError",
    "RequestFiles",
    "Response",
    "Unset",
    "collect_warnings",
    "describe_misfit",
    "misfit_tick",
    "status_of",
    "warn_once",
]
