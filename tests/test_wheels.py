"""`make wheels`: every distribution builds, passes `twine check --strict`, carries full metadata, is
byte-for-byte reproducible, and each client wheel installs alone into a fresh venv and then creates
its seed example against Prism.

The helpers at the top (built dists, the third-party wheelhouse, venvs, Prism, the client script)
are shared with test_publish.py; the slow ones run once per session.
"""

from __future__ import annotations

import contextlib
import email.parser
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import tarfile
import time
import tomllib
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator, Sequence
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import prism as prism_launcher  # noqa: E402
import wheels  # noqa: E402

SLUGS = tuple(sorted(p.parent.name for p in (ROOT / "generated").glob("*/pyproject.toml")))
_SESSION: dict[str, Any] = {}  # slow artefacts, built once per test session


# ---- shared helpers ----------------------------------------------------------------------------


def project_meta(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: no PYTHONPATH, no venv of ours, no colours."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    return {**env, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "NO_COLOR": "1", **extra}


def built_dist(factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`python scripts/wheels.py --outdir <tmp>` once per session: (directory, its stdout)."""
    if "dist" not in _SESSION:
        out = factory.mktemp("dist")
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "wheels.py"), "--outdir", str(out)],
            capture_output=True,
            text=True,
            check=False,
            env=clean_env(),
        )
        assert proc.returncode == 0, f"scripts/wheels.py failed:\n{proc.stdout}\n{proc.stderr}"
        _SESSION["dist"] = (out, proc.stdout)
    result: tuple[Path, str] = _SESSION["dist"]
    return result


def lock_pins() -> dict[str, str]:
    """Exact versions from requirements.lock, so the wheelhouse matches what the suite runs with."""
    pins = re.findall(r"(?m)^([A-Za-z0-9_.-]+)==([^\s\\;]+)", (ROOT / "requirements.lock").read_text())
    return {name.lower(): version for name, version in pins}


def third_party_requirements(dist: Path) -> list[str]:
    """The non-voiceagents requirements every built wheel declares (without markers)."""
    names = set()
    for whl in dist.glob("*.whl"):
        for req in metadata(whl).get_all("Requires-Dist") or []:
            name = re.split(r"[ <>=!~;\[(]", req, maxsplit=1)[0]
            if not name.lower().startswith("voiceagents"):
                names.add(name.lower())
    return sorted(names)


def wheelhouse(factory: pytest.TempPathFactory) -> Path:
    """Wheels of the third-party dependencies (pip download once per session, pinned by the lock)."""
    if "wheelhouse" not in _SESSION:
        dist, _ = built_dist(factory)
        house = factory.mktemp("wheelhouse")
        constraints = house / "constraints.txt"
        constraints.write_text("".join(f"{n}=={v}\n" for n, v in sorted(lock_pins().items())))
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--only-binary=:all:",
                "--dest",
                str(house),
                "-c",
                str(constraints),
                *third_party_requirements(dist),
            ],
            capture_output=True,
            text=True,
            check=False,
            env=clean_env(),
        )
        assert proc.returncode == 0, f"pip download of the third-party wheels failed:\n{proc.stderr}"
        _SESSION["wheelhouse"] = house
    result: Path = _SESSION["wheelhouse"]
    return result


def make_venv(path: Path) -> Path:
    """A fresh venv without pip (ours installs into it with --python); returns its interpreter."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True, env=clean_env())
    return path / "bin" / "python"


def pip_install(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--only-binary=:all:", *args],
        capture_output=True,
        text=True,
        check=False,
        env=clean_env(),
        cwd=python.parent,
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_http(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    """Until ``url`` gives any HTTP answer; fail with the log if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            pytest.fail(f"{process.args!r} exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 - loopback URL built here
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{url} did not answer within {timeout:.0f}s:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)


def stop(process: subprocess.Popen[bytes]) -> None:
    """End one process we started, by its PID."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextlib.contextmanager
def prism(slugs: Sequence[str], logdir: Path) -> Iterator[dict[str, str]]:
    """Prism mocking ``openapi/<slug>.yaml`` on a free loopback port per slug: {slug: base URL}."""
    with prism_launcher.serve([ROOT / "openapi" / f"{slug}.yaml" for slug in slugs], logdir=logdir) as servers:
        yield {slug: server.url for slug, server in servers.items()}


def seed_body(slug: str) -> dict[str, Any]:
    cases = yaml.safe_load((ROOT / "tests" / "spec_cases" / f"{slug}.yaml").read_text(encoding="utf-8"))
    body: dict[str, Any] = cases["valid"][0]["body"]
    return body


# Runs inside the fresh venv: only the installed packages are importable.
CLIENT_SCRIPT = """
import importlib, importlib.metadata, json, sys
slug, url, body_file = sys.argv[1:4]
pkg = importlib.import_module(f"voiceagents_{slug}")
api = importlib.import_module(f"voiceagents_{slug}.api.assistants.create_assistant")
models = importlib.import_module(f"voiceagents_{slug}.models")
body = models.CreateAssistantRequest.from_dict(json.load(open(body_file)))
client = pkg.AuthenticatedClient(base_url=url, token="test-key")  # the package's own auth defaults
with client:
    response = api.sync_detailed(client=client, body=body)
print(json.dumps({
    "status": int(response.status_code),
    "parsed": type(response.parsed).__name__,
    "content": response.content.decode(errors="replace")[:500],
    "module": pkg.__file__,
    "sys_path": sys.path,
    "distributions": sorted(d.metadata["Name"] for d in importlib.metadata.distributions()),
}))
"""


def create_seed_example(python: Path, slug: str, url: str, workdir: Path) -> dict[str, Any]:
    """Run CLIENT_SCRIPT with the venv's interpreter from a temporary directory, PYTHONPATH unset."""
    (workdir / "client.py").write_text(CLIENT_SCRIPT, encoding="utf-8")
    (workdir / "body.json").write_text(json.dumps(seed_body(slug)), encoding="utf-8")
    proc = subprocess.run(
        [str(python), "client.py", slug, url, "body.json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=workdir,
        env=clean_env(),
        timeout=60,
    )
    assert proc.returncode == 0, f"the installed {slug} client failed:\n{proc.stderr}"
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def assert_outside_repo(result: dict[str, Any], venv: Path) -> None:
    assert Path(result["module"]).resolve().is_relative_to(venv.resolve()), result["module"]
    repo_entries = [p for p in result["sys_path"] if p and Path(p).resolve().is_relative_to(ROOT)]
    assert repo_entries == [], f"the repository is on sys.path: {repo_entries}"


def metadata(path: Path) -> Message:
    """The core metadata of a wheel (METADATA) or an sdist (PKG-INFO)."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
            text = zf.read(name).decode()
    else:
        with tarfile.open(path) as tf:
            member = next(m for m in tf.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO"))
            extracted = tf.extractfile(member)
            assert extracted is not None
            text = extracted.read().decode()
    return email.parser.Parser().parsestr(text)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_dist(tmp_path_factory)[0]


@pytest.fixture(scope="session")
def house(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wheelhouse(tmp_path_factory)


@pytest.fixture(scope="module")
def prism_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with prism(SLUGS, tmp_path_factory.mktemp("prism")) as urls:
        yield urls


PROJECTS = {project_meta(p)["name"]: p for p in wheels.projects()}
DISTRIBUTIONS = sorted(PROJECTS)


def files_of(dist: Path, name: str) -> tuple[Path, Path]:
    """(wheel, sdist) of one distribution."""
    meta = project_meta(PROJECTS[name])
    stem = f"{re.sub(r'[-_.]+', '_', name)}-{meta['version']}"
    return dist / f"{stem}-py3-none-any.whl", dist / f"{stem}.tar.gz"


# ---- tests -------------------------------------------------------------------------------------

# These build into dist/ or share the package index: all on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("packaging")]


def test_every_project_is_built_with_one_line_per_distribution(tmp_path_factory: pytest.TempPathFactory) -> None:
    dist, stdout = built_dist(tmp_path_factory)
    expected = sorted(f.name for name in DISTRIBUTIONS for f in files_of(dist, name))
    assert sorted(p.name for p in dist.iterdir()) == expected
    assert len(expected) == 2 * (len(SLUGS) + 1)
    lines = stdout.strip().splitlines()
    for name in expected:
        assert any(re.match(rf"{re.escape(name)}\s+[\d.]+ KiB$", line) for line in lines), (name, stdout)
    assert re.match(r"total\s+[\d.]+ KiB .*twine check --strict ok, [\d.]+s$", lines[-1]), lines[-1]


def test_twine_check_strict_passes(dist: Path) -> None:
    wheels.twine_check(sorted(dist.iterdir()))  # raises BuildError with twine's report


def test_twine_check_failure_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "voiceagents_broken-1.0.0-py3-none-any.whl"
    broken.write_bytes(b"not a zip")
    with pytest.raises(wheels.BuildError, match="twine check --strict failed"):
        wheels.twine_check([broken])


def test_a_broken_project_fails_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[project]\nname = "x"\n'
    )
    with pytest.raises(wheels.BuildError, match=rf"building {re.escape(str(tmp_path))} failed"):
        wheels.build_one(tmp_path, tmp_path / "out")


def test_make_wheels_exits_non_zero_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'broken'\n[build-system]\nrequires = []\n")
    monkeypatch.setattr(wheels, "projects", lambda: [tmp_path])
    assert wheels.main(["--outdir", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"error: building {tmp_path} failed" in err
    assert "FAILED" in err


@pytest.mark.parametrize("name", DISTRIBUTIONS)
def test_metadata(dist: Path, name: str) -> None:
    meta = project_meta(PROJECTS[name])
    for path in files_of(dist, name):
        md = metadata(path)
        assert md["Name"] == name
        assert md["Version"] == meta["version"]
        assert md["Summary"]
        assert md["Summary"] == meta["description"]
        assert md["License-Expression"] == "MIT"
        assert md.get_all("License-File") == ["LICENSE"]
        assert md["Description-Content-Type"] == "text/markdown"
        readme = (PROJECTS[name] / "README.md").read_text(encoding="utf-8")
        assert md.get_payload().strip() == readme.strip()
        assert md["Requires-Python"] == ">=3.11"
        urls = md.get_all("Project-URL") or []
        assert urls, f"{name}: no project URLs ([project.urls] in {PROJECTS[name] / 'pyproject.toml'})"
        assert all(re.match(r"^[^,]+, https://", u) for u in urls), urls
        assert "Typing :: Typed" in (md.get_all("Classifier") or [])
        requires = md.get_all("Requires-Dist") or []
        assert requires
        for req in requires:
            if req.startswith(f"{name}["):  # a self-reference, e.g. voiceagents[all] -> voiceagents[revox]
                continue
            assert re.search(r"(>=|<|==|~=)", req.split(";")[0]), f"{name}: {req!r} has no version range"


def extra_requirements(md: Message, extra: str, seen: frozenset[str] = frozenset()) -> list[Requirement]:
    """What ``voiceagents[extra]`` brings, self-references (``voiceagents[revox]``) expanded."""
    out = []
    for req in map(Requirement, md.get_all("Requires-Dist") or []):
        if req.marker is None or not req.marker.evaluate({"extra": extra}):
            continue
        if req.name == "voiceagents":
            for inner in req.extras - seen:
                out += extra_requirements(md, inner, seen | {extra})
        else:
            out.append(req)
    return out


def test_root_has_an_extra_per_vendor_and_all(dist: Path) -> None:
    md = metadata(files_of(dist, "voiceagents")[0])
    extras = set(md.get_all("Provides-Extra") or [])
    vendors = {s.replace("_", "-") for s in SLUGS}
    assert extras >= {*vendors, "all"}, f"root pyproject lacks extras: {sorted({*vendors, 'all'} - extras)}"
    for slug in SLUGS:
        client = f"voiceagents-{slug.replace('_', '-')}"
        version = project_meta(PROJECTS[client])["version"]
        next_major = f"{int(version.split('.')[0]) + 1}"
        for extra in (slug.replace("_", "-"), "all"):
            reqs = [r for r in extra_requirements(md, extra) if r.name == client]
            assert reqs, f"voiceagents[{extra}] does not bring {client}"
            assert {str(s) for s in reqs[0].specifier} == {f">={version}", f"<{next_major}"}, reqs[0]


@pytest.mark.parametrize("name", DISTRIBUTIONS)
def test_contents(dist: Path, name: str) -> None:
    wheel, sdist = files_of(dist, name)
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    package = "voiceagents" if name == "voiceagents" else name.replace("-", "_")
    assert f"{package}/py.typed" in names
    assert f"{package}/__init__.py" in names
    if package != "voiceagents":
        assert f"{package}/openapi.json" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or n.startswith(("tests/", "scripts/"))]
    with tarfile.open(sdist) as tf:
        members = {m.name.split("/", 1)[1] for m in tf.getmembers() if "/" in m.name}
    assert {"pyproject.toml", "README.md", "LICENSE", "PKG-INFO", f"{package}/__init__.py"} <= {
        m.replace("wrappers/", "") for m in members
    }
    stray = [m for m in members if m.startswith((".venv", "node_modules", "tests/", "dist/", "generated/"))]
    assert stray == [], f"{name}: the sdist takes files from elsewhere (anchor its include patterns with '/')"


def test_builds_are_byte_identical(dist: Path, tmp_path: Path) -> None:
    again = wheels.build_all(tmp_path, check=False)
    first = {p.name: sha256(p) for p in dist.iterdir()}
    second = {p.name: sha256(p) for b in again for p in b.files}
    assert second == first


@pytest.mark.prism
@pytest.mark.parametrize("slug", SLUGS)
def test_client_wheel_installs_alone_and_creates_its_seed_example(
    slug: str, dist: Path, house: Path, prism_urls: dict[str, str], tmp_path: Path
) -> None:
    name = f"voiceagents-{slug.replace('_', '-')}"
    python = make_venv(tmp_path / "venv")
    proc = pip_install(python, "--no-index", "--find-links", str(dist), "--find-links", str(house), name)
    assert proc.returncode == 0, proc.stderr
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    result = create_seed_example(python, slug, prism_urls[slug], workdir)
    assert 200 <= result["status"] < 300, result
    assert result["parsed"] == "CreateAssistantResponse", result
    assert_outside_repo(result, tmp_path / "venv")
    ours = [d for d in result["distributions"] if d.startswith("voiceagents")]
    assert ours == [name], f"installing {name} brought {ours}"
