"""insiderbot: answers questions about SEC insider filings (Forms 3, 4, 5) in Slack and in a terminal."""
