"""What a conversion did with every field: the ``ConversionReport``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

__all__ = ["ConversionReport", "Outcome", "ReportEntry"]

Outcome = Literal[
    "mapped",
    "transformed",
    "dropped",
    "rejected",
    "needs_input",
    "overridden",
    "passed_through",
    "ignored",
    "kept",
    "skipped",
]
"""What happened to one field.

To a vendor (one outcome per neutral field the assistant sets):

* ``mapped``: sent unchanged to the vendor field;
* ``transformed``: sent after a unit, enum or shape translation (``detail`` says how);
* ``dropped``: not sent, because the vendor has no home for it (``detail`` says why and, where
  possible, how to keep it); allowed with ``allow_drop``;
* ``rejected``: the vendor has a home for it but its rule refuses the value (``detail``: the rule);
  always an error;
* ``overridden``: replaced by what ``vendor_extras.<slug>`` gives for the same vendor field;
* ``needs_input``: the vendor requires a field the neutral model cannot supply (``detail`` says how
  to supply it, always through ``vendor_extras``);
* ``passed_through``: a ``vendor_extras.<slug>`` field, merged into the body as given;
* ``ignored``: a ``vendor_extras`` field of another vendor (not part of this conversion).

From a vendor (one outcome per vendor field): ``mapped``, ``transformed``, ``kept`` in
``vendor_extras.<slug>`` because the neutral model has no home for it, or (reading an answer back)
``skipped``: set by the vendor (an id, a timestamp) or ``null`` for "not set", not part of a definition.
"""

_LABELS: dict[str, str] = {
    "mapped": "mapped",
    "transformed": "transformed",
    "dropped": "DROPPED",
    "rejected": "REJECTED",
    "needs_input": "NEEDS INPUT",
    "overridden": "overridden",
    "skipped": "skipped",
    "passed_through": "passed through",
    "ignored": "ignored",
    "kept": "kept",
}


class ReportEntry(NamedTuple):
    """The outcome for one field."""

    outcome: Outcome
    neutral: str | None
    """Neutral field path (``voice.speed``, ``vendor_extras.revox.calendly``), if one is involved."""
    vendor: str | None
    """Vendor field path (``voice.speed``, ``post_call_schema[0].type``), if one is involved."""
    detail: str = ""
    """How it was transformed, why it was dropped, or how to supply a missing input."""
    reversible: bool = True
    """For ``transformed``: whether converting back gives the same neutral value."""

    @property
    def field(self) -> str:
        """The field this entry is about, as the user knows it (neutral path first)."""
        return self.neutral or self.vendor or ""

    def __str__(self) -> str:
        left = self.neutral or ""
        right = self.vendor or ""
        if self.outcome in ("dropped", "ignored", "overridden"):
            where = left
        elif self.outcome == "needs_input":
            where = f"{right} (for {left})" if left else right
        elif left and right:
            where = f"{left} -> {right}"
        else:
            where = left or right
        text = f"{_LABELS[self.outcome]:<14} {where}"
        return f"{text}: {self.detail}" if self.detail else text


@dataclass
class ConversionReport:
    """Every field of one conversion and what happened to it."""

    vendor: str
    """The vendor slug converted to or from."""
    direction: Literal["to_vendor", "from_vendor"]
    entries: list[ReportEntry] = field(default_factory=list)

    def __iter__(self) -> Iterator[ReportEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def _of(self, outcome: Outcome) -> list[ReportEntry]:
        return [e for e in self.entries if e.outcome == outcome]

    @property
    def mapped(self) -> list[ReportEntry]:
        return self._of("mapped")

    @property
    def transformed(self) -> list[ReportEntry]:
        return self._of("transformed")

    @property
    def dropped(self) -> list[ReportEntry]:
        return self._of("dropped")

    @property
    def rejected(self) -> list[ReportEntry]:
        return self._of("rejected")

    @property
    def overridden(self) -> list[ReportEntry]:
        return self._of("overridden")

    @property
    def skipped(self) -> list[ReportEntry]:
        return self._of("skipped")

    @property
    def needs_input(self) -> list[ReportEntry]:
        return self._of("needs_input")

    @property
    def passed_through(self) -> list[ReportEntry]:
        return self._of("passed_through")

    @property
    def ignored(self) -> list[ReportEntry]:
        return self._of("ignored")

    @property
    def kept(self) -> list[ReportEntry]:
        return self._of("kept")

    @property
    def lossless(self) -> bool:
        """True when nothing was dropped or rejected and no input is missing."""
        return not self.dropped and not self.needs_input and not self.rejected

    def outcome(self, field_path: str) -> ReportEntry | None:
        """The entry for a neutral field (to a vendor) or a vendor field (from a vendor)."""
        key = "neutral" if self.direction == "to_vendor" else "vendor"
        for entry in self.entries:
            if getattr(entry, key) == field_path:
                return entry
        return None

    @property
    def problems(self) -> list[str]:
        """One line per dropped field and per missing input, naming the field."""
        lines = []
        for entry in self.entries:
            if entry.outcome == "dropped":
                lines.append(f"{entry.neutral}: dropped: {entry.detail}")
            elif entry.outcome == "rejected":
                lines.append(f"{entry.neutral}: rejected: {entry.detail}")
            elif entry.outcome == "needs_input":
                about = f" (needed for {entry.neutral})" if entry.neutral else ""
                lines.append(f"{entry.vendor}: needs input{about}: {entry.detail}")
        return lines

    def summary(self) -> str:
        counts = dict.fromkeys(_LABELS, 0)
        for entry in self.entries:
            counts[entry.outcome] += 1
        parts = [f"{n} {o.replace('_', ' ')}" for o, n in counts.items() if n]
        where = f"to {self.vendor}" if self.direction == "to_vendor" else f"from {self.vendor}"
        return f"conversion {where}: " + (", ".join(parts) if parts else "nothing to convert")

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "direction": self.direction,
            "entries": [
                {"outcome": e.outcome, "neutral": e.neutral, "vendor": e.vendor, "detail": e.detail}
                for e in self.entries
            ],
        }

    def __str__(self) -> str:
        kinds = tuple(_LABELS)
        kinds = (
            "rejected",
            "needs_input",
            "dropped",
            *(k for k in kinds if k not in ("rejected", "needs_input", "dropped")),
        )
        order = {o: i for i, o in enumerate(kinds)}
        lines = [self.summary()]
        lines += [f"  {e}" for e in sorted(self.entries, key=lambda e: order[e.outcome])]
        return "\n".join(lines)
