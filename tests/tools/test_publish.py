"""`make publish` against a real package index: pypiserver on 127.0.0.1 with an htpasswd file.

What publish.py does with each file of dist/: a file the index lacks is uploaded; a file the index has
with the same sha256 is skipped with a message; a file the index has with other content stops the
publish before anything is uploaded, naming the file. A wrong password fails clearly and publishes
nothing, and the password never appears in the output.

The Revox major release end to end: the state before it (voiceagents 0.1.0 + voiceagents-revox
1.0.0, rebuilt from the git history) is published and installed; the new release goes up, first
only its clients (a publish that stopped half-way: a fresh install still gets the old, consistent
pair), then all of it (the clients are skipped as identical); `pip install -U 'voiceagents[revox]'`
then gets voiceagents 0.2.0 + voiceagents-revox 2.0.0, and publishing again is a no-op.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import io
import json
import secrets
import subprocess
import sys
import tarfile
import threading
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.version import Version

with warnings.catch_warnings():  # passlib imports the stdlib `crypt`, deprecated in 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile

from test_wheels import (
    ROOT,
    built_dist,
    clean_env,
    copy_dist,
    free_port,
    make_venv,
    ours,
    pip_install,
    project_meta,
    shared,
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
    workdir.mkdir(parents=True, exist_ok=True)
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
        timeout=180,
        env=clean_env(TWINE_USERNAME=USER, TWINE_PASSWORD=password),
    )
    for secret in {PASSWORD, password}:
        assert secret not in proc.stdout + proc.stderr, "the password was printed"
    return proc


def on_disk(packages: Path) -> dict[str, float]:
    return {p.name: p.stat().st_mtime for p in packages.iterdir()}


def uploaded(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split()[1] for line in proc.stdout.splitlines() if line.startswith("upload  ")]


def skipped(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split()[1].rstrip(":") for line in proc.stdout.splitlines() if line.startswith("skip    ")]


def names(dist: Path) -> list[str]:
    return sorted(p.name for p in dist.iterdir())


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=True).stdout


def before_revox_2() -> str:
    """The commit before the one that brought openapi/revox.yaml to 2.0.0 (`git log -- openapi/revox.yaml`)."""
    for commit in git("log", "--format=%H", "--reverse", "--", "openapi/revox.yaml").decode().split():
        spec = yaml.safe_load(git("show", f"{commit}:openapi/revox.yaml"))
        if Version(str(spec["info"]["version"])).major >= 2:
            return git("rev-parse", f"{commit}^").decode().strip()
    pytest.fail("no commit brought openapi/revox.yaml to 2.0.0")


def old_release(factory: pytest.TempPathFactory) -> Path:
    """voiceagents 0.1.0 and voiceagents-revox 1.0.0 as they were before Revox 2.0.0, rebuilt from
    `git archive` of that commit with `scripts/wheels.py --root` (once per run)."""

    def make(out: Path) -> None:
        tree = factory.mktemp("before-revox-2")
        with tarfile.open(fileobj=io.BytesIO(git("archive", "--format=tar", before_revox_2()))) as tf:
            tf.extractall(tree, filter="data")
        assert project_meta(tree)["version"] == "0.1.0"
        assert project_meta(tree / "generated" / "revox")["version"] == "1.0.0"
        build = [sys.executable, str(ROOT / "scripts" / "wheels.py"), "--root", str(tree), "--outdir", str(out)]
        proc = subprocess.run(
            [*build, "--only", "voiceagents", "--only", "voiceagents-revox"],
            capture_output=True,
            text=True,
            check=False,
            env=clean_env(),
        )
        assert proc.returncode == 0, f"rebuilding the release before revox 2.0.0 failed:\n{proc.stdout}{proc.stderr}"

    return shared(factory, "dist-before-revox-2", make)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_dist(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def old(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return old_release(tmp_path_factory)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, dist: Path) -> Iterator[dict[str, Any]]:
    """An index that has had one complete publish: its URL, package dir and that publish's output.
    The tests that use it must leave it as it is."""
    with pypiserver(tmp_path_factory.mktemp("index")) as (url, packages):
        first = run_publish(url, dist)
        yield {"url": url, "packages": packages, "first": first, "after_first": on_disk(packages)}


# ---- against pypiserver ------------------------------------------------------------------------


@pytest.mark.slow
def test_publish_uploads_every_distribution(index: dict[str, Any], dist: Path) -> None:
    first = index["first"]
    assert first.returncode == 0, first.stderr
    assert sorted(index["after_first"]) == names(dist)
    assert sorted(uploaded(first)) == names(dist)
    assert f"published {len(names(dist))} file(s)" in first.stdout
    # the clients go up before the root package, so its extras resolve as soon as it exists
    order = uploaded(first)
    root_files = [n for n in names(dist) if n.startswith("voiceagents-")]  # clients are voiceagents_<slug>-...
    assert len(root_files) == 2
    assert sorted(order[-2:]) == root_files


@pytest.mark.slow
def test_a_second_publish_skips_every_file_as_identical(index: dict[str, Any], dist: Path) -> None:
    again = run_publish(index["url"], dist)
    assert again.returncode == 0, again.stderr
    for name in names(dist):
        assert f"skip    {name}: identical file already on" in again.stdout
    assert uploaded(again) == []
    assert "nothing to upload" in again.stdout
    assert on_disk(index["packages"]) == index["after_first"]


@pytest.mark.slow
def test_a_file_on_the_index_with_other_content_stops_the_publish(
    index: dict[str, Any], dist: Path, old: Path, tmp_path: Path
) -> None:
    """Same name, other bytes (say a rebuild that is not reproducible): named, and nothing goes up,
    not even the files the index lacks."""
    local = copy_dist(dist, tmp_path / "dist")
    copy_dist(old, local)  # new on this index: would be uploaded if the publish went on
    changed = local / f"voiceagents_revox-{project_meta(ROOT / 'generated' / 'revox')['version']}-py3-none-any.whl"
    with zipfile.ZipFile(changed, "a") as zf:
        zf.writestr("voiceagents_revox/extra.txt", "not what was published")
    proc = run_publish(index["url"], local)
    assert proc.returncode == 1
    assert f"{changed.name}: local sha256 {publish.sha256_of(changed)}, the index has sha256" in proc.stderr
    assert "different content" in proc.stderr
    assert "Nothing was uploaded" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert uploaded(proc) == []
    assert on_disk(index["packages"]) == index["after_first"]


@pytest.mark.slow
def test_wrong_password_fails_clearly_and_publishes_nothing(index: dict[str, Any], old: Path) -> None:
    proc = run_publish(index["url"], old, password="not-the-password")  # old: files the index lacks
    assert proc.returncode == 1
    assert "authentication failed" in proc.stderr
    assert "Nothing was uploaded" in proc.stderr
    assert on_disk(index["packages"]) == index["after_first"]


def resolve(python: Path, index_url: str, house: Path, requirement: str) -> dict[str, str]:
    """What a fresh `pip install requirement` would install now (pip's dry-run report)."""
    report = python.parent.parent / "report.json"
    proc = pip_install(
        python,
        "--dry-run",
        "--ignore-installed",
        "--report",
        str(report),
        "--index-url",
        index_url,
        "--find-links",
        str(house),
        requirement,
    )
    assert proc.returncode == 0, proc.stderr
    items = json.loads(report.read_text())["install"]
    return {i["metadata"]["name"]: i["metadata"]["version"] for i in items if i["metadata"]["name"].startswith("voic")}


@pytest.mark.slow
def test_the_revox_major_release_end_to_end(
    tmp_path: Path, dist: Path, old: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    house = wheelhouse(tmp_path_factory, old)  # third-party wheels, repacked from this venv: no network
    new = {"voiceagents": project_meta(ROOT)["version"], "voiceagents-revox": "2.0.0"}
    assert project_meta(ROOT / "generated" / "revox")["version"] == "2.0.0"
    assert Version(new["voiceagents"]) > Version("0.1.0")
    with pypiserver(tmp_path / "index") as (url, packages):
        simple = f"{url}/simple/"

        # 1. the release before Revox 2.0.0 is on the index, and installs
        before = run_publish(url, old)
        assert before.returncode == 0, before.stderr
        assert sorted(uploaded(before)) == names(old)
        python = make_venv(tmp_path / "venv")
        proc = pip_install(python, "--index-url", simple, "--find-links", str(house), "voiceagents[revox]")
        assert proc.returncode == 0, proc.stderr
        assert ours(python) == {"voiceagents": "0.1.0", "voiceagents-revox": "1.0.0"}

        # 2. a publish of the new release that stopped after the clients: nobody is stranded, a
        #    fresh install still gets the old pair (voiceagents 0.1.0 asks for voiceagents-revox <2)
        clients = [n for n in project_names(dist) if n != "voiceagents"]
        partial = run_publish(url, copy_dist(dist, tmp_path / "clients-only", clients))
        assert partial.returncode == 0, partial.stderr
        assert resolve(python, simple, house, "voiceagents[revox]") == {
            "voiceagents": "0.1.0",
            "voiceagents-revox": "1.0.0",
        }

        # 3. the re-run publishes the rest: the clients already up are skipped as identical
        full = run_publish(url, dist)
        assert full.returncode == 0, full.stderr
        assert sorted(skipped(full)) == sorted(n for n in names(dist) if not n.startswith("voiceagents-"))
        assert sorted(uploaded(full)) == sorted(n for n in names(dist) if n.startswith("voiceagents-"))

        # 4. users upgrade to the new major of the Revox client through the wrapper
        proc = pip_install(python, "-U", "--index-url", simple, "--find-links", str(house), "voiceagents[revox]")
        assert proc.returncode == 0, proc.stderr
        assert ours(python) == new
        version = subprocess.run(
            [str(python.parent / "voiceagents"), "--version"], capture_output=True, text=True, env=clean_env()
        )
        assert version.returncode == 0, version.stderr
        assert version.stdout.splitlines()[0] == f"voiceagents {new['voiceagents']}"
        assert any(line.split()[:4] == ["revox", "spec", "2.0.0", "client"] for line in version.stdout.splitlines())

        # 5. publishing either release again changes nothing
        state = on_disk(packages)
        for dist_dir in (dist, old):
            again = run_publish(url, dist_dir)
            assert again.returncode == 0, again.stderr
            assert sorted(skipped(again)) == names(dist_dir)
            assert "nothing to upload" in again.stdout
        assert on_disk(packages) == state


def project_names(dist: Path) -> list[str]:
    """The distribution names in ``dist``, as in their metadata (``voiceagents-revox``)."""
    return sorted({publish.file_key(n)[0] for n in names(dist)})


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
    assert "--skip-existing" not in seen["cmd"]  # a conflict at upload time is an error, never a skip
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


def test_unreachable_index_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "voiceagents_revox-1.0.0.tar.gz").write_bytes(b"")
    with pytest.raises(publish.PublishError, match="cannot reach"):
        publish.publish(
            f"http://127.0.0.1:{free_port()}/", f"http://127.0.0.1:{free_port()}/simple/", tmp_path, USER, PASSWORD
        )


def test_a_file_that_is_not_a_distribution_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.tar.gz").write_bytes(b"")
    with pytest.raises(publish.PublishError, match=r"not distribution file names.*notes\.tar\.gz"):
        publish.distributions(tmp_path)


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


FILES = {  # what the fake index below holds
    "voiceagents_revox-1.0.0.tar.gz": b"the published sdist",
    "voiceagents_revox-1.0.0-py3-none-any.whl": b"the published wheel",
}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _SimpleIndex(http.server.BaseHTTPRequestHandler):
    """A simple index that wants credentials for reading: PEP 691 JSON with hashes at /json/, PEP 503
    HTML with #sha256 fragments at /html/, PEP 503 HTML without any hash at /bare/ (files at /files/)."""

    def do_GET(self) -> None:
        if self.headers.get("Authorization") != publish._auth_header(USER, PASSWORD):
            self._send(401, b"", "text/plain")
            return
        flavour, _, rest = self.path.strip("/").partition("/")
        if flavour == "files" and rest in FILES:
            self._send(200, FILES[rest], "application/octet-stream")
        elif rest != "voiceagents-revox":
            self._send(404, b"", "text/plain")
        elif flavour == "json":
            files = [{"filename": n, "url": f"/files/{n}", "hashes": {"sha256": _digest(d)}} for n, d in FILES.items()]
            body = json.dumps({"meta": {"api-version": "1.0"}, "name": "voiceagents-revox", "files": files})
            self._send(200, body.encode(), "application/vnd.pypi.simple.v1+json")
        else:
            links = "".join(
                f'<a href="../../files/{n}{"#sha256=" + _digest(d) if flavour == "html" else ""}">{n}</a>'
                for n, d in FILES.items()
            )
            self._send(200, f"<html><body>{links}</body></html>".encode(), "text/html")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def fake_index() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SimpleIndex)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("flavour", ["json", "html", "bare"])
