"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest

from storage.db import open_db


@pytest.fixture
def db_path(tmp_path):
    """The path of a fresh, migrated database file (``insiderbot.db`` in the test's tmp_path)."""
    path = tmp_path / "insiderbot.db"
    open_db(path).close()
    return path


@pytest.fixture
def db(db_path):
    """The writer of the database at ``db_path``, closed after the test."""
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def edgar_server():
    """A stand-in EDGAR on 127.0.0.1 (tests/edgar_server.py), empty until the test adds filings."""
    from edgar_server import EdgarTestServer

    with EdgarTestServer() as server:
        yield server
