"""Bounded loading of user documents: JSON or YAML from a file, stdin or a string.

    from voiceagents import _loading

    data = _loading.load_file("assistant.yaml")          # or "-" for stdin
    data = _loading.loads(text, name="body.json")
    data = _loading.load_file(path, limits=_loading.Limits(max_bytes=64 << 20))

The rules are those of the CLI: JSON when the text starts with ``{`` or ``[``, YAML (safe, 1.1)
otherwise; duplicate keys and non-string keys are errors; YAML dates stay strings. On top of that,
hostile input is refused quickly and in bounded memory, before any recursive parser runs:

* **size**: files over ``max_bytes`` (default 16 MiB, env ``VOICEAGENTS_MAX_FILE_BYTES``) are
  refused from their size, without being read; stdin is read to at most ``max_bytes + 1`` bytes;
* **file type**: only regular files (and ``-``, stdin) are read; devices such as ``/dev/zero``,
  FIFOs and directories are refused (a FIFO is opened non-blocking, so this never hangs);
* **nesting**: more than ``max_depth`` (default 64, env ``VOICEAGENTS_MAX_DEPTH``) nested
  objects/arrays (mappings/sequences) is refused. JSON is checked by a linear scan outside
  strings, YAML from PyYAML's event stream (``yaml.parse``, which is iterative). A YAML alias
  counts as deep as the anchor it expands to;
* **aliases**: YAML aliases may add at most ``max_alias_nodes`` nodes (default 10 000, env
  ``VOICEAGENTS_MAX_ALIAS_NODES``) to the document, counted as if every alias were expanded (an
  anchor's weight includes the aliases inside it), so a few-hundred-byte "billion laughs" is
  refused at once while a document that reuses a few anchors loads. Recursive aliases are refused;
* **encoding**: the bytes must be UTF-8 (a leading BOM is ignored).

Every refusal, and every read or parse error, is a :class:`DocumentError` (an ``InputError``)
whose message names the document (the path as given, or ``<stdin>``), and for a limit, the
limit and how to raise it; parse errors give the line and column.

PyYAML's C parser is used when available, for speed; the checks do not depend on it. ``json`` and
``yaml`` are imported on first use, so importing this module costs about a millisecond.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from ._exceptions import DocumentError

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "DEFAULT_MAX_ALIAS_NODES",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "ENV_MAX_ALIAS_NODES",
    "ENV_MAX_BYTES",
    "ENV_MAX_DEPTH",
    "SPEC_LIMITS",
    "DocumentError",
    "Limits",
    "load_file",
    "loads",
    "parse_json",
    "parse_size",
]

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Largest document read, in bytes (16 MiB): far above any assistant definition or vendor body."""
DEFAULT_MAX_DEPTH = 64
"""Deepest nesting of objects/arrays: far above any real document, far below Python's recursion limit."""
DEFAULT_MAX_ALIAS_NODES = 10_000
"""Most nodes YAML aliases may add to a document when expanded."""
DEFAULT_MAX_DIGITS = 100
"""Most digits of an integer: far above any id, count or timestamp; parsing a longer one costs
time quadratic in its length (Python refuses more than 4,300 digits with a ValueError)."""

ENV_MAX_BYTES = "VOICEAGENTS_MAX_FILE_BYTES"
ENV_MAX_DEPTH = "VOICEAGENTS_MAX_DEPTH"
ENV_MAX_ALIAS_NODES = "VOICEAGENTS_MAX_ALIAS_NODES"

STDIN = "<stdin>"

# How a user raises each limit; part of every refusal message.
HINTS = {
    "max_bytes": f"raise it with --max-file-size or {ENV_MAX_BYTES}",
    "max_depth": f"raise it with {ENV_MAX_DEPTH}",
    "max_alias_nodes": f"raise it with {ENV_MAX_ALIAS_NODES}",
}


_SIZE = re.compile(r"\s*(\d+)\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)\s*", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def parse_size(text: str) -> int:
    """A byte count such as ``16777216``, ``512K``, ``64M``, ``64MiB`` or ``1G`` (binary units).

    Raises ``ValueError`` for anything else (the CLI can reuse this for ``--max-file-size``).
    """
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"not a size in bytes: {text!r} (examples: 16777216, 512K, 64M, 1G)")
    return int(match.group(1)) * _UNITS[match.group(2)[:1].lower()]


