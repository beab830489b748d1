"""SQLite storage for parsed ownership filings (sqlite-utils). Knows no HTTP, no Slack, no LLM."""
