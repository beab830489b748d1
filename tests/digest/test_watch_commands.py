"""Watch targets and the watch commands: `insiderbot watch/unwatch/watchlist/digest` and `/insider watch…`
(through the real listener, Bolt's Ack and Respond, and the Slack stand-in's response_url)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner
from digestkit import ACME, DOE, ROE, index_url, ny, store, tx
from slack_bolt import Ack
from slack_bolt.context.respond import Respond

from bot.cli import cli
from bot.digest.targets import Refusal, Target, resolve_targets, split_targets, split_text
from bot.ingest import ingest_paths
from bot.slack.listeners.commands.insider import insider_command
from bot.slack.listeners.commands.watchlist import FilterError, parse_filters, watch_reply, watch_verb
from bot.slack.services import SlackServices
from storage import watchlists
from storage.db import Store, open_db

REPO = Path(__file__).resolve().parents[2]
TGEN = "0001537435"
WHITING = "0001990311"
log = logging.getLogger("test")


@pytest.fixture
def names_db(db_path: Path) -> Path:
    db = open_db(db_path)
    ingest_paths(db, [REPO / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml", REPO / "bot" / "samples"])
    db.close()
    return db_path


@pytest.fixture
def names(names_db: Path):
    """The process's store over ``names_db``."""
    with Store(names_db) as store:
        yield store


def test_split_targets() -> None:
    assert split_text('TGEN AAPL "John Whiting" $brk.b 1537435') == ["TGEN", "AAPL", "John Whiting", "$brk.b",
                                                                      "1537435"]
    assert split_text("John Whiting TGEN Example Robotics") == ["John Whiting", "TGEN", "Example Robotics"]
    assert split_text('"John Whiting') == ["John Whiting"]
    assert split_targets(["John Whiting", "TGEN"]) == ["John Whiting", "TGEN"]


def test_targets_resolve_to_stored_companies_and_insiders(names: Store) -> None:
    results = resolve_targets(names, ["TGEN", "$tgen", "tgen", "Tecogen", "John Whiting", "whiting john",
                                         "1537435", "Example Robotics"])
    assert [(r.kind, r.cik) for r in results if isinstance(r, Target)] == [
        ("issuer", TGEN), ("issuer", TGEN), ("issuer", TGEN), ("issuer", TGEN), ("owner", WHITING),
        ("owner", WHITING), ("issuer", TGEN), ("issuer", "0009990001")]
    assert results[0].label == "Tecogen Inc. (TGEN)" and results[4].label == "John Whiting"


def test_unknown_tickers_and_names_are_refused_with_suggestions(names: Store) -> None:
    tgne, aapl, nobody = resolve_targets(names, ["TGNE", "AAPL", "Jonh Whiteing Smithers"])
    assert isinstance(tgne, Refusal) and tgne.suggestions[0] == "Tecogen Inc. (TGEN)"
    assert tgne.message() == ("Unknown ticker TGNE: no filings of a company with that ticker are stored. "
                              "Did you mean: Tecogen Inc. (TGEN)?")
    assert isinstance(aapl, Refusal) and aapl.reason.startswith("Unknown ticker AAPL")
    assert isinstance(nobody, Refusal) and nobody.suggestions == ["John Whiting"]


def invoke(settings, *args: str, code: int = 0):
    result = CliRunner().invoke(cli, list(args), obj={"settings": settings})
    assert result.exit_code == code, (result.output, result.stderr)
    return result


def test_cli_watch_unwatch_watchlist(settings, names_db: Path) -> None:
    db = str(names_db)
    out = invoke(settings, "watch", "--db", db, "--channel", "C123", "TGEN", "John", "Whiting", "TGNE", code=1)
    assert out.stdout.splitlines() == ["Now watching Tecogen Inc. (TGEN).", "Now watching John Whiting."]
    assert "Unknown ticker TGNE" in out.stderr and "Tecogen Inc. (TGEN)" in out.stderr
    assert invoke(settings, "watch", "--db", db, "--channel", "C123", "TGEN").stdout == "Already watching Tecogen Inc. (TGEN).\n"
    listing = invoke(settings, "watchlist", "--db", db, "--channel", "C123", "--open-market", "--min-value", "25000",
                     "--no-quiet-days").stdout
    assert "Companies: Tecogen Inc. (TGEN)" in listing and "Insiders: John Whiting" in listing
    assert "Filters: open-market purchases and sales only, transactions of at least $25,000" in listing
    assert 'Quiet days: no message' in listing
    assert invoke(settings, "unwatch", "--db", db, "--channel", "C123", "Whiting", "AAPL", code=1).stdout == (
        "Stopped watching John Whiting.\n")
    assert "C123:" in invoke(settings, "watchlist", "--db", db).stdout
    handle = open_db(names_db)
    assert [(i.kind, i.cik) for i in watchlists.list_watches(handle, "C123")] == [("issuer", TGEN)]
    assert watchlists.get_filters(handle, "C123").min_value == 25000
    handle.close()
    invoke(settings, "watchlist", "--db", db, "--min-value", "0", code=2)  # filters need a channel


