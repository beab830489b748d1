"""The pure composer: order within a company, filters, cluster buys, the text and the Slack messages
(within Slack's limits, checked by the stand-in's own validator)."""

from __future__ import annotations

import datetime as dt

from digestkit import NY, ny
from slack_standin import MAX_MESSAGE_TEXT_CHARS, limit_violations

from bot.digest.compose import (
    CompanyGroup,
    Digest,
    Item,
    apply_filters,
    digest_text,
    find_clusters,
    group_by_company,
)
from bot.digest.reads import Purchase
from bot.slack.digest_blocks import digest_messages
from storage.watchlists import ChannelFilters


def item(category: str, *, issuer: str = "Acme Corp (ACME)", cik: str = "1", value: float | None = None,
         shares: float = 100, filing: str = "f1", code: str | None = None, roles=("officer",), **kw) -> Item:
    codes = {"buy": "P", "sell": "S", "grant": "A", "exercise": "M", "tax": "F", "gift": "G", "other": "J"}
    return Item(category=category, filing_id=filing, issuer_cik=cik, issuer=issuer, who="Jane Doe (CEO)",
                plural=False, roles=frozenset(roles), code=code or codes.get(category), acquired=category != "sell",
                security_title="Common Stock", security_kind="common", is_derivative=False, shares=shares,
                value=value, price_low=(value / shares) if value else None, price_high=(value / shares) if value else None,
                first_date="2024-03-07", last_date="2024-03-07",
                url=f"https://www.sec.gov/Archives/edgar/data/1/{filing}/{filing}-index.htm", **kw)


def digest(companies: list[CompanyGroup], **kw) -> Digest:
    return Digest("C1", dt.date(2024, 3, 11), ny(2024, 3, 8, 8), ny(2024, 3, 11, 8), NY,
                  ["Acme Corp (ACME)", "Jane Doe"], kw.pop("filters", ChannelFilters()), companies, **kw)


def test_order_within_a_company_and_between_companies() -> None:
    items = [
        item("gift", filing="g"), item("tax", filing="t"), item("exercise", filing="e"), item("grant", filing="a"),
        item("sell", value=5_000, filing="s1"), item("buy", value=1_000, filing="p1"),
        item("sell", value=90_000, filing="s2"), item("buy", value=20_000, filing="p2"), item("other", filing="j"),
        item("buy", value=1_000_000, filing="x", issuer="Bolt Industries Inc (BOLT)", cik="2"),
        item("grant", filing="y", issuer="Able Co", cik="3"),
    ]
    groups = group_by_company(items)
    assert [g.issuer for g in groups] == ["Bolt Industries Inc (BOLT)", "Acme Corp (ACME)", "Able Co"]
    assert [i.filing_id for i in groups[1].items] == ["p2", "p1", "s2", "s1", "a", "e", "t", "g", "j"]


def test_filters() -> None:
    items = [item("buy", value=50_000, filing="p"), item("sell", value=5_000, filing="s", roles=("ten_percent_owner",)),
             item("grant", filing="a"), item("buy", value=200_000, filing="q", roles=("director",))]
    assert [i.filing_id for i in apply_filters(items, ChannelFilters(open_market_only=True))] == ["p", "s", "q"]
    assert [i.filing_id for i in apply_filters(items, ChannelFilters(min_value=50_000))] == ["p", "q"]
    assert [i.filing_id for i in apply_filters(items, ChannelFilters(officers_directors_only=True))] == ["p", "a", "q"]
    assert apply_filters(items, ChannelFilters()) == items


def purchase(issuer: str, buyer: str, day: str, filing: str, value: float = 10_000.0) -> Purchase:
    return Purchase(issuer, f"Company {issuer}", issuer, filing, buyer, f"Buyer {buyer}", day, 100, value,
                    f"https://www.sec.gov/Archives/edgar/data/{issuer}/{filing}/{filing}-index.htm")


