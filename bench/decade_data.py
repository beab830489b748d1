"""A SYNTHETIC decade of insider filings in one SQLite file, for ``python -m bench.answer_latency --scale decade``.

Nothing in it is real: made-up issuers, insiders and trades. Sizes (issue #12): 2,500,000 filings over ten
years in filing order, about 10,000,000 table rows, 20,000 issuers, 250,000 insiders (240,000 officers and
directors, 12 per issuer, and 10,000 funds filing as 10% owners at several issuers). The mix follows EDGAR's:
Forms 4 (88%), 3 (8%, holdings only) and 5 (4%); 5% amendments linked to an earlier filing of the same
issuer and owner; the four tables (non-derivative and derivative, transactions and holdings); codes
weighted as filed (S, A, M, F, P, G, D, C, J, X, W); footnotes on about half the filings and referenced
from the rows; one signature per filing; a 10b5-1 flag on a third of the sales.

The schema is the real one (``storage.db.open_db`` runs every migration); rows go in with ``executemany``
in one transaction with journaling off, and indexes, triggers, full-text tables and derived tables
(``REBUILDS``) are built after. The names reuse the 1M bench's word lists, so a template filled for one
database reads the same for the other.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import random
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from bench.answer_latency import FIRST_NAMES, LAST_ENDINGS, LAST_SYLLABLES, PREFIXES, SUFFIXES, _ticker
from bot.domain.links import filing_index_url, stored_source


@dataclass(frozen=True)
class Scale:
    filings: int
    issuers: int
    officers_per_issuer: int
    funds: int
    first_day: dt.date = dt.date(2016, 1, 1)
    days: int = 3650
    seed: int = 20261206

    @property
    def insiders(self) -> int:
        return self.issuers * self.officers_per_issuer + self.funds


DECADE = Scale(filings=2_500_000, issuers=20_000, officers_per_issuer=12, funds=10_000)
LAST_NAMES = [f"{s}{m}{e}" for m in ("", "a", "o") for s in LAST_SYLLABLES for e in LAST_ENDINGS]
ISSUER_TIERS = ("Inc.", "International Corp", "Global Holdings Inc.")
TITLES = ["Chief Executive Officer", "Chief Financial Officer", "General Counsel & Secretary", "Chief Operating Officer",
          None, None, None, None, "Chief Technology Officer", "EVP, Sales", None, "Chief Accounting Officer"]
# Transaction codes weighted roughly as Forms 4 carry them.
CODES = (["S"] * 30 + ["A"] * 17 + ["M"] * 13 + ["F"] * 13 + ["P"] * 6 + ["G"] * 5 + ["D"] * 3 + ["C"] * 3
         + ["J"] * 3 + ["X"] * 3 + ["W"] * 1 + ["I"] * 1 + ["L"] * 1 + ["K"] * 1)
DERIVATIVE_CODES = {"A", "M", "X", "C", "W", "D"}
DISPOSED_CODES = {"S", "F", "G", "D", "J", "W"}
FOOTNOTES = [
    "The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions "
    "at prices ranging from ${lo} to ${hi}, inclusive.",
    "Represents shares withheld by the Issuer to satisfy tax withholding obligations in connection with the "
    "vesting of restricted stock units.",
    "The sales reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the "
    "reporting person on {day}.",
    "Each restricted stock unit represents a contingent right to receive one share of the Issuer's common stock.",
    "The option vests in 48 equal monthly installments beginning one month after the grant date.",
    "Shares held by a family trust of which the reporting person is a trustee.",
    "Includes {n} shares acquired under the Issuer's Employee Stock Purchase Plan.",
]
REMARKS = ["Exhibit 24 - Power of Attorney", "SYNTHETIC BENCHMARK DATA", None, None, None, None, None, None]
SIGNATURE_PREFIX = "/s/ Jane Q. Attorney, as Attorney-in-Fact for "

INSERTS = {
    "filings": "INSERT INTO filings (id, accession_number, content_hash, document_type, form, is_amendment, "
               "amends_filing_id, schema_version, period_of_report, date_of_original_submission, aff10b5one, "
               "remarks, issuer_cik, issuer_name, issuer_trading_symbol, filed_at, accepted_at, signed_at, source, "
               "ingested_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "filing_owners": "INSERT INTO filing_owners (filing_id, owner_cik, seq, name, street1, city, state, zip_code, "
                     "is_director, is_officer, is_ten_percent_owner, officer_title) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "entries": "INSERT INTO entries (filing_id, seq, is_derivative, is_holding, issuer_cik, "
               "security_title, transaction_date, transaction_form_type, transaction_code, equity_swap_involved, "
               "shares, price_per_share, acquired_disposed, shares_owned_following, direct_indirect, "
               "nature_of_ownership, conversion_or_exercise_price, exercise_date, expiration_date, "
               "underlying_security_title, underlying_shares, footnote_ids) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # id, table_name: generated
    "footnotes": "INSERT INTO footnotes (filing_id, footnote_id, text) VALUES (?, ?, ?)",
    "signatures": "INSERT INTO signatures (filing_id, seq, name, date) VALUES (?, ?, ?, ?)",
}
BULK_TABLES = ("entries", "filings", "filing_owners", "footnotes", "signatures", "issuers", "owners")


def issuer_name(i: int) -> str:
    return f"{PREFIXES[i % 100]} {SUFFIXES[i // 100 % 100]} {ISSUER_TIERS[i // 10_000 % 3]}"


def issuer_words(i: int) -> str:
    """How a question names issuer ``i`` (its distinctive words)."""
    extra = {1: " International", 2: " Global"}.get(i // 10_000 % 3, "")
    return f"{PREFIXES[i % 100]} {SUFFIXES[i // 100 % 100]}{extra}"


def owner_name(j: int, scale: Scale) -> str:
    """EDGAR's LAST FIRST M for people; funds by name."""
    people = scale.issuers * scale.officers_per_issuer
    if j >= people:
        k = j - people
        return f"{PREFIXES[k % 100]} {SUFFIXES[k // 100 % 100]} Capital Partners {k // 10_000 + 1} LP"
    return f"{LAST_NAMES[j // 100].upper()} {FIRST_NAMES[j % 100].upper()} {chr(65 + j % 26)}"


