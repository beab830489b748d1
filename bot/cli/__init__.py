"""The ``insiderbot`` command line. The only place that parses arguments."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.cli.alerts import register as _register_alerts
from bot.cli.charts import register as _register_charts
from bot.cli.errors import EXIT_CONFIG, CliError, storage_errors

if TYPE_CHECKING:  # bot.config (pydantic-settings) is imported when settings are read, not for `parse`
    from bot.config import Settings

NO_SETTINGS = {"parse"}  # commands that read no setting: start-up skips reading them (and their imports)


def db_option(fn):
    """Every command takes ``--db PATH``: the flag, then ``$INSIDERBOT_DB``, then ``./data/insiderbot.db``.
    The database's troubles (not SQLite, damaged, read-only for a write, full) end as a ``CliError``."""

    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="SQLite database file (default: $INSIDERBOT_DB, then ./data/insiderbot.db).")
    @click.pass_context
    @functools.wraps(fn)
    def wrapper(ctx: click.Context, db_path: Path | None, *args, **kwargs):
        settings: Settings = ctx.obj["settings"]
        path = db_path or settings.insiderbot_db
        with storage_errors(path):
            return fn(*args, db_path=path, **kwargs)

    return wrapper


@click.group(invoke_without_command=True)
@click.version_option(package_name="insiderbot")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """insiderbot: answers questions about SEC insider filings (Forms 3, 4, 5)."""
    ctx.ensure_object(dict)
    if ctx.invoked_subcommand not in NO_SETTINGS:
        from bot.config import load_settings

        ctx.obj.setdefault("settings", load_settings())
    if ctx.invoked_subcommand is None:
        ctx.invoke(serve)


@cli.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=True, dir_okay=True, path_type=Path))
@db_option
def ingest(paths: tuple[Path, ...], db_path: Path) -> None:
    """Store Form 3/4/5 filings from XML files, submission .txt/.nc files, the SEC's quarterly data-set
    zips (2023q3_form345.zip) and folders of them.

    Files that cannot be read are listed with the reason (and kept in the rejections table); they
    do not change the exit code.
    """
    from bot.ingest import ingest_paths
    from bot.ingest.datasets import DatasetImportError, dataset_zips, import_dataset, is_dataset_zip
    from storage.db import Store

    zips = dataset_zips(paths)
    files = [path for path in paths if not is_dataset_zip(path)]
    with Store(db_path) as store, store.writing() as db:
        for path in zips:
            try:
                click.echo("\n".join(import_dataset(db, path).lines()))
            except DatasetImportError as error:
                click.echo(f"rejected {path}: {error}")
        if files or not zips:
            report = ingest_paths(db, files)
            click.echo(f"{report.new} new, {report.unchanged} unchanged, {report.updated} updated, "
                       f"{len(report.rejected)} rejected")
            for source, reason in report.rejected:
                click.echo(f"rejected {source}: {reason}")


@cli.command()
@click.option("--issuer", "issuers", multiple=True, metavar="TICKER|CIK",
              help="Only this issuer (repeatable; default: $SYNC_CIKS, else every issuer).")
@db_option
def sync(issuers: tuple[str, ...], db_path: Path) -> None:
    """Fetch new Form 3/4/5 filings from EDGAR once: the latest-filings feed, then the daily indexes
    since the last complete day (the last 3 days on an empty database). Needs SEC_USER_AGENT."""
    from bot.cli import sync_runner as sync_cli
    from storage.db import Store

    with Store(db_path) as store:
        sync_cli.run(click.get_current_context().obj["settings"], store, issuers)


