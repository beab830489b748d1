"""The LangChain retriever over the store: one Document per transaction or holding, from any thread."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.answers.fetch import search
from bot.answers.retriever import FilingsRetriever
from bot.answers.spec import QuerySpec

TODAY = dt.date(2026, 11, 29)


def test_documents_for_the_reference_question(samples_db) -> None:
    docs = FilingsRetriever(db_path=str(samples_db), today=TODAY).invoke("what options did Tecogen's GC get")
    assert len(docs) == 1
    doc = docs[0]
    assert "was granted 37,500 stock options (right to buy)" in doc.page_content
    assert doc.metadata["shares"] == 37500 and doc.metadata["conversion_or_exercise_price"] == 0.88
    assert doc.metadata["ticker"] == "TGEN" and doc.metadata["transaction_code"] == "A"
    assert doc.id.endswith(":derivative_transaction:1")
    assert all(isinstance(v, str | int | float | bool | type(None)) for v in doc.metadata.values())


def test_spec_travels_as_a_keyword(samples_db) -> None:
    spec = QuerySpec(company="EXRB", transaction="sell")
    docs = FilingsRetriever(db_path=str(samples_db), today=TODAY).invoke("ignored words", spec=spec)
    assert [d.metadata["shares"] for d in docs] == [5000, 25000]
    assert {d.metadata["plan_10b5_1"] for d in docs} == {True}


def test_async_runs_in_another_thread(samples_db) -> None:
    retriever = FilingsRetriever(db_path=str(samples_db), today=TODAY)
    docs = asyncio.run(retriever.ainvoke("Director purchases at Example Robotics"))
    assert [d.metadata["shares"] for d in docs] == [10000]


def test_unknown_names_give_nothing(samples_db) -> None:
    assert search(samples_db, QuerySpec(company="No Such Company Anywhere"), today=TODAY) == []
    assert search(samples_db, QuerySpec(insider="Nobody Atall"), today=TODAY) == []