def person_words(j: int) -> str:
    """How a question names insider ``j``: First Last."""
    return f"{FIRST_NAMES[j % 100]} {LAST_NAMES[j // 100]}"


def _cik(base: int, i: int) -> str:
    return f"{base + i:010d}"


class _Batch:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.rows: dict[str, list[tuple]] = {name: [] for name in INSERTS}

    def flush(self) -> None:
        for name, rows in self.rows.items():
            self.conn.executemany(INSERTS[name], rows)
            rows.clear()


def _rows_for(rng: random.Random, form: str) -> list[str]:
    """The table of each row of one filing (about four rows a filing on average)."""
    if form == "3":
        return ["non_derivative_holding"] * rng.choice((1, 1, 2)) + ["derivative_holding"] * rng.choice((0, 1, 2, 3))
    tables = []
    for _ in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 9))):
        code = rng.choice(CODES)
        tables.append(("derivative_transaction" if code in DERIVATIVE_CODES and rng.random() < 0.55
                       else "non_derivative_transaction") + ":" + code)
    if rng.random() < 0.3:
        tables.append("non_derivative_holding")
    if rng.random() < 0.08:
        tables.append("derivative_holding")
    return tables


def _entries(rng: random.Random, fid: str, issuer_cik: str, day: str, form: str, footnote_ids: list[str]) -> list[tuple]:
    out, seqs = [], collections.Counter()
    held = float(rng.randrange(1_000, 2_000_000))
    for spec in _rows_for(rng, form):
        table, _, code = spec.partition(":")
        seqs[table] += 1
        derivative = table.startswith("derivative")
        holding = table.endswith("holding")
        shares = float(rng.randrange(100, 200_000))
        price = round(rng.uniform(1, 400), 2) if code in ("P", "S", "F", "D") or (derivative and code) else None
        disposed = code in DISPOSED_CODES or (derivative and code in ("M", "X", "C"))
        held = held if holding else (max(held - shares, 0.0) if disposed else held + shares)
        indirect = rng.random() < 0.08
        title = rng.choice(("Stock Option (Right to Buy)", "Restricted Stock Units", "Performance Share Units")) \
            if derivative else rng.choice(("Common Stock", "Common Stock", "Common Stock", "Class A Common Stock"))
        notes = {}
        if footnote_ids and rng.random() < 0.5:
            notes["price_per_share" if price else "shares"] = [rng.choice(footnote_ids)]
        out.append((
            fid, seqs[table], int(derivative), int(holding), issuer_cik, title,
            None if holding else day, None if holding else form, code or None, None if holding else 0,
            None if holding else shares, price, None if holding else ("D" if disposed else "A"), held,
            "I" if indirect else "D", "By Family Trust" if indirect else None, price if derivative else None,
            (dt.date.fromisoformat(day) + dt.timedelta(days=365)).isoformat() if derivative else None,
            (dt.date.fromisoformat(day) + dt.timedelta(days=3650)).isoformat() if derivative else None,
            "Common Stock" if derivative else None, shares if derivative else None,
            json.dumps(notes) if notes else "{}"))
    return out


