"""One client project per vendor, by openapi-python-client, into a work directory.

For each vendor: the spec as written, with the facts its templates need (``template_facts``: the
answer models, made lenient, and the aliases), the project's template overlays (``templates/opc``,
plus the vendor's auth facts), openapi-python-client with
every warning an error (as ``--fail-on-warning``) and ``--meta none``; then the project files the
generator does not write (``params.py``, the request bodies as TypedDicts: ``params``; ``pyproject.toml``,
``README.md`` from ``templates/package``, the licence, the spec itself as ``openapi.json``, ``py.typed``).

Where the time goes, and what is done about it: openapi-python-client is run in-process, one share
of the vendors per core: one share in the generating process, the others in worker processes (plain
child processes: ``python -m`` this module); its import (about half of one CLI run) is paid once per
share, not once per vendor, and so are its templates compiled (``_CompiledTemplates``: it compiles
them for every run otherwise). ruff, its post-hook, runs once per share over that share's packages (two
processes per share, not two per vendor), as soon as the share's runs end, while the other shares
still run; the README snippets are formatted in one more run.

A build cache, off unless ``VOICEAGENTS_GENERATE_CACHE`` names a directory: each vendor's formatted
package, by the hash of everything it is made from (the generator's document, the templates with the
vendor's facts, the configuration, openapi-python-client's and ruff's versions), is reused instead
of running openapi-python-client again. Nothing is skipped by a record kept in the repository: the
output is always rebuilt from its inputs or taken from a cache entry those exact inputs made. The
test suite uses it (its copies of the repository regenerate the same clients many times); ``check``
keeps its type-completeness scores there too, and ``make_neutral`` the pydantic model of the neutral
schema, by the same rule.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from voiceagents.spec import schema as spec_schema

from .. import ROOT
from . import params
from .discover import GenerationError, Vendor

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
BIN = Path(sys.executable).parent
RUFF_FIX = ["check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I"]
RUFF_FORMAT = ["format", "--isolated", "--no-cache"]
"""openapi-python-client's post-hooks for ``--meta none``, pinned: no config file from the
surroundings changes the output, no cache leaves stray files."""


@dataclass(frozen=True)
class Job:
    """One openapi-python-client run, as a worker process gets it (plain data: it is pickled)."""

    slug: str
    spec_rel: str
    document: str
    templates: str
    package_dir: str
    config: dict[str, Any]
    params: str
    """``params.py``, the request bodies as TypedDicts (``params.render``): written into the package
    after openapi-python-client, and formatted with it."""


@dataclass(frozen=True)
class TemplateFacts:
    """What the model template needs to know of a spec, beyond what openapi-python-client reads."""

    answers: dict[str, list[str]]
    """The answer models: name -> the fields the docs say are always there (the lenient parse
    reports them when missing)."""
    aliases: dict[str, dict[str, str]]
    """Models whose schema is another one by reference (``{$ref: X}``): name -> ``base`` (X) and
    the alias's own ``description``. openapi-python-client copies X in full for each (Retell's
    agent, 3,200 lines, three times); the template makes each a subclass of X instead: the same
    fields and parse, its own name (``GetAssistantResponse``), and ``isinstance(…, X)`` holds."""


def template_facts(vendor: Vendor) -> TemplateFacts:
    """The spec's answer models and aliases. openapi-python-client runs on the spec as written.

    The answer models (the object schemas only answers use) keep their ``required``, so a field the docs say is
    always there is a plain attribute (``id: str``); the template makes their parse lenient all the same (an
    answer that lacks such a field parses, with a warning, and reading the field raises
    ``types.MissingFieldError``: see ``templates/opc/model.py.jinja``). An object schema used by requests and
    answers alike is refused: the conventions keep them apart, and one model cannot be both strict and lenient.
    An alias is a subclass only of an object schema parsed the same way (both answers, or neither)."""
    spec = vendor.spec
    schemas = spec.get("components", {}).get("schemas", {})
    answers: dict[str, list[str]] = {}
    objects: set[str] = set()
    for name, directions in spec_schema.component_directions(spec).items():
        schema = schemas[name]
        if not _is_object_schema(spec_schema.resolve(spec, schema)):
            continue
        objects.add(name)
        if directions == {"request", "response"}:
            raise GenerationError(
                f"{vendor.spec_rel}: components.schemas.{name} is used by a request and by a response;"
                " give the response its own schema (openapi/CONVENTIONS.md, Schemas)"
            )
        if directions == {"response"}:
            answers[name] = list(spec_schema.resolve(spec, schema).get("required", []))
    aliases = {
        name: {"base": base, "description": str(schemas[name].get("description") or "")}
        for name, base in sorted(spec_schema.component_aliases(spec).items())
        if name in objects and base in objects and (name in answers) == (base in answers)
    }
    return TemplateFacts({name: answers[name] for name in sorted(answers)}, aliases)


def _is_object_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)


def prepare(vendor: Vendor, workdir: Path) -> Job:
    """The inputs of one run, written into ``workdir``: the templates with the vendor's facts, the
    generator's document. Raises ``GenerationError`` when the spec cannot be generated from."""
    templates = workdir / "templates"
    shutil.copytree(TEMPLATES / "opc", templates)
    auth = vendor.auth()
    facts = template_facts(vendor)
    (templates / "voiceagents_vendor.jinja").write_text(
        "{# Written by the generator (voiceagents_tools.generate) from the spec. #}\n"
        f'{{% set auth_location = "{auth["location"]}" %}}\n'
        f'{{% set auth_name = "{auth["name"]}" %}}\n'
        f'{{% set auth_prefix = "{auth["prefix"]}" %}}\n'
        f'{{% set user_agent = "{vendor.distribution}/{vendor.version}" %}}\n'
        f"{{% set lenient_models = {json.dumps(facts.answers)} %}}\n"
        f"{{% set alias_models = {json.dumps(facts.aliases)} %}}\n",
        encoding="utf-8",
    )
    document = workdir / "spec.json"
    document.write_text(json.dumps(vendor.spec, indent=1, ensure_ascii=False), encoding="utf-8")
    config = {
        "project_name_override": vendor.distribution,
        "package_name_override": vendor.package,
        "package_version_override": vendor.version,
        "post_hooks": [],  # ruff runs once per share over its packages (_run_share)
    }
    package_dir = workdir / vendor.slug / vendor.package
    rendered = params.render(vendor.reader)
    return Job(vendor.slug, vendor.spec_rel, str(document), str(templates), str(package_dir), config, rendered)