@cli.command()
@click.option("--from", "first", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="First day (YYYY-MM-DD). Without it, --issuer fetches each company's whole history.")
@click.option("--to", "last", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Last day (YYYY-MM-DD), inclusive (default: today).")
@click.option("--issuer", "issuers", multiple=True, metavar="TICKER|CIK",
              help="Only this issuer (repeatable; default: $SYNC_CIKS, else every issuer).")
@click.option("--source", type=click.Choice(["auto", "datasets", "daily"]), default="auto", show_default=True,
              help="auto: whole published quarters from the SEC's data sets (one zip each), the other days "
                   "from the daily indexes; datasets: data sets only; daily: daily indexes only.")
@db_option
def backfill(first, last, issuers: tuple[str, ...], source: str, db_path: Path) -> None:
    """Fetch past Form 3/4/5 filings from EDGAR by the fastest road, printing the plan first: the SEC's
    quarterly data sets for whole quarters, the daily indexes for the other days. With --issuer and no
    --from: that company's whole history from its submissions JSON. Ctrl-C stops at a checkpoint; the
    same command run again resumes. Needs SEC_USER_AGENT."""
    from bot.cli import sync_runner as sync_cli
    from storage.db import Store

    settings: Settings = click.get_current_context().obj["settings"]
    if first is None and not issuers:
        raise CliError("--from is needed (or --issuer TICKER|CIK for a company's whole history)", EXIT_CONFIG)
    if first is not None:
        sync_cli.check_range(first.date(), last.date() if last else None)
    with Store(db_path) as store:
        if first is None:
            sync_cli.run_history(settings, store, issuers, until=last.date() if last else None)
        else:
            sync_cli.run_backfill(settings, store, issuers, first.date(), last.date() if last else None, source)


@cli.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help='Print {"answer", "query", "records", "sources"} as JSON.')
@click.option("--mode", type=click.Choice(["rules", "llm", "auto"]), default=None,
              help="How questions are read (default: $ANSWER_MODE, else auto).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Answer as if today were this date (for relative dates such as 'last month').")
@db_option
def ask(question: tuple[str, ...], as_json: bool, mode: str | None, today, db_path: Path) -> None:
    """Answer one question about insider filings, e.g. insiderbot ask "what options did Tecogen's GC get".
    A company not stored yet is fetched from EDGAR first (ON_DEMAND_FETCH, needs SEC_USER_AGENT; progress on
    stderr)."""
    import json

    from bot.cli.charts import chart_for_ask

    settings: Settings = click.get_current_context().obj["settings"]
    text = " ".join(question)
    if chart_for_ask(text, db_path, as_json=as_json, today=today.date() if today else None, settings=settings):
        return  # "plot insider buying at PLTR": the chart is written to the current folder
    from bot.answers.engine import answer
    from bot.cli.on_demand import fetch_first

    if mode:
        settings = settings.model_copy(update={"answer_mode": mode})
    fetched = fetch_first(settings, db_path, text)
    result = fetched.instead or answer(text, db_path, settings=settings, today=today.date() if today else None)
    result.notes.extend(fetched.notes)
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(result.text)


@cli.command()
@click.option("--mode", type=click.Choice(["rules", "llm", "auto"]), default=None,
              help="How questions are read (default: $ANSWER_MODE, else auto).")
@db_option
def chat(mode: str | None, db_path: Path) -> None:
    """A terminal chat about insider filings, with follow-ups ("and the CFO?"). On an empty database it
    first loads the bundled sample filings (labelled as samples)."""
    from bot import app

    settings: Settings = click.get_current_context().obj["settings"]
    if mode:
        settings = settings.model_copy(update={"answer_mode": mode})
    app.chat(settings, db_path)


@cli.command()
@click.option("--http", "http", is_flag=True,
              help="HTTP mode: serve POST /slack/events and GET /healthz (needs SLACK_BOT_TOKEN and "
                   "SLACK_SIGNING_SECRET). Default: Socket Mode when SLACK_APP_TOKEN is set.")
