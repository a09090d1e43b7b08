"""Files that must never block, leak or be lost: the state file, its journal and saved plans.

Every file is opened without blocking and its type checked on the open descriptor (a FIFO or a
device is refused, never waited on), read within a bound, and replaced atomically (a temporary file
in the same directory, fsynced, given the old file's permissions and owner, the old file kept as a
backup, renamed over it, the directory fsynced). A permission or disk problem is a
``StateFileError``: an ``InputError`` (exit 1) and an ``OSError``, whose message says what to check.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from .._exceptions import InputError

__all__ = [
    "StateFileError",
    "existing",
    "fsync_directory",
    "now",
    "open_regular",
    "read_regular",
    "reason",
    "write_atomically",
]


class StateFileError(InputError, OSError):
    """The state file (or its lock, journal or backup) cannot be read or written: permissions, a
    read-only directory, a full disk, a path that is not a regular file. An ``InputError``
    (exit 1, a message and no traceback) that is also an ``OSError``."""


def now() -> str:
    """The current UTC time, ISO 8601 to the second (``2025-01-31T12:00:00Z``)."""
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_OPEN = os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def reason(exc: OSError) -> str:
    """Why ``exc`` happened, in words, with what to check for a permission problem."""
    text = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{text} (check the permissions of the file and of its directory)"
    if exc.errno == errno.EROFS:
        return f"{text} (the directory is on a read-only file system)"
    return text


def _not_regular(what: str, mode: int) -> StateFileError:
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return StateFileError(f"{what} is {kind}, not a regular file: give the path of a file")


def open_regular(path: Path, flags: int, what: str, *, mode: int = 0o600) -> int:
    """A descriptor of the regular file ``path``, opened without blocking (a FIFO would otherwise
    wait for a writer), its type checked on the open descriptor; ``OSError`` as raised by ``open``."""
    try:
        fd = os.open(path, flags | _OPEN, mode)
    except IsADirectoryError:
        raise _not_regular(what, stat.S_IFDIR) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(what, info.st_mode)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path, what: str, limit: int) -> bytes | None:
    """The bytes of the regular file ``path`` (``None`` when it does not exist), at most ``limit``."""
    try:
        fd = open_regular(path, os.O_RDONLY, what)
    except FileNotFoundError:
        return None
    except StateFileError:
        raise
    except OSError as exc:
        raise StateFileError(f"cannot read {what}: {reason(exc)}") from None
    try:
        # read(n) allocates n bytes up front: ask for what the file holds (+1: a file that grows
        # meanwhile still stops at the limit), never the limit itself.
        size = os.fstat(fd).st_size
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(min(size, limit) + 1)
    except OSError as exc:
        raise StateFileError(f"cannot read {what}: {reason(exc)}") from None
    finally:
        os.close(fd)
    if len(raw) > limit:
        raise InputError(f"{what} is larger than {limit} bytes")
    return raw


def existing(path: Path) -> os.stat_result | None:
    """The status of the regular file ``path``, ``None`` when there is none; anything else is refused."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(str(path), info.st_mode)
    return info


def write_atomically(path: Path, data: bytes, backup: Path | None, *, mode: int | None = None) -> None:
    """Replace ``path`` by ``data`` atomically: a temporary file in the same directory, fsynced,
    given the old file's permissions (0600 for a new one; ``mode`` when given), the old file kept
    as ``backup``, renamed over it, the directory fsynced."""
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True)
    old = existing(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, mode if mode is not None else stat.S_IMODE(old.st_mode) if old else 0o600)
            if old and hasattr(os, "chown") and (old.st_uid, old.st_gid) != _owner(temp):
                os.chown(temp, old.st_uid, old.st_gid)
        if old is not None and backup is not None:
            _keep(path, backup)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(directory)


def _owner(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def _keep(path: Path, backup: Path) -> None:
    """``backup`` becomes the current ``path`` (a hard link to it, else a copy), atomically."""
    temp = backup.with_name(f".{backup.name}.{os.getpid()}.{os.urandom(4).hex()}")
    try:
        try:
            os.link(path, temp)
        except OSError:  # a file system without hard links
            shutil.copy2(path, temp)
        try:
            os.rename(temp, backup)  # atomic, replacing the older backup (POSIX)
        except FileExistsError:  # pragma: no cover - Windows
            os.unlink(backup)
            os.rename(temp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def fsync_directory(directory: Path) -> None:
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
