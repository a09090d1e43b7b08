"""Upload what ``make wheels`` built (``dist/``) to a package index, safely re-runnable.

    TWINE_USERNAME=... TWINE_PASSWORD=... python scripts/publish.py --repository-url URL [--index-url URL]

Every local file is first compared with what the index already has (its simple API, PEP 503 HTML or
PEP 691 JSON, ``<index>/<name>/``), by name (normalised: ``voiceagents-revox-1.0.0.tar.gz`` is
``voiceagents_revox-1.0.0.tar.gz``) and then by content (the index's sha256: the ``#sha256=``
fragment of a PEP 503 link or the ``hashes`` of a PEP 691 file; when the index gives none, the
file is downloaded and hashed):

* a file the index lacks is **new**: it is uploaded;
* a file the index has with the same sha256 is **identical**: skipped, with a message. Re-running
  after a complete or a partial publish is therefore safe: what got up is skipped, the rest goes up;
* a file the index has with **different content** (same name and version, other bytes: a rebuild
  that is not reproducible, or a version that was not bumped) stops everything: the file is named
  with both hashes, and nothing at all is uploaded. An index never takes a file name twice, so the
  only fix is a new version (``make generate`` moves the versions).

All files are compared before the first upload, so a refusal publishes nothing. The credentials are
then checked with an empty upload request (the index authenticates it, then rejects it as
incomplete: 400 means accepted, 401/403 means wrong), so a wrong password fails with
"authentication failed" and publishes nothing. The new files are uploaded with twine, generated
clients before ``voiceagents`` itself (so when the wrapper appears, the clients its extras ask for
are there: a publish that stops half-way leaves the old wrapper installable), and afterwards the
index is read again to confirm that each uploaded file is there with the local sha256.

Credentials come only from ``TWINE_USERNAME``/``TWINE_PASSWORD``. They are never printed and never
put on a command line: twine runs as a child process that reads them from its environment, and
anything relayed from twine has the password masked. The simple index defaults to
``<repository-url>/simple/`` (pypiserver, devpi-like) or, for a warehouse ``.../legacy/`` upload
URL, ``https://<host without "upload.">/simple/``.

Exit status: 0 when every file is on the index with the local content, 1 with a message otherwise.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
TIMEOUT = 30.0
SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, text/html;q=0.1"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

Credentials = tuple[str, str]


class PublishError(Exception):
    """Publishing cannot go on; the message says why (never containing the password)."""


@dataclass(frozen=True)
class IndexFile:
    """One file as the index lists it: its name, where to download it, its sha256 if given."""

    filename: str
    url: str
    sha256: str | None


@dataclass(frozen=True)
class Plan:
    """What to do with each local file: upload it, skip it (identical), or refuse (content differs)."""

    new: tuple[Path, ...]
    identical: tuple[Path, ...]
    different: tuple[tuple[Path, str, str], ...]  # (local file, local sha256, index sha256)


class _Links(HTMLParser):
    """The links of a PEP 503 project page: (href, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


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


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _auth_header(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def _request(req: urllib.request.Request) -> tuple[int, str, bytes]:
    """Send ``req``; return (status, content type, body), HTTP errors included."""
    if urllib.parse.urlsplit(req.full_url).scheme not in ("http", "https"):
        raise PublishError(f"not an http(s) URL: {req.full_url}")
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # noqa: S310 - scheme checked above
            return resp.status, resp.headers.get_content_type(), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type() if exc.headers else "", exc.read()
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PublishError(f"cannot reach {req.full_url}: {reason}") from None


def _get(url: str, credentials: Credentials | None, accept: str = "*/*") -> tuple[int, str, bytes]:
    """GET ``url``; once more with the credentials if the index protects reads (401)."""
    req = urllib.request.Request(url, headers={"Accept": accept})  # noqa: S310 - checked in _request
    status, ctype, body = _request(req)
    if status == 401 and credentials:
        req.add_header("Authorization", _auth_header(*credentials))
        status, ctype, body = _request(req)
    return status, ctype, body


def _hash_from_fragment(fragment: str) -> str | None:
    algo, _, value = fragment.partition("=")
    return value.lower() if algo == "sha256" and _SHA256.match(value.lower()) else None


def _parse_json_page(page_url: str, body: bytes) -> list[IndexFile]:
    files = []
    for entry in json.loads(body).get("files", []):
        digest = str((entry.get("hashes") or {}).get("sha256", "")).lower()
        url = urllib.parse.urljoin(page_url, str(entry.get("url") or entry["filename"]))
        files.append(IndexFile(str(entry["filename"]), url, digest if _SHA256.match(digest) else None))
    return files


def _parse_html_page(page_url: str, body: bytes) -> list[IndexFile]:
    parser = _Links()
    parser.feed(body.decode("utf-8", "replace"))
    files = []
    for href in parser.hrefs:
        url, fragment = urllib.parse.urldefrag(urllib.parse.urljoin(page_url, href))
        name = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])
        files.append(IndexFile(name, url, _hash_from_fragment(fragment)))
    return files


def index_files(index_url: str, project: str, credentials: Credentials | None = None) -> list[IndexFile]:
    """The files the index lists for ``project`` (empty if the project is unknown)."""
    url = f"{index_url.rstrip('/')}/{canonicalize_name(project)}/"
    status, ctype, body = _get(url, credentials, SIMPLE_ACCEPT)
    if status == 404:
        return []
    if status != 200:
        raise PublishError(f"the index answered {status} for {url}; is --index-url right?")
    try:
        if ctype == "application/vnd.pypi.simple.v1+json":
            return _parse_json_page(url, body)
        return _parse_html_page(url, body)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PublishError(f"cannot read the index page {url}: {exc!r}") from None