@dataclass(frozen=True)
class Limits:
    """The bounds a document must stay within (see the module docstring)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_alias_nodes: int = DEFAULT_MAX_ALIAS_NODES
    max_digits: int = DEFAULT_MAX_DIGITS

    def __post_init__(self) -> None:
        for field, least in (("max_bytes", 1), ("max_depth", 1), ("max_alias_nodes", 0), ("max_digits", 1)):
            value = getattr(self, field)
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise ValueError(f"Limits.{field} must be a whole number >= {least}, not {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults, overridden by ``VOICEAGENTS_MAX_FILE_BYTES`` (a size: ``64M`` works too),
        ``VOICEAGENTS_MAX_DEPTH`` and ``VOICEAGENTS_MAX_ALIAS_NODES`` when set and not empty.

        A malformed value is a :class:`DocumentError` naming the variable.
        """
        env = os.environ if environ is None else environ
        values: dict[str, int] = {}
        for field, var, least in (
            ("max_bytes", ENV_MAX_BYTES, 1),
            ("max_depth", ENV_MAX_DEPTH, 1),
            ("max_alias_nodes", ENV_MAX_ALIAS_NODES, 0),
        ):
            raw = env.get(var, "").strip()
            if not raw:
                continue
            try:
                value = parse_size(raw) if field == "max_bytes" else int(raw)
            except ValueError:
                value = -1
            if value < least:
                kind = "a size in bytes (e.g. 67108864 or 64M)" if field == "max_bytes" else "a whole number"
                raise DocumentError(f"{var} must be {kind} >= {least}, not {_short(raw)}", name=var, limit=field)
            values[field] = value
        return cls(**values)


SPEC_LIMITS = Limits(max_bytes=64 << 20, max_depth=64, max_alias_nodes=10_000)
"""The bounds of a vendor spec: larger than any definition, with the same depth and alias limits."""


def load_file(source: str | Path, *, limits: Limits | None = None) -> Any:
    """The JSON or YAML document in the file ``source`` (the string ``"-"`` reads stdin).

    ``limits`` defaults to :meth:`Limits.from_env`. Raises :class:`DocumentError`.
    """
    limits = Limits.from_env() if limits is None else limits
    if isinstance(source, str) and source == "-":
        data, name = _read_stdin(limits), STDIN
    else:
        name = str(source)
        data = _read_path(source, name, limits)
    return _parse(_decode(data, name), name, limits)


def loads(text: str | bytes, *, name: str = "<string>", limits: Limits | None = None) -> Any:
    """The JSON or YAML document in ``text`` (bytes must be UTF-8); ``name`` is used in messages.

    ``limits`` defaults to :meth:`Limits.from_env`. Raises :class:`DocumentError`.
    """
    limits = Limits.from_env() if limits is None else limits
    if isinstance(text, bytes | bytearray | memoryview):
        data = bytes(text)
        if len(data) > limits.max_bytes:
            raise _too_big(name, len(data), limits)
        return _parse(_decode(data, name), name, limits)
    if len(text) > limits.max_bytes:  # a character is at least one byte
        raise _too_big(name, len(text), limits, at_least=True)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise _too_big(name, size, limits)
    return _parse(text, name, limits)


# --- reading ---------------------------------------------------------------------------------


