"""`make wheels`: every distribution builds, passes `twine check --strict`, carries full metadata and
the data files its code reads, is byte-for-byte reproducible; and `voiceagents[revox]` installed from
the wheels alone (no other client) works, and says how to install the clients it lacks. Each client
wheel alone: test_client_wheels.py.

The helpers at the top (built dists, the third-party wheelhouse, venvs) are shared with
test_publish.py and test_client_wheels.py; the slow ones run once per session. Nothing here uses the network:
the third-party wheels are repacked from this venv's own installed distributions.
"""

from __future__ import annotations

import base64
import email.parser
import fcntl
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Callable, Iterable
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name
from support.processes import clean_env
from voiceagents_tools.release import wheels

ROOT = Path(__file__).resolve().parents[2]

SLUGS = tuple(sorted(p.parent.name for p in (ROOT / "generated").glob("*/pyproject.toml")))
EXAMPLES = ROOT / "examples"


# ---- shared helpers ----------------------------------------------------------------------------


def project_meta(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data


def shared(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A directory made once per test run, also across xdist workers (under a lock): ``make(dir)``
    fills it the first time; a failed ``make`` leaves nothing behind, so the next caller retries."""
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # the workers' base dirs share this run's parent
        base = base.parent
    target, done = base / name, base / f"{name}.done"
    with (base / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            try:
                make(target)
            except BaseException:
                shutil.rmtree(target, ignore_errors=True)
                raise
            done.touch()
    return target


def built_dist(factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`python -m voiceagents_tools wheels --outdir <tmp>` once per run: (directory, its stdout)."""

    def make(out: Path) -> None:
        proc = subprocess.run(
            [sys.executable, "-m", "voiceagents_tools", "wheels", "--outdir", str(out)],
            capture_output=True,
            text=True,
            check=False,
            env=clean_env(),
            cwd=ROOT,
        )
        assert proc.returncode == 0, f"make wheels failed:\n{proc.stdout}\n{proc.stderr}"
        (out.parent / "dist.stdout").write_text(proc.stdout, encoding="utf-8")

    out = shared(factory, "dist", make)
    return out, (out.parent / "dist.stdout").read_text(encoding="utf-8")


def _wanted(md: Message) -> list[Requirement]:
    """The third-party requirements of one wheel, for any of its extras."""
    extras = ["", *(md.get_all("Provides-Extra") or [])]
    out = []
    for req in map(Requirement, md.get_all("Requires-Dist") or []):
        if canonicalize_name(req.name).startswith("voiceagents"):
            continue
        if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in extras):
            out.append(req)
    return out


def third_party(wheel_dirs: Iterable[Path]) -> list[importlib.metadata.Distribution]:
    """This venv's distributions that the wheels in ``wheel_dirs`` need, transitively."""
    todo = [req for d in wheel_dirs for whl in sorted(d.glob("*.whl")) for req in _wanted(metadata(whl))]
    found: dict[str, importlib.metadata.Distribution] = {}
    done: set[tuple[str, str]] = set()
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        for extra in sorted(req.extras) or [""]:
            if (name, extra) in done:
                continue
            done.add((name, extra))
            dist = found.setdefault(name, importlib.metadata.distribution(name))
            for sub in map(Requirement, dist.requires or []):
                if sub.marker is None or sub.marker.evaluate({"extra": extra}):
                    todo.append(sub)
    return [found[n] for n in sorted(found)]


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def repack(dist: importlib.metadata.Distribution, outdir: Path) -> Path:
    """A wheel of an installed distribution, from the files its RECORD lists (entry-point scripts are
    made again by pip from entry_points.txt; the installer's own files are left out)."""
    files = [f for f in dist.files or [] if f.parts[0] != ".." and "__pycache__" not in f.parts]
    info = next(f.parent for f in files if f.name == "METADATA" and f.parent.name.endswith(".dist-info"))
    wheel_tags = {line.split(":", 1)[1].strip() for line in (dist.read_text("WHEEL") or "").splitlines() if ":" in line}
    tag = next(str(t) for t in sys_tags() if str(t) in wheel_tags)  # one this interpreter installs
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"]).lower()
    target = outdir / f"{name}-{dist.version}-{tag}.whl"
    record = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for path in files:
            if path.parent == info and path.name in ("RECORD", "INSTALLER", "REQUESTED", "direct_url.json"):
                continue
            data = Path(str(dist.locate_file(path))).read_bytes()
            zf.writestr(path.as_posix(), data)
            record.append(f"{path.as_posix()},{_record_hash(data)},{len(data)}")
        record.append(f"{info.as_posix()}/RECORD,,")
        zf.writestr(f"{info.as_posix()}/RECORD", "\n".join(record) + "\n")
    return target


def wheelhouse(factory: pytest.TempPathFactory, *more: Path) -> Path:
    """Wheels of the third-party dependencies of the built wheels (and of the wheels in ``more``),
    repacked from this venv: the versions the suite runs with, and no network."""
    dist, _ = built_dist(factory)
    house = shared(factory, "wheelhouse", lambda _: None)
    with (house.parent / "wheelhouse.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        have = {p.name.split("-", 1)[0] for p in house.glob("*.whl")}
        for needed in third_party([dist, *more]):
            if re.sub(r"[-_.]+", "_", needed.metadata["Name"]).lower() not in have:
                repack(needed, house)
    return house


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
        timeout=300,
    )


def installed(python: Path) -> dict[str, str]:
    """{distribution name: version} of what the venv of ``python`` has."""
    proc = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m, json; "
            "print(json.dumps({d.metadata['Name']: d.version for d in m.distributions()}))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(),
        cwd=python.parent,
    )
    versions: dict[str, str] = json.loads(proc.stdout)
    return versions


