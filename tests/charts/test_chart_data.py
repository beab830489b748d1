"""The plotted data are the stored rows of the request: ``insiderbot chart --json`` compared with the database
for a company, an insider, a period and an empty period; words that name nothing get "did you mean"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from chartkit import TODAY
from click.testing import CliRunner

from bot.charts import ChartRequest, chart_data
from bot.cli import cli
from bot.config import Settings

TESLA = "0001318605"
MUSK = "0001494730"
NOT_SUPERSEDED = "e.filing_id NOT IN (SELECT amends_filing_id FROM filings WHERE amends_filing_id IS NOT NULL)"


def chart_json(db: Path, *words: str) -> dict:
    result = CliRunner().invoke(cli, ["chart", "--db", str(db), "--json", "--today", TODAY.isoformat(), *words],
                                obj={"settings": Settings(_env_file=None)})
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def stored_rows(db: Path, where: str, params: tuple) -> dict[str, sqlite3.Row]:
    """The transaction rows (no holding rows, no filing an amendment replaced) that match ``where``."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT e.*, f.accession_number FROM entries e JOIN filings f ON f.id = e.filing_id "
            f"WHERE e.is_holding = 0 AND {NOT_SUPERSEDED} AND {where}", params).fetchall()
    finally:
        conn.close()
    return {r["id"]: r for r in rows}


def assert_points_are_rows(points: list[dict], rows: dict[str, sqlite3.Row]) -> None:
    assert sorted(p["entry_id"] for p in points) == sorted(rows)
    for p in points:
        row = rows[p["entry_id"]]
        assert (p["date"], p["code"], p["shares"], p["holding_after"], p["filing_id"]) == (
            row["transaction_date"], row["transaction_code"], row["shares"], row["shares_owned_following"],
            row["filing_id"])
        assert p["price_per_share"] == row["price_per_share"]
        if row["transaction_code"] in ("P", "S") and row["price_per_share"]:
            assert p["value"] == pytest.approx(row["shares"] * row["price_per_share"])
            assert p["category"] == ("buy" if row["transaction_code"] == "P" else "sell")
        else:
            assert p["value"] is None
        if row["accession_number"]:
            assert row["accession_number"] in p["url"]
    assert [p["date"] for p in points] == sorted(p["date"] for p in points)


def test_a_companys_chart_plots_every_stored_transaction_of_the_company(corpus_db) -> None:
    data = chart_json(corpus_db, "TSLA")
    rows = stored_rows(corpus_db, "e.issuer_cik = ?", (TESLA,))
    assert len(rows) > 50
    assert_points_are_rows(data["points"], rows)
    assert data["mode"] == "company" and data["title"].startswith("Insider trades at Tesla")
    top = [g for g in data["groups"] if g["top"]]
    assert top[0]["name"] == "Elon Musk" and top[0]["sold"] == pytest.approx(
        sum(p["value"] or 0 for p in data["points"] if p["group"] == "Elon Musk" and p["category"] == "sell"))
    assert data["holdings"] and all(s["shares"] > 0 for h in data["holdings"] for s in h["steps"])
    assert "sales worth $" in data["summary"] and TESLA in data["source_url"]


def test_a_period_in_the_words_or_as_dates_limits_the_points_to_its_trade_dates(corpus_db) -> None:
    rows = stored_rows(corpus_db, "e.issuer_cik = ? AND e.transaction_date BETWEEN ? AND ?",
                       (TESLA, "2021-01-01", "2021-12-31"))
    in_words = chart_json(corpus_db, "TSLA", "2021")
    as_dates = chart_json(corpus_db, "TSLA", "--from", "2021-01-01", "--to", "2021-12-31")
    assert rows and len(rows) < len(stored_rows(corpus_db, "e.issuer_cik = ?", (TESLA,)))
    assert_points_are_rows(in_words["points"], rows)
    assert_points_are_rows(as_dates["points"], rows)
    assert "2021" in in_words["title"] and in_words["date_from"] == "2021-01-01"


def test_an_insiders_chart_plots_their_transactions_at_every_company(corpus_db) -> None:
    data = chart_json(corpus_db, "Elon", "Musk")
    rows = stored_rows(corpus_db, "e.filing_id IN (SELECT filing_id FROM filing_owners WHERE owner_cik = ?)",
                       (MUSK,))
    assert len({r["issuer_cik"] for r in rows.values()}) > 1
    assert_points_are_rows(data["points"], rows)
    assert data["mode"] == "insider" and data["title"].startswith("Elon Musk's insider trades")
    assert {g["name"] for g in data["groups"]} == {p["ticker"] for p in data["points"]}  # coloured by company


def test_a_role_keeps_the_filings_of_that_role(corpus_db) -> None:
    data = chart_json(corpus_db, "TSLA", "CEO")
    assert data["points"] and {p["insider"] for p in data["points"]} == {"Elon Musk"}
    assert "by the CEO" in data["title"]


def test_an_empty_period_is_a_chart_with_a_note(corpus_db, tmp_path) -> None:
    data = chart_json(corpus_db, "TSLA", "--from", "1995-01-01", "--to", "1995-12-31")
    assert data["points"] == [] and data["refusal"] is None
    assert "no insider transactions" in data["summary"].lower()
    assert any("No insider transactions" in n for n in data["notes"])


def test_an_unknown_company_gets_did_you_mean_and_no_file(corpus_db, tmp_path) -> None:
    out = tmp_path / "tlsa.png"
    result = CliRunner().invoke(cli, ["chart", "--db", str(corpus_db), "TLSA", "--out", str(out)],
                                obj={"settings": Settings(_env_file=None)})
    assert result.exit_code == 1
    assert "Did you mean" in result.output and "Tesla" in result.output
    assert not out.exists()


def test_words_that_name_no_one_ask_for_a_company_or_insider(samples_db) -> None:
    data = chart_data(samples_db, ChartRequest("2021", today=TODAY))
    assert data.refusal and "chart TSLA" in data.refusal and data.points == []


def test_the_samples_chart_without_the_corpus(samples_db) -> None:
    data = chart_data(samples_db, ChartRequest("TGEN", today=TODAY))
    rows = stored_rows(samples_db, "e.issuer_cik = (SELECT cik FROM issuers WHERE trading_symbol = 'TGEN')", ())
    assert_points_are_rows([p.__dict__ for p in data.points], rows)
    assert data.subject.startswith("Tecogen")


def test_chart_needs_out_or_json(samples_db) -> None:
    result = CliRunner().invoke(cli, ["chart", "--db", str(samples_db), "TGEN"],
                                obj={"settings": Settings(_env_file=None)})
    assert result.exit_code == 2 and "--out" in result.output