def _read_stdin(limits: Limits) -> bytes:
    stream: Any = sys.stdin
    if stream is None:
        raise DocumentError(f"cannot read {STDIN}: there is no standard input", name=STDIN)
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = bytes(buffer.read(limits.max_bytes + 1))
        else:  # a text-only stream (some test harnesses): read as many characters, then measure
            chunk = stream.read(limits.max_bytes + 1)
            data = chunk.encode("utf-8", "surrogateescape") if isinstance(chunk, str) else bytes(chunk)
    except OSError as exc:
        raise DocumentError(f"cannot read {STDIN}: {exc.strerror or exc}", name=STDIN) from None
    if len(data) > limits.max_bytes:
        raise _too_big(STDIN, None, limits)
    return data


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def _read_path(path: str | Path, name: str, limits: Limits) -> bytes:
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. The type is then
    # checked on the open descriptor (fstat), so a file swapped after a stat() cannot slip through.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if isinstance(exc, IsADirectoryError | PermissionError) and os.path.isdir(path):
            raise _not_regular(name, "a directory") from None
        raise DocumentError(f"cannot read {name}: {exc.strerror or exc}", name=name) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((what for test, what in _KINDS if test(info.st_mode)), "not a regular file")
            raise _not_regular(name, kind)
        if info.st_size > limits.max_bytes:
            raise _too_big(name, info.st_size, limits)
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limits.max_bytes + 1)  # the file may have grown since fstat
    except OSError as exc:
        raise DocumentError(f"cannot read {name}: {exc.strerror or exc}", name=name) from None
    finally:
        os.close(fd)
    if len(data) > limits.max_bytes:
        raise _too_big(name, None, limits)
    return data


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DocumentError(
            f"{name} is not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column}"
            " cannot be decoded (save the file as UTF-8)",
            name=name,
            line=line,
            column=column,
        ) from None
    return text.removeprefix("\ufeff")


# --- parsing ---------------------------------------------------------------------------------


def _parse(text: str, name: str, limits: Limits) -> Any:
    if text.lstrip().startswith(("{", "[")):
        return _parse_json(text, name, limits)
    return _parse_yaml(text, name, limits)


class _DuplicateKeyError(ValueError):
    pass


class _TooManyDigits(Exception):
    pass


# The JSON depth scan works on bytes with C-speed operations only (replace, split, translate,
# accumulate), so a 16 MiB document is scanned in well under a second whatever its shape.
_KEEP = b"[]{}\n"
_DELETE = bytes(b for b in range(256) if b not in _KEEP)
_TO_PARENS = bytes.maketrans(b"[]{}", b"()()")
_STEP = {0x28: 1, 0x29: -1, 0x0A: 0}.__getitem__
_CHUNK = 1 << 16


def _json_brackets(text: str) -> bytes:
    """The brackets outside strings, as ``(`` and ``)``, and the newlines (to tell the line)."""
    data = text.encode("utf-8", "surrogatepass")
    if b"\\" in data:  # drop escapes first: a backslash pairs with the next byte, left to right
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    if b'"' in data:  # now every quote opens or closes a string: keep what is between strings
        data = b"".join(data.split(b'"')[::2])
    return data.translate(_TO_PARENS, _DELETE)


def _deepest(brackets: bytes, limit: int) -> int | None:
    """The offset in ``brackets`` where the nesting first exceeds ``limit``, or None; no recursion."""
    depth = 0
    for start in range(0, len(brackets), _CHUNK):
        chunk = brackets[start : start + _CHUNK]
        if max(accumulate(map(_STEP, chunk), initial=depth)) > limit:
            for offset, value in enumerate(accumulate(map(_STEP, chunk), initial=depth)):
                if value > limit:
                    return start + offset - 1
        depth += chunk.count(b"(") - chunk.count(b")")
    return None


def _json_too_deep(text: str, limit: int) -> int | None:
    """The line where ``text`` nests deeper than ``limit`` (outside strings), or None if it does not.

    Removing every innermost empty pair ``()`` lowers the deepest point by exactly one, so a few
    such passes (C speed) shrink ordinary documents to almost nothing before the exact scan.
    """
    if text.count("[") + text.count("{") <= limit:
        return None
    lined = _json_brackets(text)
    brackets = lined.replace(b"\n", b"")
    passes = 0
    while passes < limit and b"()" in brackets:
        fewer = brackets.replace(b"()", b"")
        shrunk = len(brackets) - len(fewer)
        brackets, passes = fewer, passes + 1
        if shrunk * 2 < len(brackets) + shrunk:  # under half removed: the exact scan is cheaper now
            break
    if brackets.count(b"(") + passes <= limit or _deepest(brackets, limit - passes) is None:
        return None
    offset = _deepest(lined, limit)
    return 1 if offset is None else lined.count(b"\n", 0, offset) + 1


