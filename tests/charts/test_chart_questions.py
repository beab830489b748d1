"""A question that reads better as a picture gets a chart, through ``insiderbot ask`` (``--json``: the plotted
data and the PNG written to the current folder): the insider, the kind of trade and the period in its words
reach the chart, and its points are the stored rows they name. A question that is not one is answered as
before, without loading the charts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from chartkit import TODAY, png_size
from click.testing import CliRunner
from test_chart_data import MUSK, assert_points_are_rows, stored_rows

from bot.cli import cli
from bot.config import Settings

PLTR = "(SELECT cik FROM issuers WHERE trading_symbol = 'PLTR')"
TGEN = "(SELECT cik FROM issuers WHERE trading_symbol = 'TGEN')"
OF_MUSK = "e.filing_id IN (SELECT filing_id FROM filing_owners WHERE owner_cik = ?)"


def ask(db: Path, question: str, folder: Path, monkeypatch, *, as_json: bool = True) -> str:
    monkeypatch.chdir(folder)
    args = ["ask", "--db", str(db), "--mode", "rules", "--today", TODAY.isoformat(), *(["--json"] * as_json), question]
    result = CliRunner().invoke(cli, args, obj={"settings": Settings(_env_file=None)})
    assert result.exit_code == 0, result.output
    return result.output


def ask_chart(db: Path, question: str, folder: Path, monkeypatch) -> dict:
    out = json.loads(ask(db, question, folder, monkeypatch))
    assert out["kind"] == "chart" and out["png"], out
    assert png_size(Path(out["png"]).read_bytes()) == (1200, 800) and Path(out["png"]).parent == folder.resolve()
    return out


def test_musks_sales_in_2021_on_a_chart(corpus_db, tmp_path, monkeypatch) -> None:
    out = ask_chart(corpus_db, "show me Musk's sales in 2021 on a chart", tmp_path, monkeypatch)
    chart = out["chart"]
    assert out["words"] == "Musk's sales in 2021"
    rows = stored_rows(corpus_db, f"{OF_MUSK} AND e.transaction_code = 'S' AND e.transaction_date LIKE '2021-%'",
                       (MUSK,))
    assert len(rows) > 10
    assert_points_are_rows(chart["points"], rows)
    assert chart["mode"] == "insider" and chart["title"] == "Elon Musk's insider sales, in 2021"
    assert (chart["date_from"], chart["date_to"]) == ("2021-01-01", "2021-12-31")


def test_plot_insider_buying_at_a_company_with_none_is_an_empty_chart_that_says_purchases(
        corpus_db, tmp_path, monkeypatch) -> None:
    chart = ask_chart(corpus_db, "plot insider buying at PLTR", tmp_path, monkeypatch)["chart"]
    assert stored_rows(corpus_db, f"e.issuer_cik = {PLTR} AND e.transaction_code = 'P'", ()) == {}
    assert stored_rows(corpus_db, f"e.issuer_cik = {PLTR}", ())  # it has sales and others, not drawn here
    assert chart["points"] == [] and chart["mode"] == "company" and chart["subject"].startswith("Palantir")
    assert "no insider purchases" in chart["summary"] and chart["title"].startswith("Insider purchases at Palantir")


def test_insider_trades_since_a_year_chart_every_transaction_of_the_period(samples_db, tmp_path, monkeypatch) -> None:
    # "trades" reads as open-market trades in an answer; a chart shows every code, open-market ones marked out
    chart = ask_chart(samples_db, "graph TGEN insider trades since 2023", tmp_path, monkeypatch)["chart"]
    rows = stored_rows(samples_db, f"e.issuer_cik = {TGEN} AND e.transaction_date >= '2023-01-01'", ())
    assert rows and {r["transaction_code"] for r in rows.values()} == {"A"}
    assert_points_are_rows(chart["points"], rows)
    assert chart["title"].startswith("Insider trades at Tecogen") and chart["date_from"] == "2023-01-01"


def test_a_chart_of_an_insiders_holdings_is_their_chart(samples_db, tmp_path, monkeypatch) -> None:
    chart = ask_chart(samples_db, "chart of Whiting's holdings", tmp_path, monkeypatch)["chart"]
    assert chart["mode"] == "insider" and chart["subject"] == "John Whiting" and chart["points"]


def test_ask_prints_where_the_chart_was_written(samples_db, tmp_path, monkeypatch) -> None:
    output = ask(samples_db, "plot EXRB insider trades", tmp_path, monkeypatch, as_json=False)
    path = tmp_path / "chart-exrb-insider-trades.png"
    assert f"Chart written to {path.resolve()}" in output and "Example Robotics" in output
    assert png_size(path.read_bytes()) == (1200, 800)


@pytest.mark.parametrize("question, says", [
    ("plot", "chart TSLA"),  # names nothing: how to ask
    ("plot EXRX", "Did you mean"),  # an unknown ticker: the engine's "did you mean", no file
])
def test_a_chart_question_that_names_nothing_chartable_writes_no_file(samples_db, tmp_path, monkeypatch,
                                                                      question: str, says: str) -> None:
    output = ask(samples_db, question, tmp_path, monkeypatch, as_json=False)
    assert says in output and list(tmp_path.iterdir()) == []


def test_a_question_with_a_chart_word_inside_is_answered(samples_db, tmp_path, monkeypatch) -> None:
    output = ask(samples_db, "what options did Tecogen's GC get", tmp_path, monkeypatch, as_json=False)
    assert "37,500" in output and list(tmp_path.iterdir()) == []
    output = ask(samples_db, "did anyone sell at Chart Industries", tmp_path, monkeypatch, as_json=False)
    assert "Chart written" not in output and list(tmp_path.iterdir()) == []