def test_the_index_is_read_with_its_hashes_or_the_files_themselves(fake_index: str, flavour: str) -> None:
    index_url = f"{fake_index}/{flavour}/"
    listed = publish.index_files(index_url, "voiceagents_revox", (USER, PASSWORD))
    assert {f.filename for f in listed} == set(FILES)
    for entry in listed:
        assert entry.sha256 == (None if flavour == "bare" else _digest(FILES[entry.filename]))
        assert entry.url == f"{fake_index}/files/{entry.filename}"
        assert publish.index_sha256(entry, (USER, PASSWORD)) == _digest(FILES[entry.filename])  # downloads if bare
    assert publish.index_files(index_url, "voiceagents-callhq", (USER, PASSWORD)) == []
    with pytest.raises(publish.PublishError, match="answered 401"):
        publish.index_files(index_url, "voiceagents-revox", (USER, "wrong"))


@pytest.mark.parametrize("flavour", ["json", "html", "bare"])
def test_new_identical_and_different_files(fake_index: str, flavour: str, tmp_path: Path) -> None:
    identical = tmp_path / "voiceagents-revox-1.0.0.tar.gz"  # the same file under its other spelling
    identical.write_bytes(FILES["voiceagents_revox-1.0.0.tar.gz"])
    different = tmp_path / "voiceagents_revox-1.0.0-py3-none-any.whl"
    different.write_bytes(b"a rebuild with other bytes")
    new = tmp_path / "voiceagents_revox-2.0.0-py3-none-any.whl"
    new.write_bytes(b"the next release")
    plan = publish.plan(publish.distributions(tmp_path), f"{fake_index}/{flavour}/", (USER, PASSWORD))
    assert plan.new == (new,)
    assert plan.identical == (identical,)
    assert plan.different == ((different, _digest(different.read_bytes()), _digest(FILES[different.name])),)


def test_a_different_file_stops_before_the_credentials_are_even_tried(
    fake_index: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "voiceagents_revox-1.0.0.tar.gz").write_bytes(b"other bytes")
    (tmp_path / "voiceagents_revox-2.0.0.tar.gz").write_bytes(b"new")

    def no_upload(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("nothing may be uploaded")

    monkeypatch.setattr(publish, "check_credentials", no_upload)
    monkeypatch.setattr(publish, "upload", no_upload)
    with pytest.raises(publish.PublishError) as excinfo:
        publish.publish(f"{fake_index}/upload/", f"{fake_index}/json/", tmp_path, USER, PASSWORD)
    message = str(excinfo.value)
    assert "voiceagents_revox-1.0.0.tar.gz: local sha256" in message
    assert "Nothing was uploaded" in message
    assert "DIFFERS voiceagents_revox-1.0.0.tar.gz" in capsys.readouterr().out
