"""A database for questions about companies not stored yet: the Example Robotics samples stored, and the SEC
ticker table naming them and companies that are not (shared by tests/answers/test_missing*.py)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest import ingest_paths
from storage.db import open_db
from storage.edgar_cache import replace_tickers

SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"


def robotics_with_tickers(path: Path, tickers: list[tuple[str, str, str]]) -> Path:
    """``tickers``: (ticker, CIK, title); EXRB is given the stored company's CIK."""
    db = open_db(path)
    ingest_paths(db, sorted(SAMPLES.glob("*robotics*")))
    stored = db.execute("SELECT DISTINCT issuer_cik FROM filings").fetchone()[0]
    replace_tickers(db, [(t, stored if t == "EXRB" else cik, title) for t, cik, title in tickers])
    db.close()
    return path
