"""The alert commands: ``alert --channel C123 "RULE"``, ``alerts [--channel C123]``, ``unalert --channel C123 ID``
and ``alerts run [--channel C123] [--send]`` (what the next alert pass would tell, or tell it). Registered on
the ``insiderbot`` group by ``bot.cli``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.cli.errors import EXIT_CONFIG, CliError, storage_errors

if TYPE_CHECKING:  # bot.config (pydantic-settings) is imported when settings are read, not for `parse`
    from bot.config import Settings


def _settings() -> Settings:
    return click.get_current_context().obj["settings"]


def register(cli: click.Group, db_option) -> None:
    """Add the alert commands to ``cli`` (``db_option``: the group's ``--db`` decorator)."""

    @cli.command()
    @click.option("--channel", required=True, help="Slack channel or DM id (C…, D…).")
    @click.argument("rule", nargs=-1, required=True)
    @db_option
    def alert(channel: str, rule: tuple[str, ...], db_path: Path) -> None:
        """Add an alert rule to a channel, e.g. "TGEN", "Elon Musk", "buys over $500k",
        "CEO or CFO sales over $1M at watched companies", "cluster buys". A rule that cannot be read is
        refused with examples (exit 1)."""
        from bot.alerts import manage
        from storage.db import Store

        with Store(db_path) as store:
            added = manage.add(store, channel, " ".join(rule))
        if added.refused is not None:
            raise CliError(added.text(), prefix="")
        click.echo(added.text())

    @cli.command()
    @click.option("--channel", required=True, help="Slack channel or DM id.")
    @click.argument("rule_id")
    @db_option
    def unalert(channel: str, rule_id: str, db_path: Path) -> None:
        """Remove a channel's alert rule by its id (see ``alerts``); exit 1 when there is none."""
        from bot.alerts import manage
        from storage.db import Store

        with Store(db_path) as store:
            text = manage.remove(store, channel, rule_id)
        if not text.startswith("Removed"):
            raise CliError(text, prefix="")
        click.echo(text)

    @cli.group(invoke_without_command=True)
    @click.option("--channel", default=None, help="Slack channel or DM id (default: every channel with alerts).")
    @db_option
    def alerts(channel: str | None, db_path: Path) -> None:
        """List a channel's alert rules (every channel's without --channel) with their ids, when each last
        fired and the channel's last delivery failure; ``alerts run`` shows or sends the next pass."""
        ctx = click.get_current_context()
        ctx.obj["alerts_db"] = db_path
        ctx.obj["alerts_channel"] = channel
        if ctx.invoked_subcommand is not None:
            return
        from bot.alerts import manage
        from storage.db import Store

        with Store(db_path) as store:
            listings = manage.show(store, channel)
        if not listings:
            click.echo('No channel has alerts yet: insiderbot alert --channel C123 "TGEN"')
        for i, listing in enumerate(listings):
            if i:
                click.echo("")
            click.echo(f"{listing.channel}:")
            for line in listing.lines():
                click.echo(f"  {line}")

    @alerts.command("run")
    @click.option("--channel", default=None, help="Only this channel (the other channels' matches are left "
                                                  "for the next pass).")
    @click.option("--send", is_flag=True, help="Post it and record it, as the pass after a sync would "
                                               "(each filing once per channel). Needs SLACK_BOT_TOKEN.")
    def run(channel: str | None, send: bool) -> None:
        """Print what the next alert pass would tell (or, with --send, tell it)."""
        from bot import app
        from bot.alerts import job
        from storage.db import Store

        settings = _settings()
        obj = click.get_current_context().obj
        db_path, channel = obj["alerts_db"], channel or obj["alerts_channel"]
        if send and not settings.slack_bot_token:
            raise CliError("--send needs SLACK_BOT_TOKEN (in the environment or .env)", EXIT_CONFIG)
        with storage_errors(db_path), Store(db_path) as store:
            if not send:
                plan = job.plan_pass(store, settings, channel=channel)
                for notice in plan.notices:
                    click.echo(f"{notice.channel}:")
                    click.echo("\n".join(f"  {line}" for line in notice.text_lines()))
                if not plan.notices:
                    click.echo("Nothing to tell: no new filing matches a rule.")
                return
            outcomes = job.run_alert_pass(store, app.alert_poster(settings), settings, channel=channel)
        failed = [o for o in outcomes if o.status == "failed"]
        told = sum(o.filings for o in outcomes if o.status == "sent")
        click.echo(f"Told {told} filing(s) in {len([o for o in outcomes if o.status == 'sent'])} notice(s).",
                   err=True)
        if failed:
            raise CliError("\n".join(f"Not sent to {o.channel}: {o.error}" for o in failed), prefix="")