def test_cli_digest_prints_and_sends_once(settings, db, db_path: Path, standin) -> None:
    watchlists.add_watch(db, "C9", "issuer", ACME.cik, "Acme Corp (ACME)")
    friday = store(db, ACME, [DOE], [tx("S", 1000, 50.0, "2024-03-07")], accepted=ny(2024, 3, 8, 10))
    monday = store(db, ACME, [ROE], [tx("P", 10, 50.0, "2024-03-11")], accepted=ny(2024, 3, 11, 9))
    out = invoke(settings, "digest", "--db", str(db_path), "--channel", "C9", "--date", "2024-03-11").stdout
    assert out.startswith("Insider digest · Mon, Mar 11, 2024\n")
    assert index_url(friday) in out and index_url(monday) not in out
    since = invoke(settings, "digest", "--db", str(db_path), "--channel", "C9", "--since", "2024-03-11").stdout
    assert index_url(friday) not in since and index_url(monday) in since
    assert standin.calls() == []
    sent = invoke(settings, "digest", "--db", str(db_path), "--channel", "C9", "--date", "2024-03-11", "--send")
    assert "Sent to C9 in 1 message(s)." in sent.stderr
    [call] = standin.calls("chat.postMessage")
    assert call.body["channel"] == "C9" and index_url(friday) in str(call.body["blocks"])
    again = invoke(settings, "digest", "--db", str(db_path), "--channel", "C9", "--date", "2024-03-11", "--send",
                   code=1)
    assert "already sent" in again.stderr and len(standin.calls("chat.postMessage")) == 1
    invoke(settings, "digest", "--db", str(db_path), "--channel", "C-none", code=1)
    no_token = settings.model_copy(update={"slack_bot_token": None})
    invoke(no_token, "digest", "--db", str(db_path), "--channel", "C9", "--send", code=2)


def test_watch_verbs_and_filter_words() -> None:
    assert watch_verb("watch TGEN AAPL") == ("watch", "TGEN AAPL")
    assert watch_verb("  Watchlist  ") == ("watchlist", "")
    assert watch_verb("unwatch   TGEN") == ("unwatch", "TGEN")
    assert watch_verb("what did TGEN insiders watch") is None
    assert parse_filters("open-market on min-value $100,000 officers off quiet-days off") == {
        "open_market_only": True, "min_value": 100000.0, "officers_directors_only": False, "quiet_days": False}
    assert parse_filters("min-value 25k") == {"min_value": 25000.0}
    assert parse_filters("min-value off") == {"min_value": None}
    for bad in ("open-market", "colour blue", "min-value lots", "officers maybe"):
        with pytest.raises(FilterError):
            parse_filters(bad)


def test_slack_watch_replies(settings, names: Store) -> None:
    message, visibility = watch_reply(names, settings, "watch", 'TGEN "John Whiting" TGNE', channel="C1", user="U1")
    text = message["blocks"][0]["text"]["text"]
    assert visibility == "in_channel"
    assert "Now watching Tecogen Inc. (TGEN)." in text and "Now watching John Whiting." in text
    assert "Unknown ticker TGNE" in text and "Did you mean: Tecogen Inc. (TGEN)?" in text
    assert "<@U1> changed this channel's watchlist" in str(message["blocks"])
    message, visibility = watch_reply(names, settings, "watch", "TGEN", channel="C1", user="U1")
    assert visibility == "ephemeral" and "Already watching" in message["text"]
    message, visibility = watch_reply(names, settings, "watchlist", "min-value 50000 quiet-days off",
                                      channel="C1", user="U2")
    assert visibility == "in_channel"
    assert "transactions of at least $50,000" in message["text"] and "Quiet days: no message" in message["text"]
    message, visibility = watch_reply(names, settings, "unwatch", "TGEN", channel="C1", user="U1")
    assert visibility == "in_channel" and "Stopped watching Tecogen Inc. (TGEN)." in message["text"]
    message, _ = watch_reply(names, settings, "watchlist", "", channel="C1", user="U1")
    assert "Companies: none" in message["text"] and "Insiders: John Whiting" in message["text"]
    message, visibility = watch_reply(names, settings, "watchlist", "volume high", channel="C1", user="U1")
    assert visibility == "ephemeral" and "Unknown filter" in message["text"]
    other, _ = watch_reply(names, settings, "watchlist", "", channel="D7", user="U1")
    assert "Nothing is watched here yet" in other["text"]


def test_insider_command_dispatches_watch_to_the_watch_handler(settings, names: Store, names_db: Path,
                                                                standin) -> None:
    services = SlackServices(settings, names)
    try:
        ack = Ack()
        future = insider_command(ack, {"text": 'watch TGEN "John Whiting"', "channel_id": "C5", "user_id": "U1"},
                                 Respond(response_url=standin.response_url("watch")), {"services": services}, log)
        assert ack.response.status == 200
        future.result(30)
        [reply] = standin.wait_for("response_url")
        assert reply.body["response_type"] == "in_channel"
        assert "Now watching Tecogen Inc. (TGEN)." in reply.body["text"]
    finally:
        services.close()
    db = open_db(names_db)
    assert [(i.kind, i.cik, i.added_by) for i in watchlists.list_watches(db, "C5")] == [
        ("issuer", TGEN, "U1"), ("owner", WHITING, "U1")]
    db.close()


def test_the_home_tab_shows_the_watchlist_of_the_users_dm(settings, names: Store, standin) -> None:
    from slack_sdk import WebClient
    from slack_standin import limit_violations

    from bot.slack.listeners.events.app_home_opened import app_home_opened

    watch_reply(names, settings, "watch", "TGEN", channel="D42", user="U9")
    services = SlackServices(settings, names)
    try:
        client = WebClient(token=settings.slack_bot_token, base_url=standin.base_url)
        app_home_opened({"type": "app_home_opened", "user": "U9", "channel": "D42", "tab": "home"}, client,
                        {"services": services}, log)
    finally:
        services.close()
    [call] = standin.calls("views.publish")
    view_blocks = call.body["view"]["blocks"]
    assert limit_violations(view_blocks, surface="view") == []
    home_text = str(view_blocks)
    assert "*Your watchlist*" in home_text and "Companies: Tecogen Inc. (TGEN)" in home_text
    assert "/insider watch" in home_text
