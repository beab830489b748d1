"""Watchlists and the daily digest: who a channel follows, what they filed since the last digest, and
the scheduled job that posts it once per channel and day."""
