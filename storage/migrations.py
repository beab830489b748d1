"""Numbered schema migrations, applied once each and recorded in ``_migrations``.

Add a new function at the end with ``@migration``; never edit one that has shipped. A database made
by an older version upgrades itself the next time it is opened. ``storage.db.Store`` applies them once
per process, when its writer is first opened.

Why not sqlite-utils' own ``Migrations`` class (it ships in the pinned 4.x): it records what it applied
in ``_sqlite_migrations``, while every database made so far records it in ``_migrations``. Switching
would make an existing database look unmigrated and run ``m001`` again over its tables, so it would need
a bridging step for no gain: the two do the same thing (ordered functions, each applied once in a
transaction and recorded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils

from storage import aggregates
from storage.sql import (
    AMENDMENTS_INDEX_SQL,
    FILINGS_COUNT_FILL,
    FILINGS_COUNT_SQL,
    ISSUERS_UPDATED_INDEX_SQL,
    OPEN_MARKET_VALUE_INDEX_SQL,
)

MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = []


def migration(fn: Callable[[sqlite_utils.Database], None]) -> Callable[[sqlite_utils.Database], None]:
    MIGRATIONS.append(fn)
    return fn


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM _migrations").fetchall()}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with db.atomic():
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [fn.__name__, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
            )
        applied.append(fn.__name__)
    return applied


@migration
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    db.executescript(SCHEMA_001)
    for table, columns in FTS_001.items():
        db[table].enable_fts(columns, create_triggers=True, tokenize="porter")


# Full-text search: one external-content FTS5 table ``<table>_fts`` per table, kept in step by
# triggers, in the layout sqlite-utils and Datasette detect (``table.search()``, the search box).
FTS_001: dict[str, list[str]] = {
    "issuers": ["name"],
    "owners": ["name"],
    "filing_owners": ["officer_title", "other_text"],
    "entries": ["security_title", "underlying_security_title", "nature_of_ownership"],
    "footnotes": ["text"],
    "filings": ["remarks"],
}


SCHEMA_001 = """
CREATE TABLE issuers (
    cik TEXT PRIMARY KEY,             -- 10 digits, zero-padded, as in the XML
    name TEXT,
    trading_symbol TEXT,              -- the latest filed ticker, upper case
    updated_at TEXT
);
CREATE INDEX idx_issuers_symbol ON issuers(trading_symbol);

CREATE TABLE owners (
    cik TEXT PRIMARY KEY,
    name TEXT                         -- as filed, usually LAST FIRST
);

CREATE TABLE filings (
    id TEXT PRIMARY KEY,              -- the accession number, or 'sha1:<hash>' for a bare XML file
    accession_number TEXT UNIQUE,
    content_hash TEXT NOT NULL,       -- sha1 of the canonical parsed content (bot.ownership.parser.content_hash): alike from .xml, .txt, .nc
    document_type TEXT NOT NULL,      -- 3, 3/A, 4, 4/A, 5, 5/A
    form TEXT NOT NULL,               -- 3, 4 or 5
    is_amendment INTEGER NOT NULL,
    amends_filing_id TEXT REFERENCES filings(id) ON UPDATE CASCADE ON DELETE SET NULL,
    schema_version TEXT,
    period_of_report TEXT,
    date_of_original_submission TEXT,
    not_subject_to_section16 INTEGER,
    no_securities_owned INTEGER,
    form3_holdings_reported INTEGER,
    form4_transactions_reported INTEGER,
    aff10b5one INTEGER,               -- NULL = not stated (before X0407)
    remarks TEXT,
    issuer_cik TEXT NOT NULL REFERENCES issuers(cik),
    issuer_name TEXT,                 -- as filed in this document
    issuer_trading_symbol TEXT,       -- as filed in this document
    issuer_foreign_trading_symbol TEXT,
    filed_at TEXT,                    -- filing date, YYYY-MM-DD (SEC header)
    accepted_at TEXT,                 -- acceptance time, ISO with offset (SEC header / feed)
    signed_at TEXT,                   -- latest signature date
    source TEXT,                      -- path or URL it was read from
    ingested_at TEXT NOT NULL
);
CREATE INDEX idx_filings_issuer ON filings(issuer_cik, period_of_report);
CREATE INDEX idx_filings_filed ON filings(filed_at);
CREATE INDEX idx_filings_accepted ON filings(accepted_at);
CREATE INDEX idx_filings_amends ON filings(amends_filing_id);
CREATE INDEX idx_filings_content_hash ON filings(content_hash);

