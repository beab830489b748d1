"""A LangChain retriever over the filings store: one Document per transaction or holding.

A thin adapter around ``fetch.search`` (spec -> records), for the LLM path and for anyone composing
LangChain runnables. Pass the parsed spec as a keyword (``retriever.invoke(question, spec=spec)``);
without one the question goes through the rules parser (``understand.rules_spec``). The connection is
opened inside each call through the store's read-only reader, so the retriever works from any thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from bot.answers.fetch import search
from bot.answers.records import Record
from bot.answers.render_records import record_details, record_sentence
from bot.answers.resolve import Catalogs
from bot.answers.spec import QuerySpec
from bot.answers.understand import rules_spec


def record_document(rec: Record) -> Document:
    """The record's sentence and details as text; the filing's facts as JSON-safe metadata."""
    text = "\n".join([record_sentence(rec), *record_details(rec)])
    metadata = {
        "filing_id": rec.filing_id,
        "accession_number": rec.accession_number,
        "url": rec.url,
        "form": rec.document_type,
        "filed_at": rec.filed_at,
        "signed_at": rec.signed_at,
        "issuer_cik": rec.issuer_cik,
        "issuer_name": rec.issuer_name,
        "ticker": rec.ticker,
        "owners": "; ".join(f"{o.display} ({o.role})" if o.role else o.display for o in rec.owners),
        "security_title": rec.security_title,
        "transaction_code": rec.transaction_code,
        "transaction_date": rec.transaction_date,
        "shares": rec.shares,
        "price_per_share": rec.price_per_share,
        "acquired_disposed": rec.acquired_disposed,
        "conversion_or_exercise_price": rec.conversion_or_exercise_price,
        "exercise_date": rec.exercise_date,
        "expiration_date": rec.expiration_date,
        "underlying_shares": rec.underlying_shares,
        "shares_owned_following": rec.shares_owned_following,
        "direct_indirect": rec.direct_indirect,
        "plan_10b5_1": rec.plan_10b5_1,
        "is_holding": rec.is_holding,
    }
    return Document(page_content=text, metadata=metadata, id=rec.entry_id)


class FilingsRetriever(BaseRetriever):
    """Documents for the records that answer a QuerySpec."""

    db_path: Any  # a Store, its Reader, or a database file's path
    catalogs: Any = None  # the name catalogs to reuse (``resolve.Catalogs``); a new cache when not given
    today: dt.date | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                spec: QuerySpec | None = None) -> list[Document]:
        today = self.today or dt.date.today()
        catalogs = self.catalogs or Catalogs()
        if spec is None:
            spec = rules_spec(query, self.db_path, catalogs, today=today)
        if spec is None:
            return []
        return [record_document(r) for r in search(self.db_path, spec, today=today, catalogs=catalogs)]
