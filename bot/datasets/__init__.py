"""The SEC's quarterly Insider Transactions Data Sets (``2023q3_form345.zip``) read into the same
:class:`~bot.domain.filing.Filing` objects the XML parser gives (see ``notes/datasets.md`` in the shared
folder for the format). Pure: a zip in, filings and a list of problems out; no storage, no HTTP.

    ds = open_dataset("2023q3_form345.zip", issuer_ciks=None)
    for filing in ds.filings():   # streamed, a bucket of filings at a time
        ...
    ds.problems                   # [Problem(file, line, reason, accession, warning)], complete at the end

``ds.built(build)`` gives ``build(source)`` of each filing's records instead (``FilingSource``: what the import
turns straight into rows, ``bot.ingest.dataset_rows``).
"""

from bot.datasets.reader import Dataset, Problem, open_dataset, quarter_label

__all__ = ["Dataset", "Problem", "open_dataset", "quarter_label"]
