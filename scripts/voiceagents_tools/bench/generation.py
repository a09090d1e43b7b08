"""The generation section: what ``python -m voiceagents_tools generate`` costs, in a throwaway copy of
the repository, against one openapi-python-client run on one spec; and how it grows with the number
of vendors (copies of the existing ones under new slugs)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from .. import ROOT
from .common import PY, SLUGS
from .report import Report, Specs, median

__all__ = ["GEN_SIZES", "NAME", "TITLE", "copy_repo", "one_opc_run", "run", "run_timed", "specs"]

NAME = "generation"
TITLE = "Generation"
GEN_SIZES = tuple(sorted({len(SLUGS), 10, 20}))
"""Vendors per full run: the project's own (the full run's figure), then copies up to 10 and 20."""
ONE = "generate.one_run"


def specs() -> Specs:
    s = Specs(NAME)
    s.add(ONE, "one openapi-python-client run on one spec", "s")
    s.add("generate.full", "generate --force (every vendor + neutral model)", "s", ONE, "<= 4")
    s.add("generate.noop", "generate with nothing changed (regenerates all)", "s", ONE)
    for n in GEN_SIZES:
        base = ONE if n == GEN_SIZES[0] else f"generate.per_vendor.{GEN_SIZES[0]}"
        label = f"generate --force per vendor, {n} vendors"
        s.add(f"generate.per_vendor.{n}", label, "s", base, note="flat = good")
    return s


def copy_repo(parent: Path, extra_vendors: int = 0) -> Path:
    """A throwaway copy of what the generator reads and writes, with ``extra_vendors`` more vendors:
    copies of the existing specs and converter modules (``wrappers/voiceagents/convert/<slug>.py``)
    under new slugs (as tests/tools/test_add_vendor.py adds one), each with an (empty) project
    directory."""
    repo = parent / "repo"
    repo.mkdir(parents=True)
    for name in ("openapi", "generated", "wrappers", "examples", ".tmp/speclint-passed"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    for name in ("LICENSE", "pyproject.toml", "README.md", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo / name)
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    templates = sorted(p.stem for p in (repo / "openapi").glob("*.yaml"))
    converters = repo / "wrappers" / "voiceagents" / "convert"
    for i in range(extra_vendors):
        template, slug = templates[i % len(templates)], f"{templates[i % len(templates)]}_x{i}"
        spec = (repo / "openapi" / f"{template}.yaml").read_text(encoding="utf-8")
        spec = spec.replace(f"x-voiceagents-slug: {template}", f"x-voiceagents-slug: {slug}")
        spec = re.sub(r"^  title: .*$", f"  title: Copy {i} of {template} Assistants API", spec, count=1, flags=re.M)
        (repo / "openapi" / f"{slug}.yaml").write_text(spec, encoding="utf-8")
        module = (converters / f"{template}.py").read_text(encoding="utf-8")
        module = module.replace(f'VendorMapping(\n    "{template}",', f'VendorMapping(\n    "{slug}",')
        (converters / f"{slug}.py").write_text(module, encoding="utf-8")
        (repo / "generated" / slug).mkdir(exist_ok=True)
    return repo


def run_timed(cmd: Sequence[str], repo: Path) -> float:
    """Wall seconds of ``cmd`` run in ``repo``, with the copy's wrapper and generated projects first
    on the path (nothing of the copy is installed)."""
    paths = [repo / "wrappers", *sorted(p for p in (repo / "generated").iterdir() if p.is_dir())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths)), "VOICEAGENTS_ROOT": str(repo)}
    t0 = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=repo, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed in {repo}:\n{proc.stdout}{proc.stderr}")
    return time.perf_counter() - t0


ONE_RUN = """
import json, sys
from pathlib import Path
from voiceagents_tools.generate import discover, opc
vendor, work = discover([sys.argv[1]])[0], Path(sys.argv[2])
job = opc.prepare(vendor, work)
ruff = str(opc.BIN / "ruff")
config = {**job.config, "post_hooks": [" ".join([ruff, *opc.RUFF_FIX, "."]), " ".join([ruff, *opc.RUFF_FORMAT, "."])]}
(work / "config.json").write_text(json.dumps(config))
print(job.document, job.templates, job.package_dir)
"""


def one_opc_run(repo: Path, slug: str, work: Path) -> float:
    """Seconds of one openapi-python-client run as its CLI does it (ruff post-hooks included), on the
    document and templates the generator prepares for ``slug``."""
    work.mkdir(parents=True)
    out = subprocess.run([PY, "-c", ONE_RUN, slug, str(work)], cwd=repo, capture_output=True, text=True, check=True)
    document, templates, package = out.stdout.split()
    return run_timed(
        [str(Path(PY).parent / "openapi-python-client"), "generate", "--path", document, "--config",
         str(work / "config.json"), "--meta", "none", "--output-path", package, "--custom-template-path", templates,
         "--fail-on-warning", "--overwrite"],
        repo,
    )  # fmt: skip


def method(quick: bool, runs: int) -> str:
    return (
        "python -m voiceagents_tools generate in a throwaway copy of the repository (specs, generated projects, the"
        " specs' lint verdicts), with the copy's wrapper and generated projects first on the path; wall time of the"
        f" whole command; the baseline, then {runs} rounds of a full run (--force) and of a run with nothing"
        " changed (there is no incremental build: both regenerate everything). Baseline: one openapi-python-client"
        " CLI run on one spec (the generator's document and templates, ruff post-hooks included; median over"
        f" {'the first spec' if quick else 'every spec'}). Per vendor: a full run divided by the number of"
        f" vendors, with copies of the existing specs and converter modules under new slugs for the sizes above"
        f" {len(SLUGS)}; {os.cpu_count()} cores." + (" --quick: the baseline only." if quick else "")
    )


def run(report: Report) -> None:
    runs = 2
    report.methods[NAME] = method(report.quick, runs)
    tools = [PY, "-m", "voiceagents_tools", "generate"]
    with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
        repo = copy_repo(Path(tmp))
        slugs = SLUGS[:1] if report.quick else SLUGS
        report.add(ONE, median([one_opc_run(repo, s, Path(tmp) / f"one-{s}") for s in slugs]))
        if report.quick:
            report.skip(["generate.full", "generate.noop", *(f"generate.per_vendor.{n}" for n in GEN_SIZES)], "--quick")
            return
        full, noop = [], []
        for _ in range(runs):
            full.append(run_timed([*tools, "--force"], repo))
            noop.append(run_timed(tools, repo))
        report.add("generate.full", median(full))
        report.add("generate.noop", median(noop))
    for n in GEN_SIZES:
        name = f"generate.per_vendor.{n}"
        if n == len(SLUGS):
            report.add(name, median(full) / n)
        else:
            with tempfile.TemporaryDirectory(prefix="voiceagents-bench-") as tmp:
                repo = copy_repo(Path(tmp), n - len(SLUGS))
                report.add(name, run_timed([*tools, "--force"], repo) / n)
