"""Getting filings into the store: files and folders (``files``), and EDGAR's feed and daily indexes
(``sync``), with a database lock (``locks``) so two passes never overlap."""

from bot.ingest.files import IngestReport, ingest_paths, iter_files

__all__ = ["IngestReport", "ingest_paths", "iter_files"]