class _CompiledTemplates(jinja2.BytecodeCache):
    """The compiled templates, kept for the later runs of this process. openapi-python-client makes
    a Jinja environment per run, and compiling its 27 templates was a third of a small spec's run
    (0.2 s). An entry is found by the template's name and used only for the same source (Jinja's
    checksum): the vendor's facts (``voiceagents_vendor.jinja``) are compiled again for each vendor."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str | None, bytes]] = {}

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return name  # each run's overlay is a copy in its own directory: the path differs, the source not

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        kept = self._code.get(bucket.key)
        if kept is not None and kept[0] == bucket.checksum:
            bucket.bytecode_from_string(kept[1])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = (bucket.checksum, bucket.bytecode_to_string())


_COMPILED = _CompiledTemplates()


def run_job(job: Job) -> str | None:
    """openapi-python-client on one document, in this process; None, or what it reported (a
    warning fails the run, as ``--fail-on-warning``). As its ``generate()``, with the compiled
    templates of this process's earlier runs (``_CompiledTemplates``)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile(**job.config), MetaType.NONE, Path(job.document), "utf-8", True, output_path=Path(job.package_dir)
    )
    openapi = GeneratorData.from_dict(json.loads(Path(job.document).read_bytes()), config=config)
    if isinstance(openapi, GeneratorData):
        project = Project(openapi=openapi, config=config, custom_template_path=Path(job.templates))
        project.env.bytecode_cache = _COMPILED
        with contextlib.redirect_stdout(io.StringIO()):  # "Generating <path>"
            errors = list(project.build())
    else:
        errors = [openapi]
    if not errors:
        (Path(job.package_dir) / "params.py").write_text(job.params, encoding="utf-8")
        return None
    lines = []
    for error in errors:
        lines.append(f"{error.level.name.lower()}: {error.header}")
        if error.detail:
            lines.append(f"  {error.detail}")
    return f"openapi-python-client on {job.spec_rel} failed:\n" + "\n".join(lines)


