"""Socket Mode for real: Bolt's SocketModeHandler connects to the stand-in's WebSocket server (found
through ``apps.connections.open``), receives envelopes, acks them over the socket, and the answers
reach the Web API stand-in; setting the stop event closes the connection and runs ``on_stop``."""

from __future__ import annotations

import threading
import time

from slack_standin import BOT_USER_ID, command_fields, event_payload, posted_blocks_text

from bot.slack.app import build_app
from bot.slack.runners import run_socket_mode
from bot.slack.services import SlackServices

APP_TOKEN = "xapp-1-A0APP001-test"


def test_socket_mode_answers_a_command_and_a_mention_then_stops(settings, tecogen_store, standin) -> None:
    settings = settings.model_copy(update={"slack_app_token": APP_TOKEN, "slack_signing_secret": None})
    services = SlackServices(settings, tecogen_store)
    app = build_app(settings, services)
    stop = threading.Event()
    stopped = threading.Event()

    def on_stop() -> None:
        services.close()
        stopped.set()

    runner = threading.Thread(target=run_socket_mode, args=(app, APP_TOKEN),
                              kwargs={"on_stop": on_stop, "stop": stop}, daemon=True)
    runner.start()
    try:
        deadline = time.monotonic() + 10
        while standin.socket_connections() == 0:
            assert time.monotonic() < deadline, "the app did not connect"
            time.sleep(0.02)
        assert standin.calls("apps.connections.open")

        envelope = standin.send_envelope(
            "slash_commands", command_fields("what options did Tecogen's GC get", standin.response_url("sm")),
            accepts_response_payload=True)
        ack = standin.wait_for("socket_ack")[0].body
        assert ack["envelope_id"] == envelope
        assert ack["payload"]["text"].startswith("Looking that up")
        answer = standin.wait_for("response_url")[0].body
        assert "was granted 37,500 stock options" in posted_blocks_text(answer["blocks"])

        event = {"type": "app_mention", "user": "U0USER01", "channel": "C0CHAN01", "ts": "1700000900.000100",
                 "text": f"<@{BOT_USER_ID}> who are the insiders at Tecogen"}
        standin.send_envelope("events_api", event_payload(event, event_id="EvSock1"))
        update = standin.wait_for("chat.update")[0].body
        assert "John Whiting is the insider on file" in posted_blocks_text(update["blocks"])
        assert standin.calls("chat.postMessage")[0].body["thread_ts"] == "1700000900.000100"
    finally:
        stop.set()
        runner.join(15)
    assert not runner.is_alive()
    assert stopped.is_set()