def ours(python: Path) -> dict[str, str]:
    """The voiceagents distributions in the venv of ``python``, with their versions."""
    return {n: v for n, v in installed(python).items() if n.startswith("voiceagents")}


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


def copy_dist(src: Path, dest: Path, names: Iterable[str] | None = None) -> Path:
    """A copy of the distribution files of ``src`` (those of the distributions ``names``, if given)."""
    dest.mkdir(parents=True, exist_ok=True)
    wanted = None if names is None else {re.sub(r"[-_.]+", "_", n).lower() for n in names}
    for path in src.iterdir():
        if wanted is None or path.name.split("-", 1)[0].lower() in wanted:
            shutil.copy2(path, dest / path.name)
    return dest


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_dist(tmp_path_factory)[0]


@pytest.fixture(scope="session")
def house(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wheelhouse(tmp_path_factory)


PROJECTS = {project_meta(p)["name"]: p for p in wheels.projects()}
DISTRIBUTIONS = sorted(PROJECTS)


def files_of(dist: Path, name: str) -> tuple[Path, Path]:
    """(wheel, sdist) of one distribution."""
    meta = project_meta(PROJECTS[name])
    stem = f"{re.sub(r'[-_.]+', '_', name)}-{meta['version']}"
    return dist / f"{stem}-py3-none-any.whl", dist / f"{stem}.tar.gz"


def wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        return zf.namelist()


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


def test_make_wheels_exits_non_zero_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'broken'\n[build-system]\nrequires = []\n")
    assert wheels.main(["--root", str(tmp_path), "--outdir", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"error: building {tmp_path} failed" in err
    assert "FAILED" in err


def test_only_names_an_unknown_distribution(tmp_path: Path) -> None:
    with pytest.raises(wheels.BuildError, match=r"no project named voiceagents-nope under .*voiceagents-revox"):
        wheels.build_all(tmp_path, only=["voiceagents-nope"])


def test_a_wheel_without_a_data_file_of_its_package_fails_the_build(tmp_path: Path) -> None:
    """The data files the code reads (vendors.json, the schema, openapi.json) must not be left out."""
    (tmp_path / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
        '[project]\nname = "voiceagents-x"\nversion = "1.0.0"\n'
        '[tool.hatch.build.targets.wheel]\npackages = ["voiceagents_x"]\nexclude = ["*.json"]\n'
    )
    package = tmp_path / "voiceagents_x"
    package.mkdir()
    for name in ("__init__.py", "py.typed", "openapi.json"):
        (package / name).write_text("{}" if name.endswith(".json") else "")
    with pytest.raises(wheels.BuildError, match=r"voiceagents_x-1.0.0-\S+\.whl lacks voiceagents_x/openapi.json"):
        wheels.build_all(tmp_path / "out", root=tmp_path, check=False)


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


def test_the_wrapper_version_says_which_clients_it_was_released_with(dist: Path) -> None:
    """The wrapper in the wheel is the one the registry and _version.py describe (no stale copy)."""
    wheel = files_of(dist, "voiceagents")[0]
    with zipfile.ZipFile(wheel) as zf:
        registry = json.loads(zf.read("voiceagents/vendors.json"))["vendors"]
        version_py = zf.read("voiceagents/_version.py").decode()
    assert f'__version__ = "{project_meta(ROOT)["version"]}"' in version_py
    for slug in SLUGS:
        assert registry[slug]["version"] == project_meta(ROOT / "generated" / slug)["version"], slug


@pytest.mark.parametrize("name", DISTRIBUTIONS)
def test_contents(dist: Path, name: str) -> None:
    wheel, sdist = files_of(dist, name)
    names = wheel_names(wheel)
    package = "voiceagents" if name == "voiceagents" else name.replace("-", "_")
    assert f"{package}/py.typed" in names
    assert f"{package}/__init__.py" in names
    if package == "voiceagents":  # the registry, the neutral schema and the model generated from it
        assert {"voiceagents/vendors.json", "voiceagents/types/assistant.schema.json"} <= set(names)
        assert "voiceagents/types/assistant.py" in names
    else:
        assert f"{package}/openapi.json" in names
    assert wheels.missing_files(PROJECTS[name], wheel) == []  # every file of the package directory
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or n.startswith(("tests/", "scripts/"))]
    with tarfile.open(sdist) as tf:
        members = {m.name.split("/", 1)[1] for m in tf.getmembers() if "/" in m.name}
    assert {"pyproject.toml", "README.md", "LICENSE", "PKG-INFO", f"{package}/__init__.py"} <= {
        m.replace("wrappers/", "") for m in members
    }
    stray = [m for m in members if m.startswith((".venv", "node_modules", "tests/", "dist/", "generated/"))]
    assert stray == [], f"{name}: the sdist takes files from elsewhere (anchor its include patterns with '/')"


def test_the_example_files_ship_with_the_wrapper(dist: Path) -> None:
    wheel, sdist = files_of(dist, "voiceagents")
    names = wheel_names(wheel)
    with tarfile.open(sdist) as tf:
        names += [m.name for m in tf.getmembers()]
    for example in sorted(EXAMPLES.iterdir()):
        assert any(n.endswith(f"examples/{example.name}") for n in names), f"{example.name} is in no distribution"


def test_builds_are_byte_identical(dist: Path, tmp_path: Path) -> None:
    again = wheels.build_all(tmp_path, check=False)
    first = {p.name: sha256(p) for p in dist.iterdir()}
    second = {p.name: sha256(p) for b in again for p in b.files}
    assert second == first


# ---- voiceagents[revox] alone, installed from the wheels -------------------------------------


@pytest.fixture(scope="module")
def revox_only(tmp_path_factory: pytest.TempPathFactory, dist: Path, house: Path) -> dict[str, Path]:
    """A venv with `pip install --no-index --find-links dist/ 'voiceagents[revox]'`, and a work dir
    outside the repository holding a copy of the example files."""
    base = tmp_path_factory.mktemp("revox-only")
    python = make_venv(base / "venv")
    proc = pip_install(
        python, "--no-index", "--find-links", str(dist), "--find-links", str(house), "voiceagents[revox]"
    )
    assert proc.returncode == 0, proc.stderr
    cwd = base / "cwd"
    shutil.copytree(EXAMPLES, cwd)
    return {"python": python, "cli": python.parent / "voiceagents", "cwd": cwd}


def cli(env: dict[str, Path], *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(env["cli"]), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=env["cwd"],
        env=clean_env(**extra_env),
        timeout=60,
    )


def test_the_revox_extra_brings_the_wrapper_and_only_the_revox_client(revox_only: dict[str, Path]) -> None:
    assert ours(revox_only["python"]) == {
        "voiceagents": project_meta(ROOT)["version"],
        "voiceagents-revox": project_meta(ROOT / "generated" / "revox")["version"],
    }


def test_vendors_lists_every_vendor_and_which_clients_are_installed(revox_only: dict[str, Path]) -> None:
    proc = cli(revox_only, "vendors", "--json")
    assert proc.returncode == 0, proc.stderr
    entries = {e["slug"]: e for e in json.loads(proc.stdout)}
    assert sorted(entries) == sorted(SLUGS)
    for slug, entry in entries.items():
        assert entry["spec"] == project_meta(ROOT / "generated" / slug)["version"]
        if slug == "revox":
            assert entry["client"] == entry["spec"]
        else:
            assert entry["client"] is None
            assert f"pip install 'voiceagents[{slug.replace('_', '-')}]'" in entry["install"]
    table = cli(revox_only, "vendors")
    assert table.returncode == 0, table.stderr
    for line in table.stdout.splitlines()[1:]:
        slug = line.split()[0]
        if slug == "revox":
            assert "not installed" not in line, line
        else:
            assert f"not installed: pip install 'voiceagents[{slug.replace('_', '-')}]'" in line, line


def test_version_lists_the_clients_and_their_spec_versions(revox_only: dict[str, Path]) -> None:
    proc = cli(revox_only, "--version")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == f"voiceagents {project_meta(ROOT)['version']}"
    for slug in SLUGS:
        version = project_meta(ROOT / "generated" / slug)["version"]
        line = next(line for line in lines[1:] if line.split()[0] == slug)
        assert f"spec {version}" in line, line
        if slug == "revox":
            assert f"client {version}" in line, line
        else:
            assert "client not installed" in line
            assert f"pip install 'voiceagents[{slug.replace('_', '-')}]'" in line


def test_convert_to_the_installed_vendor_works(revox_only: dict[str, Path]) -> None:
    proc = cli(revox_only, "convert", "--to", "revox", "--allow-drop", "assistant.yaml")
    assert proc.returncode == 0, proc.stderr
    body = json.loads(proc.stdout)
    assert body["name"] == yaml.safe_load((EXAMPLES / "assistant.yaml").read_text(encoding="utf-8"))["name"]
    assert "conversion to revox" in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("convert", "--to", "callhq", "assistant.yaml"),
        ("validate", "--vendor", "callhq", "assistant.yaml"),
        ("create", "--vendor", "callhq", "assistant.yaml"),
        ("import", "--from", "autocalls", "autocalls-pipeline.json"),
    ],
    ids=lambda args: args[0],
)
def test_a_vendor_whose_client_is_missing_says_how_to_install_it(
    revox_only: dict[str, Path], args: tuple[str, ...]
) -> None:
    proc = cli(revox_only, *args, CALLHQ_API_KEY="test-key", CALLHQ_BASE_URL="http://127.0.0.1:9")
    slug = args[2]
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert f"pip install 'voiceagents[{slug}]'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