def _footnotes(rng: random.Random, fid: str, day: str) -> list[tuple]:
    if rng.random() >= 0.55:
        return []
    lo = round(rng.uniform(5, 300), 2)
    return [(fid, f"F{k}", rng.choice(FOOTNOTES).format(lo=lo, hi=round(lo * 1.03, 2), day=day, n=rng.randrange(50, 900)))
            for k in range(1, rng.choice((1, 1, 2, 2, 3, 4)) + 1)]


def _pick_owner(rng: random.Random, scale: Scale, issuer: int) -> tuple[int, int]:
    """(owner index, role slot); slot -1 is a fund filing as a 10% owner."""
    if scale.funds and rng.random() < 0.03:
        return scale.issuers * scale.officers_per_issuer + (issuer * 7 + rng.randrange(3)) % scale.funds, -1
    slot = rng.randrange(scale.officers_per_issuer)
    return issuer * scale.officers_per_issuer + slot, slot


def _owner_row(fid: str, cik: str, seq: int, name: str, slot: int) -> tuple:
    title = TITLES[slot % len(TITLES)] if slot >= 0 else None
    director = int(slot >= 4 and title is None)
    return (fid, cik, seq, name, f"{100 + seq} Main Street", "Springfield", "DE", "19801", director,
            int(title is not None), int(slot < 0), title)


