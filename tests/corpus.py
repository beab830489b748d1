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


def write_amended_pair(folder: Path) -> bool:
    """Write the corpus's Lam Research 4/A and the original Form 4 it amends (rebuilt from the 4/A: form 4,
    no dateOfOriginalSubmission, signed on the original date) into ``folder``; False without the corpus."""
    import re

    amendment = CORPUS / "lrcx-ahmed-4a-2024-11-04.xml"
    if not amendment.exists():
        return False
    text = amendment.read_text()
    original = re.sub(r"\s*<dateOfOriginalSubmission>[^<]*</dateOfOriginalSubmission>", "", text)
    original = original.replace("<documentType>4/A</documentType>", "<documentType>4</documentType>")
    original = original.replace("<signatureDate>2024-12-10</signatureDate>", "<signatureDate>2024-11-04</signatureDate>")
    assert original != text and "4/A" not in original
    (folder / "lrcx-original-4.xml").write_text(original)
    (folder / amendment.name).write_text(text)
    return True
