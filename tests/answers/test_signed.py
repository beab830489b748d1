"""Who signed a filing and where its reporting owners are (bot/answers/signed.py): the signature block as signed and
dated, and the owners' addresses as their newest filing states them; abroad only when asked."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.engine import answer
from bot.answers.signed import Address

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("question", "facts", "absent"), [
    # An attorney-in-fact signs for the insider: the name as signed, and its date.
    ("who signed dodges form 4", ["/s/ Faisal Hasan, attorney-in-fact", "dated Mar 18, 2025"], ["Not understood"]),
    ("Who signed Elon Musk's Form 5?", ["Aaron Beckman", "Form 5 for Dec 31, 2021"], []),
    # A joint filing: every owner's signature block, each with its capacity.
    ("On the Better Home & Finance Form 4, who signed for SB Global Advisers, and in what capacity?",
     ["Stephen Lam, General Counsel"], ["Not understood"]),
    # "when did ... sign": each filing's signature date.
    ("on what dates did Stanton Dodge and Jessica Garascia sign their 2025 Form 4s",
     ["dated Mar 18, 2025", "dated Jan 10, 2025"], []),
    ("jesica snoe tsvt form signed by who", ["Iya Kessler", "Read “jesica snoe” as Jessica Snow"], []),
    # Addresses: the owner's, as filed; abroad when asked, across the market.
    ("elon musks address on the tsla form 5", ["13101 TESLA ROAD, Austin, TX 78725"], []),
    ("golden properties arec where are they based", ["Vancouver, British Columbia, Canada V6E 2K3"], []),
    ("Across every company on file, which reporting owners are based outside the United States?",
     ["Vancouver", "London, United Kingdom", "Minato-Ku Tokyo, Japan"],
     ["No filings by United States", "Austin", "Cupertino"]),
])
def test_signatures_and_addresses(corpus_db, rules_settings, question, facts, absent) -> None:
    text = answer(question, corpus_db, today=TODAY, settings=rules_settings).text
    for fact in facts:
        assert fact in text, text
    for fact in absent:
        assert fact not in text, text


@pytest.mark.parametrize(("address", "abroad", "shown"), [
    (Address("Elon Musk", "13101 TESLA ROAD", "AUSTIN", "TX", "78725", ""), False, "13101 TESLA ROAD, Austin, TX 78725"),
    # EDGAR codes a country as a letter and a digit; the filing also names it.
    (Address("Golden", "#500", "VANCOUVER", "A1", "V6E 2K3", "BRITISH COLUMBIA, CANADA"), True,
     "#500, Vancouver, British Columbia, Canada V6E 2K3"),
    (Address("SB Management", "C/O WALKERS", "GRAND CAYMAN,", "E9", "KY1-9008", ""), True,
     "C/O WALKERS, Grand Cayman, E9 KY1-9008"),
])
def test_an_address_reads_as_filed_and_knows_when_it_is_abroad(address, abroad, shown) -> None:
    assert address.abroad is abroad
    assert str(address) == shown
