"""``insiderbot parse`` against edgartools 5.x, whole process, over the same real filings.

Run from the repository root: ``python -m bench.parse_vs_edgartools [--files 2240] [--rounds 1]
[--records] [--corpus DIR]``.

The shared corpus's XML files, repeated until there are ``--files`` of them (2,240 = the 44 files about 51
times), are copied into a temporary folder. Then, each as one whole process (start-up and imports included),
taking turns round by round so a busy machine slows both alike:

1. ``insiderbot parse FOLDER > file``: every filing parsed and printed as one JSON document per line;
2. edgartools: ``Ownership.parse_xml`` of each file's text (its Form 3/4/5 parser, to its dict of the
   filing's parts); with ``--records`` also ``Ownership(...).to_dataframe().to_dict("records")``, a dict
   per row as ``insiderbot parse`` prints. edgartools looks each reporting owner up on data.sec.gov (company
   or person?); with no internet that look-up is replaced by "a person", which only makes edgartools faster.

Prints both wall times (and CPU seconds), and the ratio edgartools / insiderbot (target ≥ 10×, goal 25×).
edgartools is not a dependency of the project (``pip install edgartools`` into the venv); without it the
bench says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from tests.corpus import corpus_dir

RATIO_TARGET = 10.0
RATIO_GOAL = 25.0
FILES = 2240

# The edgartools side, run as ``python -c``: argv[1] the folder, argv[2] "records" or "parse".
EDGARTOOLS_SCRIPT = """
import sys
from pathlib import Path
import edgar.ownership.owners as owners
owners.Entity = lambda cik: None  # offline: no data.sec.gov look-up per owner (treated as a person)
from edgar.ownership import Ownership
records = sys.argv[2] == "records"
count = 0
for path in sorted(Path(sys.argv[1]).glob("*.xml")):
    parts = Ownership.parse_xml(path.read_text())
    if records:
        rows = Ownership(**parts).to_dataframe().to_dict("records")
    count += 1
print(count)
"""


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float   # CPU seconds of the process (user + system)


def has_edgartools() -> bool:
    return importlib.util.find_spec("edgar") is not None


def copy_filings(corpus: Path, folder: Path, count: int) -> int:
    """``count`` copies of the corpus's XML files, round after round, into ``folder``; how many were copied."""
    sources = sorted(corpus.glob("*.xml"))
    if not sources:
        return 0
    for n, source in enumerate(itertools.islice(itertools.cycle(sources), count)):
        shutil.copyfile(source, folder / f"{n:05d}-{source.name}")
    return count


def insiderbot_command() -> list[str]:
    script = Path(sys.executable).with_name("insiderbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def timed(command: list[str], out: Path) -> Run:
    """Run ``command`` to the end with its stdout in ``out``: wall and CPU seconds of the whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with out.open("wb") as sink:
        subprocess.run(command, stdout=sink, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu)


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda run: run.wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=FILES, help=f"how many filings (default {FILES})")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each side, taking turns; best kept")
    parser.add_argument("--records", action="store_true",
                        help="edgartools also builds its rows as dicts (to_dataframe().to_dict('records'))")
    parser.add_argument("--corpus", type=Path, default=corpus_dir())
    args = parser.parse_args()
    if not has_edgartools():
        print("edgartools is not installed (pip install edgartools into the venv): skipped.")
        return 0
    with tempfile.TemporaryDirectory(prefix="parse-vs-edgartools-") as tmp:
        folder = Path(tmp) / "filings"
        folder.mkdir()
        count = copy_filings(args.corpus, folder, args.files)
        if not count:
            print(f"no XML files in {args.corpus}: skipped.")
            return 0
        ours_out, theirs_out = Path(tmp) / "insiderbot.jsonl", Path(tmp) / "edgartools.txt"
        edgartools = [sys.executable, "-c", EDGARTOOLS_SCRIPT, str(folder), "records" if args.records else "parse"]
        ours, theirs = [], []
        for _ in range(args.rounds):
            ours.append(timed([*insiderbot_command(), "parse", str(folder)], ours_out))
            theirs.append(timed(edgartools, theirs_out))
        lines = sum(1 for _ in ours_out.open("rb"))
        parsed = int(theirs_out.read_text().strip() or 0)
    if lines != count or parsed != count:
        print(f"error: insiderbot printed {lines} and edgartools parsed {parsed} of {count} filings")
        return 1
    mine, other = best(ours), best(theirs)
    ratio = other.wall / mine.wall
    side = "Ownership.parse_xml + to_dataframe().to_dict('records')" if args.records else "Ownership.parse_xml"
    print(f"{count} filings, whole process, best of {args.rounds}:")
    print(f"  insiderbot parse   {mine.wall:7.2f} s wall  {mine.cpu:7.2f} s CPU  {count / mine.wall:8.0f} filings/s")
    print(f"  edgartools         {other.wall:7.2f} s wall  {other.cpu:7.2f} s CPU  {count / other.wall:8.0f} filings/s"
          f"  ({side})")
    verdict = "goal met" if ratio >= RATIO_GOAL else "target met" if ratio >= RATIO_TARGET else "UNDER the target"
    print(f"  ratio {ratio:.1f}x wall, {other.cpu / mine.cpu:.1f}x CPU "
          f"(target >= {RATIO_TARGET:.0f}x, goal {RATIO_GOAL:.0f}x): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
