"""Data-set import speed: a synthetic quarter of real size, in the exact data-set layout, imported into a
database that already holds another such quarter.

Run from the repository root: ``python -m bench.dataset_import [--filings 60000] [--keep DIR]``.

Writes two zips ``2030q1_form345.zip`` and ``2030q2_form345.zip`` (each ``--filings`` filings, about five
table rows and three or four footnotes a filing, 14 SUBMISSION columns, files not sorted by accession,
surrogate keys running up or down within a filing, flags mixing 0/1/false/true, some amendments), imports
the first (not timed against the target), then the second into the same database, each import in a child
process so its peak memory is its own (the writer's plus its reader process's). Prints filings/s (target
≥ 3,000), the CPU seconds of the import's two processes (the figure to trust on cores other work shares), the
import's peak memory (target ≤ 500 MB) and the database bytes per filing, with every index and the
full-text tables current.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from tests.datasets.dataset_zip import HEADERS, MONTHS

TARGET_PER_SECOND = 3000.0
TARGET_PEAK_MB = 500.0

WORDS = ("shares", "held", "by", "the", "reporting", "person", "trust", "vest", "option", "grant", "plan",
         "price", "weighted", "average", "range", "sale", "pursuant", "rule", "10b5-1", "trading", "adopted")


def _date(rng: random.Random, year: int, quarter: int) -> str:
    return f"{rng.randint(1, 28):02d}-{MONTHS[(quarter - 1) * 3 + rng.randint(0, 2)]}-{year}"


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def _row(header: str, values: dict[str, str]) -> str:
    return "\t".join(values.get(name, "") for name in header.split())


def _filing_rows(rng: random.Random, acc: str, year: int, quarter: int, sk: dict[str, int]) -> dict[str, list[str]]:
    """The records of one filing in each table: about 5 rows, 3.3 footnotes, 1.2 owners."""
    out: dict[str, list[str]] = {name: [] for name in HEADERS}
    notes = [f"F{i}" for i in range(1, rng.choice((2, 3, 4, 4, 5)) + 1)]
    counts = {"NONDERIV_TRANS": rng.choice((1, 2, 3, 4, 5)), "NONDERIV_HOLDING": rng.choice((0, 0, 1, 1)),
              "DERIV_TRANS": rng.choice((0, 0, 1, 2)), "DERIV_HOLDING": rng.choice((0, 0, 0, 1))}
    for table, n in counts.items():
        keys = list(range(sk[table], sk[table] + n))
        sk[table] += n
        if rng.random() < 0.5:
            keys.reverse()
        for key in keys:
            shares = f"{rng.randint(1, 500000)}.0"
            out[table].append(_row(HEADERS[table], {
                "ACCESSION_NUMBER": acc, f"{table}_SK": str(key),
                "SECURITY_TITLE": rng.choice(("Common Stock", "Class A Common Stock", "Stock Option (Right to Buy)",
                                              "Restricted Stock Units")),
                "TRANS_DATE": _date(rng, year, quarter), "TRANS_FORM_TYPE": "4",
                "TRANS_CODE": rng.choice("SPAMFG"), "EQUITY_SWAP_INVOLVED": rng.choice(("0", "1", "false", "true")),
                "TRANS_SHARES": shares, "TRANS_SHARES_FN": rng.choice(("", "", "F1", "F1, F2")),
                "TRANS_PRICEPERSHARE": f"{rng.uniform(0.5, 400):.2f}", "TRANS_PRICEPERSHARE_FN": rng.choice(("", "F2")),
                "TRANS_ACQUIRED_DISP_CD": rng.choice("AD"), "SHRS_OWND_FOLWNG_TRANS": shares,
                "DIRECT_INDIRECT_OWNERSHIP": rng.choice("DI"), "CONV_EXERCISE_PRICE": f"{rng.uniform(1, 90):.2f}",
                "EXCERCISE_DATE": _date(rng, year + 1, quarter), "EXERCISE_DATE": _date(rng, year + 1, quarter),
                "EXPIRATION_DATE": _date(rng, year + 10, quarter), "UNDLYNG_SEC_TITLE": "Common Stock",
                "UNDLYNG_SEC_SHARES": shares, "NATURE_OF_OWNERSHIP": rng.choice(("", "", "By Trust")),
            }))
    for fid in notes:
        text = _text(rng, 8, 60)
        if rng.random() < 0.05:
            text = f'"{text} (the ""Plan"")"'
        out["FOOTNOTES"].append(_row(HEADERS["FOOTNOTES"], {"ACCESSION_NUMBER": acc, "FOOTNOTE_ID": fid,
                                                            "FOOTNOTE_TXT": text}))
    return out


def write_quarter(path: Path, filings: int, year: int, quarter: int, seed: int) -> None:
    """A synthetic ``YYYYqN_form345.zip`` of ``filings`` filings: 8,000 issuers, 50,000 owners."""
    rng = random.Random(seed)
    lines: dict[str, list[str]] = {name: [] for name in HEADERS}
    sk = {name: rng.randint(1_000_000, 2_000_000) for name in HEADERS}
    for n in range(filings):
        acc = f"{rng.randint(1, 1999999):010d}-{year % 100:02d}-{seed:01d}{n:05d}"
        issuer = rng.randint(1, 8000)
        amendment = rng.random() < 0.03
        flag = rng.choice(("0", "1", "false", "true", ""))
        lines["SUBMISSION"].append(_row(HEADERS["SUBMISSION"], {
            "ACCESSION_NUMBER": acc, "FILING_DATE": _date(rng, year, quarter), "PERIOD_OF_REPORT": _date(rng, year, quarter),
            "DATE_OF_ORIG_SUB": _date(rng, year, quarter) if amendment else "", "NOT_SUBJECT_SEC16": flag,
            "DOCUMENT_TYPE": rng.choice(("4", "4", "4", "4", "3", "5")) + ("/A" if amendment else ""),
            "ISSUERCIK": f"{1_000_000 + issuer:010d}", "ISSUERNAME": f"Issuer {issuer} Inc.",
            "ISSUERTRADINGSYMBOL": f"T{issuer}", "REMARKS": _text(rng, 3, 20) if rng.random() < 0.2 else "",
            "AFF10B5ONE": rng.choice(("0", "1", "")),
        }))
        owner = rng.randint(1, 50000)
        for k in range(rng.choice((1, 1, 1, 1, 2))):
            lines["REPORTINGOWNER"].append(_row(HEADERS["REPORTINGOWNER"], {
                "ACCESSION_NUMBER": acc, "RPTOWNERCIK": f"{2_000_000 + owner + k:010d}",
                "RPTOWNERNAME": f"Owner{owner + k} Pat", "RPTOWNER_RELATIONSHIP": rng.choice(
                    ("Director", "Officer", "Director,Officer", "TenPercentOwnerOther", "Other")),
                "RPTOWNER_TITLE": rng.choice(("", "CEO", "CFO")), "RPTOWNER_STREET1": "1 MAIN ST",
                "RPTOWNER_CITY": "SPRINGFIELD", "RPTOWNER_STATE": "IL", "RPTOWNER_ZIPCODE": "62701",
            }))
        lines["OWNER_SIGNATURE"].append(_row(HEADERS["OWNER_SIGNATURE"], {
            "ACCESSION_NUMBER": acc, "OWNERSIGNATURENAME": f"/s/ Owner{owner} Pat",
            "OWNERSIGNATUREDATE": _date(rng, year, quarter)}))
        for table, records in _filing_rows(rng, acc, year, quarter, sk).items():
            lines[table].extend(records)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for table, records in lines.items():
            rng.shuffle(records)
            body = "\t".join(HEADERS[table].split()) + "\n" + "\n".join(records) + "\n"
            archive.writestr(f"{table}.tsv", body)


def import_one(db_path: Path, zip_path: Path) -> dict:
    """In this process: import one zip, checkpoint the WAL; the figures as a dict."""
    from bot.ingest.datasets import import_dataset
    from storage.db import open_db

    db = open_db(db_path)
    start = time.perf_counter()
    report = import_dataset(db, zip_path)
    seconds = time.perf_counter() - start
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filings = db.execute("SELECT count(*) FROM filings").fetchone()[0]
    db.close()
    me, reader = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"filings": report.filings, "new": report.new, "rejected": len(report.rejected), "seconds": seconds,
            "peak_mb": (me.ru_maxrss + reader.ru_maxrss) / 1024, "stored": filings,
            "writer_cpu": me.ru_utime + me.ru_stime, "reader_cpu": reader.ru_utime + reader.ru_stime,
            "db_bytes": db_path.stat().st_size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=60000, help="filings per quarter (default 60,000)")
    parser.add_argument("--keep", type=Path, help="write the zips and database here and keep them")
    parser.add_argument("--import-one", nargs=2, type=Path, metavar=("DB", "ZIP"), help=argparse.SUPPRESS)
    parser.add_argument("--write-quarter", nargs=3, metavar=("ZIP", "FILINGS", "QUARTER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_quarter:
        path, filings, quarter = args.write_quarter
        write_quarter(Path(path), int(filings), 2030, int(quarter), seed=int(quarter))
        return 0
    if args.import_one:
        print(json.dumps(import_one(*args.import_one)))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        zips = [folder / "2030q1_form345.zip", folder / "2030q2_form345.zip"]
        start = time.perf_counter()
        for i, path in enumerate(zips):  # in a child process: this one stays small, and so do the import
            # processes it starts (a child's peak memory as measured starts at its parent's size)
            subprocess.run([sys.executable, "-m", "bench.dataset_import", "--write-quarter", str(path),
                            str(args.filings), str(i + 1)], check=True)
        print(f"wrote 2 quarters of {args.filings:,} filings in {time.perf_counter() - start:.1f}s "
              f"({zips[1].stat().st_size / 1e6:.1f} MB zipped)")
        db_path = folder / "bench.db"
        db_path.unlink(missing_ok=True)
        results = []
        for path in zips:
            out = subprocess.run([sys.executable, "-m", "bench.dataset_import", "--import-one", str(db_path),
                                  str(path)], check=True, capture_output=True, text=True).stdout
            results.append(json.loads(out.strip().splitlines()[-1]))
            r = results[-1]
            print(f"{path.name}: {r['filings']:,} filings ({r['new']:,} new, {r['rejected']} rejected) in "
                  f"{r['seconds']:.1f}s = {r['filings'] / r['seconds']:,.0f} filings/s, CPU {r['writer_cpu']:.1f}s "
                  f"writer + {r['reader_cpu']:.1f}s reader, peak {r['peak_mb']:.0f} MB")
        second = results[-1]
        rate = second["filings"] / second["seconds"]
        per_filing = second["db_bytes"] / second["stored"]
        cpu = second["writer_cpu"] + second["reader_cpu"]
        print(f"second quarter into a database holding the first: {rate:,.0f} filings/s "
              f"(target ≥ {TARGET_PER_SECOND:,.0f}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
              f"cores), {cpu:.1f} CPU seconds = {second['filings'] / cpu * (os.cpu_count() or 1):,.0f} filings/s "
              f"if every core were the import's, peak memory {second['peak_mb']:.0f} MB "
              f"(target ≤ {TARGET_PEAK_MB:.0f}), {per_filing:,.0f} database bytes per filing")
        return 0 if rate >= TARGET_PER_SECOND and second["peak_mb"] <= TARGET_PEAK_MB else 1


if __name__ == "__main__":
    sys.exit(main())
