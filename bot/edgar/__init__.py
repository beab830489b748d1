"""Talking to EDGAR: the HTTP client, the process-wide rate limiter, and the feed and index readers."""
