"""Talking to EDGAR: the HTTP client (its retry policy and errors), the rate limiter every client of a
process shares, and the feed and index readers."""
