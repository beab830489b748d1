"""What a sync or backfill pass did: :class:`SyncReport`, and its one-screen summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

SHOWN = 20          # rejections and errors listed in the summary; the rest are in the database


def scope_words(scope: str) -> str:
    """A report's scope (``*`` or CIKs joined by commas) as its summary says it."""
    return "every issuer" if scope == "*" else f"issuers {scope}"


def stopped_line(command: str = "backfill") -> str:
    """The summary's last line for a pass that was stopped: what the next run of ``command`` does."""
    again = "next sync" if command == "sync" else "same backfill run again"
    return f"  stopped early: everything above is saved; the {again} does the rest"


class Problem(NamedTuple):
    """A filing rejected, or a step that failed: what (an accession, ``feed type=4``, ``index <day>``) and why."""

    what: str
    reason: str


@dataclass
class SyncReport:
    command: str = "sync"
    scope: str = "*"
    feed_pages: int = 0
    feed_queued: int = 0
    days_indexed: list[str] = field(default_factory=list)
    days_missing: list[str] = field(default_factory=list)
    days_waiting: list[str] = field(default_factory=list)
    index_queued: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    already_stored: int = 0
    rejected: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    stopped: bool = False

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.unchanged

    def count_stored(self, outcome: str) -> None:
        """Count one filing stored with ``store_filing``'s outcome: "new", "updated" or "unchanged"."""
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self) -> str:
        lines = [f"{self.command} ({scope_words(self.scope)}): {self.requests} requests to EDGAR in {self.seconds:.1f} s"]
        if self.command == "sync":
            lines.append(f"  feed: {self.feed_pages} page(s), {self.feed_queued} new filing(s) queued")
        lines.append(f"  days: {self._days()}")
        lines.append(
            f"  filings: {self.fetched} fetched, {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.already_stored} already stored, {len(self.rejected)} rejected, {len(self.errors)} error(s)"
        )
        lines += [f"  rejected {what}: {reason}" for what, reason in self.rejected[:SHOWN]]
        lines += [f"  error {what}: {reason}" for what, reason in self.errors[:SHOWN]]
        hidden = max(0, len(self.rejected) - SHOWN) + max(0, len(self.errors) - SHOWN)
        if hidden:
            lines.append(f"  ... and {hidden} more (see the rejections and sync_queue tables)")
        if self.stopped:
            lines.append(stopped_line(self.command))
        return "\n".join(lines)

    def _days(self) -> str:
        days = f"{len(self.days_indexed)} daily index(es) read, {self.index_queued} new filing(s) queued"
        if self.days_missing:
            days += f"; no index for {', '.join(self.days_missing)}"
        if self.days_waiting:
            days += f"; not yet available: {', '.join(self.days_waiting)}"
        return days