@click.option("--port", type=click.IntRange(1, 65535), default=3000, show_default=True, help="HTTP mode port.")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP mode address to listen on.")
@db_option
def serve(http: bool, port: int, host: str, db_path: Path) -> None:
    """Run the Slack app and the scheduler (EDGAR sync) in one process: Socket Mode with SLACK_APP_TOKEN,
    HTTP mode with --http. With no Slack tokens, open the terminal chat and say how to connect Slack.
    Stops cleanly on SIGTERM/SIGINT."""
    from bot import app

    settings: Settings = click.get_current_context().obj["settings"]
    try:
        app.serve(settings, db_path, http=http, host=host, port=port)
    except app.ConfigError as error:
        raise CliError(str(error), EXIT_CONFIG) from None


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Accepted like every command's --db; parse reads only its files and opens no database.")
def parse(paths: tuple[Path, ...], db_path: Path | None) -> None:
    """Print Form 3/4/5 files as JSON (the format is in the README): XML files, submission .txt/.nc files
    and folders of them. One file: pretty-printed; more (or a folder): one compact JSON document per line.
    A file that cannot be read is reported on stderr; the others are still printed, and the exit code is 1."""
    import sys

    # orjson: about 4 times faster than the json module, and the same text for what the parser gives (the corpus
    # compared byte for byte), except that a very small number is written 0.00001 (json: 1e-05) and a value that
    # is not a number (NaN, inf) null, which is valid JSON (json writes NaN)
    import orjson

    from bot.ownership.parser import OwnershipParseError, filing_files, parse_path

    files = list(filing_files(paths))
    if not files:
        raise CliError("no .xml, .txt or .nc files found", prefix="error: ")
    option = orjson.OPT_INDENT_2 if len(paths) == 1 and not paths[0].is_dir() else 0
    sys.stdout.flush()
    out = sys.stdout.buffer  # buffered: flushed at the end and before an error line, not after every line (click.echo)
    failed = 0
    for path in files:
        try:
            filing = parse_path(path)
        except OwnershipParseError as error:
            failed += 1
            out.flush()
            click.echo(f"error: {error}", err=True)
            continue
        except Exception as error:  # a parser bug on one file must not hide the others
            failed += 1
            out.flush()
            click.echo(f"error: {path}: parser error: {type(error).__name__}: {error}", err=True)
            continue
        out.write(orjson.dumps(filing.to_dict(), option=option) + b"\n")
    out.flush()
    if failed:
        raise CliError(f"{failed} of {len(files)} file(s) could not be parsed", prefix="")



@cli.command()
@click.option("--channel", required=True, help="Slack channel or DM id (C…, D…).")
@click.argument("targets", nargs=-1, required=True)
@db_option
def watch(channel: str, targets: tuple[str, ...], db_path: Path) -> None:
    """Add companies (TICKER, name or CIK) and insiders ("John Whiting") to a channel's watchlist for the
    daily digest. Unknown names are refused with suggestions (exit 1)."""
    from bot.digest import watchlist as ops
    from bot.digest.targets import split_targets
    from storage.db import Store

    with Store(db_path) as store:
        change = ops.add(store, channel, split_targets(list(targets)))
    for line in [f"Now watching {t.label}." for t in change.added] + [f"Already watching {t.label}." for t in change.already]:
        click.echo(line)
    if change.refused:
        raise CliError("\n".join(refusal.message() for refusal in change.refused), prefix="")


@cli.command()
@click.option("--channel", required=True, help="Slack channel or DM id.")
@click.argument("targets", nargs=-1, required=True)
@db_option
def unwatch(channel: str, targets: tuple[str, ...], db_path: Path) -> None:
    """Remove companies or insiders from a channel's watchlist (exit 1 if one was not on it)."""
    from bot.digest import watchlist as ops
    from bot.digest.targets import split_targets
    from storage.db import Store

    with Store(db_path) as store:
        change = ops.remove(store, channel, split_targets(list(targets)))
    for item in change.removed:
        click.echo(f"Stopped watching {item.label}.")
    if change.missing:
        raise CliError("\n".join(f"{text} is not on the watchlist of {channel}." for text in change.missing),
                       prefix="")


@cli.command()
@click.option("--channel", default=None, help="Slack channel or DM id (default: every channel with a watchlist).")
@click.option("--open-market/--all-trades", "open_market", default=None,
              help="Digest only open-market purchases and sales (codes P, S), or every transaction.")
@click.option("--min-value", type=click.FloatRange(min=0), default=None,
              help="Digest only transactions worth at least this many dollars (0 removes the minimum).")
