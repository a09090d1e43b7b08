"""The deploy state file: which assistant each definition became at each vendor, and what was sent.

``voiceagents apply`` records, per definition and vendor, the assistant's id and what it last
applied, so the next ``plan`` knows what exists and what changed. The file is JSON and holds no
secret: no API key ever, and every value under a key that names a secret
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

Files, all next to the state file's real path (a symbolic link is followed: the file it points to
is read, written and locked, so applies through the link and through the real path exclude each
other):

* ``<state>``: written whole and atomically (a temporary file in the same directory, flushed to
  disk, renamed over the old one), keeping the old file's permissions (``0600`` for a new one);
* ``<state>.backup``: the previous state, kept on every write (a hard link to the old file, else
  a copy);
* ``<state>.journal``: the write-ahead journal of a running ``apply`` (``_journal``): one fsynced
  JSON line per recorded outcome, so a run records each result in constant time and a crash (even
  ``kill -9``) loses nothing. ``State.load`` replays it; ``save`` folds it into the state file and
  removes it;
* ``<state>.lock``: held (``flock``) while a command changes the state, so two applies never race.

Reading is bounded: a state file over 64 MiB, nested deeper than the definitions' depth limit plus
the state's own levels, or with duplicate keys is a clear ``InputError`` (never a ``RecursionError``),
as are a state path that is not a regular file (a FIFO, a device, a directory: refused without
blocking) and every permission or disk problem (``StateFileError``, also an ``OSError``).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import DocumentError, InputError
from .._loading import DEFAULT_MAX_DEPTH, Limits, parse_json
from .._secrets import is_secret_key
from ._files import StateFileError, now, open_regular, read_regular, reason, write_atomically
from ._journal import replay

__all__ = [
    "DEFAULT_STATE",
    "STATE_VERSION",
    "DefinitionEntry",
    "Pending",
    "State",
    "StateFileError",
    "VendorEntry",
    "definition_key",
    "digest",
    "now",
    "seal",
]

DEFAULT_STATE = "voiceagents.state.json"
STATE_VERSION = 1
_MAX_STATE_BYTES = 64 * 1024 * 1024
STATE_LIMITS = Limits(max_bytes=_MAX_STATE_BYTES, max_depth=DEFAULT_MAX_DEPTH + 8)
"""A state file's bounds: 64 MiB, and the definitions' depth plus the state's own six levels."""
_SEALED = "sha256:"


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
    """The state file's content, and where it lives. ``load`` it, change it, ``save`` it.

    ``path`` is the path as given (used in messages and hints); ``file`` its real path (symbolic
    links resolved), where the state, its backup, journal and lock live."""

    def __init__(self, path: str | Path, definitions: dict[str, DefinitionEntry] | None = None) -> None:
        self.path = Path(path)
        self.file = Path(os.path.realpath(self.path))
        self.definitions: dict[str, DefinitionEntry] = definitions or {}
        self.replayed = 0
        """How many journal records ``load`` replayed (a run that did not end cleanly left them)."""
        self._names: dict[str, list[str]] | None = None

    def __repr__(self) -> str:
        return f"<State {str(self.path)!r}: {len(self.definitions)} definition(s)>"

    def _sibling(self, suffix: str) -> Path:
        return self.file.with_name(self.file.name + suffix)

    @property
    def journal_path(self) -> Path:
        return self._sibling(".journal")

    @property
    def backup_path(self) -> Path:
        return self._sibling(".backup")

    @property
    def lock_path(self) -> Path:
        return self._sibling(".lock")

    @property
    def shown(self) -> str:
        """The path for messages: as given, and where it leads when that is elsewhere."""
        if os.path.abspath(self.path) == str(self.file):
            return str(self.path)
        return f"{self.path} (a link to {self.file})"

    @classmethod
    def load(cls, path: str | Path) -> State:
        """The state at ``path`` (an empty one when there is no file yet), with the records of an
        unfinished run's journal replayed on top."""

        state = cls(path)
        raw = read_regular(state.file, f"the state file {state.shown}", _MAX_STATE_BYTES)
        if raw is not None:
            state.definitions = state._parse(raw)
        state.replayed = replay(state.journal_path, state.apply_record, name=f"the journal {state.journal_path}")
        return state

    def _parse(self, raw: bytes) -> dict[str, DefinitionEntry]:
        try:
            try:
                data = parse_json(raw.decode("utf-8"), name=str(self.path), limits=STATE_LIMITS)
            except DocumentError as exc:
                if exc.limit == "max_depth":
                    raise ValueError(f"nested more than {STATE_LIMITS.max_depth} deep, line {exc.line}") from None
                raise ValueError(str(exc).removeprefix(f"{self.path} is not valid JSON: ")) from None
            if not isinstance(data, dict):
                raise ValueError("it is not a JSON object")
            version = data.get("version")
            if version != STATE_VERSION:
                raise ValueError(f"version {version!r} is not {STATE_VERSION}")
            definitions = data.get("definitions") or {}
            if not isinstance(definitions, dict):
                raise ValueError("definitions must be an object")
            return {str(k): DefinitionEntry.from_json(v) for k, v in definitions.items() if isinstance(v, dict)}
        except (ValueError, UnicodeDecodeError) as exc:
            backup = f" (the previous state is {self.backup_path})" if self.backup_path.exists() else ""
            raise InputError(
                f"the state file {self.shown} is not a voiceagents state ({exc}); move it away to start afresh{backup}"
            ) from None

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "comment": "Written by voiceagents apply. No secrets: values under secret keys are digests.",
            "definitions": {key: entry.to_json() for key, entry in sorted(self.definitions.items())},
        }

    def fingerprint(self) -> str:
        """A digest of what the state records (not of its layout): a saved plan names the state it
        was computed from by it."""
        return digest({key: entry.to_json() for key, entry in sorted(self.definitions.items())})

    def save(self) -> None:
        """Write the whole state atomically (the previous one kept as ``<state>.backup``), then drop
        the journal, which it now contains."""
        text = json.dumps(self.to_json(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        try:
            write_atomically(self.file, text.encode("utf-8"), self.backup_path)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.journal_path)
        except StateFileError:
            raise
        except OSError as exc:
            raise StateFileError(f"cannot write the state file {self.shown}: {reason(exc)}") from None

    # -- entries -------------------------------------------------------------------------

    def _index(self) -> dict[str, list[str]]:
        if self._names is None:
            names: dict[str, list[str]] = {}
            for key, entry in self.definitions.items():
                names.setdefault(entry.name, []).append(key)
            self._names = names
        return self._names

    def resolve(self, key: str, name: str, vendors: Iterable[str] = ()) -> tuple[str, str | None]:
        """The key to use for a definition, and the old key it moved from (``None`` if it did not).

        A definition without an entry takes over the entry of the same name whose file no longer
        exists (the file was moved or renamed), or that has no file (``migrate``, stdin). Two existing
        files of the same name at one of the same ``vendors`` are an error: names must be unique
        per vendor, since a lost state is recovered by name."""
        if key in self.definitions:
            return key, None
        wanted = set(vendors)
        for other in self._index().get(name, ()):
            entry = self.definitions[other]
            if entry.source is not None and (self.file.parent / entry.source).exists():
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

    def put(self, key: str, name: str, source: str | None, slug: str, entry: VendorEntry) -> dict[str, Any]:
        """Record ``entry``; the journal record that says so."""
        definition = self.definitions.get(key)
        if definition is None or definition.name != name:
            self._names = None
        definition = self.definitions.setdefault(key, DefinitionEntry(name, source))
        definition.name, definition.source = name, source
        definition.vendors[slug] = entry
        return {"op": "put", "key": key, "name": name, "source": source, "vendor": slug, "entry": entry.to_json()}

    def move(self, old: str, new: str, name: str, source: str | None) -> dict[str, Any]:
        """Re-key the entry ``old`` to ``new`` (a moved file); the journal record."""
        entry = self.definitions.pop(old)
        entry.name, entry.source = name, source
        self.definitions[new] = entry
        self._names = None
        return {"op": "move", "from": old, "to": new, "name": name, "source": source}

    def forget(self, key: str, slug: str) -> bool:
        definition = self.definitions.get(key)
        if definition is None or slug not in definition.vendors:
            return False
        del definition.vendors[slug]
        if not definition.vendors:
            del self.definitions[key]
            self._names = None
        return True

    def apply_record(self, record: Mapping[str, Any]) -> None:
        """Replay one journal record (``put``, ``forget`` or ``move``; the header is skipped)."""
        op = record.get("op")
        key, slug = record.get("key"), record.get("vendor")
        if op == "put" and isinstance(key, str) and isinstance(slug, str) and isinstance(record.get("entry"), Mapping):
            source = record.get("source")
            entry = VendorEntry.from_json(record["entry"])
            self.put(key, str(record.get("name") or ""), source if isinstance(source, str) else None, slug, entry)
        elif op == "forget" and isinstance(key, str) and isinstance(slug, str):
            self.forget(key, slug)
        elif op == "move" and isinstance(record.get("from"), str) and isinstance(record.get("to"), str):
            old, new, source = record["from"], record["to"], record.get("source")
            if old in self.definitions and new not in self.definitions:
                self.move(old, new, str(record.get("name") or ""), source if isinstance(source, str) else None)
        elif op != "begin":
            raise ValueError(f"not a record voiceagents writes (op {op!r})")

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold ``<state>.lock`` (``flock``, where the OS has it) while changing the state."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no advisory lock
            yield
            return
        lock_path = self.lock_path
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            fd = open_regular(lock_path, os.O_RDWR | os.O_CREAT, f"the lock file {lock_path}", mode=0o666)
        except StateFileError:
            raise
        except OSError as exc:
            raise StateFileError(f"cannot lock the state file {self.shown}: {lock_path}: {reason(exc)}") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise InputError(
                    f"another voiceagents command is changing {self.path} (it holds {lock_path}): wait for it to finish"
                ) from None
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
