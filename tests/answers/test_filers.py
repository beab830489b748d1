"""The owners who filed at a company (bot.answers.filers): asked about one at a time, or listed, they are
exactly ``query.owners_of_issuers``."""

from __future__ import annotations

from bot.answers import filers as filers_module
from bot.answers import query
from bot.answers.filers import Filers
from storage.reader import open_readonly


def test_asking_about_each_owner_agrees_with_reading_every_filing(samples_db):
    conn = open_readonly(samples_db)
    try:
        issuers = [r[0] for r in conn.execute("SELECT cik FROM issuers ORDER BY cik")]
        owners = [r[0] for r in conn.execute("SELECT cik FROM owners ORDER BY cik")] + ["0009999999"]
        assert len(issuers) >= 3 and len(owners) > 3
        for ciks in [[cik] for cik in issuers] + [issuers[:2], issuers]:
            expected = query.owners_of_issuers(conn, ciks)
            filers = Filers(conn, ciks)
            assert {cik for cik in owners if cik in filers} == expected, ciks
            assert filers.estimate() >= 1
            assert set(filers) == expected and len(filers) == len(expected)
            assert Filers(conn, ciks) == expected  # listed first, then asked
    finally:
        conn.close()


def test_after_a_few_dozen_questions_the_filers_are_listed(samples_db, monkeypatch):
    """Asked about many owners (every fund whose name starts with a word), one read of them all."""
    monkeypatch.setattr(filers_module, "_ASK_UP_TO", 2)
    conn = open_readonly(samples_db)
    try:
        issuer = conn.execute("SELECT issuer_cik FROM filings LIMIT 1").fetchone()[0]
        owners = [r[0] for r in conn.execute("SELECT cik FROM owners ORDER BY cik")]
        filers = Filers(conn, [issuer])
        answers = [cik in filers for cik in owners]
        assert filers._all is not None and len(filers._asked) == 2
        assert answers == [cik in query.owners_of_issuers(conn, [issuer]) for cik in owners]
    finally:
        conn.close()
