"""make demo: the main job end to end, on embedded defaults (local mock servers, no vendor account).

    python -m voiceagents_tools demo [--assistant examples/assistant.yaml] [--real] [--skip-build]

1. checks that the generated code is current (``check --skip-lint``: lint and type completeness are
   ``make check``'s) and builds the wheels (``wheels``);
2. loads the neutral assistant; where a vendor needs a value no neutral field gives (a reference to
   something made elsewhere at the vendor), takes it from that vendor's own documented request
   examples (its spec's requestBody examples) and says so (``documented``; mocks only); converts it
   to each vendor and shows the conversion report;
3. creates it on Prism serving each vendor's spec (Prism checks every request against the spec);
4. runs the assistant lifecycle on each vendor's stateful mock, every operation the vendor
   documents: create, get (read back as a neutral definition), update, list, clone, delete;
5. applies the definition to every vendor's stateful mock, then plans again: nothing to do.

With ``--real`` no mock is started: each vendor whose ``<SLUG>_API_KEY`` is set is called at its
real base URL (or ``<SLUG>_BASE_URL``), and the others are skipped. That creates real assistants.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml
from voiceagents import deploy as deploys
from voiceagents import load_assistant as voiceagents_load
from voiceagents import spec as vspec
from voiceagents import testing

from . import ROOT, documented, prism

SLUGS = tuple(vspec.SLUGS)  # the registry is the one list of vendors
DEMO_KEY = "demo-key-not-a-secret"


def say(message: str) -> None:
    print(message, flush=True)


@contextlib.contextmanager
def progress(what: str) -> Iterator[None]:
    say(f"==> {what} ...")
    t0 = time.perf_counter()
    yield
    say(f"    done in {time.perf_counter() - t0:.1f}s")


def run_step(what: str, cmd: Sequence[str]) -> None:
    with progress(what):
        proc = subprocess.run(list(cmd), cwd=ROOT, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout + proc.stderr)
            raise SystemExit(f"demo: {what} failed (exit {proc.returncode})")


def load_assistant(path: Path) -> Any:
    import voiceagents

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return voiceagents.Assistant.model_validate(data)


def complete(assistant: Any) -> Any:
    """``assistant`` with what each vendor needs and no neutral field gives, from the vendor's own
    documented request examples (for the mocks only), each value said."""
    import voiceagents

    data, supplied = documented.supply(assistant.model_dump(mode="json", exclude_unset=True), SLUGS)
    say("==> completing what a vendor needs that no neutral field gives, from its spec's documented request examples")
    for item in supplied:
        say(f"    {item}")
    if not supplied:
        say("    nothing to complete: every vendor takes the definition as it is")
    return voiceagents.Assistant.model_validate(data)


def convert_all(assistant: Any) -> dict[str, Any]:
    import voiceagents

    reports = {}
    for slug in SLUGS:
        try:
            _, report = voiceagents.to_vendor(assistant, slug, allow_drop=True)
        except voiceagents.ConversionError as exc:
            report = exc.report
        reports[slug] = report
        say(f"\n--- {slug}: {report.summary()}")
        for entry in report:
            if entry.outcome in ("transformed", "dropped", "needs_input", "rejected", "passed_through"):
                say(f"    {entry}")
    return reports


def create_all(assistant: Any, urls: dict[str, str] | None) -> list[dict[str, Any]]:
    import os

    import voiceagents

    rows: list[dict[str, Any]] = []
    for slug in SLUGS:
        vendor_env = f"{slug.upper()}_API_KEY"
        if urls is None and not os.environ.get(vendor_env):
            rows.append({"vendor": slug, "status": "skipped", "id": f"(no {vendor_env})", "report": None})
            continue
        base_url = urls[slug] if urls is not None else None
        api_key = DEMO_KEY if urls is not None else None
        try:
            with voiceagents.client(slug, api_key=api_key, base_url=base_url) as client:
                result = client.create_assistant(assistant, allow_drop=True)
        except voiceagents.VoiceagentsError as exc:
            rows.append({"vendor": slug, "status": "error", "id": str(exc).splitlines()[0], "report": None})
            continue
        shown_id = result.id if result.id is not None else "(none: the vendor documents no response body)"
        rows.append({"vendor": slug, "status": result.status_code, "id": shown_id, "report": result.conversion})
    return rows


LIFECYCLE = ("create", "get", "update", "list", "clone", "delete")


def lifecycle(assistant: Any, slug: str, url: str) -> dict[str, str]:
    """Every documented operation once, on a stateful mock; the outcome of each."""
    import voiceagents

    documented = {op for op, name in dict(vspec.OPERATION_IDS).items() if name in vspec.vendor(slug).operations}
    done: dict[str, str] = {}
    with voiceagents.client(slug, api_key=DEMO_KEY, base_url=url) as api:
        created = api.create_assistant(assistant, allow_drop=True)
        done["create"] = f"{created.status_code} id={created.id}"
        if created.id is None:  # the vendor's create answer documents no id: nothing to address
            return {**done, **{op: "(no id)" for op in documented if op not in ("create", "list")}}
        if "get" in documented:
            definition, _ = api.get_assistant(created.id).to_assistant()
            done["get"] = f"read back: {definition.name}"
        if "update" in documented:
            done["update"] = str(api.update_assistant(created.id, assistant, allow_drop=True).status_code)
        if "list" in documented:
            done["list"] = f"{len(list(api.list_assistants()))} assistant(s)"
        if "clone" in documented:
            done["clone"] = f"id={api.clone_assistant(created.id).id}"
        if "delete" in documented:
            done["delete"] = str(api.delete_assistant(created.id).status_code)
    return done


def lifecycle_table(results: dict[str, dict[str, str]]) -> str:
    header = ("vendor", *LIFECYCLE)
    body = [(slug, *(done.get(op, "-") for op in LIFECYCLE)) for slug, done in results.items()]
    return _grid(header, body)


def _grid(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    line = "-+-".join("-" * w for w in widths)
    fmt = " | ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*header), line, *(fmt.format(*r) for r in body)])


def table(rows: list[dict[str, Any]]) -> str:
    header = ("vendor", "HTTP status", "created id", "mapped", "transformed", "dropped")
    body = []
    for row in rows:
        report = row["report"]
        counts = (
            (str(len(report.mapped)), str(len(report.transformed)), str(len(report.dropped)))
            if report is not None
            else ("-", "-", "-")
        )
        body.append((row["vendor"], str(row["status"]), str(row["id"]), *counts))
    return _grid(header, body)


def converge(definition: Path, *, vendors: Sequence[str], assistant: Any = None) -> dict[str, dict[str, Any]]:
    """Apply ``definition`` (drops allowed; ``assistant``, when given, is the definition as completed) to
    every vendor's stateful mock, then plan it again: the plans by vendor (each ``{"action": "none",
    ...}`` when nothing is left to do)."""
    import asyncio
    import tempfile

    assistant = assistant if assistant is not None else voiceagents_load(definition)
    with contextlib.ExitStack() as stack:
        mocks = {slug: stack.enter_context(testing.serve(slug)) for slug in vendors}
        connect = deploys.connector({s: m.url for s, m in mocks.items()}, api_keys=dict.fromkeys(vendors, "demo-key"))
        state = Path(stack.enter_context(tempfile.TemporaryDirectory())) / deploys.DEFAULT_STATE
        common: dict[str, Any] = {"file": str(definition), "state_path": state, "connect": connect, "allow_drop": True}
        asyncio.run(deploys.apply_definition(assistant, vendors, **common))
        plans = asyncio.run(deploys.plan_definition(assistant, vendors, **common))
    return {slug: plan.to_dict() for slug, plan in plans.items()}


def deploy(path: Path, assistant: Any = None) -> bool:
    """Apply the definition to every vendor's stateful mock, then plan again: nothing to do."""
    with progress("applying it to every vendor's stateful mock (voiceagents apply), then planning again"):
        plans = converge(path, vendors=SLUGS, assistant=assistant)
    for slug, plan in plans.items():
        say(f"    plan {slug:<13} {plan['action']}")
    converged = all(plan["action"] == "none" for plan in plans.values())
    say("    nothing to do: every vendor matches the definition" if converged else "    NOT converged")
    return converged


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools demo", description="The main job end to end on local mock servers."
    )
    parser.add_argument("--assistant", type=Path, default=ROOT / "examples" / "assistant.yaml")
    parser.add_argument("--real", action="store_true", help="call the real vendors whose <SLUG>_API_KEY is set")
    parser.add_argument("--skip-build", action="store_true", help="skip the check and the wheel build")
    args = parser.parse_args(argv)

    if not args.skip_build:
        tools = [sys.executable, "-m", "voiceagents_tools"]
        run_step("checking that the generated code is current (check --skip-lint)", [*tools, "check", "--skip-lint"])
        run_step("building every wheel into dist/ (make wheels)", [*tools, "wheels"])
    with progress(
        f"loading {args.assistant.relative_to(ROOT) if args.assistant.is_relative_to(ROOT) else args.assistant}"
    ):
        assistant = load_assistant(args.assistant)
    if not args.real:  # a documented example's reference means nothing at the real vendor
        assistant = complete(assistant)
    say("==> converting it to each vendor (allow_drop: the report lists every drop)")
    convert_all(assistant)
    if args.real:
        say("\n==> creating it on the REAL vendors whose <SLUG>_API_KEY is set")
        rows = create_all(assistant, None)
        say("\n" + table(rows))
        return 1 if any(r["status"] == "error" for r in rows) else 0
    with contextlib.ExitStack() as stack:
        with progress(f"starting Prism for the {len(SLUGS)} vendor specs on 127.0.0.1"):
            servers = stack.enter_context(prism.serve([ROOT / "openapi" / f"{slug}.yaml" for slug in SLUGS]))
        say("    " + ", ".join(f"{slug} {server.url}" for slug, server in servers.items()))
        with progress("creating it on Prism for each vendor through the voiceagents clients"):
            rows = create_all(assistant, {slug: server.url for slug, server in servers.items()})
    say("\n" + table(rows))
    results = run_lifecycles(assistant)
    say("\n" + lifecycle_table(results))
    converged = deploy(args.assistant, assistant)
    return 1 if any(r["status"] == "error" for r in rows) or not converged else 0


def run_lifecycles(assistant: Any) -> dict[str, dict[str, str]]:
    results = {}
    with progress("the lifecycle on each vendor's stateful mock (every operation it documents)"):
        for slug in SLUGS:
            with testing.serve(slug, key=DEMO_KEY) as mock:
                results[slug] = lifecycle(assistant, slug, mock.url)
    return results


if __name__ == "__main__":
    raise SystemExit(main())