def parse_json(text: str, *, name: str, limits: Limits, duplicate_keys: bool = False) -> Any:
    """The JSON document ``text``, parsed in bounded time and memory: nesting over
    ``limits.max_depth`` and integers over ``limits.max_digits`` digits are refused (a
    ``DocumentError`` naming the limit) before they can exhaust the stack or the CPU. Duplicate keys
    are an error unless ``duplicate_keys`` (then the last one wins, as in ``json.loads``)."""
    return _parse_json(text, name, limits, duplicate_keys=duplicate_keys)


def _parse_json(text: str, name: str, limits: Limits, *, duplicate_keys: bool = False) -> Any:
    import json

    line = _json_too_deep(text, limits.max_depth)
    if line is not None:
        raise _too_deep(name, limits, line)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise _DuplicateKeyError(f"duplicate key {_short(key)}")
            out[key] = value
        return out

    def integer(digits: str) -> int:
        if len(digits) - digits.startswith("-") > limits.max_digits:
            raise _TooManyDigits(len(digits) - digits.startswith("-"))
        return int(digits)

    try:
        return json.loads(text, object_pairs_hook=None if duplicate_keys else pairs, parse_int=integer)
    except _TooManyDigits as exc:
        raise DocumentError(
            f"{name} is not valid JSON here: an integer of {exc.args[0]:,} digits is over the"
            f" {limits.max_digits}-digit limit",
            name=name,
            limit="max_digits",
        ) from None
    except json.JSONDecodeError as exc:
        raise DocumentError(
            f"{name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            name=name,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except (ValueError, RecursionError) as exc:  # duplicate keys; integers over Python's digit limit
        raise DocumentError(f"{name} is not valid JSON: {_short_text(str(exc))}", name=name) from None


_LOADERS: dict[bool, Any] = {}


def _yaml_classes() -> tuple[Any, Any]:
    """(the parser class used for the scan, the loader class), the C ones when available."""
    import yaml

    fast = hasattr(yaml, "CSafeLoader")
    if fast not in _LOADERS:
        base: Any = yaml.CSafeLoader if fast else yaml.SafeLoader

        class Loader(base):  # type: ignore[misc]
            """Safe YAML, where dates stay strings and duplicate and non-string keys are errors."""

        Loader.yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

        def mapping(loader: Any, node: Any) -> dict[str, Any]:
            # flatten_mapping puts the pairs merged in with `<<` before the mapping's own pairs;
            # the own pairs override merged ones (YAML merge semantics), but not each other.
            own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
            loader.flatten_mapping(node)
            merged = len(node.value) - own
            out: dict[str, Any] = {}
            seen: set[str] = set()
            for index, (key_node, value_node) in enumerate(node.value):
                key = loader.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {_short(key)} is not a string", key_node.start_mark
                    )
                if index >= merged:
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key {_short(key)}", key_node.start_mark
                        )
                    seen.add(key)
                out[key] = loader.construct_object(value_node, deep=True)
            return out

        Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
        _LOADERS[fast] = (base, Loader)
    scan, loader = _LOADERS[fast]
    return scan, loader


