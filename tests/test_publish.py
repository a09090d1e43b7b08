"""`make publish` against a real package index: pypiserver on 127.0.0.1 with an htpasswd file.

Publish everything, install `voiceagents[revox]` from the index into a fresh venv and create the
seed example against Prism; a wrong password fails clearly and publishes nothing; a second publish
skips everything. The password never appears in the output.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import secrets
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():  # passlib imports the stdlib `crypt`, deprecated in 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile

from test_wheels import (
    ROOT,
    assert_outside_repo,
    built_dist,
    clean_env,
    create_seed_example,
    free_port,
    make_venv,
    pip_install,
    prism,
    stop,
    wait_for_http,
    wheelhouse,
)

sys.path.insert(0, str(ROOT / "scripts"))

import publish

USER = "publisher"
PASSWORD = f"pw-{secrets.token_hex(12)}"  # random, so finding it in the output means it leaked

# These build into dist/ or share the package index: all on one xdist worker.
pytestmark = pytest.mark.xdist_group("packaging")


@contextlib.contextmanager
def pypiserver(workdir: Path) -> Iterator[tuple[str, Path]]:
    """pypiserver on a free loopback port, uploads authenticated against an htpasswd file."""
    packages = workdir / "packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(workdir / "htpasswd"), new=True, default_scheme="apr_md5_crypt")
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port, log = free_port(), workdir / "pypiserver.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "pypi-server"),
                "run",
                "-i",
                "127.0.0.1",
                "-p",
                str(port),
                "-P",
                str(workdir / "htpasswd"),
                "-a",
                "update",
                "--disable-fallback",
                str(packages),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=clean_env(),
        )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_http(f"{url}/health", proc, log)
        yield url, packages
    finally:
        stop(proc)


def run_publish(url: str, dist: Path, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    """`make publish` as the Makefile runs it, credentials in the environment only."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "publish.py"), "--repository-url", url, "--dist", str(dist)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=clean_env(TWINE_USERNAME=USER, TWINE_PASSWORD=password),
    )
    for secret in {PASSWORD, password}:
        assert secret not in proc.stdout + proc.stderr, "the password was printed"
    return proc


def on_disk(packages: Path) -> dict[str, float]:
    return {p.name: p.stat().st_mtime for p in packages.iterdir()}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_dist(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, dist: Path) -> Iterator[dict[str, Any]]:
    """An index that has had one complete publish: its URL, package dir and that publish's output."""
    with pypiserver(tmp_path_factory.mktemp("index")) as (url, packages):
        first = run_publish(url, dist)
        yield {"url": url, "packages": packages, "first": first, "after_first": on_disk(packages)}


# ---- against pypiserver ------------------------------------------------------------------------


@pytest.mark.slow
def test_wrong_password_fails_clearly_and_publishes_nothing(tmp_path: Path, dist: Path) -> None:
    with pypiserver(tmp_path) as (url, packages):
        proc = run_publish(url, dist, password="not-the-password")
        assert proc.returncode != 0
        assert "authentication failed" in proc.stderr
        assert "Nothing was uploaded" in proc.stderr
        assert list(packages.iterdir()) == []


@pytest.mark.slow
def test_publish_uploads_every_distribution(index: dict[str, Any], dist: Path) -> None:
    first = index["first"]
    assert first.returncode == 0, first.stderr
    names = sorted(p.name for p in dist.iterdir())
    assert sorted(index["after_first"]) == names
    for name in names:
        assert f"upload  {name}" in first.stdout
    assert f"published {len(names)} file(s)" in first.stdout
    # the clients go up before the root package, so its extras resolve as soon as it exists
    order = [line.split()[1] for line in first.stdout.splitlines() if line.startswith("upload")]
    root_files = sorted(n for n in names if n.startswith("voiceagents-"))  # clients are voiceagents_<slug>-...
    assert len(root_files) == 2
    assert sorted(order[-2:]) == root_files


@pytest.mark.slow
def test_second_publish_skips_everything(index: dict[str, Any], dist: Path) -> None:
    again = run_publish(index["url"], dist)
    assert again.returncode == 0, again.stderr
    for path in dist.iterdir():
        assert f"skip    {path.name}: already on" in again.stdout
    assert "nothing to upload" in again.stdout
    assert on_disk(index["packages"]) == index["after_first"]