CREATE TABLE filing_owners (
    filing_id TEXT NOT NULL REFERENCES filings(id) ON UPDATE CASCADE ON DELETE CASCADE,
    owner_cik TEXT NOT NULL REFERENCES owners(cik),
    seq INTEGER NOT NULL,
    name TEXT,
    street1 TEXT, street2 TEXT, city TEXT, state TEXT, zip_code TEXT, state_description TEXT,
    non_us_address_flag INTEGER, non_us_state_territory TEXT, country TEXT,
    is_director INTEGER NOT NULL DEFAULT 0,
    is_officer INTEGER NOT NULL DEFAULT 0,
    is_ten_percent_owner INTEGER NOT NULL DEFAULT 0,
    is_other INTEGER NOT NULL DEFAULT 0,
    officer_title TEXT,
    other_text TEXT,
    PRIMARY KEY (filing_id, owner_cik)
);
CREATE INDEX idx_filing_owners_owner ON filing_owners(owner_cik);

-- Every row of the four tables: non-derivative / derivative, transactions / holdings.
CREATE TABLE entries (
    id TEXT PRIMARY KEY,              -- '<filing id>:<table>:<seq>'
    filing_id TEXT NOT NULL REFERENCES filings(id) ON UPDATE CASCADE ON DELETE CASCADE,
    table_name TEXT NOT NULL,         -- non_derivative_transaction | non_derivative_holding | derivative_transaction | derivative_holding
    seq INTEGER NOT NULL,             -- position within its table, from 1
    is_derivative INTEGER NOT NULL,
    is_holding INTEGER NOT NULL,
    issuer_cik TEXT NOT NULL,         -- copied from the filing for fast filtering
    security_title TEXT,
    transaction_date TEXT,
    deemed_execution_date TEXT,
    transaction_form_type TEXT,
    transaction_code TEXT,
    equity_swap_involved INTEGER,
    transaction_timeliness TEXT,
    shares REAL,
    price_per_share REAL,
    acquired_disposed TEXT,
    shares_owned_following REAL,
    value_owned_following REAL,
    direct_indirect TEXT,
    nature_of_ownership TEXT,
    conversion_or_exercise_price REAL,
    exercise_date TEXT,
    expiration_date TEXT,
    underlying_security_title TEXT,
    underlying_shares REAL,
    underlying_value REAL,
    total_value REAL,
    footnote_ids TEXT NOT NULL DEFAULT '{}'  -- JSON {field: [footnote ids]}
);
CREATE INDEX idx_entries_filing ON entries(filing_id);
CREATE INDEX idx_entries_issuer_date ON entries(issuer_cik, transaction_date);
CREATE INDEX idx_entries_code_date ON entries(transaction_code, transaction_date);
CREATE INDEX idx_entries_date ON entries(transaction_date);
CREATE INDEX idx_entries_security ON entries(security_title);

CREATE TABLE footnotes (
    filing_id TEXT NOT NULL REFERENCES filings(id) ON UPDATE CASCADE ON DELETE CASCADE,
    footnote_id TEXT NOT NULL,
    text TEXT,
    PRIMARY KEY (filing_id, footnote_id)
);

CREATE TABLE signatures (
    filing_id TEXT NOT NULL REFERENCES filings(id) ON UPDATE CASCADE ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT,
    date TEXT,
    PRIMARY KEY (filing_id, seq)
);

