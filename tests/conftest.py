"""Shared fixtures: the vendor specs and their test cases, and Prism serving every spec.

The property tests (hypothesis) draw the same examples on every run (``derandomize``): a suite
that passed passes again, and CI is never flaky. ``HYPOTHESIS_PROFILE=explore make test`` draws new
ones each run, to look for what the fixed draws miss (a failure prints the example: pin it with
``@example``).
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import functools
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import settings
from voiceagents import _loading
from voiceagents import spec as vspec
from voiceagents._http import _response
from voiceagents_tools import check, generate, prism
from voiceagents_tools.specs import lint as speclint


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` (pyproject.toml's default) starts one worker more than the machine has cores: the
    tests wait often (timeouts on purpose, servers starting, a clone's ``make``), and a third worker
    on two cores fills those waits (measured back to back: 202 s and 204 s against 214 s and 217 s for
    two workers, the same CPU time). ``PYTEST_XDIST_AUTO_NUM_WORKERS``, when set, decides as usual."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return len(os.sched_getaffinity(0)) + 1


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first (a stable sort: each keeps its place among its kind): xdist hands work
    out in collection order, so the long end-to-end runs start at once on every worker and the many
    short tests fill in around them, instead of one long run finishing alone at the end.

    Every test that uses Prism runs on one worker (``xdist_group("prism")``, given here to those not
    marked so already): a worker that uses Prism starts it for every vendor the run's tests name. So
    do the comparisons with the official SDKs (``xdist_group("sdk")``): only that worker imports them
    (``support.sdk``)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    comparisons = ROOT / "tests" / "comparisons"
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        if "prism_servers" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("prism"))
        elif item.path.is_relative_to(comparisons):
            item.add_marker(pytest.mark.xdist_group("sdk"))


@pytest.fixture(autouse=True)
def _fresh_misfit_log() -> None:
    """Each test starts as a fresh process would: the wrapper logs a misfit once per vendor,
    operation and field in a process, and parses the first misfit of an operation at once."""
    _response._WARNED.clear()
    _response._MISFIT_PARSED.clear()


settings.register_profile("default", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent

SLUGS = vspec.SLUGS  # the registry is the one list of vendors
SPEC_DIR = ROOT / "openapi"
CASES_DIR = Path(__file__).parent / "spec_cases"


def spec_path(slug: str) -> Path:
    return SPEC_DIR / f"{slug}.yaml"


@functools.cache
def _spec(slug: str) -> dict[str, Any]:
    return speclint.load(spec_path(slug))


@functools.cache
def _cases(slug: str) -> dict[str, Any]:
    """A vendor's case file, read like any document: a YAML error names the file and the line."""
    path = CASES_DIR / f"{slug}.yaml"
    try:
        data = _loading.load_file(path, limits=_loading.Limits(max_bytes=64 << 20, max_depth=128))
    except _loading.DocumentError as exc:
        pytest.fail(f"the case file {path.relative_to(ROOT)} cannot be read: {exc}", pytrace=False)
    if not isinstance(data, dict):
        pytest.fail(f"the case file {path.relative_to(ROOT)} is not a mapping", pytrace=False)
    return data


@functools.cache
def _pickled(what: str, slug: str, keys: tuple[str, ...]) -> bytes:
    node: Any = _spec(slug) if what == "spec" else _cases(slug)
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return pickle.dumps(node, protocol=pickle.HIGHEST_PROTOCOL)


def load_spec(slug: str) -> dict[str, Any]:
    """The vendor's spec (a fresh copy: callers may change it; unpickled, many times faster than a
    ``deepcopy`` of plain data, and the test modules ask for hundreds while they are collected)."""
    spec: dict[str, Any] = pickle.loads(_pickled("spec", slug, ()))  # noqa: S301 (our own bytes, this process)
    return spec


def load_cases(slug: str) -> dict[str, Any]:
    """The vendor's table of valid and invalid request bodies (a fresh copy, as ``load_spec``)."""
    cases: dict[str, Any] = cases_at(slug)
    return cases


