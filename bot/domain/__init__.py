"""The shared vocabulary of filings: the filing model, transaction codes, roles, securities and how a trade is worded. Imports nothing of the rest of the bot."""
