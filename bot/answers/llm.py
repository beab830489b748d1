"""The optional LLM path (LangChain): question -> QuerySpec by structured output, and the answer's wording.

Imported only when an LLM is used, so ``insiderbot ask`` on the rules path never loads LangChain.
The model's spec is untrusted: it is validated by pydantic, and the engine re-resolves its company
and insider against the database. The model's wording is used only when every number in it appears
in the records (checked by the engine).
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from langchain_core.documents import Document
from langchain_core.prompts import ChatPromptTemplate
from pydantic import ValidationError

from bot.answers.spec import QuerySpec
from prompts import load_prompt

MAX_RECORDS_IN_PROMPT = 30


def spec_prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages(
        [("system", load_prompt("query_spec")), ("human", "{{{question}}}")], template_format="mustache",
    )


def tools_prompt() -> ChatPromptTemplate:
    """The instructions of the tool loop (comparisons and questions of several parts)."""
    return ChatPromptTemplate.from_messages(
        [("system", load_prompt("tools")), ("human", "{{{question}}}")], template_format="mustache",
    )


def answer_prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages(
        [("system", load_prompt("answer")),
         ("human", "Question: {{{question}}}\n\n<records>\n{{{records}}}\n</records>")],
        template_format="mustache",
    )


def make_model(model_name: str, timeout: float) -> Any:
    """A chat model from ``provider:model`` (e.g. ``openai:gpt-4.1-mini``); needs the provider's extra."""
    from langchain.chat_models import init_chat_model

    return init_chat_model(model_name, temperature=0, timeout=timeout, max_retries=1)


def run_bounded(fn, timeout: float):
    """``fn()`` in a worker thread, waiting at most ``timeout`` seconds (a TimeoutError after that)."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="insiderbot-llm")
    try:
        return pool.submit(fn).result(timeout=timeout)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


@dataclass
class SpecOutcome:
    spec: QuerySpec | None
    error: str | None = None


def parse_question(question: str, model: Any, *, today: dt.date, timeout: float) -> SpecOutcome:
    """Ask the model for a QuerySpec; any failure comes back as an error string, never raised."""
    try:
        chain = spec_prompt() | model.with_structured_output(QuerySpec, include_raw=True)
        result = run_bounded(lambda: chain.invoke({"question": question, "today": today.isoformat()}), timeout)
    except concurrent.futures.TimeoutError:
        return SpecOutcome(None, f"no reply within {timeout:g} s")
    except Exception as error:  # provider errors, unknown tools, bad arguments: all fall back to the rules
        return SpecOutcome(None, f"{type(error).__name__}: {short_text(str(error))}")
    if not isinstance(result, dict):
        return SpecOutcome(None, "unexpected reply")
    if result.get("parsing_error") is not None:
        return SpecOutcome(None, f"malformed output ({short_text(str(result['parsing_error']))})")
    parsed = result.get("parsed")
    if parsed is None:
        return SpecOutcome(None, "no structured output")
    if not isinstance(parsed, QuerySpec):
        try:
            parsed = QuerySpec.model_validate(parsed)
        except ValidationError as error:
            return SpecOutcome(None, f"malformed output ({short_text(str(error))})")
    return SpecOutcome(parsed)


def short_text(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def records_text(documents: list[Document]) -> str:
    """The records as numbered text blocks with their fields (filing text stays data inside the blocks)."""
    parts = []
    for i, doc in enumerate(documents[:MAX_RECORDS_IN_PROMPT], start=1):
        meta = {k: v for k, v in doc.metadata.items() if v is not None}
        text = f"[{i}] {doc.page_content}\nfields: {json.dumps(meta, ensure_ascii=False)}"
        parts.append(re.sub(r"</?records>", "", text, flags=re.I))
    return "\n\n".join(parts)


def phrase_answer(question: str, documents: list[Document], model: Any, *, today: dt.date,
                  timeout: float) -> tuple[str | None, str | None]:
    """The model's wording of the answer, or (None, why not)."""
    try:
        chain = answer_prompt() | model
        message = run_bounded(lambda: chain.invoke({"question": question, "records": records_text(documents),
                                             "today": today.isoformat()}), timeout)
    except concurrent.futures.TimeoutError:
        return None, f"no reply within {timeout:g} s"
    except Exception as error:
        return None, f"{type(error).__name__}: {short_text(str(error))}"
    text = message_text(message)
    return (text, None) if text else (None, "empty reply")


def message_text(message: Any) -> str:
    """A chat model reply's text (content given as a string or as a list of parts)."""
    content = getattr(message, "content", message)
    if isinstance(content, list):
        content = "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content or "").strip()