@pytest.mark.slow
@pytest.mark.prism
def test_install_the_revox_extra_from_the_index_and_use_it(
    index: dict[str, Any], tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    python = make_venv(tmp_path / "venv")
    # our packages from the index only; third-party wheels from the local wheelhouse (no real index)
    proc = pip_install(
        python,
        "--index-url",
        f"{index['url']}/simple/",
        "--find-links",
        str(wheelhouse(tmp_path_factory)),
        "voiceagents[revox]",
    )
    assert proc.returncode == 0, proc.stderr
    assert "does not provide the extra" not in proc.stderr, proc.stderr
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    with prism(["revox"], tmp_path) as urls:
        result = create_seed_example(python, "revox", urls["revox"], workdir)
    assert 200 <= result["status"] < 300, result
    assert result["parsed"] == "CreateAssistantResponse", result
    assert_outside_repo(result, tmp_path / "venv")
    ours = sorted(d for d in result["distributions"] if d.startswith("voiceagents"))
    assert ours == ["voiceagents", "voiceagents-revox"]
    check = subprocess.run(
        [str(python), "-c", "import voiceagents, voiceagents_revox; print(voiceagents.__file__)"],
        capture_output=True,
        text=True,
        check=False,
        cwd=workdir,
        env=clean_env(),
    )
    assert check.returncode == 0, check.stderr
    assert Path(check.stdout.strip()).resolve().is_relative_to((tmp_path / "venv").resolve())


# ---- without an index --------------------------------------------------------------------------


def test_credentials_reach_twine_through_the_environment_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen["cmd"], seen["env"] = cmd, kwargs["env"]
        return subprocess.CompletedProcess(cmd, 1, "", f"HTTPError: 403 Forbidden (password {PASSWORD})")

    monkeypatch.setenv("TWINE_USERNAME", USER)
    monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
    monkeypatch.setattr(publish.subprocess, "run", fake_run)
    with pytest.raises(publish.PublishError, match="authentication failed") as excinfo:
        publish.upload("http://127.0.0.1:9/", [tmp_path / "x-1.0.0.tar.gz"], PASSWORD)
    assert not any(PASSWORD in arg or USER in arg for arg in seen["cmd"])
    assert seen["env"]["TWINE_PASSWORD"] == PASSWORD
    assert PASSWORD not in str(excinfo.value)  # twine's output is relayed with the password masked


def test_missing_credentials_or_url_fail_before_anything(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    assert publish.main(["--repository-url", "http://127.0.0.1:9/"]) == 1
    assert "TWINE_USERNAME" in capsys.readouterr().err
    monkeypatch.setenv("TWINE_USERNAME", USER)
    monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
    assert publish.main(["--repository-url", ""]) == 1
    err = capsys.readouterr().err
    assert "REPOSITORY_URL" in err
    assert PASSWORD not in err


def test_unreachable_index_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "voiceagents_revox-1.0.0.tar.gz").write_bytes(b"")
    with pytest.raises(publish.PublishError, match="cannot reach"):
        publish.publish(
            f"http://127.0.0.1:{free_port()}/", f"http://127.0.0.1:{free_port()}/simple/", tmp_path, USER, PASSWORD
        )


@pytest.mark.parametrize(
    ("repository", "index_url"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
    ],
)
def test_default_index_url(repository: str, index_url: str) -> None:
    assert publish.default_index_url(repository) == index_url


def test_file_identity_ignores_name_normalisation() -> None:
    assert publish.file_key("voiceagents_revox-1.0.0.tar.gz") == publish.file_key("voiceagents-revox-1.0.0.tar.gz")
    wheel = publish.file_key("voiceagents_revox-1.0.0-py3-none-any.whl")
    assert wheel == publish.file_key("Voiceagents_Revox-1.0.0-py3-none-any.whl")
    assert wheel != publish.file_key("voiceagents_revox-1.0.1-py3-none-any.whl")
    assert wheel != publish.file_key("voiceagents_revox-1.0.0.tar.gz")


class _SimpleIndex(http.server.BaseHTTPRequestHandler):
    """A PEP 691 JSON index that wants credentials for reading."""

    def do_GET(self) -> None:
        if self.headers.get("Authorization") != publish._auth_header(USER, PASSWORD):
            self.send_response(401)
            self.end_headers()
            return
        if self.path != "/simple/voiceagents-revox/":
            self.send_response(404)
            self.end_headers()
            return
        body = json.dumps({"meta": {"api-version": "1.0"}, "files": [{"filename": "voiceagents_revox-1.0.0.tar.gz"}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.pypi.simple.v1+json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: Any) -> None:
        pass


def test_json_simple_api_and_read_protected_index() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SimpleIndex)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        index_url = f"http://127.0.0.1:{server.server_address[1]}/simple/"
        assert publish.files_on_index(index_url, "voiceagents_revox", (USER, PASSWORD)) == {
            "voiceagents_revox-1.0.0.tar.gz"
        }
        assert publish.files_on_index(index_url, "voiceagents-callhq", (USER, PASSWORD)) == set()
        with pytest.raises(publish.PublishError, match="answered 401"):
            publish.files_on_index(index_url, "voiceagents-revox", (USER, "wrong"))
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
