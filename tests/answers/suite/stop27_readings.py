"""Readings added in stop 27: a part of a month or year ("late nov 21", "early march 2024", "mid-2021": days 1-10,
11-20 and 21 to the end; January-April, May-August, September-December) and a month named from today ("this
june", "last march"); a name that files nothing but signed filings ("who is jennifer gill in these filings"),
answered from the signature blocks after saying that no reports of theirs are stored."""

from __future__ import annotations

from suite import family, table
from suite.stop25_readings import NOT_A_NAME

CASES = table(
    family("a-late-part-of-a-month", [
        "musk gifts in late nov 21?",
        "Did Elon Musk give away any Tesla shares in late November 2021?",
    ], ["Nov 29, 2021", "250,000", "late November 2021"], ["Nov 19, 2021"]),
    family("an-early-part-of-a-month", [
        "what did musk sell in early nov 2021",
    ], ["early November 2021", "Nov 8, 2021"], ["Nov 12, 2021"]),
    family("a-month-of-this-year", [
        "what did the mvis gc get this june",
        "microvision lawyer stock this june?",
    ], ["Jun 8, 2026", "Drew G. Markham"], ["June 2025", *NOT_A_NAME]),
    family("a-name-found-only-in-signatures", [
        "who is jennifer gill in these filings",
        "what did jennifer gill do",
    ], ["No ownership reports by Jennifer Gill are stored", "By Power of Attorney", "Richard L. McGuirk"]),
    family("a-name-in-no-signature-is-still-not-stored", [
        "who is jane roe in these filings",
    ], ["No filings by Jane Roe are stored"], ["carries a signature"]),
)
