"""The LLM's tool loop for comparisons and questions of several parts, with LangChain fake tool-calling models:
the model searches the filings (``search_filings``, bounded), answers only from what the searches returned,
and every figure is checked; a name not on file, a loop, a failure or an unchecked figure leaves the rules
answer in place with a note saying why."""

from __future__ import annotations

import datetime as dt

from langchain_core.messages import AIMessage, ToolMessage

from bot.answers.engine import answer
from bot.answers.resolve import Catalogs
from bot.answers.spec import QuerySpec
from bot.answers.tools import MAX_CALLS, TOOL_NAME, search_filings, tool_schema
from bot.config import Settings
from storage.reader import reader_of

TODAY = dt.date(2026, 11, 29)
QUESTION = "EXRB vs TGEN sales"
RULES_LEAD = "Sales at Example Robotics Inc. (EXRB): $1,269,587.50 for 30,000 shares in 2 transactions"
GOOD = ("Example Robotics insiders sold $1,269,587.50 (30,000 shares, May 15, 2024 to May 16, 2024); no sales at "
        "Tecogen are on file, so there is nothing to compare them with.")


def search(args: dict, call_id: str = "call-1") -> AIMessage:
    return AIMessage("", tool_calls=[{"name": TOOL_NAME, "id": call_id, "args": args}])


EXRB_SALES = search({"company": "EXRB", "transaction": "sell", "aggregation": "total"}, "c1")
TGEN_SALES = search({"company": "TGEN", "transaction": "sell", "aggregation": "total"}, "c2")


def ask(db, model, question: str = QUESTION, settings=None):
    settings = settings or Settings(_env_file=None, answer_mode="llm", llm_model=None, llm_timeout_seconds=5)
    return answer(question, db, settings=settings, model=model, today=TODAY)


def test_model_searches_each_part_and_answers_from_the_records(samples_db, fake_model) -> None:
    model = fake_model(EXRB_SALES, TGEN_SALES, GOOD)
    result = ask(samples_db, model)
    assert result.headline == GOOD
    assert "— Sales at Example Robotics Inc. (EXRB):" in result.text  # the rules details stay under it
    assert any("from 2 searches of the filings" in note for note in result.notes)
    assert len(model.seen) == 3
    system, human = model.seen[0][0].content, model.seen[0][1].content
    assert "Today is 2026-11-29" in system and f"at most {MAX_CALLS} calls" in system and human == QUESTION
    first_result = model.seen[1][-1]
    assert isinstance(first_result, ToolMessage) and first_result.tool_call_id == "c1"
    assert "All together: 2 transactions, $1,269,587.50 at the filed prices, 30,000 shares" in first_result.content
    assert "<records>" in first_result.content and "sold 25,000 shares of Common Stock" in first_result.content
    assert "Totals: no matching transactions." in model.seen[2][-1].content


def test_a_figure_not_in_the_records_keeps_the_rules_answer(samples_db, fake_model) -> None:
    model = fake_model(EXRB_SALES, TGEN_SALES, "Example Robotics insiders sold $2,500,000.00; Tecogen sold 12,345 shares.")
    result = ask(samples_db, model)
    assert result.headline.startswith(RULES_LEAD)
    assert any("not in the filings (12,345, 2,500,000)" in note and "rules answer is shown" in note
               for note in result.notes)


def test_a_company_not_on_file_is_said_to_the_model_and_never_replaced(samples_db, fake_model) -> None:
    model = fake_model(search({"company": "XYZQ", "transaction": "sell"}), "XYZQ insiders sold 5,000,000 shares.")
    result = ask(samples_db, model)
    assert "No company called “XYZQ” is in the database; nothing was searched for it." in model.seen[1][-1].content
    assert result.headline.startswith(RULES_LEAD)
    assert any("names that are not in the database: “XYZQ”" in note for note in result.notes)
    assert any("it answered without finding any records" in note for note in result.notes)


