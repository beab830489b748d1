"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest


@pytest.fixture
def edgar_server():
    """A stand-in EDGAR on 127.0.0.1 (tests/edgar_server.py), empty until the test adds filings."""
    from edgar_server import EdgarTestServer

    with EdgarTestServer() as server:
        yield server
