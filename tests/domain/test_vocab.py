"""Roles from titles and flags, security kinds from titles, display names."""

from __future__ import annotations

import pytest

from bot.domain.vocab import display_name, roles_of, security_kind


@pytest.mark.parametrize("title, role", [
    ("General Counsel & Secretary", "general_counsel"), ("SVP, GC and Secretary", "general_counsel"),
    ("Senior VP, GC, CAO & Secretary", "general_counsel"), ("Senior VP, GC, CAO & Secretary", "cao"),
    ("SVP, CLO & Secretary", "general_counsel"), ("Chief Legal Officer", "general_counsel"), ("GC", "general_counsel"),
    ("CEO", "ceo"), ("President and CEO", "ceo"), ("President and CEO", "president"),
    ("Chief Financial Officer", "cfo"), ("Chief Digital & Tech Officer", "cto"), ("Chief Technology Officer", "cto"),
    ("Pres, Prod Architect & Chairmn", "chair"), ("EVP, CRO & Pres. Life Sciences", "president"),
])
def test_title_roles(title, role) -> None:
    assert role in roles_of(title, None, 0, 1, 0)


@pytest.mark.parametrize("title, role", [
    ("Senior Vice President", "president"), ("Chief Financial Officer", "general_counsel"),
    ("Chief Accounting Officer", "cfo"), ("Director of Sales", "director"),
])
def test_title_non_roles(title, role) -> None:
    assert role not in roles_of(title, None, 0, 1, 0)


def test_flags() -> None:
    assert roles_of(None, None, 1, 0, 1) == {"director", "ten_percent_owner"}


def test_see_remarks_reads_the_remarks() -> None:
    assert "cfo" in roles_of("See Remarks", None, 0, 1, 0, "Title: Chief Financial Officer")


@pytest.mark.parametrize("title, derivative, kind", [
    ("Stock Option (Right to Buy)", 1, "option"), ("Share Option (right to buy)", 1, "option"),
    ("Restricted Stock Units", 1, "rsu"), ("Common Stock (restricted stock units)", 0, "rsu"),
    ("Performance Stock Units", 1, "psu"), ("Class B Common Stock Warrant (Right to buy)", 1, "warrant"),
    ("Series C Preferred Stock Warrants (right to buy)", 1, "warrant"), ("Series A Preferred Stock", 1, "preferred"),
    ("Class A Common Stock", 0, "common"), ("Ordinary Shares", 0, "common"), ("Class B Common Stock", 1, "common"),
    ("Convertible Notes", 1, None),
])
def test_security_kinds(title, derivative, kind) -> None:
    assert security_kind(title, derivative) == kind


@pytest.mark.parametrize("name, shown", [
    ("Whiting John", "John Whiting"), ("WHITING JOHN", "John Whiting"), ("Adams Katherine L.", "Katherine L. Adams"),
    ("CABILLOT RAYMOND E", "Raymond E. Cabillot"), ("McMahon John Dennis", "John Dennis McMahon"),
    ("MCMAHON JOHN", "John McMahon"), ("O'BRIEN PAT", "Pat O'Brien"), ("Smith John A Jr", "John A. Smith Jr."),
    ("Whiting, John", "John Whiting"), ("SOFTBANK GROUP CORP.", "SOFTBANK GROUP CORP."),
    ("FARNAM STREET PARTNERS LP /MN", "FARNAM STREET PARTNERS LP /MN"), ("Elon Musk Revocable Trust", "Elon Musk Revocable Trust"),
    ("Jean-Claude Carine Lamercie", "Carine Lamercie Jean-Claude"),
])
def test_display_names(name, shown) -> None:
    assert display_name(name) == shown


@pytest.mark.parametrize("title, roles", [
    ("EVP, Chief People & Places Officer", {"officer"}),
    ("SVP, GC & Secretary", {"general_counsel", "officer"}),
    ("Chief Legal Officer", {"general_counsel", "officer"}),
    ("Chief Legal & Administrative Officer", {"general_counsel", "officer"}),
    ("Chief Administrative and Legal Officer", {"general_counsel", "officer"}),
    ("Pres. & CEO", {"president", "ceo", "officer"}),
    ("Principal Executive Officer", {"ceo", "officer"}),
    ("Chief Exec. Officer", {"ceo", "officer"}),
    ("Co-CEO", {"ceo", "officer"}),
    ("Interim Chief Executive Officer", {"ceo", "officer"}),
    ("Chief Finance Officer", {"cfo", "officer"}),
    ("Principal Financial and Accounting Officer", {"cfo", "cao", "officer"}),
    ("SVP, Finance & Chief Accounting Officer", {"cao", "officer"}),
    ("EVP and Chief Operating Officer", {"coo", "officer"}),
    ("Chief Digital & Tech Officer", {"cto", "officer"}),
    ("Executive Chairman", {"chair", "officer"}),
    ("Head of Legal", {"general_counsel", "officer"}),
    ("Vice President, Sales", {"officer"}),
])
def test_odd_titles_read_as_every_role_they_name(title, roles) -> None:
    assert roles_of(title, None, 0, 1, 0) == roles
