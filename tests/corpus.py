"""Where the shared corpus of real Form 3/4/5 filings is, for the tests and the benchmarks.

``$INSIDERBOT_CORPUS`` when set, else ``shared/form4-corpus`` beside the repository. Its real EDGAR feed
pages, index files and submissions are in ``edgar-samples/`` inside it. Whoever reads it skips (or falls
back to something smaller) when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    """The shared corpus: ``$INSIDERBOT_CORPUS``, else the repository's sibling ``shared/form4-corpus``."""
    env = os.environ.get("INSIDERBOT_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "form4-corpus"


CORPUS = corpus_dir()
EDGAR_SAMPLES = CORPUS / "edgar-samples"
