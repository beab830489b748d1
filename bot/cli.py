"""The ``insiderbot`` command line. The only place that parses arguments."""

from __future__ import annotations

import functools
from pathlib import Path

import click

from bot.config import Settings, load_settings


def db_option(fn):
    """Every command takes ``--db PATH``: the flag, then ``$INSIDERBOT_DB``, then ``./data/insiderbot.db``."""

    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="SQLite database file (default: $INSIDERBOT_DB, then ./data/insiderbot.db).")
    @click.pass_context
    @functools.wraps(fn)
    def wrapper(ctx: click.Context, db_path: Path | None, *args, **kwargs):
        settings: Settings = ctx.obj["settings"]
        return fn(*args, db_path=db_path or settings.insiderbot_db, **kwargs)

    return wrapper


@click.group(invoke_without_command=True)
@click.version_option(package_name="insiderbot")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """insiderbot: answers questions about SEC insider filings (Forms 3, 4, 5)."""
    ctx.ensure_object(dict)
    ctx.obj.setdefault("settings", load_settings())
    if ctx.invoked_subcommand is None:
        ctx.invoke(serve)


@cli.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=True, dir_okay=True, path_type=Path))
@db_option
def ingest(paths: tuple[Path, ...], db_path: Path) -> None:
    """Store Form 3/4/5 filings from XML files, submission .txt/.nc files and folders of them.

    Files that cannot be read are listed with the reason (and kept in the rejections table); they
    do not change the exit code.
    """
    from bot.ingest import ingest_paths
    from storage.db import open_db

    db = open_db(db_path)
    try:
        report = ingest_paths(db, paths)
    finally:
        db.close()
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
    from bot import sync_cli

    sync_cli.run(click.get_current_context().obj["settings"], db_path, issuers)


@cli.command()
@click.option("--from", "first", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="First day (YYYY-MM-DD).")
@click.option("--to", "last", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Last day (YYYY-MM-DD), inclusive.")
@click.option("--issuer", "issuers", multiple=True, metavar="TICKER|CIK",
              help="Only this issuer (repeatable; default: $SYNC_CIKS, else every issuer).")
@db_option
def backfill(first, last, issuers: tuple[str, ...], db_path: Path) -> None:
    """Fetch the Form 3/4/5 filings of every EDGAR daily index from --from to --to. Needs SEC_USER_AGENT."""
    from bot import sync_cli

    sync_cli.check_range(first.date(), last.date())
    sync_cli.run(click.get_current_context().obj["settings"], db_path, issuers,
                 days=(first.date(), last.date()))


@cli.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help='Print {"answer", "query", "records", "sources"} as JSON.')
@click.option("--mode", type=click.Choice(["rules", "llm", "auto"]), default=None,
              help="How questions are read (default: $ANSWER_MODE, else auto).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Answer as if today were this date (for relative dates such as 'last month').")
@db_option
def ask(question: tuple[str, ...], as_json: bool, mode: str | None, today, db_path: Path) -> None:
    """Answer one question about insider filings, e.g. insiderbot ask "what options did Tecogen's GC get"."""
    import json

    from bot.answers.engine import answer

    settings: Settings = click.get_current_context().obj["settings"]
    if mode:
        settings = settings.model_copy(update={"answer_mode": mode})
    result = answer(" ".join(question), db_path, settings=settings, today=today.date() if today else None)
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
    from bot.answers.chat import run_chat

    settings: Settings = click.get_current_context().obj["settings"]
    if mode:
        settings = settings.model_copy(update={"answer_mode": mode})
    run_chat(db_path, settings=settings)


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
    from bot.answers.chat import run_chat
    from bot.slack.serve import run_serve

    settings: Settings = click.get_current_context().obj["settings"]
    run_serve(settings, db_path, http=http, host=host, port=port,
              chat=lambda s, path: run_chat(path, settings=s))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def parse(paths: tuple[Path, ...]) -> None:
    """Print Form 3/4/5 files as JSON (the format is in the README): XML files, submission .txt/.nc files
    and folders of them. One file: pretty-printed; more (or a folder): one compact JSON document per line.
    A file that cannot be read is reported on stderr; the others are still printed, and the exit code is 1."""
    import json

    from bot.ownership.parser import OwnershipParseError, parse_path

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.suffix.lower() in (".xml", ".txt", ".nc") and p.is_file()))
        else:
            files.append(path)
    if not files:
        click.echo("error: no .xml, .txt or .nc files found", err=True)
        raise SystemExit(1)
    pretty = len(paths) == 1 and not paths[0].is_dir()
    failed = 0
    for path in files:
        try:
            filing = parse_path(path)
        except OwnershipParseError as error:
            failed += 1
            click.echo(f"error: {error}", err=True)
            continue
        except Exception as error:  # a parser bug on one file must not hide the others
            failed += 1
            click.echo(f"error: {path}: parser error: {type(error).__name__}: {error}", err=True)
            continue
        if pretty:
            click.echo(json.dumps(filing.to_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(json.dumps(filing.to_dict(), separators=(",", ":"), ensure_ascii=False))
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) could not be parsed", err=True)
        raise SystemExit(1)


def main() -> None:
    cli(obj={})
