"""The data-set zips on EDGAR (bot.edgar.datasets) against the stand-in: both directories, the conditional GET
that skips an unchanged zip, a changed zip, a quarter not published, a transfer cut short, a zip that is not
whole, a slow download stopped half-way."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from edgar_server import dataset_zip, make_filings
from test_edgar_client import client_for

from bot.edgar.client import EdgarContentError, EdgarError, Stopped
from bot.edgar.datasets import (
    DATASET_DIRECTORIES,
    FIRST_QUARTER,
    Quarter,
    dataset_urls,
    fetch_zip,
    locate,
    quarters_touching,
    sha256_of,
)

Q3 = Quarter(2023, 3)


@pytest.fixture
def zipped():
    return dataset_zip(make_filings(6, [date(2023, 7, 5), date(2023, 9, 28)]))


def test_quarters_are_named_and_bounded_as_the_data_sets_name_them():
    assert Q3.label == "2023q3" and Q3.file_name == "2023q3_form345.zip"
    assert (Q3.first_day, Q3.last_day) == (date(2023, 7, 1), date(2023, 9, 30))
    assert Quarter(2023, 4).next() == Quarter(2024, 1) and Quarter.of(date(2024, 2, 29)) == Quarter(2024, 1)
    assert Quarter.parse("2006Q1") == FIRST_QUARTER
    assert quarters_touching(date(2023, 9, 30), date(2024, 4, 1)) == [Q3, Quarter(2023, 4), Quarter(2024, 1),
                                                                        Quarter(2024, 2)]
    assert dataset_urls("https://www.sec.gov/", Q3) == [
        f"https://www.sec.gov/{DATASET_DIRECTORIES[0]}/2023q3_form345.zip",
        f"https://www.sec.gov/{DATASET_DIRECTORIES[1]}/2023q3_form345.zip",
    ]
    assert "structureddata" in DATASET_DIRECTORIES[0] and "datastandardsinnovation" in DATASET_DIRECTORIES[1]


def test_a_zip_under_the_second_directory_is_found_kept_and_not_downloaded_again(edgar_server, tmp_path, zipped):
    server = edgar_server
    server.publish_dataset("2023q3", zipped, directory=1)
    client = client_for(server)

    url, size = locate(client, Q3)
    assert url.endswith(server.dataset_path("2023q3")) and size == len(zipped)
    assert [r.method for r in server.dataset_requests()] == ["HEAD", "HEAD"]   # 404 in the first directory

    seen: list[tuple[int, int | None]] = []
    first = fetch_zip(client, Q3, tmp_path, first_url=url, on_bytes=lambda done, total: seen.append((done, total)))
    assert first.status == "downloaded"
    kept = first.zip
    assert kept.path == tmp_path / "2023q3_form345.zip" and kept.path.read_bytes() == zipped
    assert kept.size == len(zipped) and kept.sha256 == sha256_of(kept.path)
    assert kept.validators.etag and kept.validators.last_modified
    assert seen[-1] == (len(zipped), len(zipped))
    assert not list(tmp_path.glob("*.part"))

    before = len(server.dataset_requests())
    again = fetch_zip(client, Q3, tmp_path, kept)
    assert again.status == "unchanged" and again.zip == kept
    [conditional] = server.dataset_requests()[before:]
    assert conditional.headers.get("If-None-Match") == kept.validators.etag
    assert conditional.headers.get("If-Modified-Since") == kept.validators.last_modified

    changed = dataset_zip(make_filings(7, [date(2023, 8, 1)], start=50))
    server.publish_dataset("2023q3", changed, directory=1)
    third = fetch_zip(client, Q3, tmp_path, kept)
    assert third.status == "downloaded" and third.zip.sha256 != kept.sha256
    assert kept.path.read_bytes() == changed and third.zip.validators.etag != kept.validators.etag


def test_a_zip_deleted_from_disk_is_downloaded_again_without_validators(edgar_server, tmp_path, zipped):
    edgar_server.publish_dataset("2023q3", zipped)
    client = client_for(edgar_server)
    kept = fetch_zip(client, Q3, tmp_path).zip
    kept.path.unlink()
    again = fetch_zip(client, Q3, tmp_path, kept)
    assert again.status == "downloaded" and kept.path.read_bytes() == zipped
    assert "If-None-Match" not in edgar_server.dataset_requests()[-1].headers


def test_a_quarter_not_published_is_404_in_both_directories(edgar_server, tmp_path):
    client = client_for(edgar_server)
    assert locate(client, Q3) is None
    assert fetch_zip(client, Q3, tmp_path).status == "unpublished"
    assert len(edgar_server.dataset_requests()) == 4 and not list(tmp_path.iterdir())


def test_a_transfer_cut_short_is_retried_and_one_that_stays_short_leaves_nothing(edgar_server, tmp_path, zipped):
    server = edgar_server
    server.publish_dataset("2023q3", zipped)
    client = client_for(server)
    server.fault(server.dataset_path("2023q3"), "truncated")
    assert fetch_zip(client, Q3, tmp_path).zip.path.read_bytes() == zipped

    other = tmp_path / "other"
    server.always(server.dataset_path("2023q3"), "truncated")
    with pytest.raises(EdgarError):
        fetch_zip(client, Q3, other)
    assert not other.exists() or not list(other.iterdir())


def test_a_zip_served_whole_but_cut_short_is_refused_and_removed(edgar_server, tmp_path, zipped):
    edgar_server.publish_dataset("2023q3", zipped[: len(zipped) * 2 // 3])
    with pytest.raises(EdgarContentError, match="not a complete zip"):
        fetch_zip(client_for(edgar_server), Q3, tmp_path)
    assert not list(tmp_path.iterdir())


def test_a_slow_download_reports_progress_and_stops_at_once_leaving_no_half_file(edgar_server, tmp_path, zipped):
    edgar_server.publish_dataset("2023q3", zipped, pause=0.05, chunk=max(1, len(zipped) // 20))
    stop = threading.Event()
    seen: list[int] = []

    def on_bytes(done: int, total: int | None) -> None:
        seen.append(done)
        if len(seen) == 3:
            stop.set()

    with pytest.raises(Stopped):
        fetch_zip(client_for(edgar_server), Q3, tmp_path, stop=stop, on_bytes=on_bytes)
    assert len(seen) == 3 and seen[-1] < len(zipped)
    assert not list(tmp_path.iterdir())
