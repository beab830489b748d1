"""The same questions give the same answers whether the shared corpus came in as its 44 XML files or as
the SEC data-set zip written from them (``insiderbot ingest corpus_form345.zip``): only the source line
(a file path vs the filing's EDGAR index) and prices past the cent (the data sets round to cents) may differ, and so may dollar figures computed from those prices (by a few hundredths of a percent)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import CORPUS
from test_question_suite import CASES, TODAY

from bot.answers.engine import answer

REPO = Path(__file__).resolve().parents[2]
CORPUS_ZIP = CORPUS / "datasets" / "corpus_form345.zip"
MANIFEST = CORPUS / "datasets" / "corpus_form345.manifest.jsonl"
CORPUS_CASES = {name: case for name, case in CASES.items() if case.db == "corpus"}

pytestmark = pytest.mark.skipif(not CORPUS_ZIP.is_file(), reason=f"no data-set zip at {CORPUS_ZIP}")


SAMPLES = REPO / "bot" / "samples"
TECOGEN = REPO / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"


def ingest(path: Path, *sources: Path) -> str:
    run = subprocess.run([sys.executable, "-m", "bot", "ingest", "--db", str(path), *map(str, sources)],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return run.stdout


def as_submission(xml: Path, accession: str, filing_date: str, folder: Path) -> Path:
    """The XML file as the full submission ``.txt`` EDGAR serves, with the accession number and filing date
    the data-set zip gave it (so both roads name and order the filings alike)."""
    header = (f"<SEC-DOCUMENT>{accession}.txt\n<SEC-HEADER>{accession}.hdr.sgml\n"
              f"ACCESSION NUMBER:\t\t{accession}\nFILED AS OF DATE:\t\t{filing_date.replace('-', '')}\n"
              "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<TEXT>\n<XML>\n")
    path = folder / f"{accession}.txt"
    path.write_bytes(header.encode() + xml.read_bytes() + b"\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    return path


@pytest.fixture(scope="module")
def xml_db(tmp_path_factory) -> Path:
    """The 44 XML files of the corpus (as submissions with the zip's accession numbers and filing dates; not
    the corpus's other samples), the bundled samples and the Tecogen fixture."""
    folder = tmp_path_factory.mktemp("xml")
    manifest = [json.loads(line) for line in MANIFEST.read_text().splitlines() if line.strip()]
    submissions = [as_submission(CORPUS / entry["source"], entry["accession"], entry["filing_date"], folder)
                   for entry in manifest]
    path = folder / "xml.db"
    out = ingest(path, *submissions, SAMPLES, TECOGEN)
    assert out.startswith("49 new, 1 unchanged, 0 updated, 0 rejected"), out  # the Tecogen sample is the fixture
    return path


@pytest.fixture(scope="module")
def dataset_db(tmp_path_factory) -> Path:
    """The same, with the corpus from its data-set zip."""
    path = tmp_path_factory.mktemp("dataset") / "dataset.db"
    out = ingest(path, CORPUS_ZIP, SAMPLES, TECOGEN)
    assert re.search(r"\(dataset:corpus[^)]*\): 44 filings, 44 new, 0 unchanged, 0 updated, 0 rejected", out), out
    return path


NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
RELATIVE_TOLERANCE = 5e-4  # a price rounded to the cent moves a total by well under this
CENT = 0.0051  # a price rounded to the cent
DERIVED = re.compile(r"\(\$[\d,.]+ in all\)|\(exercise cost \$[\d,.]+\)")
WITHHELD_TOTAL = re.compile(r"^.*\bcode F\b.*$|^In total for .*\(tax withholding \(F\)[^\n]*$", re.M)


def comparable(text: str) -> tuple[str, list[float]]:
    """The answer's words without its source lines and links (numbers as #), and its numbers."""
    lines = [line for line in text.splitlines() if not re.match(r"\s*(Source|Sources)\b", line)]
    words = re.sub(r"https?://\S+|/\S+\.(xml|txt|nc)\b", "<link>", "\n".join(lines))
    # Shares times a price that is not an open-market one ("$0.3621" withheld for taxes: "$28,209.40 in all")
    # moves by the price's rounding, up to 1.4% for a price under a dollar: the price itself is compared.
    words = DERIVED.sub("(<derived>)", words)
    words = WITHHELD_TOTAL.sub(lambda m: re.sub(r"\$[\d,.]+", "<derived>", m[0]), words)  # the same, summed
    numbers = [float(n.replace(",", "")) for n in NUMBER.findall(words)]
    return NUMBER.sub("#", words), numbers


def test_the_data_set_import_stores_the_corpus(dataset_db) -> None:
    assert dataset_db.is_file()


@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_the_question_suite_answers_alike_on_both_roads(name, xml_db, dataset_db) -> None:
    case = CORPUS_CASES[name]
    today = case.today or TODAY
    from_xml = answer(case.question, xml_db, today=today).text
    from_dataset = answer(case.question, dataset_db, today=today).text
    words, numbers = comparable(from_dataset)
    xml_words, xml_numbers = comparable(from_xml)
    assert words == xml_words
    assert numbers == pytest.approx(xml_numbers, rel=RELATIVE_TOLERANCE, abs=CENT)
