"""The one error the ownership parser raises for a document it cannot read."""

from __future__ import annotations

UNNAMED_SOURCE = "<input>"


class OwnershipParseError(ValueError):
    """A document that is not a readable ownership filing. ``str()`` is ``"<source>: <reason>"``."""

    def __init__(self, source: str | None, reason: str) -> None:
        self.source = source if source is not None else UNNAMED_SOURCE
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")
