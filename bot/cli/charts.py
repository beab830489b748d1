"""``insiderbot chart WORDS [--from DATE] [--to DATE] --out FILE.png [--json]``: a company's (or an insider's)
insider transactions drawn as a PNG; ``--json`` prints the plotted data, every point with its filing.
Registered on the ``insiderbot`` group by ``bot.cli``, which also hands ``insiderbot ask`` questions to
``chart_for_ask``: one that asks for a picture ("plot insider buying at PLTR") is drawn into the current folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.cli.errors import EXIT_CONFIG, CliError

if TYPE_CHECKING:
    from bot.config import Settings


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
        or a role (TSLA CEO). An unknown name gets "did you mean" (exit 1). A company not stored yet is
        fetched from EDGAR first (ON_DEMAND_FETCH, needs SEC_USER_AGENT; progress on stderr)."""
        import json

        from bot.charts import ChartRequest, chart_data
        from bot.cli.on_demand import fetch_first
        from storage.db import Store

        if out is None and not as_json:
            raise CliError("--out FILE.png is needed (or --json to print the plotted data)", EXIT_CONFIG)
        fetched = fetch_first(click.get_current_context().obj["settings"], db_path, " ".join(words))
        if fetched.instead is not None:
            raise CliError(fetched.instead.text, prefix="")
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
        for note in fetched.notes:  # what fetching the company left out
            click.echo(note, err=as_json)


def chart_for_ask(question: str, db_path: Path, *, as_json: bool, today: dt.date | None,
                  folder: Path | None = None, settings: Settings | None = None) -> bool:
    """``insiderbot ask`` with a question that asks for a chart (``bot.charts.intent``): write the PNG into
    ``folder`` (default: the current one) and print the summary and where it went (``--json``: the plotted
    data and ``png``, the file). A company not stored is fetched first (``settings``: when given). False,
    having done nothing, when the question does not ask for a chart: only the small intent module is imported
    then, never the chart data or matplotlib."""
    from bot.charts.intent import chart_words

    words = chart_words(question)
    if words is None:
        return False
    import json

    from bot.charts.data import ChartRequest
    from bot.charts.files import write_chart
    from bot.cli.on_demand import Fetched, fetch_first
    from storage.db import Store

    fetched = fetch_first(settings, db_path, words) if settings is not None else Fetched()
    if fetched.instead is not None:
        click.echo(json.dumps(fetched.instead.to_json(), indent=2, ensure_ascii=False) if as_json
                   else fetched.instead.text)
        return True
    with Store(db_path) as store:
        written = write_chart(store.reader, ChartRequest(words, today=today), folder or Path.cwd())
    if as_json:
        out = {"kind": "chart", "words": words, "png": str(written.path) if written.path else None,
               "chart": written.data.to_dict()}
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        click.echo(written.text)
    for note in fetched.notes:  # what fetching the company left out
        click.echo(note, err=as_json)
    return True
