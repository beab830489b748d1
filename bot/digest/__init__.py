"""Watchlists and the daily digest (domain, no Slack): who a channel follows (``watchlist``), what they
filed since the last digest (``reads``, ``compose``), and the job that hands it to a poster once per
channel and day (``job``, ``delivery``)."""
