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

import hashlib
import io
import json
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.version import Version
from support.index import PASSWORD, USER, pypiserver
from support.processes import clean_env, free_port
from test_wheels import ROOT, built_dist, copy_dist, make_venv, ours, pip_install, project_meta, shared, wheelhouse
from voiceagents_tools.release import publish

# These build into dist/ or share the package index: all on one xdist worker.
pytestmark = pytest.mark.xdist_group("packaging")


def run_publish(url: str, dist: Path, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    """`make publish` as the Makefile runs it, credentials in the environment only."""
    proc = subprocess.run(
        [sys.executable, "-m", "voiceagents_tools", "publish", "--repository-url", url, "--dist", str(dist)],
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
    `git archive` of that commit with `python -m voiceagents_tools wheels --root` (once per run)."""

    def make(out: Path) -> None:
        tree = factory.mktemp("before-revox-2")
        with tarfile.open(fileobj=io.BytesIO(git("archive", "--format=tar", before_revox_2()))) as tf:
            tf.extractall(tree, filter="data")
        assert project_meta(tree)["version"] == "0.1.0"
        assert project_meta(tree / "generated" / "revox")["version"] == "1.0.0"
        build = [sys.executable, "-m", "voiceagents_tools", "wheels", "--root", str(tree), "--outdir", str(out)]
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
    local_sha = hashlib.sha256(changed.read_bytes()).hexdigest()
    assert f"{changed.name}: local sha256 {local_sha}, the index has sha256" in proc.stderr
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


def test_credentials_reach_uv_through_the_environment_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen["cmd"], seen["env"] = cmd, kwargs["env"]
        return subprocess.CompletedProcess(cmd, 2, "", f"403 Forbidden (password {PASSWORD})")

    monkeypatch.setenv("TWINE_USERNAME", USER)
    monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
    monkeypatch.setattr(publish.subprocess, "run", fake_run)
    files = [tmp_path / "x-1.0.0.tar.gz"]
    with pytest.raises(publish.PublishError, match="authentication failed") as excinfo:
        publish.upload(files, "http://127.0.0.1:9/", "http://127.0.0.1:9/simple/", (USER, PASSWORD))
    assert not any(PASSWORD in arg or USER in arg for arg in seen["cmd"])
    assert "--check-url" in seen["cmd"]  # a file that appeared meanwhile: skipped if identical, else refused
    assert seen["env"]["UV_PUBLISH_PASSWORD"] == PASSWORD
    assert seen["env"]["UV_PUBLISH_USERNAME"] == USER
    assert PASSWORD not in str(excinfo.value)  # uv's output is relayed with the password masked


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
    with pytest.raises(publish.PublishError, match="cannot reach") as excinfo:
        publish.publish(
            f"http://127.0.0.1:{free_port()}/", f"http://127.0.0.1:{free_port()}/simple/", tmp_path, USER, PASSWORD
        )
    assert "Nothing was uploaded" in str(excinfo.value)


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


@pytest.mark.slow
def test_new_identical_and_different_files_are_told_apart_before_any_upload(
    index: dict[str, Any], dist: Path, old: Path, tmp_path: Path
) -> None:
    """The dry run (`uv publish --dry-run --check-url`) sorts every file; nothing goes up."""
    local = copy_dist(dist, tmp_path / "dist", ["voiceagents-revox"])
    identical = sorted(local.iterdir())
    different = copy_dist(old, local, ["voiceagents"])  # an old wrapper: new to this index
    new = sorted(p for p in different.iterdir() if p not in identical)
    wheel = next(p for p in identical if p.suffix == ".whl")
    with zipfile.ZipFile(wheel, "a") as zf:
        zf.writestr("voiceagents_revox/extra.txt", "not what was published")
    plan = publish.plan(publish.distributions(local), f"{index['url']}/", f"{index['url']}/simple/", (USER, PASSWORD))
    assert sorted(plan.new) == new
    assert plan.identical == tuple(p for p in identical if p != wheel)
    ((path, local_sha, index_sha),) = plan.different
    assert path == wheel
    assert local_sha == hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert index_sha == hashlib.sha256((index["packages"] / wheel.name).read_bytes()).hexdigest()
    assert on_disk(index["packages"]) == index["after_first"]
