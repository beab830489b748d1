"""The digest in Block Kit: a plain ``Digest`` (built here by hand, no database) in, blocks out. The words
come from the digest (``Item.phrase``, ``cluster_phrase``); these cases pin the layout, the escaping and
the links."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.digest.compose import CLUSTER_HEADING, Cluster, CompanyGroup, Digest, Item, cluster_phrase
from bot.slack.blocks import escape
from bot.slack.digest_blocks import digest_blocks, digest_messages
from storage.watchlists import ChannelFilters

NY = ZoneInfo("America/New_York")
URL = "https://www.sec.gov/Archives/edgar/data/1/p/p-index.htm"
TITLE = "Insider digest · Mon, Mar 11, 2024"
WINDOW = "Filings accepted by EDGAR from Fri, Mar 8, 2024, 8:00 AM EST to Mon, Mar 11, 2024, 8:00 AM EDT"
QUIET = ("Insider digest · Mon, Mar 11, 2024: nothing new from the 2 names watched here since "
         "Fri, Mar 8, 2024, 8:00 AM EST.")


def item(*, issuer: str = "Acme Corp (ACME)", url: str | None = URL, document_type: str = "4", **kw) -> Item:
    fields = dict(category="buy", filing_id="p", issuer_cik="1", issuer=issuer, who="Jane Doe (CEO)", plural=False,
                  roles=frozenset({"officer"}), code="P", acquired=True, security_title="Common Stock",
                  security_kind="common", is_derivative=False, shares=10_000, value=10_500.0, price_low=1.05,
                  price_high=1.05, first_date="2024-03-07", last_date="2024-03-07", url=url,
                  document_type=document_type, amendment=document_type.endswith("/A"))
    return Item(**{**fields, **kw})


def digest(companies: list[Item] = (), **kw) -> Digest:
    groups = [CompanyGroup(i.issuer_cik, i.issuer, [i]) for i in companies]
    return Digest("C1", dt.date(2024, 3, 11), dt.datetime(2024, 3, 8, 8, tzinfo=NY),
                  dt.datetime(2024, 3, 11, 8, tzinfo=NY), NY, ["Acme Corp (ACME)", "Jane Doe"],
                  kw.pop("filters", ChannelFilters()), groups, **kw)


def shape(block: dict) -> tuple[str, str]:
    """A block as (type, its text): a context's elements joined by ' | ', a divider's text empty."""
    if block["type"] == "context":
        return "context", " | ".join(e["text"] for e in block["elements"])
    return block["type"], block.get("text", {}).get("text", "")


BUY = item(plan_10b5_1=True)
AMENDED = item(issuer="AT&T <Holdings>", issuer_cik="2", url=None, document_type="4/A", filing_id="a")
CLUSTER = Cluster("3", "Other Widgets Inc (OWID)", ["Buyer 1", "Buyer 2", "Buyer 3"], "2024-03-01", "2024-03-08",
                  60_000.0, [("Buyer 3", "https://www.sec.gov/x-index.htm"), ("Buyer 2", "file:local.xml")])

CASES = [
    ("a quiet day is one line", digest(), [("section", QUIET)]),
    ("a company's items under its name, flags in italics, a link to the filing", digest([BUY]), [
        ("header", TITLE),
        ("context", f"{WINDOW} | Watching: Acme Corp (ACME), Jane Doe"),
        ("section", f"*Acme Corp (ACME)*\n• {escape(BUY.phrase())} · _10b5-1 plan_ · <{URL}|Form 4>"),
    ]),
    ("names are escaped; no web address, no link", digest([AMENDED]), [
        ("header", TITLE),
        ("context", f"{WINDOW} | Watching: Acme Corp (ACME), Jane Doe"),
        ("section", f"*AT&amp;T &lt;Holdings&gt;*\n• {escape(AMENDED.phrase())} · _amendment (4/A)_ · Form 4/A"),
    ]),
    ("the filters are said beside the watchlist",
     digest([BUY], filters=ChannelFilters(open_market_only=True)), [
        ("header", TITLE),
        ("context", f"{WINDOW} | Watching: Acme Corp (ACME), Jane Doe · Filters: open-market purchases and "
                    "sales only"),
        ("section", f"*Acme Corp (ACME)*\n• {escape(BUY.phrase())} · _10b5-1 plan_ · <{URL}|Form 4>"),
    ]),
    ("across the market follows a quiet day, with the company in each line",
     digest(market_sales=[item(category="sell", code="S")]), [
        ("section", QUIET),
        ("divider", ""),
        ("section", "*Across the market*"),
        ("section", f"*Largest open-market sales*\n• Acme Corp (ACME): "
                    f"{escape(item(category='sell', code='S').phrase())} · <{URL}|Form 4>"),
    ]),
    ("cluster buys link only their web filings", digest(clusters=[CLUSTER]), [
        ("section", QUIET),
        ("divider", ""),
        ("section", "*Across the market*"),
        ("section", f"*{CLUSTER_HEADING}*\n• {escape(cluster_phrase(CLUSTER))} · "
                    "<https://www.sec.gov/x-index.htm|Form 4 (Buyer 3)>"),
    ]),
]


@pytest.mark.parametrize(("plain", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_digest_blocks(plain: Digest, expected: list[tuple[str, str]]) -> None:
    assert [shape(b) for b in digest_blocks(plain)] == expected


def test_the_messages_fallback_text_is_the_summary() -> None:
    [quiet] = digest_messages(digest())
    assert quiet["text"] == QUIET
    [one] = digest_messages(digest([BUY]))
    assert one["text"] == ("Insider digest · Mon, Mar 11, 2024: 1 new filing at 1 company on this channel's "
                           "watchlist")
    assert [shape(b) for b in one["blocks"]] == [shape(b) for b in digest_blocks(digest([BUY]))]