def _scan_yaml(text: str, name: str, limits: Limits, parser: Any) -> None:
    """Check nesting and alias expansion from the event stream, before anything is composed.

    Each open collection is a frame ``[anchor, weight, height]``: weight is its node count with
    aliases expanded, height its nesting (collections) below and including itself. An alias
    counts as its anchor's weight and height.
    """
    import yaml

    anchors: dict[str, tuple[int, int]] = {}  # finished anchors: (weight, height)
    open_anchors: set[str] = set()
    stack: list[list[Any]] = []
    added = 0  # nodes the aliases add when expanded

    def finish(weight: int, height: int) -> None:
        if stack:
            frame = stack[-1]
            frame[1] += weight
            frame[2] = max(frame[2], height + 1)

    for event in yaml.parse(text, Loader=parser):
        if isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                open_anchors.discard(event.anchor)  # a redefinition: later aliases mean this scalar
                anchors[event.anchor] = (1, 0)
            finish(1, 0)
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(stack) + 1 > limits.max_depth:
                raise _too_deep(name, limits, *_mark(event))
            if event.anchor is not None:
                open_anchors.add(event.anchor)
            stack.append([event.anchor, 1, 1])
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, weight, height = stack.pop()
            if anchor is not None:
                open_anchors.discard(anchor)
                anchors[anchor] = (weight, height)
            finish(weight, height)
        elif isinstance(event, yaml.AliasEvent):
            alias = event.anchor or ""
            if alias in open_anchors:
                line, column = _mark(event)
                raise DocumentError(
                    f"{name} is not valid YAML or JSON: alias *{_short_text(alias)} refers to an anchor that"
                    f" contains it (a recursive structure) (line {line}, column {column})",
                    name=name,
                    line=line,
                    column=column,
                )
            if alias not in anchors:
                line, column = _mark(event)
                raise DocumentError(
                    f"{name} is not valid YAML or JSON: found undefined alias *{_short_text(alias)}"
                    f" (line {line}, column {column})",
                    name=name,
                    line=line,
                    column=column,
                )
            weight, height = anchors[alias]
            added += weight
            if added > limits.max_alias_nodes:
                line, column = _mark(event)
                raise DocumentError(
                    f"{name}: YAML aliases expand to more than {limits.max_alias_nodes:,} nodes (line {line},"
                    f" column {column}: *{_short_text(alias)}), over the limit ({HINTS['max_alias_nodes']})",
                    name=name,
                    limit="max_alias_nodes",
                    line=line,
                    column=column,
                )
            if len(stack) + height > limits.max_depth:
                raise _too_deep(name, limits, *_mark(event))
            finish(weight, height)
        elif isinstance(event, yaml.DocumentStartEvent):
            anchors.clear()
            open_anchors.clear()


def _parse_yaml(text: str, name: str, limits: Limits) -> Any:
    import yaml

    parser, loader = _yaml_classes()
    try:
        _scan_yaml(text, name, limits, parser)
        return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = ", ".join(str(part) for part in (exc.context, exc.problem) if part)
        line = column = None
        if mark is not None:
            line, column = mark.line + 1, mark.column + 1
            index = getattr(mark, "index", None)
            if isinstance(index, int) and text[index : index + 1] == "\t" and "tab" not in what:
                what += ": a tab (YAML indents with spaces)"  # libyaml's message does not say which character
            what += f" (line {line}, column {column})"
        raise DocumentError(
            f"{name} is not valid YAML or JSON: {_short_text(what, 240)}", name=name, line=line, column=column
        ) from None
    except DocumentError:
        raise
    except Exception as exc:  # a constructor's own error (an integer too long, a bad !!timestamp...)
        raise DocumentError(
            f"{name} is not valid YAML or JSON: {_short_text(f'{type(exc).__name__}: {exc}')}", name=name
        ) from None


def _mark(event: Any) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


# --- messages --------------------------------------------------------------------------------


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            value = n / scale
            shown = f"{value:.0f}" if value == int(value) or value >= 100 else f"{value:.1f}"
            return f"{shown} {unit}"
    return f"{n} bytes"  # pragma: no cover


def _too_big(name: str, size: int | None, limits: Limits, *, at_least: bool = False) -> DocumentError:
    if size is None:
        shown = f"more than {_size(limits.max_bytes)}"
    else:
        shown = f"at least {_size(size)}" if at_least else _size(size)
    return DocumentError(
        f"{name} is {shown}, over the {_size(limits.max_bytes)} limit ({HINTS['max_bytes']})",
        name=name,
        limit="max_bytes",
    )


def _not_regular(name: str, kind: str) -> DocumentError:
    return DocumentError(f"cannot read {name}: it is {kind}, not a regular file", name=name)


def _too_deep(name: str, limits: Limits, line: int, column: int | None = None) -> DocumentError:
    where = f"line {line}" if column is None else f"line {line}, column {column}"
    return DocumentError(
        f"{name} nests objects/arrays more than {limits.max_depth} deep ({where}),"
        f" over the limit ({HINTS['max_depth']})",
        name=name,
        limit="max_depth",
        line=line,
        column=column,
    )


def _short(value: object, width: int = 80) -> str:
    return _short_text(repr(value), width)


def _short_text(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."
