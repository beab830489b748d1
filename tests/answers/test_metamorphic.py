"""Metamorphic tests: paraphrases of one question must give the same spec.

For each base question (a template over the samples and the shared corpus), generated wordings swap the
verb for a casual synonym, the company for its ticker, $ticker, name or possessive (with and without the
apostrophe), change the casing, reorder the words where the meaning keeps, and misspell a name by one
letter. Every wording's spec (names as the database knows them) must equal the first wording's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import cycle, islice

import pytest

from bot.answers.resolve import Catalogs
from bot.answers.understand import rules_spec

TODAY = dt.date(2026, 11, 29)
WORDINGS = 6  # generated wordings per base question (besides the base)

SELL = ["sold", "dumped", "unloaded", "offloaded", "trimmed", "sold off"]
SELL_NOW = ["sell", "dump", "unload", "offload", "trim", "cash out of"]
BUY = ["bought", "picked up", "scooped up", "purchased", "loaded up on", "bought more"]
BUY_NOW = ["buy", "pick up", "scoop up", "purchase", "load up on", "add to"]
GRANT_NOW = ["get", "receive", "get granted"]


@dataclass(frozen=True)
class Company:
    forms: tuple[str, ...]  # ticker, $ticker, name, in several casings
    possessive: tuple[str, ...]  # "Tesla's", "teslas", "TSLA's"


@dataclass(frozen=True)
class Person:
    forms: tuple[str, ...]  # "Elon Musk", "musk", ...
    possessive: tuple[str, ...]
    typo: str  # one letter off


COMPANIES = {
    "TSLA": Company(("TSLA", "$TSLA", "tsla", "$tsla", "Tesla", "tesla"), ("Tesla's", "teslas", "TSLA's", "tesla's")),
    "PLTR": Company(("PLTR", "$PLTR", "pltr", "Palantir", "palantir"), ("Palantir's", "palantirs", "PLTR's")),
    "AAPL": Company(("AAPL", "$AAPL", "$aapl", "Apple"), ("Apple's", "AAPL's")),
    "SNOW": Company(("SNOW", "$SNOW", "$snow", "Snowflake", "snowflake"), ("Snowflake's", "snowflakes", "SNOW's")),
    "DKNG": Company(("DKNG", "$DKNG", "dkng", "DraftKings", "draftkings"), ("DraftKings'", "draftkings's", "DKNG's")),
    "WVE": Company(("WVE", "$WVE", "$wve", "Wave Life Sciences"), ("Wave's", "WVE's")),
    "MVIS": Company(("MVIS", "$MVIS", "mvis", "MicroVision", "microvision"), ("MicroVision's", "microvisions")),
    "TGEN": Company(("TGEN", "$TGEN", "tgen", "Tecogen", "tecogen"), ("Tecogen's", "tecogens", "TGEN's", "tgen's")),
    "EXRB": Company(("EXRB", "$EXRB", "exrb", "Example Robotics", "example robotics"), ("EXRB's", "Example Robotics'")),
    "EXBT": Company(("EXBT", "$EXBT", "exbt", "Example Biotech"), ("EXBT's", "Example Biotech's")),
    "LRCX": Company(("LRCX", "$LRCX", "lrcx", "Lam Research", "lam research"), ("Lam Research's", "LRCX's")),
    "MDB": Company(("MDB", "$MDB", "mdb", "MongoDB", "mongodb"), ("MongoDB's", "mongodbs")),
    "JBLU": Company(("JBLU", "$JBLU", "jblu", "JetBlue", "jetblue"), ("JetBlue's", "jetblues")),
    "PDEX": Company(("PDEX", "$PDEX", "pdex", "Pro-Dex"), ("Pro-Dex's", "PDEX's")),
}

PEOPLE = {
    "musk": Person(("Elon Musk", "elon musk", "Musk", "musk", "ELON MUSK"), ("Musk's", "musks", "Elon Musk's"), "Muks"),
    "thiel": Person(("Peter Thiel", "peter thiel", "Thiel", "thiel"), ("Thiel's", "thiels", "Peter Thiel's"), "Theil"),
    "adams": Person(("Katherine Adams", "katherine adams", "Adams"), ("Katherine Adams's", "Adams's"), "Admas"),
    "scarpelli": Person(("Michael Scarpelli", "michael scarpelli", "Scarpelli", "scarpelli"),
                        ("Scarpelli's", "scarpellis"), "Scrapelli"),
    "dodge": Person(("Stanton Dodge", "stanton dodge", "R. Stanton Dodge"), ("Stanton Dodge's",), "Stanton Dogde"),
    "moran": Person(("Kyle Moran", "kyle moran", "Moran", "moran"), ("Kyle Moran's", "morans"), "Kyle Moarn"),
    "whiting": Person(("John Whiting", "john whiting", "Whiting", "whiting", "whiting john"),
                      ("John Whiting's", "whitings"), "Whtiing"),
    "doe": Person(("Jane Doe", "jane doe", "Jane A. Doe", "JANE DOE"), ("Jane Doe's", "jane does"), "Jane Deo"),
    "roe": Person(("Richard Roe", "richard roe", "Roe"), ("Richard Roe's", "Roe's"), "Richard Reo"),
    "markham": Person(("Drew Markham", "drew markham", "Markham", "markham"), ("Markham's", "markhams"), "Makrham"),
    "hoffman": Person(("Reid Hoffman", "reid hoffman", "Hoffman"), ("Reid Hoffman's", "hoffmans"), "Hofmfan"),
    "botha": Person(("Roelof Botha", "roelof botha", "Botha"), ("Botha's", "Roelof Botha's"), "Roelof Btoha"),
}


def variants(base: str, templates: list[str], slots: dict[str, list[str]]) -> list[str]:
    """The base wording, then ``WORDINGS`` more: each template filled with the slots' alternatives in
    turn (so every alternative of every slot is used), and the base in lower case."""
    out = [base, base.lower()]
    columns = {name: cycle(values) for name, values in slots.items()}
    for template in islice(cycle(templates), WORDINGS):
        out.append(template.format(**{name: next(column) for name, column in columns.items()}))
    return list(dict.fromkeys(out))


def company_slots(ticker: str) -> dict[str, list[str]]:
    c = COMPANIES[ticker]
    return {"c": list(c.forms), "cs": list(c.possessive)}


def person_slots(key: str) -> dict[str, list[str]]:
    p = PEOPLE[key]
    return {"p": list(p.forms) + [p.typo], "ps": list(p.possessive)}


@dataclass(frozen=True)
class Base:
    db: str
    wordings: list[str]

    @property
    def id(self) -> str:
        return self.wordings[0]


def _bases() -> list[Base]:
    bases: list[Base] = []
    # 1. a person's sales at a company in a year (verb, name, ticker, order, typo)
    for person, ticker, year, db in [
        ("musk", "TSLA", 2021, "corpus"), ("thiel", "PLTR", 2021, "corpus"), ("thiel", "PLTR", 2024, "corpus"),
        ("adams", "AAPL", 2022, "corpus"), ("scarpelli", "SNOW", 2022, "corpus"), ("dodge", "DKNG", 2025, "corpus"),
        ("moran", "WVE", 2025, "corpus"), ("doe", "EXRB", 2024, "samples"),
    ]:
        slots = person_slots(person) | company_slots(ticker) | {"sell": SELL}
        base = f"{PEOPLE[person].forms[0]} sales at {ticker} in {year}"
        bases.append(Base(db, variants(base, [
            f"{{p}} {{sell}} {{c}} shares in {year}", f"{{c}} sales by {{p}} in {year}",
            f"in {year}, {{p}} {{sell}} {{c}} stock", f"{{ps}} {{c}} sales in {year}",
            f"sales by {{p}} at {{c}} in {year}", f"{{p}} {{sell}} what at {{c}} in {year}?",
        ], slots)))
    # 2. how much a person sold (a total), with the same swaps
    for person, ticker, year, db in [
        ("musk", "TSLA", 2021, "corpus"), ("thiel", "PLTR", 2024, "corpus"), ("scarpelli", "SNOW", 2022, "corpus"),
        ("adams", "AAPL", 2022, "corpus"), ("doe", "EXRB", 2024, "samples"), ("moran", "WVE", 2025, "corpus"),
    ]:
        slots = person_slots(person) | company_slots(ticker) | {"sell": SELL_NOW}
        base = f"how much did {PEOPLE[person].forms[0]} sell at {ticker} in {year}"
        bases.append(Base(db, variants(base, [
            f"how much did {{p}} {{sell}} at {{c}} in {year}", f"how much {{c}} did {{p}} {{sell}} in {year}",
            f"in {year} how much did {{p}} {{sell}} at {{c}}", f"how much did {{p}} {{sell}} at {{c}} in {year} ?",
        ], slots)))
    # 3. a role's trades at a company (possessive with and without the apostrophe)
    for ticker, role, kind, db in [
        ("TSLA", "CEO", "sales", "corpus"), ("AAPL", "general counsel", "sales", "corpus"),
        ("SNOW", "CFO", "sales", "corpus"), ("DKNG", "chief legal officer", "sales", "corpus"),
        ("WVE", "CFO", "sales", "corpus"), ("EXRB", "CEO", "sales", "samples"),
        ("TGEN", "GC", "grants", "samples"), ("MVIS", "GC", "grants", "corpus"),
        ("JBLU", "CTO", "grants", "corpus"), ("EXBT", "CFO", "grants", "samples"),
    ]:
        verb = {"sales": SELL, "grants": ["got", "received", "was granted", "was given", "was awarded"]}[kind]
        slots = company_slots(ticker) | {"v": verb}
        base = f"{ticker} {role} {kind}"
        bases.append(Base(db, variants(base, [
            f"{{cs}} {role} {kind}", f"{kind} by the {role} of {{c}}", f"what has {{cs}} {role} {{v}}",
            f"{{c}} {role.upper()} {kind}", f"{kind} by {{cs}} {role}",
        ], slots)))
    # 4. purchases at a company (casual buy verbs)
    for ticker, db in [("PLTR", "corpus"), ("EXRB", "samples"), ("EXBT", "samples"), ("TSLA", "corpus"),
                       ("PDEX", "corpus")]:
        slots = company_slots(ticker) | {"buy": BUY}
        base = f"who bought {ticker} stock"
        bases.append(Base(db, variants(base, [
            "who {buy} {c} stock", "who {buy} {c} shares", "which insiders {buy} {c}", "who {buy} any {c}",
        ], slots)))
    # 5. a person's options or RSUs (name forms and typos)
    for person, security, db in [
        ("whiting", "options", "samples"), ("musk", "options", "corpus"), ("markham", "RSUs", "corpus"),
        ("hoffman", "RSUs", "corpus"), ("moran", "options", "corpus"), ("botha", "gifts", "corpus"),
    ]:
        slots = person_slots(person)
        base = f"{PEOPLE[person].forms[0]} {security}"
        bases.append(Base(db, variants(base, [
            f"{{ps}} {security}", f"{security} of {{p}}", f"{{p}} {security}", f"{security.upper()} for {{p}}",
        ], slots)))
    # 6. market-wide questions: scope words are no company
    scopes = ["anywhere", "overall", "market-wide", "across all companies", "in the whole database", "on record",
              "across the market", "everywhere"]
    for base, templates in [
        ("top purchases", ["top purchases {s}", "biggest purchases {s}", "{s} top purchases"]),
        ("largest sales", ["largest sales {s}", "biggest sales {s}", "top sales {s}"]),
        ("biggest grants", ["biggest grants {s}", "largest grants {s}"]),
        ("how many 4/As", ["how many 4/As are there {s}", "how many 4/as {s}", "count of 4/As {s}"]),
        ("how many form 3s", ["how many form 3s {s}", "number of Form 3s {s}", "count of form 3s {s}"]),
        ("who sold the most", ["who sold the most {s}", "who dumped the most {s}", "who unloaded the most {s}"]),
        ("which insiders filed the most", ["which insiders filed the most {s}", "who filed the most {s}"]),
        ("who bought the most", ["who bought the most {s}", "who picked up the most {s}"]),
        ("sales in 2025", ["sales {s} in 2025", "all sales in 2025 {s}", "in 2025, sales {s}"]),
        ("largest purchase", ["largest purchase {s}", "biggest purchase {s}"]),
    ]:
        bases.append(Base("corpus", variants(base, templates, {"s": scopes})))
    # 7. a company's amounts and dates (ticker forms, "thru", casing)
    for ticker, base, templates in [
        ("TSLA", "TSLA sales over $1M in 2021", ["{c} sales over $1M in 2021", "sales over $1m at {c} in 2021",
                                                 "{c} sales > $1,000,000 in 2021"]),
        ("PLTR", "PLTR sales between 2021-01-01 and 2024-12-31", ["{c} sales 2021 thru 2024",
                                                                  "{c} sales 2021 through 2024",
                                                                  "{c} sales from 2021 to 2024"]),
        ("TSLA", "TSLA sales in November 2021", ["{c} sales nov 2021", "sales at {c} in november 2021",
                                                 "{c} sales in Nov 2021"]),
        ("SNOW", "SNOW insiders", ["{c} insiders", "who are the insiders at {c}", "insiders at {c}"]),
        ("LRCX", "LRCX gifts", ["{c} gifts", "gifts at {c}", "{cs} gifts"]),
        ("MDB", "MDB gifts", ["{c} gifts", "gifts at {c}", "{cs} gifts"]),
        ("DKNG", "latest activity at DKNG", ["latest activity at {c}", "{c} latest activity",
                                             "most recent activity at {c}"]),
        ("TGEN", "TGEN options", ["{c} options", "options at {c}", "{cs} options"]),
        ("EXRB", "net buying at EXRB", ["net buying at {c}", "{c} net buying", "net buying at {c}?"]),
        ("WVE", "WVE option exercises", ["{c} option exercises", "option exercises at {c}", "{cs} option exercises"]),
        ("PLTR", "how many filings at PLTR", ["how many filings at {c}", "number of filings at {c}",
                                              "count of {c} filings"]),
        ("TSLA", "Form 4s filed at TSLA in 2021", ["form 4s filed at {c} in 2021", "{c} form 4s in 2021"]),
    ]:
        db = "samples" if ticker in ("TGEN", "EXRB", "EXBT") else "corpus"
        bases.append(Base(db, variants(base, templates, company_slots(ticker))))
    # 8. "what is X's role at Y"
    for person, ticker, db in [("whiting", "TGEN", "samples"), ("moran", "WVE", "corpus"),
                               ("scarpelli", "SNOW", "corpus"), ("adams", "AAPL", "corpus")]:
        slots = person_slots(person) | company_slots(ticker)
        base = f"what is {PEOPLE[person].possessive[0]} role at {ticker}"
        bases.append(Base(db, variants(base, [
            "what is {ps} role at {c}", "{ps} title at {c}", "what's {ps} title at {c}?", "{p} role at {c}",
        ], slots)))
    return bases


BASES = _bases()


def test_enough_base_questions() -> None:
    assert len(BASES) >= 60
    assert sum(len(b.wordings) for b in BASES) >= 60 * 5


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return Catalogs()


@pytest.mark.parametrize("base", BASES, ids=lambda b: b.id)
def test_paraphrases_give_the_same_spec(base: Base, request, catalogs) -> None:
    db = request.getfixturevalue(f"{base.db}_db")
    expected = rules_spec(base.wordings[0], db, catalogs, today=TODAY)
    assert expected is not None
    for wording in base.wordings[1:]:
        spec = rules_spec(wording, db, catalogs, today=TODAY)
        assert spec == expected, f"{wording!r} read differently from {base.wordings[0]!r}"