def test_after_a_missing_name_the_model_can_still_answer_what_is_on_file(samples_db, fake_model) -> None:
    text = "No company XYZQ is on file. Example Robotics insiders sold $1,269,587.50."
    model = fake_model(search({"company": "XYZQ", "transaction": "sell"}), EXRB_SALES, text)
    result = ask(samples_db, model, "XYZQ vs EXRB sales")
    assert result.headline == text
    assert any("“XYZQ”" in note for note in result.notes)


def test_a_model_that_keeps_searching_is_stopped_at_the_bound(samples_db, fake_model) -> None:
    model = fake_model(*[search({"company": "EXRB", "transaction": "sell"}, f"c{i}") for i in range(10)])
    result = ask(samples_db, model)
    assert len(model.seen) == MAX_CALLS + 1  # four searches answered, the fifth refused
    assert result.headline.startswith(RULES_LEAD)
    assert any(f"kept searching past the bound of {MAX_CALLS} searches" in note and "rules answer is shown" in note
               for note in result.notes)


def test_an_unknown_tool_or_bad_arguments_are_told_to_the_model(samples_db, fake_model) -> None:
    model = fake_model(
        AIMessage("", tool_calls=[{"name": "RunSQL", "id": "x", "args": {"sql": "DELETE FROM filings"}}]),
        search({"company": "EXRB", "aggregation": "everything"}, "y"), EXRB_SALES, GOOD)
    result = ask(samples_db, model)
    assert "Unknown tool 'RunSQL'" in model.seen[1][-1].content
    assert "Invalid search" in model.seen[2][-1].content
    assert result.headline == GOOD


def test_an_answer_without_searching_is_not_used(samples_db, fake_model) -> None:
    model = fake_model("Tecogen sold nothing and Example Robotics sold a lot.")
    result = ask(samples_db, model)
    assert result.headline.startswith(RULES_LEAD)
    assert any("answered without finding any records" in note for note in result.notes)


def test_a_slow_model_falls_back(samples_db, fake_model) -> None:
    settings = Settings(_env_file=None, answer_mode="llm", llm_model=None, llm_timeout_seconds=0.2)
    result = ask(samples_db, fake_model(EXRB_SALES, delay=1.0), settings=settings)
    assert result.headline.startswith(RULES_LEAD)
    assert any("no reply within 0.2 s" in note for note in result.notes)


def test_rules_mode_never_calls_the_model(samples_db, fake_model, rules_settings) -> None:
    model = fake_model()
    result = answer(QUESTION, samples_db, settings=rules_settings, model=model, today=TODAY)
    assert result.headline.startswith(RULES_LEAD) and model.seen == []


def test_questions_of_one_part_keep_the_one_query_llm_path(samples_db, fake_model) -> None:
    model = fake_model({"company": "EXRB", "transaction": "sell"}, "Jane A. Doe sold 25,000 and 5,000 shares.")
    result = ask(samples_db, model, "EXRB sales")
    assert result.query["parser"] == "llm" and result.headline == "Jane A. Doe sold 25,000 and 5,000 shares."


def test_the_tool_takes_the_query_spec_fields() -> None:
    schema = tool_schema()["function"]
    assert schema["name"] == TOOL_NAME
    assert {"company", "insider", "transaction", "period", "aggregation"} <= set(schema["parameters"]["properties"])


def test_search_filings_directly(samples_db) -> None:
    from bot.answers import query

    reader = reader_of(samples_db)
    with query.connect(reader) as conn:
        found = search_filings(conn, Catalogs(), reader, QuerySpec(company="EXRB", transaction="sell"), TODAY)
        assert [r["shares"] for r in found.records] == [5000, 25000] and found.missing is None
        missing = search_filings(conn, Catalogs(), reader, QuerySpec(insider="Nobody Atall"), TODAY)
        assert missing.missing == "Nobody Atall" and missing.records == []
        assert "No insider called “Nobody Atall”" in missing.text


def test_llm_mode_without_a_model_says_so(samples_db) -> None:
    settings = Settings(_env_file=None, answer_mode="llm", llm_model=None)
    result = answer(QUESTION, samples_db, settings=settings, today=TODAY)
    assert result.headline.startswith(RULES_LEAD)
    assert any("LLM_MODEL is not set" in note for note in result.notes)
