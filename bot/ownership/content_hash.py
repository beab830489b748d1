"""The content hash of a filing; it lives in the domain (``bot.domain.content_hash``) so the data-set reader
uses the same one. Kept here so ``bot.ownership.content_hash`` imports keep working."""

from bot.domain.content_hash import METADATA_KEYS, content_hash

__all__ = ["METADATA_KEYS", "content_hash"]