def files_on_index(index_url: str, project: str, credentials: Credentials | None = None) -> set[str]:
    """File names the index lists for ``project`` (empty if the project is unknown)."""
    return {f.filename for f in index_files(index_url, project, credentials)}


def index_sha256(entry: IndexFile, credentials: Credentials | None = None) -> str:
    """The sha256 of a file on the index: the one it states, else that of the downloaded file."""
    if entry.sha256:
        return entry.sha256
    status, _, body = _get(entry.url, credentials)
    if status != 200:
        raise PublishError(
            f"{entry.filename} is on the index without a sha256 and downloading it from {entry.url} "
            f"answered {status}: cannot tell whether it is the local file. Nothing was uploaded."
        )
    return hashlib.sha256(body).hexdigest()


def plan(files: Sequence[Path], index_url: str, credentials: Credentials | None = None) -> Plan:
    """Sort ``files`` into new, identical and different, against what the index has now."""
    listed: dict[str, dict[tuple[str, ...], IndexFile]] = {}
    new, identical, different = [], [], []
    for path in files:
        key = file_key(path.name)
        project = key[0]
        if project not in listed:
            listed[project] = {file_key(f.filename): f for f in index_files(index_url, project, credentials)}
        there = listed[project].get(key)
        if there is None:
            new.append(path)
            continue
        local, remote = sha256_of(path), index_sha256(there, credentials)
        if local == remote:
            identical.append(path)
        else:
            different.append((path, local, remote))
    return Plan(tuple(new), tuple(identical), tuple(different))


def check_credentials(repository_url: str, username: str, password: str) -> None:
    """Send an empty upload: the index authenticates it before rejecting it as incomplete."""
    boundary = uuid.uuid4().hex
    fields = {":action": "file_upload", "protocol_version": "1"}
    body = (
        "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()
        ).encode()
        + f"--{boundary}--\r\n".encode()
    )
    req = urllib.request.Request(  # noqa: S310 - scheme checked in _request
        repository_url,
        data=body,
        method="POST",
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Authorization": _auth_header(username, password),
        },
    )
    status, _, _ = _request(req)
    if status in (401, 403):
        raise PublishError(
            f"authentication failed at {repository_url} (HTTP {status}): check TWINE_USERNAME and "
            "TWINE_PASSWORD. Nothing was uploaded."
        )
    if status >= 500 or status == 404:
        raise PublishError(
            f"{repository_url} does not look like an upload endpoint (HTTP {status} to an "
            "empty upload). Nothing was uploaded."
        )


def _mask(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "****")
    return text


def upload(repository_url: str, files: Sequence[Path], password: str) -> str:
    """Run twine on ``files`` (in this order); credentials reach it through the environment only.

    No ``--skip-existing``: a file the index already has was sorted out by ``plan``, so a conflict
    here (someone uploaded meanwhile) is an error, never a silent skip."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "TWINE_NON_INTERACTIVE": "1"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            repository_url,
            *map(str, files),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = _mask(proc.stdout + proc.stderr, [password]).strip()
    if proc.returncode != 0:
        if re.search(r"\b(401|403)\b", output):
            raise PublishError(
                f"authentication failed at {repository_url}; check TWINE_USERNAME and TWINE_PASSWORD.\n{output}"
            )
        raise PublishError(
            f"twine upload failed (exit {proc.returncode}); the files it uploaded are on the index and a "
            f"re-run skips them as identical:\n{output}"
        )
    return output


def _refusal(different: Sequence[tuple[Path, str, str]], index_url: str) -> PublishError:
    lines = [f"  {path.name}: local sha256 {local}, the index has sha256 {remote}" for path, local, remote in different]
    return PublishError(
        f"{len(different)} file(s) are already on {index_url} with different content:\n"
        + "\n".join(lines)
        + "\nAn index never replaces a file: build exactly what was published (same sources, `make wheels`), or "
        "move the version (`make generate` after bumping it). Nothing was uploaded."
    )


def verify(files: Sequence[Path], index_url: str, credentials: Credentials | None) -> None:
    """After the upload: each of ``files`` is listed by the index, with the local sha256."""
    after = plan(files, index_url, credentials)
    if after.different:
        raise _refusal(after.different, index_url)
    if after.new:
        missing = ", ".join(p.name for p in after.new)
        raise PublishError(f"twine reported success but {index_url} does not list: {missing}")


def publish(repository_url: str, index_url: str, dist: Path, username: str, password: str) -> list[Path]:
    """Upload the files of ``dist`` the index lacks; return them. Prints a line per file."""
    files = distributions(dist)
    if not files:
        raise PublishError(f"no distributions in {dist}: run `make wheels` first")
    credentials = (username, password)
    todo = plan(files, index_url, credentials)
    if todo.different:
        for path, _, _ in todo.different:
            print(f"DIFFERS {path.name}: on {index_url} with other content")
        raise _refusal(todo.different, index_url)
    for path in todo.identical:
        print(f"skip    {path.name}: identical file already on {index_url}")
    if not todo.new:
        print("nothing to upload: every file is already on the index, identical")
        return []
    check_credentials(repository_url, username, password)
    upload(repository_url, todo.new, password)
    verify(todo.new, index_url, credentials)
    for path in todo.new:
        print(f"upload  {path.name}")
    return list(todo.new)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Upload dist/ to a package index with twine, skipping files that are already there, identical."
    )
    parser.add_argument("--repository-url", required=True, help="the upload URL (twine's --repository-url)")
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
        print(f"error: {_mask(str(exc), [password])}", file=sys.stderr)  # twine's output in it is already masked
        return 1
    print(f"published {len(uploaded)} file(s) to {args.repository_url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
