"""The deploy state file: which assistant each definition became at each vendor, and what was sent.

``voiceagents apply`` records, per definition and vendor, the assistant's id and what it last
applied, so the next ``plan`` knows what exists and what changed. The file is JSON, written
atomically (a temporary file in the same directory, flushed to disk, then renamed over the old one),
and holds no secret: no API key ever, and every value under a key that names a secret
(``_secrets.is_secret_key``: ``api_key``, ``token``, ...) is replaced by its SHA-256 digest, enough
to tell whether it changed and useless to call the vendor with.

    {
      "version": 1,
      "definitions": {
        "agents/front-desk.yaml": {                  # the definition's key (see ``definition_key``)
          "name": "Front desk",
          "source": "agents/front-desk.yaml",        # the file, relative to the state file; or null
          "vendors": {
            "revox": {
              "id": "asst_12ab",                     # null when the vendor's answer holds no id
              "digest": "sha256:...",                # of ``applied``
              "applied": {...},                      # what the vendor has, as far as we know
              "applied_at": "2025-01-31T12:00:00Z",
              "pending": null
            },
            "callhq": {
              "id": null, "digest": null, "applied": null, "applied_at": null,
              "pending": {                           # a create that may have succeeded
                "since": "...", "operation": "createAssistant",
                "reason": "timed out", "digest": "sha256:...", "applied": {...}
              }
            }
          }
        }
      }
    }

A definition is identified by its file (relative to the state file's directory, so the same project
gives the same keys from any working directory); a definition read from stdin, or pulled by
``migrate``, by its name (``name:<name>``). The name is recorded too: a file that was moved is found
again by its name (when the file its entry names no longer exists), and at a vendor whose state is
lost the assistant is looked up by that exact name.

A create is recorded as pending *before* it is sent and replaced by the id when the answer comes,
so a timeout, a 5xx, a dropped connection, Ctrl-C or a killed process always leaves a trace; the
next ``apply`` then looks the assistant up by name (vendors with a list operation) or refuses to
create it again (vendors without one) until ``voiceagents state adopt`` or ``state forget``.
A lock file next to the state (``<state>.lock``, ``flock``) keeps two applies from racing.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import InputError
from .._secrets import is_secret_key

__all__ = [
    "DEFAULT_STATE",
    "STATE_VERSION",
    "DefinitionEntry",
    "Pending",
    "State",
    "VendorEntry",
    "definition_key",
    "digest",
    "now",
    "seal",
]

DEFAULT_STATE = "voiceagents.state.json"
STATE_VERSION = 1
_MAX_STATE_BYTES = 64 * 1024 * 1024
_SEALED = "sha256:"


def now() -> str:
    """The current UTC time, ISO 8601 to the second (``2025-01-31T12:00:00Z``)."""
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def _hash(value: Any) -> str:
    return _SEALED + hashlib.sha256(b"voiceagents-secret\0" + _canonical(value)).hexdigest()


def seal(value: Any, *, secret: bool = False) -> Any:
    """A copy of JSON-like ``value`` with every value under a secret key replaced by its digest.

    ``secret=True`` seals ``value`` itself (it sits under a secret key). Sealing is deterministic,
    so sealed values compare equal exactly when the originals do.
    """
    if secret:
        return _hash(value)
    if isinstance(value, Mapping):
        return {str(k): seal(v, secret=is_secret_key(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [seal(v) for v in value]
    return copy.deepcopy(value)


def digest(body: Any) -> str:
    """The digest of a (sealed) body: ``sha256:<hex>`` of its canonical JSON."""
    return "sha256:" + hashlib.sha256(_canonical(body)).hexdigest()


def definition_key(source: str | None, state_path: Path, name: str) -> tuple[str, str | None]:
    """``(key, source)`` of a definition: its file relative to the state file's directory (POSIX
    separators; absolute when it is on another drive), or ``name:<name>`` without a file."""
    if source is None or source == "-":
        return f"name:{name}", None
    absolute = Path(source).resolve()
    base = state_path.resolve().parent
    try:
        relative = Path(os.path.relpath(absolute, base)).as_posix()
    except ValueError:  # another drive (Windows)
        relative = absolute.as_posix()
    return relative, relative


@dataclass
class Pending:
    """A create that was sent and may have succeeded, although no answer said so."""

    since: str
    operation: str
    reason: str
    digest: str | None = None
    applied: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "operation": self.operation,
            "reason": self.reason,
            "digest": self.digest,
            "applied": self.applied,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Pending:
        return cls(
            since=str(data.get("since") or ""),
            operation=str(data.get("operation") or "createAssistant"),
            reason=str(data.get("reason") or ""),
            digest=data.get("digest"),
            applied=data.get("applied") if isinstance(data.get("applied"), dict) else None,
        )


@dataclass
class VendorEntry:
    """One definition at one vendor."""

    id: str | int | None = None
    digest: str | None = None
    applied: dict[str, Any] | None = None
    """The (sealed) vendor body the assistant has, as far as voiceagents knows."""
    applied_at: str | None = None
    pending: Pending | None = None

    @property
    def exists(self) -> bool:
        """Whether an assistant was created (or adopted) for it (its id may be unknown)."""
        return self.id is not None or self.applied is not None

    def record(self, assistant_id: str | int | None, sealed: dict[str, Any]) -> None:
        """What is at the vendor now: ``sealed`` is the body it has, already ``seal``-ed."""
        self.id = assistant_id if assistant_id is not None else self.id
        self.applied = sealed
        self.digest = digest(sealed)
        self.applied_at = now()
        self.pending = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "digest": self.digest,
            "applied": self.applied,
            "applied_at": self.applied_at,
            "pending": self.pending.to_json() if self.pending else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> VendorEntry:
        ident = data.get("id")
        pending = data.get("pending")
        return cls(
            id=ident if isinstance(ident, str | int) and not isinstance(ident, bool) else None,
            digest=data.get("digest") if isinstance(data.get("digest"), str) else None,
            applied=data.get("applied") if isinstance(data.get("applied"), dict) else None,
            applied_at=data.get("applied_at") if isinstance(data.get("applied_at"), str) else None,
            pending=Pending.from_json(pending) if isinstance(pending, Mapping) else None,
        )


@dataclass
class DefinitionEntry:
    name: str
    source: str | None
    vendors: dict[str, VendorEntry] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "vendors": {slug: entry.to_json() for slug, entry in sorted(self.vendors.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DefinitionEntry:
        vendors = data.get("vendors") or {}
        if not isinstance(vendors, Mapping):
            raise ValueError("vendors must be an object")
        return cls(
            name=str(data.get("name") or ""),
            source=data.get("source") if isinstance(data.get("source"), str) else None,
            vendors={str(s): VendorEntry.from_json(e) for s, e in vendors.items() if isinstance(e, Mapping)},
        )


class State:
    """The state file's content, and where it lives. ``load`` it, change it, ``save`` it."""

    def __init__(self, path: str | Path, definitions: dict[str, DefinitionEntry] | None = None) -> None:
        self.path = Path(path)
        self.definitions: dict[str, DefinitionEntry] = definitions or {}

    def __repr__(self) -> str:
        return f"<State {str(self.path)!r}: {len(self.definitions)} definition(s)>"

    @classmethod
    def load(cls, path: str | Path) -> State:
        """The state at ``path`` (an empty one when there is no file yet)."""
        path = Path(path)
        try:
            with path.open("rb") as handle:
                # read(n) allocates n bytes up front: ask for what the file holds (+1: a file that
                # grows meanwhile still stops at the limit), never the limit itself.
                size = os.fstat(handle.fileno()).st_size
                raw = handle.read(min(size, _MAX_STATE_BYTES) + 1)
        except FileNotFoundError:
            return cls(path)
        except OSError as exc:
            raise InputError(f"cannot read the state file {path}: {exc.strerror or exc}") from None
        if len(raw) > _MAX_STATE_BYTES:
            raise InputError(f"the state file {path} is larger than {_MAX_STATE_BYTES} bytes")
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("it is not a JSON object")
            version = data.get("version")
            if version != STATE_VERSION:
                raise ValueError(f"version {version!r} is not {STATE_VERSION}")
            definitions = data.get("definitions") or {}
            if not isinstance(definitions, dict):
                raise ValueError("definitions must be an object")
            entries = {str(k): DefinitionEntry.from_json(v) for k, v in definitions.items() if isinstance(v, dict)}
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(
                f"the state file {path} is not a voiceagents state ({exc}); move it away to start afresh"
            ) from None
        return cls(path, entries)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "comment": "Written by voiceagents apply. No secrets: values under secret keys are digests.",
            "definitions": {key: entry.to_json() for key, entry in sorted(self.definitions.items())},
        }

    def save(self) -> None:
        """Write the state atomically: a temporary file next to it, fsynced, renamed over it."""
        text = json.dumps(self.to_json(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        directory = self.path.resolve().parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(OSError):
                os.chmod(temp, 0o600)
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        _fsync_directory(directory)

    # -- entries -------------------------------------------------------------------------

    def resolve(self, key: str, name: str, vendors: Iterable[str] = ()) -> tuple[str, str | None]:
        """The key to use for a definition, and the old key it moved from (``None`` if it did not).

        A definition without an entry takes over the entry of the same name whose file no longer
        exists (the file was moved or renamed), or that has no file (``migrate``, stdin). Two existing
        files of the same name at one of the same ``vendors`` are an error: names must be unique
        per vendor, since a lost state is recovered by name."""
        if key in self.definitions:
            return key, None
        wanted = set(vendors)
        for other, entry in self.definitions.items():
            if entry.name != name:
                continue
            if entry.source is not None and (self.path.resolve().parent / entry.source).exists():
                if not wanted & set(entry.vendors):
                    continue
                raise InputError(
                    f"{entry.source} already defines an assistant named {name!r}: give each definition its own"
                    " name (a lost state is recovered by name, so names must be unique)"
                )
            return key, other
        return key, None

    def vendor(self, key: str, slug: str) -> VendorEntry | None:
        entry = self.definitions.get(key)
        return entry.vendors.get(slug) if entry else None

    def put(self, key: str, name: str, source: str | None, slug: str, entry: VendorEntry) -> None:
        definition = self.definitions.setdefault(key, DefinitionEntry(name, source))
        definition.name, definition.source = name, source
        definition.vendors[slug] = entry

    def move(self, old: str, new: str, name: str, source: str | None) -> None:
        """Re-key the entry ``old`` to ``new`` (a moved file)."""
        entry = self.definitions.pop(old)
        entry.name, entry.source = name, source
        self.definitions[new] = entry

    def forget(self, key: str, slug: str) -> bool:
        definition = self.definitions.get(key)
        if definition is None or slug not in definition.vendors:
            return False
        del definition.vendors[slug]
        if not definition.vendors:
            del self.definitions[key]
        return True

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold ``<state>.lock`` (``flock``, where the OS has it) while changing the state."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no advisory lock
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with lock_path.open("a") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise InputError(
                    f"another voiceagents command is changing {self.path} (it holds {lock_path}): wait for it to finish"
                ) from None
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
