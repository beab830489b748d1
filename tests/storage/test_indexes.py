"""The store answers the usual questions through indexes, not table scans: by issuer, ticker, owner, date,
transaction code and filing (no statement looks rows up by security: that index went in m012)."""

from __future__ import annotations

import pytest

QUESTIONS = {
    "issuer's transactions by date": (
        "SELECT * FROM entries WHERE issuer_cik = ? AND transaction_date >= ?", "idx_entries_issuer_date"),
    "issuer's filings": ("SELECT * FROM filings WHERE issuer_cik = ?", "idx_filings_issuer"),
    "ticker": ("SELECT * FROM issuers WHERE trading_symbol = ?", "idx_issuers_symbol"),
    "owner's filings": ("SELECT * FROM filing_owners WHERE owner_cik = ?", "idx_filing_owners_owner"),
    "market-wide date range": (
        "SELECT * FROM entries WHERE transaction_date BETWEEN ? AND ?", "idx_entries_date"),
    "code in a date range": (
        "SELECT * FROM entries WHERE transaction_code = ? AND transaction_date >= ?", "idx_entries_code_date"),
    "filing's rows": ("SELECT * FROM entries WHERE filing_id = ?", "idx_entries_filing"),
    "filed in a date range": ("SELECT * FROM filings WHERE filed_at >= ?", "idx_filings_filed"),
    "accepted since": ("SELECT * FROM filings WHERE accepted_at >= ?", "idx_filings_accepted"),
}


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_question_uses_its_index(db, question: str) -> None:
    sql, index = QUESTIONS[question]
    plan = " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", ["x"] * sql.count("?")))
    assert f"USING INDEX {index}" in plan, plan
