"""What shape of answer a spec asks for, beyond the rows its filters select: the terms of a grant (vesting,
expiry, strike), a value that needs a market price, or the positions held through a named vehicle (a trust,
a partnership, a fund). Decided from the spec's ``ask`` and ``vehicle`` fields only (the words are read by the
understanding stages, ``spans.asks`` and ``vehicle_spans.vehicle``, for the rules and the LLM path alike); the spec's
filters are not changed here, only which answer is written from them.
"""

from __future__ import annotations

from bot.answers.spec import QuerySpec

ANY_INDIRECT = "indirect"  # the vehicle of "held indirectly": any indirect position
DIRECT = "direct"  # "his direct shares": the positions held in the insider's own name
_TERMS_AGGREGATIONS = ("list", "latest", "earliest", "holdings", "total", "count")  # "how many vest in year one"


def needs_market_price(spec: QuerySpec) -> bool:
    """A value only a market price gives ("net worth", "worth now", "what are his holdings worth")."""
    return spec.ask == "market_value" and spec.aggregation != "net"


def wants_terms(spec: QuerySpec) -> bool:
    """The terms of derivatives: of grants or positions, or how they vest ("how do his options vest" reads the
    vesting as code M rows too)."""
    return (spec.ask == "terms" and spec.aggregation in _TERMS_AGGREGATIONS
            and set(spec.also_transactions or ()) <= {"exercise", "grant"}  # "the rsus granted ... vest": the vest word
            and spec.transaction in (None, "grant", "any", "exercise"))


def vehicle_of(spec: QuerySpec) -> str | None:
    """The words naming the indirect holder, "" for any indirect holding, None when not asked."""
    if spec.vehicle is None:
        return None
    return "" if spec.vehicle.lower() == ANY_INDIRECT else spec.vehicle.lower()
