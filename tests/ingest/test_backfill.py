"""``insiderbot backfill`` picks the fastest road, over real HTTP against the stand-in EDGAR on 127.0.0.1:
whole published quarters from the SEC's data-set zips, the other days from the daily indexes, a company's
whole history from its submissions JSON; re-runs download and change nothing; a changed zip is imported
again; a zip cut short is never imported half-way; a stopped backfill resumes."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from corpus import CORPUS, EDGAR_SAMPLES
from edgar_server import EASTERN, FilingFixture, OtherFiling, dataset_zip, make_filings, settings_for

from bot.edgar.client import EdgarClient
from bot.edgar.datasets import Quarter
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.backfill_plan import DaySpan, plan_backfill
from bot.ingest.issuer_history import fetch_issuer_history
from bot.ingest.range_backfill import BackfillHooks, run_backfill
from bot.ingest.sync_pass import UnknownIssuer
from bot.ingest.tickers import resolve_issuers

FROM, TO = date(2024, 1, 1), date(2024, 7, 10)
TODAY = date(2024, 7, 12)
NOW = datetime(2024, 7, 12, 21, 0, tzinfo=EASTERN)
Q1_DAYS = [date(2024, 1, 10), date(2024, 2, 14), date(2024, 3, 28)]
Q2_DAYS = [date(2024, 4, 9), date(2024, 5, 15), date(2024, 6, 27)]
Q3_DAYS = [date(2024, 7, 2), date(2024, 7, 9)]
Q1, Q2, Q3 = Quarter(2024, 1), Quarter(2024, 2), Quarter(2024, 3)


class World:
    """Filings in 2024q1, 2024q2 and early 2024q3 (each with its daily index), the q1 zip in the usual
    directory and the q2 zip in the other one; issuer 1001 (ticker T1001) files in every quarter."""

    def __init__(self, server, tmp_path, *, publish_q2: bool = True) -> None:
        self.server = server
        self.q1 = make_filings(12, Q1_DAYS, start=1)
        self.q2 = make_filings(12, Q2_DAYS, start=101)
        self.q3 = make_filings(6, Q3_DAYS, start=186)
        server.add(*self.q1, *self.q2, *self.q3)
        server.publish_index(*Q1_DAYS, *Q2_DAYS, *Q3_DAYS)
        server.publish_dataset("2024q1", dataset_zip(self.q1))
        if publish_q2:
            server.publish_dataset("2024q2", dataset_zip(self.q2), directory=1)
        server.tickers = {"T1001": "1001", "TGEN": "1537435"}
        self.settings = settings_for(server, datasets_dir=tmp_path / "zips")

    def client(self) -> EdgarClient:
        return EdgarClient.from_settings(self.settings, limiter=RateLimiter(1000))

    def backfill(self, db, first=FROM, last=TO, *, source="auto", issuers=None, **options):
        client = self.client()
        plan = plan_backfill(db, client, first, last, source=source, today=TODAY)
        return run_backfill(db, client, self.settings, plan, issuers=issuers, now=NOW, **options)

    @property
    def everything(self) -> list[FilingFixture]:
        return self.q1 + self.q2 + self.q3


def stored(db) -> list[str]:
    return sorted(row[0] for row in db.execute("SELECT accession_number FROM filings").fetchall())


def accessions(filings) -> list[str]:
    return sorted(f.accession for f in filings)


def fetched_txt(server) -> set[str]:
    return {p.rsplit("/", 1)[-1].removesuffix(".txt") for p in server.submission_requests()}


def snapshot(db) -> dict[str, list]:
    """Everything a re-run must leave exactly as it was."""
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("filings", "entries", "filing_owners", "footnotes", "signatures", "dataset_imports",
                          "sync_days")}


@pytest.fixture
def world(edgar_server, tmp_path):
    return World(edgar_server, tmp_path)


def test_the_plan_takes_whole_published_quarters_from_data_sets_and_the_rest_from_daily_indexes(world, db):
    client = world.client()
    plan = plan_backfill(db, client, FROM, TO, today=TODAY)
    assert [z.quarter for z in plan.zips] == [Q1, Q2] and plan.days == [DaySpan(date(2024, 7, 1), TO)]
    assert plan.zips[1].url.endswith(world.server.dataset_path("2024q2"))      # the second directory
    assert plan.zips[0].size == len(world.server.datasets["2024q1"].body)
    text = "\n".join(plan.lines())
    assert "data sets: 2 quarter(s), 2024q1..2024q2" in text and "daily indexes: 2024-07-01..2024-07-10" in text

    mid = plan_backfill(db, client, date(2024, 2, 15), TO, today=TODAY)
    assert [z.quarter for z in mid.zips] == [Q2]
    assert mid.days == [DaySpan(date(2024, 2, 15), date(2024, 3, 31)), DaySpan(date(2024, 7, 1), TO)]

    daily = plan_backfill(db, client, FROM, TO, source="daily", today=TODAY)
    assert daily.zips == [] and daily.days == [DaySpan(FROM, TO)]
    only = plan_backfill(db, client, date(2024, 2, 15), TO, source="datasets", today=TODAY)
    assert [z.quarter for z in only.zips] == [Q1, Q2] and only.days == []
    assert only.uncovered == [DaySpan(date(2024, 7, 1), TO)]      # 2024q3 has not ended: no zip yet


def test_a_quarter_not_published_comes_from_the_daily_indexes(edgar_server, tmp_path, db):
    world = World(edgar_server, tmp_path, publish_q2=False)
    plan = plan_backfill(db, world.client(), FROM, TO, today=TODAY)
    assert [z.quarter for z in plan.zips] == [Q1] and plan.unpublished == [Q2]
    assert plan.days == [DaySpan(date(2024, 4, 1), TO)]
    assert "not published as data sets yet: 2024q2 (from the daily indexes instead)" in "\n".join(plan.lines())

    report = world.backfill(db)
    assert stored(db) == accessions(world.everything)
    assert fetched_txt(edgar_server) == set(accessions(world.q2 + world.q3))   # q1 came from its zip
    assert report.downloaded == ["2024q1"] and not report.errors


def test_backfill_stores_every_filing_once_and_a_rerun_downloads_and_changes_nothing(world, db):
    server = world.server
    report = world.backfill(db)
    assert stored(db) == accessions(world.everything)
    assert fetched_txt(server) == set(accessions(world.q3))      # only the days outside whole quarters
    assert report.downloaded == ["2024q1", "2024q2"] and [label for label, _ in report.imports] == ["2024q1", "2024q2"]
    assert report.new == 30 and not report.errors and not report.stopped
    origins = dict(db.execute("SELECT accession_number, origin FROM filings").fetchall())
    assert {origins[a] for a in accessions(world.q1)} == {"dataset:2024q1"}
    assert {origins[a] for a in accessions(world.q3)} == {"submission"}
    kept = sorted(p.name for p in world.settings.datasets_dir.iterdir())
    assert kept == ["2024q1_form345.zip", "2024q2_form345.zip"]
    zips = db.execute("SELECT quarter, size, sha256, etag, last_modified FROM dataset_zips ORDER BY 1").fetchall()
    assert [(q, size) for q, size, *_ in zips] == [("2024q1", len(server.datasets["2024q1"].body)),
                                                   ("2024q2", len(server.datasets["2024q2"].body))]
    assert all(sha and etag and modified for _, _, sha, etag, modified in zips)

    before, requests = snapshot(db), len(server.requests)
    again = world.backfill(db)
    assert snapshot(db) == before
    zip_requests = server.dataset_requests()[-2:]
    assert all(r.headers.get("If-None-Match") for r in zip_requests)              # conditional GETs: 304
    assert again.unchanged == ["2024q1", "2024q2"] and again.downloaded == [] and again.imports == []
    assert again.already_imported == ["2024q1", "2024q2"] and again.new == 0
    assert [r.path for r in server.requests[requests:]] == [r.path for r in zip_requests]   # nothing else asked


def test_a_changed_zip_is_downloaded_again_and_imported_again(world, db):
    world.backfill(db)
    extra = make_filings(2, [date(2024, 3, 5)], start=60)
    world.server.add(*extra)
    world.server.publish_dataset("2024q1", dataset_zip(world.q1 + extra))

    again = world.backfill(db)
    assert again.downloaded == ["2024q1"] and again.unchanged == ["2024q2"]
    assert [label for label, _ in again.imports] == ["2024q1"] and again.already_imported == ["2024q2"]
    [(_, q1)] = again.imports
    assert (q1.new, q1.unchanged) == (2, 12)
    assert stored(db) == accessions(world.everything + extra)
    assert db.execute("SELECT sha256 FROM dataset_imports WHERE quarter = '2024q1'").fetchone()[0] == \
        db.execute("SELECT sha256 FROM dataset_zips WHERE quarter = '2024q1'").fetchone()[0]


def test_a_transfer_cut_short_is_retried(world, db):
    world.server.fault(world.server.dataset_path("2024q1"), "truncated")
    report = world.backfill(db)
    assert not report.errors and stored(db) == accessions(world.everything)


def test_a_zip_that_stays_cut_short_is_reported_and_nothing_of_it_imported(world, db):
    server = world.server
    whole = server.datasets["2024q1"].body
    server.publish_dataset("2024q1", whole[: len(whole) * 2 // 3])          # served whole, but not a whole zip
    server.always(server.dataset_path("2024q2"), "truncated")               # every transfer cut short

    report = world.backfill(db)
    assert [what for what, _ in report.errors] == ["data set 2024q1", "data set 2024q2"]
    assert "not a complete zip" in report.errors[0].reason and "cut short" in report.errors[1].reason
    assert report.imports == [] and "error data set 2024q1" in report.summary()
    assert stored(db) == accessions(world.q3)
    assert db.execute("SELECT count(*) FROM dataset_zips").fetchone()[0] == 0
    assert not [p for p in world.settings.datasets_dir.iterdir()]

    server.publish_dataset("2024q1", whole)
    server._always.clear()
    again = world.backfill(db)
    assert not again.errors and stored(db) == accessions(world.everything)


def test_issuer_applies_to_both_roads_and_a_ticker_resolves_on_an_empty_database(world, db):
    client = world.client()
    [cik] = resolve_issuers(db, client, ["t1001"])
    assert cik == "1001" and db.execute("SELECT count(*) FROM filings").fetchone()[0] == 0
    report = world.backfill(db, issuers=[cik])
    mine = [f for f in world.everything if f.issuer_cik == "1001"]
    assert {f.filed for f in mine} & set(Q1_DAYS) and {f.filed for f in mine} & set(Q3_DAYS)
    assert {f.filed for f in mine} & set(Q2_DAYS)
    assert stored(db) == accessions(mine) and report.scope == "1001"
    assert fetched_txt(world.server) == set(accessions(f for f in mine if f.filed in Q3_DAYS))

    # The whole quarters are imported for every issuer later, though the zips are not downloaded again.
    everyone = world.backfill(db)
    assert everyone.downloaded == [] and [label for label, _ in everyone.imports] == ["2024q1", "2024q2"]
    assert stored(db) == accessions(world.everything)


def test_tickers_are_cached_and_fetched_again_at_most_daily(world, db):
    client = world.client()
    assert resolve_issuers(db, client, ["TGEN", "1001", "t1001"]) == ["1001", "1537435"]
    assert resolve_issuers(db, client, ["TGEN"]) == ["1537435"]
    assert world.server.paths("/files/company_tickers.json") == ["/files/company_tickers.json"]
    with pytest.raises(UnknownIssuer, match="ZZZZ"):
        resolve_issuers(db, client, ["ZZZZ"])
    assert len(world.server.paths("/files/company_tickers.json")) == 1      # refreshed at most daily
    world.server.tickers["ZZZZ"] = "777"
    from datetime import timedelta
    assert resolve_issuers(db, client, ["ZZZZ"], max_age=timedelta(0)) == ["777"]
    assert len(world.server.paths("/files/company_tickers.json")) == 2


def test_a_companys_whole_history_comes_from_its_submissions_json_and_older_pages(world, db):
    server = world.server
    tecogen = [FilingFixture(**{**f.__dict__, "issuer_cik": "1537435", "issuer_name": "TECOGEN INC.",
                                "symbol": "TGEN", "accession": f"0001537435-{f.filed.year % 100}-{n:06d}"})
               for n, f in enumerate(make_filings(9, [date(2019, 3, 4), date(2021, 6, 1), date(2023, 9, 27)],
                                                  start=300), start=1)]
    eight_k = OtherFiling("0001537435-23-000900", "8-K", "1537435", "TECOGEN INC.", tecogen[0].accepted)
    server.add(*tecogen, eight_k)
    server.publish_submissions("1537435", "TECOGEN INC.", tickers=("TGEN",), recent=4, page_size=3)
    [cik] = resolve_issuers(db, world.client(), ["TGEN"])

    report = fetch_issuer_history(db, world.client(), world.settings, cik, now=NOW)
    assert stored(db) == accessions(tecogen)
    assert report.pages == 3 and report.listed == 9 and report.in_range == 9 and report.sync.new == 9
    assert server.paths("/submissions/") == ["/submissions/CIK0001537435.json",
                                             "/submissions/CIK0001537435-submissions-001.json",
                                             "/submissions/CIK0001537435-submissions-002.json"]
    assert fetched_txt(server) == set(accessions(tecogen))                  # one .txt each, never the 8-K
    assert "history of TECOGEN INC. (CIK 1537435)" in report.summary()

    before = len(server.submission_requests())
    again = fetch_issuer_history(db, world.client(), world.settings, cik, now=NOW)
    assert again.already_stored == 9 and again.sync.fetched == 0
    assert len(server.submission_requests()) == before


def test_a_history_limit_keeps_the_newest_and_says_what_was_left_out(world, db):
    mine = [f for f in world.everything if f.issuer_cik == "1001"]
    world.server.publish_submissions("1001", "Issuer 1001 Corp", recent=2, page_size=1)
    report = fetch_issuer_history(db, world.client(), world.settings, "1001", limit=1, now=NOW)
    newest = max(mine, key=lambda f: f.accepted)
    assert stored(db) == [newest.accession] and report.left_out == len(mine) - 1
    since = fetch_issuer_history(db, world.client(), world.settings, "1001", since=date(2024, 4, 1), now=NOW)
    assert stored(db) == accessions(f for f in mine if f.filed >= date(2024, 4, 1))
    assert since.in_range == len(stored(db))


def test_a_backfill_stopped_during_a_download_resumes_and_stores_everything_once(world, db):
    server = world.server
    body = server.datasets["2024q2"].body
    server.publish_dataset("2024q2", body, directory=1, pause=0.05, chunk=max(1, len(body) // 10))
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def on_download(done: int, total: int) -> None:
        seen.append((done, total))
        if done > len(server.datasets["2024q1"].body):       # well into the second zip
            stop.set()

    stopped = world.backfill(db, hooks=BackfillHooks(download=on_download), stop=stop)
    assert stopped.stopped and stopped.downloaded == ["2024q1"] and stopped.imports == []
    assert "stopped early" in stopped.summary()
    assert sorted(p.name for p in world.settings.datasets_dir.iterdir()) == ["2024q1_form345.zip"]
    assert stored(db) == []

    resumed = world.backfill(db)
    assert resumed.unchanged == ["2024q1"] and resumed.downloaded == ["2024q2"]
    assert stored(db) == accessions(world.everything) and not resumed.stopped


def test_a_backfill_stopped_during_an_import_resumes_and_stores_everything_once(world, db):
    stop = threading.Event()
    progress = []

    def on_import(p) -> None:
        progress.append(p)
        if p.filings >= 4:
            stop.set()

    stopped = world.backfill(db, hooks=BackfillHooks(imports=on_import), stop=stop, import_batch_size=2)
    assert stopped.stopped and 4 <= len(stored(db)) < 12
    assert db.execute("SELECT count(*) FROM dataset_imports").fetchone()[0] == 0
    assert progress[0].quarter == "2024q1" and progress[0].quarters == 2

    resumed = world.backfill(db, import_batch_size=2)
    assert not resumed.stopped and resumed.downloaded == [] and resumed.unchanged == ["2024q1", "2024q2"]
    assert stored(db) == accessions(world.everything)
    assert db.execute("SELECT count(*) FROM filings").fetchone()[0] == 30


CORPUS_ZIP = CORPUS / "datasets" / "corpus_form345.zip"
TICKERS_SAMPLE = EDGAR_SAMPLES / "company_tickers-sample.json"


@pytest.mark.skipif(not (CORPUS_ZIP.exists() and TICKERS_SAMPLE.exists()), reason="shared corpus not available")
def test_the_shared_samples_served_as_they_are(edgar_server, tmp_path, db):
    """The shared corpus zip served as a quarter and the real ticker table sample: tickers resolve on an empty
    database and a backfill of one issuer imports only that issuer's filings from the zip."""
    edgar_server.tickers_json = TICKERS_SAMPLE.read_bytes()
    edgar_server.publish_dataset("2023q3", CORPUS_ZIP.read_bytes(), directory=1)
    settings = settings_for(edgar_server, datasets_dir=tmp_path / "zips")
    client = EdgarClient.from_settings(settings, limiter=RateLimiter(1000))
    assert resolve_issuers(db, client, ["TGEN", "snow"]) == ["1537435", "1640147"]
    snow = "1640147"

    plan = plan_backfill(db, client, date(2023, 7, 1), date(2023, 9, 30), source="datasets", today=TODAY)
    report = run_backfill(db, client, settings, plan, issuers=[snow], now=NOW)
    assert report.downloaded == ["2023q3"] and not report.errors
    issuers = [row[0] for row in db.execute("SELECT issuer_cik FROM filings").fetchall()]
    assert issuers == ["0001640147"] * 4 and report.new == 4

    everyone = run_backfill(db, client, settings, plan, now=NOW)
    assert everyone.downloaded == [] and everyone.unchanged == ["2023q3"]
    assert db.execute("SELECT count(*) FROM filings").fetchone()[0] == 44


def test_a_failing_head_request_leaves_it_to_the_download(world, db):
    world.server.always(world.server.dataset_path("2024q1"), "500")     # HEAD and GET of the zip both fail
    plan = plan_backfill(db, world.client(), FROM, TO, today=TODAY)
    assert [(z.quarter, z.url) for z in plan.zips][0] == (Q1, None)
    report = run_backfill(db, world.client(), world.settings, plan, now=NOW)
    assert [what for what, _ in report.errors] == ["data set 2024q1"]
    assert stored(db) == accessions(world.q2 + world.q3)