def cases_at(slug: str, *keys: str) -> Any:
    """A fresh copy of one part of the vendor's case file (``None`` where it has none): the
    helpers that read one operation's bodies or answers, thousands of times a run, unpickle that."""
    return pickle.loads(_pickled("cases", slug, keys))  # noqa: S301 (our own bytes, this process)


def yaml_load(text: str) -> Any:
    """``yaml.safe_load`` with libyaml's parser (ten times faster: the deploy tests read YAML often)."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


def yaml_dump(data: Any, **options: Any) -> str:
    """``yaml.safe_dump`` with libyaml's emitter."""
    text: str = yaml.dump(data, Dumper=yaml.CSafeDumper, **options)
    return text


def name_field(slug: str) -> str:
    """The vendor body's field that holds the assistant's name (its converter maps ``name`` there)."""
    from voiceagents.convert import mapping
    from voiceagents.convert.rules import Map

    found = [rule.vendor for rule in mapping(slug).rules if isinstance(rule, Map) and rule.neutral == "name"]
    assert len(found) == 1, f"{slug}: the converter maps name to {found}"
    return found[0]


@functools.cache
def _example() -> bytes:
    text = (ROOT / "examples" / "assistant.yaml").read_text(encoding="utf-8")
    return pickle.dumps(yaml_load(text), protocol=pickle.HIGHEST_PROTOCOL)


def example_definition() -> dict[str, Any]:
    """``examples/assistant.yaml``, with the ``vendor_extras`` of each vendor the example does not
    carry taken from that vendor's case file (``example_extras``): deploy tests run it on every vendor."""
    data: dict[str, Any] = pickle.loads(_example())  # noqa: S301 (our own bytes, this process)
    extras = data.setdefault("vendor_extras", {})
    for slug in SLUGS:
        if slug not in extras and "example_extras" in _cases(slug):
            extras[slug] = copy.deepcopy(_cases(slug)["example_extras"])
    return data


@pytest.fixture(scope="session", autouse=True)
def _generate_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One build cache of generated clients for the session, shared by the workers (the run's base
    directory): the repository copies the tool tests make regenerate the same clients many times."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if base.name.startswith("popen-") else base
    previous = os.environ.get("VOICEAGENTS_GENERATE_CACHE")
    os.environ["VOICEAGENTS_GENERATE_CACHE"] = str(shared / "generate-cache")
    yield
    if previous is None:
        os.environ.pop("VOICEAGENTS_GENERATE_CACHE", None)
    else:
        os.environ["VOICEAGENTS_GENERATE_CACHE"] = previous


class _PrismServers(Mapping[str, prism.PrismServer]):
    """Prism serving a vendor's spec on its own free port on 127.0.0.1, started the first time a test
    asks for a vendor: that vendor's and, at the same time, every other vendor the run's Prism tests
    name (their start-ups overlap; a run of some vendors' tests, ``-k revox``, starts only theirs)."""

    def __init__(self, logdir: Path, wanted: Sequence[str]) -> None:
        self._logdir, self._wanted, self._started = logdir, wanted, dict[str, prism.PrismServer]()

    def __getitem__(self, slug: str) -> prism.PrismServer:
        if slug not in self._started:
            if slug not in SLUGS:
                raise KeyError(slug)
            batch = [s for s in dict.fromkeys([slug, *self._wanted]) if s not in self._started]
            for name in batch:
                self._started[name] = prism.start(spec_path(name), logdir=self._logdir)
            prism.wait_ready([self._started[name] for name in batch])
        return self._started[slug]

    def __iter__(self) -> Iterator[str]:
        return iter(SLUGS)

    def __len__(self) -> int:
        return len(SLUGS)

    def stop(self) -> None:
        for server in self._started.values():
            server.stop()


def _prism_vendors(items: Sequence[pytest.Item]) -> list[str]:
    """The vendors named by the tests that use Prism (by their parameters, e.g. ``[revox-...]``)."""
    names = [item.name for item in items if "prism_servers" in getattr(item, "fixturenames", ())]
    return [slug for slug in SLUGS if any(re.search(rf"[\[-]{slug}[\]-]", name) for name in names)]


