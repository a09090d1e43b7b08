"""Upload what ``make wheels`` built (``dist/``) to a package index with ``uv publish``, safely re-runnable.

    TWINE_USERNAME=... TWINE_PASSWORD=... python -m voiceagents_tools publish --repository-url URL [--index-url URL]

Every local file is compared with what the index already has (its simple API, ``--check-url``) before
anything is uploaded:

* a file the index lacks is **new**: it is uploaded;
* a file the index has with the same sha256 is **identical**: skipped, with a message. Re-running after
  a complete or a partial publish is therefore safe: what got up is skipped, the rest goes up;
* a file the index has with **different content** (same name and version, other bytes: a rebuild that
  is not reproducible, or a version that was not bumped) stops everything: the file is named with both
  hashes, and nothing at all is uploaded. An index never takes a file name twice, so the only fix is a
  new version (``make generate`` moves the versions).

Why two ``uv publish`` runs and not one: ``uv publish --check-url`` checks each file just before
uploading it, so on a batch with a conflicting file it uploads the files before that one and only
then stops (measured against pypiserver 2.4.2 with uv 0.13.9: a new ``voiceagents_callhq`` wheel went
up, then the publish failed on a ``voiceagents_revox`` wheel of other content). ``uv publish
--dry-run --check-url`` checks every file of the batch against the index and uploads nothing, so it
runs first: a refusal publishes nothing. Then the new files are uploaded (``--check-url`` again, so a
file that appeared meanwhile is skipped if identical and refused if not), generated clients before
``voiceagents`` itself (so when the wrapper appears, the clients its extras ask for are there: a
publish that stops half-way leaves the old wrapper installable), and afterwards the dry run is
repeated to confirm that every file is on the index with the local sha256. A wrong password fails on
the first upload, so it publishes nothing either.

Credentials come only from ``TWINE_USERNAME``/``TWINE_PASSWORD``. They are never printed and never put
on a command line: uv reads them from its environment (``UV_PUBLISH_USERNAME``/``UV_PUBLISH_PASSWORD``),
and anything relayed from uv has the password masked. The simple index defaults to
``<repository-url>/simple/`` (pypiserver, devpi-like) or, for a warehouse ``.../legacy/`` upload URL,
``https://<host without "upload.">/simple/``.

Exit status: 0 when every file is on the index with the local content, 1 with a message otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import parse_sdist_filename, parse_wheel_filename

from .. import ROOT

DIST = ROOT / "dist"
BIN = Path(sys.executable).parent
TIMEOUT = "60"
_DIFFERS = re.compile(
    r"Local file and index file do not match for `(?P<name>[^`]+)`\. "
    r"Local: sha256=(?P<local>[0-9a-f]{64}), Remote: sha256=(?P<remote>[0-9a-f]{64})"
)
_EXISTS = re.compile(r"File (?P<name>\S+) already exists, skipping")


class PublishError(Exception):
    """Publishing cannot go on; the message says why (never containing the password)."""


@dataclass(frozen=True)
class Plan:
    """What to do with each local file: upload it, skip it (identical), or refuse (content differs)."""

    new: tuple[Path, ...]
    identical: tuple[Path, ...]
    different: tuple[tuple[Path, str, str], ...]  # (local file, local sha256, index sha256)


def default_index_url(repository_url: str) -> str:
    """Where the simple API of the index behind ``repository_url`` lives."""
    parts = urllib.parse.urlsplit(repository_url)
    if parts.path.rstrip("/").endswith("/legacy"):  # warehouse: upload.pypi.org/legacy/ -> pypi.org/simple/
        host = parts.netloc.removeprefix("upload.")
        return urllib.parse.urlunsplit((parts.scheme, host, "/simple/", "", ""))
    return repository_url.rstrip("/") + "/simple/"


def file_key(filename: str) -> tuple[str, ...]:
    """What identifies a distribution file on an index: project, version, kind (and wheel tags)."""
    try:
        if filename.endswith(".whl"):
            name, version, _, tags = parse_wheel_filename(filename)
            return (name, str(version), "wheel", ".".join(sorted(str(t) for t in tags)))
        name, version = parse_sdist_filename(filename)
        return (name, str(version), "sdist")
    except ValueError:
        return ("?", filename)


def distributions(dist: Path) -> list[Path]:
    """The files to publish, generated clients first, the root ``voiceagents`` last."""
    files = sorted([*dist.glob("*.whl"), *dist.glob("*.tar.gz")])
    odd = [p.name for p in files if file_key(p.name)[0] == "?"]
    if odd:
        raise PublishError(f"not distribution file names (name-version.tar.gz or a wheel name): {', '.join(odd)}")
    return sorted(files, key=lambda p: (file_key(p.name)[0] == "voiceagents", p.name))


def _mask(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "****")
    return text


def uv_publish(
    files: Sequence[Path], repository_url: str, index_url: str, credentials: tuple[str, str], *, dry_run: bool
) -> subprocess.CompletedProcess[str]:
    """``uv publish --check-url`` on ``files``; the credentials reach uv through its environment only."""
    username, password = credentials
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UV_PUBLISH_", "TWINE_"))}
    env.update(UV_PUBLISH_USERNAME=username, UV_PUBLISH_PASSWORD=password, NO_COLOR="1", UV_HTTP_TIMEOUT=TIMEOUT)
    if dry_run:  # a check that cannot reach the index says so at once (an upload keeps uv's retries)
        env["UV_HTTP_RETRIES"] = "0"
    cmd = [str(BIN / "uv"), "publish", "--no-progress", "--publish-url", repository_url, "--check-url", index_url]
    proc = subprocess.run(
        [*cmd, *(["--dry-run"] if dry_run else []), *map(str, files)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, _mask(proc.stdout, [password]), _mask(proc.stderr, [password])
    )


def plan(files: Sequence[Path], repository_url: str, index_url: str, credentials: tuple[str, str]) -> Plan:
    """Sort ``files`` into new, identical and different against what the index has now (a dry run:
    nothing is uploaded)."""
    proc = uv_publish(files, repository_url, index_url, credentials, dry_run=True)
    output = proc.stdout + proc.stderr
    flat = " ".join(output.split())  # uv wraps its messages at the terminal width
    by_name = {p.name: p for p in files}
    different = tuple((by_name[m["name"]], m["local"], m["remote"]) for m in _DIFFERS.finditer(flat))
    identical = tuple(by_name[m["name"]] for m in _EXISTS.finditer(flat) if m["name"] in by_name)
    if proc.returncode != 0 and not different:
        raise PublishError(
            f"cannot reach {index_url} or check the files against it:\n{output.strip()}\nNothing was uploaded."
        )
    seen = {p for p, _, _ in different} | set(identical)
    return Plan(tuple(p for p in files if p not in seen), identical, different)


def _refusal(different: Sequence[tuple[Path, str, str]], index_url: str) -> PublishError:
    lines = [f"  {path.name}: local sha256 {local}, the index has sha256 {remote}" for path, local, remote in different]
    return PublishError(
        f"{len(different)} file(s) are already on {index_url} with different content:\n"
        + "\n".join(lines)
        + "\nAn index never replaces a file: build exactly what was published (same sources, `make wheels`), or "
        "move the version (`make generate` after bumping it). Nothing was uploaded."
    )


def upload(files: Sequence[Path], repository_url: str, index_url: str, credentials: tuple[str, str]) -> None:
    """Upload ``files``: the clients, then the wrapper (two runs, so the order holds)."""
    clients = [p for p in files if file_key(p.name)[0] != "voiceagents"]
    wrapper = [p for p in files if file_key(p.name)[0] == "voiceagents"]
    for batch in (clients, wrapper):
        if not batch:
            continue
        proc = uv_publish(batch, repository_url, index_url, credentials, dry_run=False)
        if proc.returncode != 0:
            output = (proc.stdout + proc.stderr).strip()
            if re.search(r"\b(401|403)\b", output):
                raise PublishError(
                    f"authentication failed at {repository_url}; check TWINE_USERNAME and TWINE_PASSWORD."
                    + (" Nothing was uploaded." if batch is clients or not clients else "")
                    + f"\n{output}"
                )
            raise PublishError(
                f"uv publish failed (exit {proc.returncode}); the files it uploaded are on the index and a "
                f"re-run skips them as identical:\n{output}"
            )


def publish(repository_url: str, index_url: str, dist: Path, username: str, password: str) -> list[Path]:
    """Upload the files of ``dist`` the index lacks; return them. Prints a line per file."""
    files = distributions(dist)
    if not files:
        raise PublishError(f"no distributions in {dist}: run `make wheels` first")
    credentials = (username, password)
    todo = plan(files, repository_url, index_url, credentials)
    if todo.different:
        for path, _, _ in todo.different:
            print(f"DIFFERS {path.name}: on {index_url} with other content")
        raise _refusal(todo.different, index_url)
    for path in todo.identical:
        print(f"skip    {path.name}: identical file already on {index_url}")
    if not todo.new:
        print("nothing to upload: every file is already on the index, identical")
        return []
    upload(todo.new, repository_url, index_url, credentials)
    after = plan(todo.new, repository_url, index_url, credentials)
    if after.different:
        raise _refusal(after.different, index_url)
    if after.new:
        raise PublishError(f"uv reported success but {index_url} does not list: {', '.join(p.name for p in after.new)}")
    for path in todo.new:
        print(f"upload  {path.name}")
    return list(todo.new)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools publish",
        description="Upload dist/ to a package index with uv, skipping files that are already there, identical.",
    )
    parser.add_argument("--repository-url", required=True, help="the upload URL")
    parser.add_argument("--index-url", help="the index's simple API (default: derived from --repository-url)")
    parser.add_argument("--dist", type=Path, default=DIST, help="what to upload (default: dist/)")
    args = parser.parse_args(argv)
    username = os.environ.get("TWINE_USERNAME", "")
    password = os.environ.get("TWINE_PASSWORD", "")
    try:
        if not args.repository_url:
            raise PublishError("no repository URL: run `make publish REPOSITORY_URL=https://...`")
        if not username or not password:
            raise PublishError(
                "set TWINE_USERNAME and TWINE_PASSWORD in the environment (use __token__ "
                "and the token for an API token)"
            )
        if urllib.parse.urlsplit(args.repository_url).password is not None:
            raise PublishError("the repository URL contains a password: put it in TWINE_PASSWORD instead")
        index_url = args.index_url or default_index_url(args.repository_url)
        uploaded = publish(args.repository_url, index_url, args.dist, username, password)
    except PublishError as exc:
        print(f"error: {_mask(str(exc), [password])}", file=sys.stderr)
        return 1
    print(f"published {len(uploaded)} file(s) to {args.repository_url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
