"""The alert commands: `insiderbot alert/alerts/unalert/alerts run` and `/insider alert…` (through the real
listener, Bolt's Ack and Respond, and the Slack stand-in's response_url)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner
from digestkit import ACME, DOE, ny, store, tx
from slack_bolt import Ack
from slack_bolt.context.respond import Respond

from bot.cli import cli
from bot.slack.listeners.commands.alerts import alert_reply, alert_verb
from bot.slack.listeners.commands.insider import insider_command
from bot.slack.services import SlackServices
from storage import alerts
from storage.db import Store, open_db

log = logging.getLogger("test")


@pytest.fixture
def names(db, db_path: Path) -> Path:
    store(db, ACME, [DOE], [tx("P", 100, 10.0)], accepted=ny(2024, 1, 5, 10))
    return db_path


def invoke(settings, *args: str, code: int = 0):
    result = CliRunner().invoke(cli, list(args), obj={"settings": settings})
    assert result.exit_code == code, (result.output, result.stderr)
    return result


def test_cli_alert_alerts_unalert(settings, names: Path) -> None:
    db = str(names)
    out = invoke(settings, "alert", "--db", db, "--channel", "C1", "buys over $500k").stdout
    assert out == ("Alert 1: I'll post here when any insider reports purchases (P) worth more than $500,000 "
                   "(the filing's total).\n")
    invoke(settings, "alert", "--db", db, "--channel", "C2", "ACME")
    refused = invoke(settings, "alert", "--db", db, "--channel", "C1", "ACMF", code=1)
    assert "Did you mean: Acme Corp (ACME)?" in refused.stderr and "“cluster buys”" in refused.stderr
    listing = invoke(settings, "alerts", "--db", db).stdout
    assert listing == "C1:\n  1. buys over $500k — not fired yet\n\nC2:\n  2. ACME — not fired yet\n"
    assert invoke(settings, "alerts", "--db", db, "--channel", "C2").stdout == "C2:\n  2. ACME — not fired yet\n"
    assert "This channel has no alert 2" in invoke(settings, "unalert", "--db", db, "--channel", "C1", "2",
                                                   code=1).stderr
    assert invoke(settings, "unalert", "--db", db, "--channel", "C2", "2").stdout == "Removed alert 2 (ACME).\n"
    assert invoke(settings, "alerts", "--db", db, "--channel", "C2").stdout.startswith("C2:\n  No alerts here yet.")


def test_cli_alerts_run_prints_then_sends_once(settings, names: Path, standin) -> None:
    db = str(names)
    invoke(settings, "alert", "--db", db, "--channel", "C1", "ACME")
    assert invoke(settings, "alerts", "--db", db, "run").stdout == "Nothing to tell: no new filing matches a rule.\n"
    writer = open_db(names)
    store(writer, ACME, [DOE], [tx("S", 300, 10.0)], accepted=None)  # stored now: accepted when stored
    writer.close()
    printed = invoke(settings, "alerts", "--db", db, "run", "--channel", "C1").stdout
    assert printed.startswith("C1:\n  Insider alert · Acme Corp (ACME)")
    assert "Jane Doe (Chief Executive Officer) sold 300 shares" in printed and "(rule: ACME)" in printed
    assert not standin.calls("chat.postMessage")
    sent = invoke(settings, "alerts", "--db", db, "run", "--send")
    assert "Told 1 filing(s) in 1 notice(s)." in sent.stderr
    assert [c.body["channel"] for c in standin.calls("chat.postMessage")] == ["C1"]
    invoke(settings, "alerts", "--db", db, "run", "--send")
    assert len(standin.calls("chat.postMessage")) == 1
    assert "last fired" in invoke(settings, "alerts", "--db", db, "--channel", "C1").stdout


def test_slack_alert_replies(settings, names: Path) -> None:
    assert alert_verb("alert buys over $1M") == ("alert", "buys over $1M")
    assert alert_verb("alerts") == ("alerts", "") and alert_verb("alerting news?") is None
    with Store(names) as st:
        services = SlackServices(settings, st)
        try:
            message, visibility = alert_reply(services, "alert", "ACME", channel="C1", user="U1")
            assert visibility == "in_channel"
            assert "Alert 1: I'll post here when any insider of Acme Corp (ACME) files anything" in message["text"]
            assert "<@U1> added an alert here" in str(message["blocks"])
            message, visibility = alert_reply(services, "alert", "ACMF", channel="C1", user="U1")
            assert visibility == "ephemeral" and "Did you mean: Acme Corp (ACME)?" in message["text"]
            message, visibility = alert_reply(services, "alerts", "", channel="C1", user="U1")
            assert visibility == "ephemeral" and "1. ACME — not fired yet" in message["text"]
            message, visibility = alert_reply(services, "unalert", "1", channel="C1", user="U1")
            assert visibility == "in_channel" and "Removed alert 1 (ACME)." in message["text"]
        finally:
            services.close()


def test_insider_command_dispatches_alert_to_the_alert_handler(settings, names: Path, standin) -> None:
    with Store(names) as st:
        services = SlackServices(settings, st)
        try:
            ack = Ack()
            future = insider_command(ack, {"text": "alert Jane Doe", "channel_id": "C5", "user_id": "U1"},
                                     Respond(response_url=standin.response_url("alert")), {"services": services}, log)
            assert ack.response.status == 200
            future.result(30)
            [reply] = standin.wait_for("response_url")
            assert reply.body["response_type"] == "in_channel"
            assert "I'll post here when Jane Doe files anything" in reply.body["text"]
        finally:
            services.close()
    db = open_db(names)
    assert [(r.channel, r.text, r.created_by) for r in alerts.list_rules(db)] == [("C5", "Jane Doe", "U1")]
    db.close()
