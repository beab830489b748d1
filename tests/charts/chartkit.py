"""Helpers of the chart tests: the date relative periods are read against, a chart of many made-up points,
and a PNG's size read from its header."""

from __future__ import annotations

import datetime as dt
import struct

from bot.charts.data import ChartData, Point, arrange

TODAY = dt.date(2026, 11, 29)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from the IHDR chunk, after checking the PNG signature."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def many_points(count: int, *, insiders: int = 12, start: dt.date = dt.date(2022, 1, 3)) -> ChartData:
    """A company chart of ``count`` made-up transactions over about two years (buys, sales and grants)."""
    points = []
    for i in range(count):
        category = ("sell", "buy", "sell", "grant")[i % 4]
        shares = float(100 + (i * 7919) % 250_000)
        price = 10.0 + (i % 90)
        group = f"Insider {i % insiders}"
        points.append(Point(
            date=(start + dt.timedelta(days=(i * 3) % 700)).isoformat(), category=category,
            code={"buy": "P", "sell": "S", "grant": "A"}[category], code_word=category, insider=group,
            insider_cik=f"{i % insiders:010d}", issuer_cik="0000000001", ticker="MADE", security_title="Common Stock",
            is_derivative=False, acquired_disposed="D" if category == "sell" else "A", shares=shares,
            price_per_share=price, value=shares * price if category != "grant" else None,
            holding_after=1_000_000.0 + i, direct_indirect="D", nature_of_ownership=None, filing_id=f"f{i}", accession_number=None,
            filed_at=None, url=None, entry_id=f"e{i}", group=group))
    points.sort(key=lambda p: p.date)
    data = ChartData(title="Insider trades at Made Up Inc. (MADE)", subject="Made Up Inc. (MADE)",
                     points=points, total_matches=count)
    arrange(data)
    return data
