"""``insiderbot chart WORDS [--from DATE] [--to DATE] --out FILE.png [--json]``: a company's (or an insider's)
insider transactions drawn as a PNG; ``--json`` prints the plotted data, every point with its filing.
Registered on the ``insiderbot`` group by ``bot.cli``."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli.errors import EXIT_CONFIG, CliError


def register(cli: click.Group, db_option) -> None:
    """Add the ``chart`` command to ``cli`` (``db_option``: the group's ``--db`` decorator)."""

    @cli.command()
    @click.argument("words", nargs=-1, required=True)
    @click.option("--from", "first", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                  help="First trade date (YYYY-MM-DD); replaces a period in the words.")
    @click.option("--to", "last", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                  help="Last trade date (YYYY-MM-DD), inclusive.")
    @click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Write the PNG here (needed unless --json is given).")
    @click.option("--json", "as_json", is_flag=True, help="Print the plotted data as JSON.")
    @click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                  help="Read relative periods ('last year') as if today were this date.")
    @db_option
    def chart(words: tuple[str, ...], first, last, out: Path | None, as_json: bool, today, db_path: Path) -> None:
        """Draw insider transactions as a PNG: a company (TSLA), a period (TSLA 2021), an insider (Elon Musk)
        or a role (TSLA CEO). An unknown name gets "did you mean" (exit 1)."""
        import json

        from bot.charts import ChartRequest, chart_data
        from storage.db import Store

        if out is None and not as_json:
            raise CliError("--out FILE.png is needed (or --json to print the plotted data)", EXIT_CONFIG)
        request = ChartRequest(" ".join(words), date_from=first.date() if first else None,
                               date_to=last.date() if last else None, today=today.date() if today else None)
        with Store(db_path) as store:
            data = chart_data(store.reader, request)
        if data.refusal:
            raise CliError(data.refusal, prefix="")
        if out is not None:
            from bot.charts import render_png

            render_png(data, out)
        if as_json:
            click.echo(json.dumps(data.to_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(f"{data.summary()}\nWrote {out}")
