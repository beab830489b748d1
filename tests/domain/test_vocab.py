"""Roles from titles and flags, security kinds from titles, display names."""

from __future__ import annotations

import pytest

from bot.domain.vocab import ROLE_LABELS, display_name, has_role, roles_of, security_kind


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
    ("EVP, Chief People & Places Officer", {"chro", "officer"}),
    ("EVP, CRO & Pres. Life Sciences", {"cro", "president", "officer"}),
    ("Chief Marketing Officer", {"cmo", "officer"}), ("Chief Medical Officer", {"cmo", "officer"}),
    ("Chief Human Resources Officer", {"chro", "officer"}),
    ("SVP, GC & Secretary", {"general_counsel", "secretary", "officer"}),
    ("VP, Treasurer", {"treasurer", "officer"}),
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


# ---- has_role: the SQLite function is exactly membership in roles_of -----------------------------

_TITLES = [None, "", "  ", "CEO", "President and CEO", "See Remarks", "see remarks below", "Chief Financial Officer",
           "Senior Vice President", "Director of Sales", "General Counsel & Secretary", "Co-CEO", "Chairman",
           "Principal Financial and Accounting Officer", "Chief Digital & Tech Officer", "10% Owner"]
_OTHERS = [None, "", "Member of 10% group", "Chief Executive Officer", "former CFO"]
_REMARKS = [None, "", "Title: Chief Financial Officer", "The reporting person is the CEO and Chairman. " * 10,
            "Exhibit 24 - Power of Attorney"]
_ROLES = [*ROLE_LABELS, "no_such_role"]


def test_has_role_is_membership_in_roles_of() -> None:
    """Every role, title, other text, flag and remarks combination: has_role(role, ...) == role in roles_of(...),
    asked twice (the second time from the titles already read)."""
    for _ in range(2):
        for title in _TITLES:
            for other in _OTHERS:
                for remarks in _REMARKS:
                    for flags in ((0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1), (None, None, None)):
                        roles = roles_of(title, other, *flags, remarks)
                        for role in _ROLES:
                            assert has_role(role, title, other, *flags, remarks) == int(role in roles), (
                                role, title, other, flags, remarks)


def test_roles_of_returns_a_fresh_set() -> None:
    """The roles read from a title are shared between calls; the set each call returns is the caller's own."""
    first = roles_of("CEO", None, 0, 1, 0)
    first.add("chair")
    assert roles_of("CEO", None, 0, 1, 0) == {"ceo", "officer"}


def test_security_kind_called_again_gives_the_same_kind() -> None:
    for title, derivative in (("Restricted Stock Units", 1), ("Common Stock", 0), ("SARs", 1), (None, 0), (None, 1)):
        assert security_kind(title, derivative) == security_kind(title, derivative) == security_kind(title, bool(derivative))
