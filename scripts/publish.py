"""Upload what ``make wheels`` built (``dist/``) to a package index, safely re-runnable.

    TWINE_USERNAME=... TWINE_PASSWORD=... python scripts/publish.py --repository-url URL [--index-url URL]

* Credentials come only from ``TWINE_USERNAME``/``TWINE_PASSWORD``. They are never printed and never
  put on a command line: twine runs as a child process that reads them from its environment, and
  anything relayed from twine has the password masked.
* Before uploading, the index's simple API (PEP 503 HTML or PEP 691 JSON, ``<index>/<name>/``) is
  asked which files each project already has; a file whose name and version (and, for wheels, tags)
  are already there is skipped with a message. Re-running after a complete or partial publish is
  therefore safe.
* The credentials are checked before the first upload with an empty upload request (the index
  authenticates it, then rejects it as incomplete: 400 means accepted, 401/403 means wrong), so a
  wrong password fails with "authentication failed" and publishes nothing.
* The simple index defaults to ``<repository-url>/simple/`` (pypiserver, devpi-like) or, for a
  warehouse ``.../legacy/`` upload URL, ``https://<host without "upload.">/simple/``.

Generated clients are uploaded before ``voiceagents`` itself, so its extras resolve as soon as it
appears. Exit status: 0 when everything is on the index, 1 with a message otherwise.
"""

from __future__ import annotations

import argparse
import base64
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
from html.parser import HTMLParser
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
TIMEOUT = 30.0
SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, text/html;q=0.1"


class PublishError(Exception):
    """Publishing cannot go on; the message says why (never containing the password)."""


class _Links(HTMLParser):
    """The file names linked from a PEP 503 project page."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            path = urllib.parse.urlsplit(href).path
            self.files.append(urllib.parse.unquote(path.rsplit("/", 1)[-1]))


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
    return sorted(files, key=lambda p: (file_key(p.name)[0] == "voiceagents", p.name))


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


def files_on_index(index_url: str, project: str, credentials: tuple[str, str] | None = None) -> set[str]:
    """File names the index lists for ``project`` (empty if the project is unknown)."""
    url = f"{index_url.rstrip('/')}/{canonicalize_name(project)}/"
    req = urllib.request.Request(url, headers={"Accept": SIMPLE_ACCEPT})  # noqa: S310 - checked in _request
    status, ctype, body = _request(req)
    if status == 401 and credentials:  # an index that protects reads too
        req.add_header("Authorization", _auth_header(*credentials))
        status, ctype, body = _request(req)
    if status == 404:
        return set()
    if status != 200:
        raise PublishError(f"the index answered {status} for {url}; is --index-url right?")
    if ctype == "application/vnd.pypi.simple.v1+json":
        return {str(f["filename"]) for f in json.loads(body).get("files", [])}
    parser = _Links()
    parser.feed(body.decode("utf-8", "replace"))
    return set(parser.files)


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
    """Run twine on ``files``; credentials reach it through the environment only."""
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
            f"twine upload failed (exit {proc.returncode}); files it reported as uploaded are on the index and a "
            f"re-run skips them:\n{output}"
        )
    return output


def publish(repository_url: str, index_url: str, dist: Path, username: str, password: str) -> list[Path]:
    """Upload the files of ``dist`` the index lacks; return them. Prints a line per file."""
    files = distributions(dist)
    if not files:
        raise PublishError(f"no distributions in {dist}: run `make wheels` first")
    listed: dict[str, set[tuple[str, ...]]] = {}
    todo = []
    for path in files:
        project = file_key(path.name)[0]
        if project not in listed:
            listed[project] = {file_key(f) for f in files_on_index(index_url, project, (username, password))}
        if file_key(path.name) in listed[project]:
            print(f"skip    {path.name}: already on {index_url}")
        else:
            todo.append(path)
    if not todo:
        print("nothing to upload: every file is already on the index")
        return []
    check_credentials(repository_url, username, password)
    upload(repository_url, todo, password)
    for path in todo:
        print(f"upload  {path.name}")
    return todo


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Upload dist/ to a package index with twine, skipping files that are already there."
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
        print(f"error: {exc}", file=sys.stderr)  # twine's output in it is already masked
        return 1
    print(f"published {len(uploaded)} file(s) to {args.repository_url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
