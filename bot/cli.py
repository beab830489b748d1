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
        click.echo(ctx.get_help())


def main() -> None:
    cli(obj={})