@pytest.fixture(scope="session")
def prism_servers(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Mapping[str, prism.PrismServer]]:
    """Prism serving each vendor spec (``_PrismServers``), for the whole session."""
    servers = _PrismServers(tmp_path_factory.mktemp("prism"), _prism_vendors(request.session.items))
    try:
        yield servers
    finally:
        servers.stop()


@functools.cache
def warm_checkout_caches() -> Path:
    """This checkout's mypy cache, filled once per worker (under a lock: workers share it), so that
    the copies the tests make, and ``make demo`` here, start warm: mypy re-checks by content hash
    what a copy changed, and a cold run of both mypy passes costs more than all the rest of
    ``make check``."""
    cache = ROOT / ".mypy_cache"
    cache.mkdir(exist_ok=True)
    with (cache / "warming.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        # The three at once (the other worker waits for them when it copies the caches).
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        handwritten = subprocess.Popen([str(check.BIN / "mypy")], cwd=ROOT, **quiet)
        check.mypy_generated(generate.discover())
        speclint.lint(sorted(SPEC_DIR.glob("*.yaml")))  # records the clean verdicts
        handwritten.wait()
    return cache


def _copy_if_there(source: str, target: str) -> None:
    """``copy2``, skipping a file that vanished since the directory was listed: a mypy run elsewhere
    (``make demo``, ``make check`` in this checkout) replaces its cache files atomically, and a cache
    file missing from a copy only makes mypy check that module again."""
    with contextlib.suppress(FileNotFoundError):
        shutil.copy2(source, target)


def _with_warm_caches(target: Path) -> None:
    """A copy's caches start as this checkout's: mypy's, and Spectral's clean verdicts (by hash)."""
    cache = warm_checkout_caches()
    with (cache / "warming.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_SH)  # never while another worker warms it
        ignore = shutil.ignore_patterns("*.lock")
        shutil.copytree(cache, target / ".mypy_cache", ignore=ignore, copy_function=_copy_if_there)
    if speclint.PASSED.is_dir():
        shutil.copytree(speclint.PASSED, target / speclint.PASSED.relative_to(ROOT))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway copy of the repository parts the generator and the check use."""
    copy_root = tmp_path / "repo"
    copy_root.mkdir()
    for name in ("openapi", "scripts", "generated", "wrappers"):
        shutil.copytree(ROOT / name, copy_root / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    for name in ("LICENSE", "pyproject.toml", "README.md", "CHANGELOG.md", "uv.lock"):
        shutil.copy(ROOT / name, copy_root / name)
    shutil.copytree(ROOT / "examples", copy_root / "examples")
    (copy_root / "node_modules").symlink_to(ROOT / "node_modules")
    _with_warm_caches(copy_root)
    return copy_root


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python in the (copied) repository, as `make` would (``-m voiceagents_tools <command>``: the
    tools work on the checkout they are run in)."""
    return subprocess.run([sys.executable, *args], cwd=repo, capture_output=True, text=True, check=False)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A working copy of the project with a venv of its own, as a user's clone would have, where
    ``make`` targets run for real (setup, generate, check...).

    Its ``make setup`` installs everything from uv.lock into its own ``.venv`` (from uv's cache: no
    download); to keep it to seconds, the pinned uv is this venv's (so the bootstrap by pip is not
    repeated) and ``node_modules`` is shared."""
    target = tmp_path / "clone"
    files = (
        subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    venv = target / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (venv / "bin" / "uv").symlink_to(Path(sys.executable).parent / "uv")
    # A directory of links (never a link to ours: an `npm ci` in the clone would empty it), stamped
    # fresh, so `make setup` sees the pinned Node tools as installed.
    modules = target / "node_modules"
    modules.mkdir()
    for entry in (ROOT / "node_modules").iterdir():
        if entry.name != ".installed":
            (modules / entry.name).symlink_to(entry)
    (modules / ".installed").touch()
    _with_warm_caches(target)
    return target


def make(clone: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run ``make`` in a clone, as a user would (its own venv first on PATH)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "UV_PROJECT_ENVIRONMENT")}
    env["PATH"] = f"{clone / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        ["make", "--no-print-directory", *args], cwd=clone, env=env, capture_output=True, text=True, timeout=timeout
    )