def run_jobs(jobs: Sequence[Job]) -> dict[str, str | None]:
    """Every job, one share per core (each share's jobs one after the other: openapi-python-client
    is imported once per share): one share in this process, the others in worker processes;
    slug -> None or the failure."""
    if not jobs:
        return {}
    workers = max(1, min(len(jobs), os.cpu_count() or 1))
    shares: list[list[Job]] = [[] for _ in range(workers)]
    for job in sorted(jobs, key=lambda j: -Path(j.document).stat().st_size):  # largest first, spread out
        min(shares, key=lambda share: sum(Path(j.document).stat().st_size for j in share)).append(job)
    running = []
    for share in shares[1:]:
        files = []
        for job in share:
            path = Path(job.document).with_name("job.json")
            path.write_text(json.dumps(asdict(job)), encoding="utf-8")
            files.append(str(path))
        cmd = [sys.executable, "-m", __name__, *files]
        running.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = _run_share(shares[0])
    for proc, share in zip(running, shares[1:], strict=True):
        stdout, stderr = proc.communicate()
        answers = json.loads(stdout) if proc.returncode == 0 and stdout.strip() else {}
        for job in share:
            if job.slug in answers:
                results[job.slug] = answers[job.slug]
            else:
                results[job.slug] = (
                    f"openapi-python-client on {job.spec_rel} failed (exit {proc.returncode}):\n{stderr}"
                )
    return results


def _run_share(share: Sequence[Job]) -> dict[str, str | None]:
    """Each job of a share, then ruff over the packages made (openapi-python-client's post-hooks,
    while the other shares still run); slug -> None or the failure."""
    results = {job.slug: _run_reported(job) for job in share}
    made = [job for job in share if results[job.slug] is None]
    try:
        format_packages([Path(job.package_dir) for job in made])
    except GenerationError as exc:
        results.update({job.slug: str(exc) for job in made})
    return results


def _run_reported(job: Job) -> str | None:
    """``run_job``, a crash of openapi-python-client reported as the job's failure."""
    try:
        return run_job(job)
    except Exception as exc:
        return f"openapi-python-client on {job.spec_rel} crashed: {exc!r}"


def _worker(argv: Sequence[str]) -> int:
    """``python -m voiceagents_tools.generate.opc JOB.json ...``: run each job; print slug -> result."""
    jobs = [Job(**json.loads(Path(name).read_text(encoding="utf-8"))) for name in argv]
    print(json.dumps(_run_share(jobs)))
    return 0


def ruff(args: Sequence[str], paths: Sequence[Path], what: str, stdin: str | None = None) -> str:
    """The pinned ruff (this venv's) on ``paths``; its output. Raises ``GenerationError`` on failure."""
    proc = subprocess.run(
        [str(BIN / "ruff"), *args, *map(str, paths)], input=stdin, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        detail = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines() if line.strip())
        raise GenerationError(f"ruff {args[0]} on {what} failed (exit {proc.returncode}):\n{detail}")
    return proc.stdout


def format_packages(packages: Sequence[Path]) -> None:
    """openapi-python-client's post-hooks, run once over every package: imports sorted, code formatted."""
    if packages:
        ruff(RUFF_FIX, packages, "the generated packages")
        ruff(RUFF_FORMAT, packages, "the generated packages")