def test_cluster_buys_need_three_insiders_within_ten_days_and_something_new() -> None:
    purchases = [
        # A: three buyers within 10 days (Mar 1 - Mar 11), the last one new.
        purchase("A", "1", "2024-03-01", "a1"), purchase("A", "2", "2024-03-05", "a2"),
        purchase("A", "2", "2024-03-06", "a3"), purchase("A", "3", "2024-03-11", "a4"),
        # B: three buyers but spread over 11 days.
        purchase("B", "1", "2024-03-01", "b1"), purchase("B", "2", "2024-03-06", "b2"),
        purchase("B", "3", "2024-03-12", "b3"),
        # C: three buyers within 10 days, none of them new.
        purchase("C", "1", "2024-03-01", "c1"), purchase("C", "2", "2024-03-02", "c2"),
        purchase("C", "3", "2024-03-03", "c3"),
        # D: four buyers, two new.
        *(purchase("D", str(n), f"2024-03-0{n}", f"d{n}", 1000.0 * n) for n in range(1, 5)),
    ]
    clusters = find_clusters(purchases, {"a4", "b3", "d3", "d4"})
    assert [(c.issuer_cik, len(c.buyers)) for c in clusters] == [("D", 4), ("A", 3)]
    a = clusters[1]
    assert (a.first_date, a.last_date, a.value) == ("2024-03-01", "2024-03-11", 40_000.0)
    assert [label for label, _ in a.links] == ["Buyer 3"]
    assert [label for label, _ in clusters[0].links] == ["Buyer 3", "Buyer 4"]


def test_text_flags_and_links() -> None:
    buy = item("buy", value=10_500.0, shares=10_000, filing="p", plan_10b5_1=True, late=True)
    text = digest_text(digest(group_by_company([buy])))
    assert text.splitlines()[0] == "Insider digest · Mon, Mar 11, 2024"
    assert "from Fri, Mar 8, 2024, 8:00 AM EST to Mon, Mar 11, 2024, 8:00 AM EDT" in text
    assert ("Jane Doe (CEO) bought 10,000 shares of Common Stock at $1.05 for $10,500.00 on Mar 7, 2024 · "
            "10b5-1 plan · filed late · Form 4: https://www.sec.gov/Archives/edgar/data/1/p/p-index.htm") in text
    blocks_text = str(digest_messages(digest(group_by_company([buy])))[0]["blocks"])
    assert "<https://www.sec.gov/Archives/edgar/data/1/p/p-index.htm|Form 4>" in blocks_text
    assert "_10b5-1 plan_" in blocks_text and "_filed late_" in blocks_text


def test_a_quiet_day_is_one_line() -> None:
    quiet = digest([])
    assert digest_text(quiet) == ("Insider digest · Mon, Mar 11, 2024: nothing new from the 2 names watched here "
                                  "since Fri, Mar 8, 2024, 8:00 AM EST.")
    messages = digest_messages(quiet)
    assert len(messages) == 1 and len(messages[0]["blocks"]) == 1
    assert messages[0]["text"] == digest_text(quiet)


def test_a_huge_day_is_cut_into_messages_within_the_limits() -> None:
    items = []
    for company in range(120):
        for n in range(12):
            items.append(item("sell" if n % 2 else "buy", value=1000.0 * (n + 1), filing=f"c{company}f{n}",
                              issuer=f"Company number {company} with a long name Inc (C{company})", cik=str(company),
                              plan_10b5_1=n % 3 == 0))
    big = digest(group_by_company(items))
    messages = digest_messages(big)
    assert len(messages) > 3
    for message in messages:
        assert limit_violations(message["blocks"]) == []
        assert len(message["blocks"]) <= 50
        assert message["text"]
        sections = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
        assert all(len(s) <= 3000 for s in sections)
        assert sum(len(s) for s in sections) <= MAX_MESSAGE_TEXT_CHARS
    posted = "\n".join(b["text"]["text"] for m in messages for b in m["blocks"] if b["type"] == "section")
    assert all(f"/c{c}f{n}/" in posted for c in range(120) for n in range(12))  # nothing lost
    assert messages[1]["blocks"][-1]["elements"][0]["text"] == f"Part 2 of {len(messages)}"