-- Files or filings that could not be read; kept so a batch goes on and nothing is lost silently.
CREATE TABLE rejections (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    content_hash TEXT,
    rejected_at TEXT NOT NULL
);
"""


@migration
def m002_slack_state(db: sqlite_utils.Database) -> None:
    """Slack front end: handled event ids, per-thread context, stored pages of long answers."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS slack_events_seen (
            event_id TEXT PRIMARY KEY,        -- Slack event_id, or 'msg:<channel>:<ts>'
            seen_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_slack_events_seen_at ON slack_events_seen(seen_at);
        CREATE TABLE IF NOT EXISTS slack_threads (
            channel TEXT NOT NULL,
            thread_ts TEXT NOT NULL,          -- the thread's root ts; 'im' for a DM's top level
            context TEXT NOT NULL,            -- JSON: last company / insider asked about
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel, thread_ts)
        );
        CREATE TABLE IF NOT EXISTS slack_replies (
            reply_id TEXT PRIMARY KEY,
            question TEXT NOT NULL,
            pages TEXT NOT NULL,              -- JSON list of messages {text, blocks}
            created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_slack_replies_created ON slack_replies(created_at);
        """
    )


@migration
def m003_sync_state(db: sqlite_utils.Database) -> None:
    """EDGAR sync checkpoints: feed high-water marks, days synced, the per-filing work queue, and locks."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS sync_state (
            key TEXT PRIMARY KEY,             -- 'feed_hwm:<form>:<scope>', 'catchup_from:<scope>'
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS sync_days (
            day TEXT NOT NULL,                -- YYYY-MM-DD
            scope TEXT NOT NULL,              -- '*' = every issuer, else the sorted CIKs synced
            status TEXT NOT NULL,             -- indexed (filings queued) | done | missing (no index)
            filings INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (day, scope)
        );
        CREATE TABLE IF NOT EXISTS sync_queue (
            accession TEXT PRIMARY KEY,
            form TEXT NOT NULL,
            ciks TEXT NOT NULL,               -- ',<cik>,<cik>,': every CIK the filing is listed under
            url TEXT NOT NULL,                -- the full submission .txt
            filed TEXT,                       -- filing date, YYYY-MM-DD
            day TEXT,                         -- the daily index (or feed day) it was found in
            accepted_at TEXT,                 -- from the feed, when it came from there
            origin TEXT NOT NULL,             -- feed | index
            status TEXT NOT NULL,             -- pending | error (will retry) | stored | rejected
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            enqueued_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_sync_queue_status ON sync_queue(status, filed);
        CREATE INDEX IF NOT EXISTS idx_sync_queue_day ON sync_queue(day);
        CREATE TABLE IF NOT EXISTS locks (
            name TEXT PRIMARY KEY,
            owner TEXT NOT NULL,              -- '<host>:<pid>:<random>'
            acquired_at TEXT NOT NULL,
            expires_at REAL NOT NULL          -- unix time; a crashed holder's lock lapses then
        );
        """
    )


@migration
def m004_watchlists(db: sqlite_utils.Database) -> None:
    """Watchlists per Slack channel (or DM), each channel's digest filters, and the digests sent."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS watch_items (
            channel TEXT NOT NULL,            -- Slack channel or DM id
            kind TEXT NOT NULL CHECK (kind IN ('issuer', 'owner')),
            cik TEXT NOT NULL,
            label TEXT NOT NULL,              -- 'Tecogen Inc. (TGEN)', 'John Whiting'
            added_by TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY (channel, kind, cik)
        );
        CREATE TABLE IF NOT EXISTS channel_settings (
            channel TEXT PRIMARY KEY,
            open_market_only INTEGER NOT NULL DEFAULT 0,  -- only purchases and sales (codes P, S)
            min_value REAL,                               -- only transactions worth at least this many dollars
            officers_directors_only INTEGER NOT NULL DEFAULT 0,
            quiet_days INTEGER NOT NULL DEFAULT 1,        -- 1: say "nothing new" on a quiet day; 0: post nothing
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS digest_runs (
            channel TEXT NOT NULL,
            digest_date TEXT NOT NULL,        -- the local date of the digest, YYYY-MM-DD
            window_start TEXT NOT NULL,       -- filings accepted after this UTC time ...
            window_end TEXT NOT NULL,         -- ... up to this one
            max_rowid INTEGER,                -- the newest filings rowid when it was read (later ones arrived late)
            status TEXT NOT NULL,             -- sending | sent | quiet (nothing posted) | failed (will retry)
            filings INTEGER NOT NULL DEFAULT 0,
            messages INTEGER NOT NULL DEFAULT 0,
            ts TEXT,                          -- Slack ts of the first message
            error TEXT,
            claimed_at TEXT NOT NULL,
            sent_at TEXT,
            PRIMARY KEY (channel, digest_date)
        );
        CREATE INDEX IF NOT EXISTS idx_filings_ingested ON filings(ingested_at);
        """
    )


@migration
def m005_filing_origin(db: sqlite_utils.Database) -> None:
    """Where each filing came from: ``xml`` (a bare ownership document), ``submission`` (a full submission
    ``.txt`` or ``.nc``, or anything stored under its accession number) or ``dataset:<quarter>`` (the SEC's
    quarterly data sets, e.g. ``dataset:2023q3``). A filing stored from its XML or submission is never
    replaced by a data-set copy; a data-set copy is replaced by the XML or submission when that arrives."""
    db.execute("ALTER TABLE filings ADD COLUMN origin TEXT")
    db.execute(
        """
        UPDATE filings SET origin = CASE
            WHEN accession_number IS NOT NULL OR id NOT LIKE 'sha1:%'
                 OR lower(source) LIKE '%.txt' OR lower(source) LIKE '%.nc' THEN 'submission'
            ELSE 'xml' END
        """
    )


@migration
def m006_edgar_cache(db: sqlite_utils.Database) -> None:
    """What the backfill keeps about EDGAR: the SEC's ticker table (``company_tickers.json``, refreshed at
    most daily), the data-set zips downloaded (where from, kept where, size, hash, validators) and which
    zip version each quarter was imported from, per issuer scope."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS company_tickers (
            ticker TEXT PRIMARY KEY,          -- upper case, as in company_tickers.json (BRK-B)
            cik TEXT NOT NULL,                -- without leading zeros
            title TEXT
        );
        CREATE INDEX IF NOT EXISTS idx_company_tickers_cik ON company_tickers(cik);
        CREATE TABLE IF NOT EXISTS dataset_zips (
            quarter TEXT PRIMARY KEY,         -- 2023q3
            url TEXT NOT NULL,                -- where it was downloaded from
            path TEXT NOT NULL,               -- where it is kept
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,               -- as the server sent it (HTTP date)
            downloaded_at TEXT NOT NULL,
            checked_at TEXT NOT NULL          -- the last conditional GET that found it current
        );
        CREATE TABLE IF NOT EXISTS dataset_imports (
            quarter TEXT NOT NULL,
            scope TEXT NOT NULL,              -- '*' = every issuer, else the sorted CIKs imported
            sha256 TEXT NOT NULL,             -- the zip version imported
            filings INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (quarter, scope)
        );
        """
    )


@migration
def m007_alerts(db: sqlite_utils.Database) -> None:
    """Alerts (``storage.alerts``): each channel's rules, the (channel, filing) pairs claimed before posting
    (so a filing is told to a channel once), how far the alert passes have read ``filings`` (by rowid), and
    the last failure per channel (say ``not_in_channel``)."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS alert_rules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel TEXT NOT NULL,
            text TEXT NOT NULL,              -- as typed
            rule TEXT NOT NULL,              -- the reading, JSON (bot.alerts.rules.Rule)
            description TEXT NOT NULL,       -- the reading in words ("I'll post here when ...")
            after_rowid INTEGER NOT NULL,    -- max(filings.rowid) when it was made: older rows never fire it
            created_by TEXT,
            created_at TEXT NOT NULL,        -- UTC 'YYYY-MM-DD HH:MM:SS': only filings accepted later fire it
            last_fired_at TEXT
        );
        CREATE INDEX IF NOT EXISTS idx_alert_rules_channel ON alert_rules(channel);
        CREATE TABLE IF NOT EXISTS alert_sent (
            channel TEXT NOT NULL,
            filing_id TEXT NOT NULL,
            rule_ids TEXT NOT NULL,          -- JSON list of the rules it matched
            status TEXT NOT NULL,            -- sending | sent | failed
            how TEXT NOT NULL,               -- single | grouped | catch_up
            claimed_at TEXT NOT NULL,
            sent_at TEXT,
            ts TEXT,
            error TEXT,
            PRIMARY KEY (channel, filing_id)
        );
        CREATE TABLE IF NOT EXISTS alert_cursor (
            name TEXT PRIMARY KEY,
            max_rowid INTEGER NOT NULL,
            passed_at TEXT NOT NULL          -- UTC 'YYYY-MM-DD HH:MM:SS' of the pass that read up to it
        );
        CREATE TABLE IF NOT EXISTS alert_channels (
            channel TEXT PRIMARY KEY,
            error TEXT,
            error_at TEXT,
            ok_at TEXT
        );
        """
    )


@migration
def m008_aggregates(db: sqlite_utils.Database) -> None:
    """Pre-aggregated transactions per day (``storage.aggregates``), filled from the rows stored so far and
    kept current by the write path from here on; and open-market trades indexed by dollar value."""
    aggregates.rebuild(db.conn)
    db.execute(OPEN_MARKET_VALUE_INDEX_SQL)


@migration
def m010_name_index(db: sqlite_utils.Database) -> None:
    """The persisted name index (``storage.names_index``): the words of every issuer and owner name in FTS5
    tables kept current by triggers, filled here from the names stored so far."""
    from storage import names_index

    names_index.create(db.conn)
    names_index.rebuild(db.conn)


@migration
def m011_answer_counts(db: sqlite_utils.Database) -> None:
    """What every answer reads kept cheap at decade scale: the number of filings kept by triggers
    (``storage.sql.FILINGS_COUNT_SQL``) and issuers indexed by ``updated_at`` (the catalog signature)."""
    for statement in FILINGS_COUNT_SQL:
        db.execute(statement)
    db.execute(FILINGS_COUNT_FILL)
    db.execute(ISSUERS_UPDATED_INDEX_SQL)


@migration
def m012_compact_entries(db: sqlite_utils.Database) -> None:
    """A smaller database (``storage.compact``): ``entries`` without its stored text key (``id`` and ``table_name``
    generated from the other columns, the key a UNIQUE index on (filing, derivative, holding, seq), rowids kept,
    the unused ``idx_entries_security`` dropped), filings found by content through the hash's last 8 characters, and
    the big full-text tables without per-row column sizes."""
    from storage import compact

    compact.rebuild(db.conn)
    compact.shorten_content_hash_index(db.conn)
    compact.drop_full_text_sizes(db.conn)


@migration
def m013_index_links(db: sqlite_utils.Database) -> None:
    """Sources that are the filing's EDGAR index link (the data-set road's) stored as NULL and built on reading
    (``storage.compact.drop_index_links``)."""
    from storage import compact

    compact.drop_index_links(db.conn)


@migration
def m014_amendments_index(db: sqlite_utils.Database) -> None:
    """Amendments indexed by company and form (``storage.sql.AMENDMENTS_INDEX_SQL``): linking amendments to the
    originals a batch brings reads a company's few amendments instead of its owners' filings."""
    db.execute(AMENDMENTS_INDEX_SQL)