def _snippets(vendors: Sequence[Vendor], workdir: Path) -> dict[str, str]:
    """Each vendor's README snippet (building the request from its first example), formatted by ruff."""
    directory = workdir / "snippets"
    directory.mkdir(exist_ok=True)
    for vendor in vendors:
        source = f"body = CreateAssistantRequest.from_dict({vendor.first_example()!r})\n"
        (directory / f"{vendor.slug}.py").write_text(source, encoding="utf-8")
    ruff([*RUFF_FORMAT, "--line-length", "100"], [directory], "the README snippets")
    return {v.slug: (directory / f"{v.slug}.py").read_text(encoding="utf-8").strip() for v in vendors}


def render(template: str, **context: Any) -> str:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        autoescape=False,  # noqa: S701 - renders TOML and Markdown, not HTML
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    text: str = env.get_template(template).render(**context)
    return text


def package_files(vendor: Vendor, project: Path, snippet: str) -> None:
    """What openapi-python-client does not write: the project metadata, README, licence, the spec."""
    package_dir = project / vendor.package
    # The spec travels with the client: the wrapper validates request bodies against it.
    (package_dir / "openapi.json").write_text(
        json.dumps(vendor.spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (package_dir / "py.typed").write_text("", encoding="utf-8")  # present whatever the template does
    create = vendor.create()
    context = {
        "vendor": vendor,
        "auth": vendor.auth(),
        "base_url": vendor.base_url(),
        "path": create.path,
        "method": create.method,
        "body_code": snippet,
        "env_prefix": vendor.slug.upper(),
        "spec_rel": vendor.spec_rel,
    }
    (project / "pyproject.toml").write_text(render("pyproject.toml.jinja", **context), encoding="utf-8")
    (project / "README.md").write_text(render("README.md.jinja", **context), encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", project / "LICENSE")


def build_clients(vendors: Sequence[Vendor], workdir: Path) -> dict[str, Path | GenerationError]:
    """Generate every vendor's project under ``workdir/<slug>/work/<slug>``; slug -> the project
    directory, or why it could not be generated."""
    # openapi-python-client, imported here once (a third of a second, while the caller's thread
    # does other work): this thread runs a share of the jobs, and the typed clients module uses its
    # names after the build. Never two threads at once: its circular imports could deadlock them.
    import openapi_python_client.strings  # noqa: F401

    jobs: list[Job] = []
    results: dict[str, Path | GenerationError] = {}
    for vendor in vendors:
        work = workdir / vendor.slug / "work"
        work.mkdir(parents=True)
        try:
            jobs.append(prepare(vendor, work))
        except GenerationError as exc:
            results[vendor.slug] = exc
    keys = {job.slug: _key(job) for job in jobs}
    cached = [job for job in jobs if _reuse(job, keys[job.slug])]
    outcomes: dict[str, str | None] = {job.slug: None for job in cached}
    outcomes.update(run_jobs([job for job in jobs if job not in cached]))
    done = [job for job in jobs if outcomes[job.slug] is None]
    for job in jobs:
        failure = outcomes[job.slug]
        if failure is not None:
            results[job.slug] = GenerationError(failure)
    ok = [v for v in vendors if any(j.slug == v.slug for j in done)]
    try:
        for job in done:
            if job not in cached:
                _store(job, keys[job.slug])
        snippets = _snippets(ok, workdir)
    except GenerationError as exc:
        return {**results, **{v.slug: exc for v in ok}}
    for vendor in ok:
        project = workdir / vendor.slug / "work" / vendor.slug
        package_files(vendor, project, snippets[vendor.slug])
        results[vendor.slug] = project
    return {v.slug: results[v.slug] for v in vendors}


def cache_dir() -> Path | None:
    """The build cache's directory (``VOICEAGENTS_GENERATE_CACHE``), or ``None``: no cache."""
    where = os.environ.get("VOICEAGENTS_GENERATE_CACHE", "").strip()
    return Path(where) if where else None


def _key(job: Job) -> str | None:
    """The hash of everything one formatted package is made from (``None``: no cache)."""
    if cache_dir() is None:
        return None
    from importlib import metadata

    versions = [metadata.version(name) for name in ("openapi-python-client", "ruff")]
    parts = [json.dumps([job.config, versions, RUFF_FIX, RUFF_FORMAT], sort_keys=True).encode()]
    parts.append(Path(job.document).read_bytes())
    parts += [(ROOT / job.spec_rel).read_bytes(), Path(params.__file__).read_bytes()]  # params.py: from the spec
    templates = Path(job.templates)
    for path in sorted(p for p in templates.rglob("*") if p.is_file()):
        parts += [path.relative_to(templates).as_posix().encode(), path.read_bytes()]
    return digest(parts)


def cached_text(kind: str, key: str | None) -> str | None:
    """The build cache's ``kind`` entry for ``key`` (a score, a model...), or ``None``: none kept."""
    cache = cache_dir()
    if key is None or cache is None:
        return None
    try:
        return (cache / kind / key).read_text(encoding="utf-8")
    except OSError:
        return None


def keep_text(kind: str, key: str | None, text: str) -> None:
    """Keep ``text`` as the ``kind`` entry for ``key`` (atomically: a concurrent run reads all of it
    or nothing); nothing without a cache."""
    cache = cache_dir()
    if key is None or cache is None:
        return
    folder = cache / kind
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=folder, delete=False, encoding="utf-8") as out:
        out.write(text)
    os.replace(out.name, folder / key)


def digest(parts: Iterable[bytes]) -> str:
    """The sha256 of ``parts``, each prefixed by its length (so no two lists of parts collide): the
    build cache's keys."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(len(part).to_bytes(8, "big") + part)
    return hashed.hexdigest()


def _reuse(job: Job, key: str | None) -> bool:
    cache = cache_dir()
    entry = cache / key if cache is not None and key is not None else None
    if entry is None or not entry.is_dir():
        return False
    shutil.copytree(entry, job.package_dir, dirs_exist_ok=True)
    return True


def _store(job: Job, key: str | None) -> None:
    """Keep a formatted package for these inputs (atomically: a concurrent run sees all or none)."""
    cache = cache_dir()
    if cache is None or key is None or (cache / key).exists():
        return
    cache.mkdir(parents=True, exist_ok=True)
    temporary = cache / f".{key}.{os.getpid()}"
    shutil.copytree(job.package_dir, temporary, dirs_exist_ok=True)
    try:
        temporary.rename(cache / key)
    except OSError:  # another run stored it first
        shutil.rmtree(temporary, ignore_errors=True)


def build_client(vendor: Vendor, workdir: Path) -> Path:
    """One vendor's project (see ``build_clients``); raises ``GenerationError``."""
    result = build_clients([vendor], workdir)[vendor.slug]
    if isinstance(result, GenerationError):
        raise result
    return result


def read_tree(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (no caches), by POSIX path relative to it."""
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def tree_differences(expected: Mapping[str, bytes], actual_dir: Path) -> list[str]:
    """How ``actual_dir`` differs from the ``expected`` files: missing, different or stray files."""
    actual = read_tree(actual_dir) if actual_dir.is_dir() else {}
    problems = [f"{name} is missing" for name in sorted(set(expected) - set(actual))]
    problems += [
        f"{name} differs from a fresh generation"
        for name in sorted(expected)
        if name in actual and actual[name] != expected[name]
    ]
    problems += [f"{name} is not generated output (stray file)" for name in sorted(set(actual) - set(expected))]
    return problems


if __name__ == "__main__":
    raise SystemExit(_worker(sys.argv[1:]))