def _one_filing(rng: random.Random, scale: Scale, batch: _Batch, no: int, recent: collections.deque,
                stamp: str) -> int:
    """Append one filing's rows to the batch; returns its table rows."""
    day = scale.first_day + dt.timedelta(days=no * scale.days // scale.filings)
    amends = recent[rng.randrange(len(recent))] if recent and rng.random() < 0.05 else None
    if amends:
        issuer, owner, slot, form, period, original_filed, original_id = amends
    else:
        issuer = rng.randrange(scale.issuers)
        owner, slot = _pick_owner(rng, scale, issuer)
        roll = rng.random()
        form = "4" if roll < 0.88 else ("3" if roll < 0.96 else "5")
        period, original_filed, original_id = day.isoformat(), None, None
    filed = (day + dt.timedelta(days=rng.choice((1, 2, 2, 2, 3, 9)) + (30 if amends else 0))).isoformat()
    fid = f"{9_100_000_000 + no // 900_000:010d}-{int(filed[2:4]):02d}-{no % 900_000:06d}"
    icik = _cik(9_000_000_000, issuer)
    ocik = _cik(8_000_000_000, owner)
    plan = int(form == "4" and rng.random() < 0.3)
    batch.rows["filings"].append((
        fid, fid, f"{no:040x}", form + ("/A" if amends else ""), form, int(bool(amends)), original_id, "X0508",
        period, original_filed, plan, rng.choice(REMARKS), icik, issuer_name(issuer), _ticker(issuer), filed,
        f"{filed}T{16 + no % 6:02d}:{no % 60:02d}:{no * 7 % 60:02d}-05:00", filed,
        stored_source(filing_index_url(icik, fid), icik, fid), stamp,
        "submission"))
    name = owner_name(owner, scale)
    batch.rows["filing_owners"].append(_owner_row(fid, ocik, 1, name, slot))
    if slot >= 0 and rng.random() < 0.04:  # a joint filing with the issuer's fund
        fund = scale.issuers * scale.officers_per_issuer + issuer * 7 % max(scale.funds, 1)
        batch.rows["filing_owners"].append(_owner_row(fid, _cik(8_000_000_000, fund), 2, owner_name(fund, scale), -1))
    notes = _footnotes(rng, fid, period)
    batch.rows["footnotes"].extend(notes)
    rows = _entries(rng, fid, icik, period, form, [n[1] for n in notes])
    batch.rows["entries"].extend(rows)
    batch.rows["signatures"].append((fid, 1, SIGNATURE_PREFIX + name.title(), filed))
    if not amends:
        recent.append((issuer, owner, slot, form, period, filed, fid))
    return len(rows)


def derived_rebuilds(conn: sqlite3.Connection) -> dict[str, float]:
    """Fill what triggers keep current from the base tables, after a load that bypassed the triggers: the
    full-text tables, and each derived store a migration created (``storage.names_index``,
    ``storage.aggregates``). Returns the seconds each took."""
    import importlib

    taken: dict[str, float] = {}
    started = time.perf_counter()
    for table in ("issuers", "owners", "filing_owners", "entries", "footnotes", "filings"):
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    taken["fts"] = round(time.perf_counter() - started, 1)
    for name, table in (("names_index", "issuers_name_words"), ("aggregates", "agg_days")):
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            continue
        started = time.perf_counter()
        importlib.import_module(f"storage.{name}").rebuild(conn)
        taken[name] = round(time.perf_counter() - started, 1)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'filings_count'").fetchone():
        from storage.sql import FILINGS_COUNT_FILL

        conn.execute(FILINGS_COUNT_FILL)  # m011's count of filings
    return taken


def generate(path: Path, scale: Scale = DECADE, progress=None) -> dict:
    """Write the synthetic database to ``path``; returns what was made and how long each step took."""
    from storage.db import open_db

    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_db(path).close()  # the real schema: every migration
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-400000", "temp_store=MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
        f"(type = 'index' AND tbl_name IN ({', '.join(repr(t) for t in BULK_TABLES)})) OR type = 'trigger')"
    ).fetchall()
    for kind, name, _ in saved:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    rng = random.Random(scale.seed)
    stamp = "2026-01-01T00:00:00+00:00"
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO issuers (cik, name, trading_symbol, updated_at) VALUES (?, ?, ?, ?)",
                     [(_cik(9_000_000_000, i), issuer_name(i), _ticker(i), stamp) for i in range(scale.issuers)])
    conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)",
                     [(_cik(8_000_000_000, j), owner_name(j, scale)) for j in range(scale.insiders)])
    batch, recent, rows = _Batch(conn), collections.deque(maxlen=2000), 0
    for no in range(scale.filings):
        rows += _one_filing(rng, scale, batch, no, recent, stamp)
        if no % 20_000 == 19_999:
            batch.flush()
            if progress and no % 250_000 == 249_999:
                progress(f"{no + 1:,} filings, {rows:,} rows, {time.perf_counter() - started:.0f} s")
    batch.flush()
    conn.execute("COMMIT")
    loaded = time.perf_counter() - started
    if progress:
        progress(f"loaded in {loaded:.0f} s; building indexes, triggers and full text")
    conn.execute("BEGIN")
    for kind, _, sql in saved:
        if kind == "index":
            conn.execute(sql)
    indexed = time.perf_counter() - started
    derived = derived_rebuilds(conn)
    for kind, _, sql in saved:
        if kind == "trigger":  # (a derived store's rebuild may have put its own triggers back already)
            conn.execute(sql.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return {"filings": scale.filings, "rows": rows, "issuers": scale.issuers, "insiders": scale.insiders,
            "derived": derived, "load_seconds": round(loaded, 1), "index_seconds": round(indexed - loaded, 1),
            "total_seconds": round(time.perf_counter() - started, 1)}


def stored_counts(path: Path) -> tuple[int, int, int, int] | None:
    """Issuers, owners, and the highest filings and entries rowids of a bench database (None: unreadable)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        counts = conn.execute("SELECT (SELECT count(*) FROM issuers), (SELECT count(*) FROM owners), "
                              "(SELECT coalesce(max(rowid), 0) FROM filings), "
                              "(SELECT coalesce(max(rowid), 0) FROM entries)").fetchone()
        conn.close()
    except sqlite3.Error:
        return None
    return tuple(counts)


def is_current(path: Path, scale: Scale = DECADE) -> bool:
    counts = stored_counts(path)
    return bool(counts) and counts[0] >= scale.issuers and counts[1] >= scale.insiders and counts[2] >= scale.filings


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("bench/out/answers-decade.db")
    small = Scale(filings=int(sys.argv[2]), issuers=2_000, officers_per_issuer=12, funds=1_000) \
        if len(sys.argv) > 2 else DECADE
    print(generate(target, small, progress=lambda m: print(m, file=sys.stderr, flush=True)))