# Runs in the venv: the library API of the installed wrapper with only the revox client.
LIBRARY_SCRIPT = """
import json, os, sys
import voiceagents
from voiceagents.testing import serve

assistant = voiceagents.load_assistant("assistant.yaml")
body, report = voiceagents.to_vendor(assistant, "revox", allow_drop=True)
with serve("revox") as mock, voiceagents.client("revox", api_key="sk-test", base_url=mock.url) as revox:
    created = revox.create_assistant(assistant, allow_drop=True)
    listed = [item.id for item in revox.list_assistants()]
missing = {}
for attempt in (lambda: voiceagents.client("callhq", api_key="k"), lambda: voiceagents.to_vendor(assistant, "callhq")):
    try:
        attempt()
    except voiceagents.ClientNotInstalledError as exc:
        missing[type(exc).__name__] = str(exc)
print(json.dumps({
    "version": voiceagents.__version__,
    "file": voiceagents.__file__,
    "slugs": list(voiceagents.SLUGS),
    "body_name": body.to_dict()["name"],
    "created": [created.id, created.status_code],
    "listed": listed,
    "missing": missing,
}))
"""


def test_the_library_works_for_the_installed_vendor(revox_only: dict[str, Path]) -> None:
    (revox_only["cwd"] / "library.py").write_text(LIBRARY_SCRIPT, encoding="utf-8")
    proc = subprocess.run(
        [str(revox_only["python"]), "library.py"],
        capture_output=True,
        text=True,
        check=False,
        cwd=revox_only["cwd"],
        env=clean_env(),
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert Path(result["file"]).resolve().is_relative_to(revox_only["python"].parent.parent.resolve())
    assert result["version"] == project_meta(ROOT)["version"]
    assert sorted(result["slugs"]) == sorted(SLUGS)
    assert result["body_name"] == "Bright Smile reminders"
    assert result["created"][0], result
    assert 200 <= result["created"][1] < 300, result
    assert result["listed"] == [result["created"][0]], result
    assert "pip install 'voiceagents[callhq]'" in result["missing"]["ClientNotInstalledError"], result
