"""The query budget in Slack (#12): a question over ANSWER_TIME_BUDGET_SECONDS is answered with what was found
and how to narrow it (never the "sorry" of a failure), and a slow answer never holds the others.

Bolt runs listeners on ``SlackServices.listeners``; each acks at once and hands the answer to the answer pool
(``ANSWER_WORKERS`` threads), so one slow question takes one worker while the others answer. SQLite releases
the GIL while it reads, so a slow read does not stall the other threads either.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from busy_db import fan_out
from slack_standin import BOT_TOKEN, SECRET, SlackStandIn, posted_blocks_text

from bot.answers.engine import answer as real_answer
from bot.config import Settings

REFERENCE = "what options did Tecogen's GC get"


@pytest.fixture
def busy_db(tecogen_db: Path, tmp_path: Path) -> Path:
    """The Tecogen filing copied 20,000 times, a day further back each time."""
    return fan_out(tecogen_db, tmp_path / "busy.db", 20_000)


def settings_for(standin: SlackStandIn, db: Path, budget: float) -> Settings:
    return Settings(_env_file=None, insiderbot_db=db, slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET,
                    slack_app_token=None, slack_api_url=standin.base_url, answer_mode="rules", llm_model=None,
                    answer_time_budget_seconds=budget, on_demand_fetch=False)


@pytest.fixture
def settings(request, standin: SlackStandIn, tecogen_db: Path) -> Settings:
    """The app's settings (``run_app`` serves with these): with a budget given (indirect parametrisation), that
    budget over the busy database; else the default budget over the Tecogen filing."""
    budget = getattr(request, "param", None)
    if budget is not None:
        return settings_for(standin, request.getfixturevalue("busy_db"), budget)
    return settings_for(standin, tecogen_db, 2.0)


@pytest.mark.parametrize("settings", [0.001], indirect=True)
def test_a_question_over_the_budget_is_answered_with_what_was_found_and_a_hint(run_app, standin) -> None:
    app = run_app()
    app.command("option grants")
    body = standin.wait_for("response_url", timeout=20)[0].body
    text = posted_blocks_text(body["blocks"])
    assert "This took too long over all " in text and "(the time budget is 0.001 s)" in text
    assert "Narrow it by " in text
    assert "Traceback" not in json.dumps(body) and "interrupted" not in json.dumps(body)


def test_a_slow_answer_does_not_hold_the_others(run_app, standin) -> None:
    """The first question takes as long as the test wants; the second is answered meanwhile."""
    release, started = threading.Event(), threading.Event()

    def answer(question, db, **kwargs):
        if question.startswith("slow"):
            started.set()
            assert release.wait(20)
            question = REFERENCE
        return real_answer(question, db, **kwargs)

    app = run_app(answer_fn=answer)
    app.command("slow: " + REFERENCE, response="slow")
    assert started.wait(10)
    app.command(REFERENCE, response="fast")
    fast = standin.wait_for("response_url", timeout=20)
    assert [c.path for c in fast] == ["/response/fast"]  # answered while the slow one still runs
    assert "John Whiting" in posted_blocks_text(fast[0].body["blocks"])
    release.set()
    both = standin.wait_for("response_url", count=2, timeout=20)
    assert [c.path for c in both] == ["/response/fast", "/response/slow"]