@click.option("--officers-only/--all-insiders", "officers", default=None,
              help="Digest only filings by officers and directors, or by every insider.")
@click.option("--quiet-days/--no-quiet-days", "quiet_days", default=None,
              help='On a day with nothing new, post a one-line "nothing new" (default) or nothing.')
@db_option
def watchlist(channel: str | None, open_market: bool | None, min_value: float | None, officers: bool | None,
              quiet_days: bool | None, db_path: Path) -> None:
    """Show a channel's watchlist, digest filters and digests (or every channel's); the options change
    the channel's filters."""
    from bot.digest import watchlist as ops
    from storage.db import Store

    settings: Settings = click.get_current_context().obj["settings"]
    changes = {name: value for name, value in (("open_market_only", open_market), ("min_value", min_value),
                                               ("officers_directors_only", officers), ("quiet_days", quiet_days))
               if value is not None}
    if changes and channel is None:
        raise CliError("--channel is needed to change a channel's filters", EXIT_CONFIG)
    with Store(db_path) as store:
        if changes:
            ops.set_filters(store, channel, **changes)
        channels = [channel] if channel else ops.all_channels(store)
        shown = [ops.show(store, name, settings) for name in channels]
    if not channels:
        click.echo("No channel watches anything yet: insiderbot watch --channel C123 TICKER")
    for i, listing in enumerate(shown):
        if i:
            click.echo("")
        click.echo(f"{listing.channel}:")
        for line in listing.lines(settings):
            click.echo(f"  {line}")


@cli.command()
@click.option("--channel", required=True, help="Slack channel or DM id.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M"]), default=None,
              help="Start at this local time (DIGEST_TZ; a date means its midnight) instead of the last digest.")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The digest of this day (default: today in DIGEST_TZ); a past day ends at its DIGEST_TIME.")
@click.option("--send", is_flag=True,
              help="Also post it to the channel and record it, as the scheduled job would (once per channel "
                   "and day). Needs SLACK_BOT_TOKEN.")
@db_option
def digest(channel: str, since, day, send: bool, db_path: Path) -> None:
    """Print a channel's digest: what its watched companies and insiders filed since its last digest."""
    from datetime import UTC, datetime

    from bot import app
    from bot.digest import job, schedule
    from bot.digest import watchlist as ops
    from bot.digest.compose import digest_text
    from storage.db import Store

    settings: Settings = click.get_current_context().obj["settings"]
    if send and not settings.slack_bot_token:
        raise CliError("--send needs SLACK_BOT_TOKEN (in the environment or .env)", EXIT_CONFIG)
    now = datetime.now(UTC)
    today = schedule.local_date(settings, now)
    digest_date = day.date() if day else today
    end = now if digest_date >= today else min(schedule.slot_on(settings, digest_date), now)
    start = since.replace(tzinfo=schedule.digest_zone(settings)) if since else None
    with Store(db_path) as store:
        if not ops.channel_items(store, channel):
            raise CliError(f"{channel} watches nothing: insiderbot watch --channel {channel} TICKER", prefix="")
        window = job.plan_window(store, settings, channel, digest_date, end=end, since=start)
        planned = job.compose(store, settings, channel, digest_date, window)
        click.echo(digest_text(planned.digest))
        if not send:
            return
        outcome = job.send_planned(store, planned, app.digest_poster(settings))
    if outcome.status == "skipped":
        raise CliError(f"Not sent: the digest of {digest_date} was already sent to {channel}.", prefix="")
    if outcome.status == "failed":
        raise CliError(f"Not sent: {outcome.error}", prefix="")
    if outcome.status == "quiet":
        click.echo(f"Nothing posted: nothing new and {channel} has quiet days off.", err=True)
        return
    click.echo(f"Sent to {channel} in {outcome.messages} message(s)." + (f" {outcome.error}" if outcome.error else ""),
               err=True)


_register_alerts(cli, db_option)
_register_charts(cli, db_option)


def main() -> None:
    cli(obj={})
