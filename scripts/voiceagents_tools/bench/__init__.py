"""make bench: what our layer costs and how it grows, measured in one run and printed as one table.

    python -m voiceagents_tools bench [--quick] [--json OUT] [--readme] [--only SECTION ...]

``--json OUT`` writes the figures (default ``bench.json``), ``--readme`` puts the table into README.md
(between the bench markers), ``--quick`` is the smoke test's short run (few rounds and small loads; the
generation section measures its baseline only, the fleet section its smallest size, and import times
come from the dev venv, not wheels).

Modules, one job each: ``report`` (what a figure is, the run's report, the tables and the README
block), ``common`` (the constants, the example assistant, the mocks in processes of their own), and
one per section, in the order of the table: ``calls`` (per call, against raw httpx and the official
SDKs), ``generation``, ``fleet`` (plan and apply of 10, 100 and 1000 definitions against the mocks),
``throughput`` (async creates per second) and ``imports``. Each section declares its figures
(``specs``: name, words, unit, baseline, goal) and measures them (``run``).

Method: every figure is the median of repeated measurements taken in this run, and is printed
with the baseline it is divided by, measured in the same run under the same conditions (per-call
costs in interleaved rounds, so that machine noise hits every variant alike). Goals are printed next
to the figures (met / NOT MET), never enforced: nothing here is asserted and timings never gate
tests. Each per-call goal that is not met is profiled (cProfile) and its top costs are printed under
the table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from .. import ROOT
from . import calls, fleet, generation, imports, throughput
from .report import Report, Section, Spec, machine, machine_line, readme_block, tables

__all__ = ["METHOD", "SECTIONS", "Report", "catalogue", "machine", "main", "new_report", "readme_block"]

SECTIONS: tuple[Section, ...] = (calls, generation, fleet, throughput, imports)
"""Every section, in the order of the table."""
METHOD = (__doc__ or "").split("Method:", 1)[1].strip().replace("\n", " ")


def catalogue() -> dict[str, Spec]:
    """Every figure ``make bench`` reports, by name, in the order of the table."""
    return {name: spec for section in SECTIONS for name, spec in section.specs().items()}


def new_report(quick: bool) -> Report:
    """An empty report of every section."""
    return Report(quick, SECTIONS, METHOD)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m voiceagents_tools bench", description="The performance figures of voiceagents."
    )
    parser.add_argument("--quick", action="store_true", help="few rounds, small loads, no wheel venv")
    parser.add_argument("--json", type=Path, default=ROOT / "bench.json", help="where to write the figures")
    parser.add_argument("--readme", action="store_true", help="put the table into README.md")
    names = [s.NAME for s in SECTIONS]
    parser.add_argument("--only", action="append", choices=names, help="only this section (repeatable)")
    args = parser.parse_args(argv)
    started, report, m = time.perf_counter(), new_report(args.quick), machine()
    print(f"voiceagents bench{' --quick' if args.quick else ''}: {machine_line(m)}", file=sys.stderr)
    for section in SECTIONS:
        if not args.only or section.NAME in args.only:
            t0 = time.perf_counter()
            section.run(report)
            print(f"  {section.TITLE.lower()}: {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    print(f"\nMachine: {machine_line(m)}\nMethod: {METHOD}\n\n{tables(report)}")
    for name, lines in report.profiles.items():
        print(f"\nProfile of {name} ({report.figures[name].label}: NOT MET, goal {report.figures[name].goal}):")
        print("\n".join(lines))
    print(f"\nbench took {total:.0f} s; figures written to {args.json}")
    figures = [asdict(f) for f in report.ordered()]
    data = {"machine": m, "method": METHOD, "quick": args.quick, "sections": report.methods,
            "figures": figures, "profiles": report.profiles, "total_s": total}  # fmt: skip
    args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        readme = ROOT / "README.md"
        readme.write_text(readme_block(readme.read_text(encoding="utf-8"), report, m), encoding="utf-8")
        print("README.md updated with these figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
