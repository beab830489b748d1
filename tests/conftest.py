"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest

from storage.db import open_db


@pytest.fixture
def db(tmp_path):
    """A fresh database (``insiderbot.db`` in the test's tmp_path), migrated, closed after the test."""
    database = open_db(tmp_path / "insiderbot.db")
    yield database
    database.close()


@pytest.fixture
def edgar_server():
    """A stand-in EDGAR on 127.0.0.1 (tests/edgar_server.py), empty until the test adds filings."""
    from edgar_server import EdgarTestServer

    with EdgarTestServer() as server:
        yield server
