"""The figures of a bench run: what each one is (``Spec``), what was measured (``Figure``), the run's
``Report`` (each figure divided by its baseline as it is added), and how they are shown (the tables,
the machine, the README block). Nothing here measures anything.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import platform
import pstats
import re
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "Figure",
    "Report",
    "Section",
    "Spec",
    "Specs",
    "fmt_value",
    "machine",
    "machine_line",
    "median",
    "profile_lines",
    "readme_block",
    "status",
    "tables",
]

BEGIN, END = "<!-- BEGIN bench figures -->", "<!-- END bench figures -->"


@dataclass(frozen=True)
class Spec:
    """What one figure is: its section, words, unit, the figure it is divided by, and its goal
    (``"<= 1.15"``, ``">= 0.9"``; words after the limit name it: ``"<= 0.3334 1/3 of revox"``)."""

    section: str
    label: str
    unit: str
    baseline: str
    goal: str | None = None
    note: str = ""


class Specs(dict[str, Spec]):
    """One section's figures by name, in the order of its table."""

    def __init__(self, section: str) -> None:
        super().__init__()
        self.section = section

    def add(
        self, name: str, label: str, unit: str, baseline: str | None = None, goal: str | None = None, note: str = ""
    ) -> None:
        """A figure; without ``baseline`` it is its own (a baseline row)."""
        self[name] = Spec(self.section, label, unit, baseline or name, goal, note)


class Section(Protocol):
    """A section of the bench: a module with its name (``--only`` and the figures' ``section``), the
    title of its table, its figures (``specs``) and ``run``, which measures them into a report."""

    NAME: str
    TITLE: str

    def specs(self) -> Specs: ...

    def run(self, report: Report) -> None: ...


@dataclass
class Figure:
    name: str
    section: str
    label: str
    unit: str
    value: float | None
    method: str
    baseline: str
    baseline_value: float | None
    ratio: float | None
    goal: str | None
    met: bool | None
    note: str = ""
    skipped: str | None = None


class Report:
    """The figures of this run, each divided by its baseline as it is added; ``sections`` give the
    catalogue (every figure, in the order of the tables) and the titles; ``method`` is the general
    method (the package's docstring), each section's own is in ``methods``."""

    def __init__(self, quick: bool, sections: Sequence[Section], method: str = "") -> None:
        self.quick, self.method = quick, method
        self.titles = {s.NAME: s.TITLE for s in sections}
        self.specs: dict[str, Spec] = {name: spec for s in sections for name, spec in s.specs().items()}
        self.figures: dict[str, Figure] = {}
        self.methods: dict[str, str] = {}
        self.profiles: dict[str, list[str]] = {}

    def add(self, name: str, value: float | None, *, skipped: str | None = None) -> None:
        spec = self.specs[name]
        base = value if spec.baseline == name else getattr(self.figures.get(spec.baseline), "value", None)
        ratio = value / base if value is not None and base else None
        goal, met = None, None
        if spec.goal is not None:
            op, limit, *words = spec.goal.split(" ", 2)
            goal = f"{op} {words[0] if words else f'{float(limit):g}x'}"
            if ratio is not None:
                met = ratio <= float(limit) if op == "<=" else ratio >= float(limit)
        method = self.methods.get(spec.section, "")
        self.figures[name] = Figure(
            name, spec.section, spec.label, spec.unit, value, method, spec.baseline, base, ratio, goal, met, spec.note,
            skipped,
        )  # fmt: skip

    def add_all(self, values: Mapping[str, float | None]) -> None:
        """Baselines first, so every ratio has its denominator."""
        for name in sorted(values, key=lambda n: self.specs[n].baseline != n):
            self.add(name, values[name])

    def skip(self, names: Sequence[str], why: str) -> None:
        for name in names:
            self.add(name, None, skipped=why)

    def ordered(self) -> list[Figure]:
        return [self.figures[name] for name in self.specs if name in self.figures]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def profile_lines(fn: Callable[[], object], repeat: int, top: int = 8) -> list[str]:
    """The largest self times of ``fn`` (cProfile), in microseconds per call (the bench's own
    modules left out)."""
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(repeat):
        fn()
    prof.disable()
    entries: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    here = str(Path(__file__).parent)
    own = sorted(((v[2] / repeat * 1e6, k) for k, v in entries.items() if not k[0].startswith(here)), reverse=True)
    where = [re.sub(r"^.*/(site-packages|wrappers|generated/[^/]+)/", "", f"{k[0]}:{k[1]}({k[2]})") for _, k in own]
    return [
        "cProfile, largest self time:",
        *(f"    {own[i][0]:9.1f} us  {where[i]}" for i in range(min(top, len(own)))),
    ]


# =========================================================================== how it is shown
def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    formats = {"us": f"{value:,.0f} us", "ms": f"{value:.0f} ms", "s": f"{value:.2f} s", "/s": f"{value:,.0f} /s"}
    return formats.get(unit, f"{value:,.1f} {unit}")


def status(figure: Figure) -> str:
    if figure.skipped is not None:
        return f"skipped ({figure.skipped})"
    if figure.baseline == figure.name:
        return "baseline"
    if figure.ratio is None:
        return "no baseline in this run"
    if figure.met is None:
        return figure.note
    return "met" if figure.met else "NOT MET"


def tables(report: Report) -> str:
    parts = []
    for section, title in report.titles.items():
        rows = [
            (f.name, f.label, fmt_value(f.value, f.unit), f"{f.ratio:.2f}x" if f.ratio is not None else "-",
             f.baseline, f.goal or "", status(f))
            for f in report.ordered() if f.section == section
        ]  # fmt: skip
        if not rows:
            continue
        head = ("figure", "what", "median", "ratio", "baseline", "goal", "")
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in [head, *rows]]
        lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
        parts.append(f"**{title}.** Method: {report.methods.get(section, '')}\n\n" + "\n".join(lines))
    return "\n\n".join(parts)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), cpu)  # fmt: skip
    try:
        memory = f"{int(Path('/proc/meminfo').read_text().split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        memory = "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "os": platform.platform(),
            "python": platform.python_version(), "date": time.strftime("%Y-%m-%d")}  # fmt: skip


def machine_line(m: Mapping[str, Any]) -> str:
    return f"{m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}, {m['os']} ({m['date']})"


def readme_block(text: str, report: Report, m: Mapping[str, Any]) -> str:
    """``text`` (README.md) with this run's table and machine between the bench markers."""
    block = f"{BEGIN}\nMeasured by `make bench` on {machine_line(m)}. {report.method}\n\n{tables(report)}\n{END}"
    start, stop = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + block + text[stop:]
