"""The content hash of a filing: sha1 of a canonical JSON of its ownership content (see the README).

Part of the domain so that both readers of filings (the XML parser in ``bot.ownership`` and the data-set
reader in ``bot.datasets``, independent siblings) hash a Filing the same way."""

from __future__ import annotations

import hashlib
import json

from bot.domain.filing import TABLE_FIELDS, Filing

METADATA_KEYS = ("accession_number", "filed_at", "accepted_at", "source", "content_hash")

# With ensure_ascii, compact JSON holds whitespace only as spaces inside strings or as these escapes.
_JSON_WHITESPACE_ESCAPES = (b"\\n", b"\\r", b"\\t", b"\\u00a0")
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True, check_circular=False, allow_nan=True)


def _sorted(mapping: dict) -> dict:
    return mapping if len(mapping) < 2 else dict(sorted(mapping.items()))


def _present(obj) -> dict:
    return {key: value for key, value in obj.__dict__.items() if value is not None}


def _content(filing: Filing) -> dict:
    """What the hash covers: ``Filing.to_dict()`` without the metadata keys and without null values.

    Leaving nulls out makes absent and null the same and keeps old hashes when an optional field is added.
    Keys come in a fixed order: dataclass ``__dict__`` in field order, the two mappings keyed by footnote id
    sorted. Built directly rather than through ``to_dict()``, whose ``dataclasses.asdict`` is slow.
    """
    data = {key: value for key, value in filing.__dict__.items()
            if value is not None and key not in METADATA_KEYS}
    data["issuer"] = _present(filing.issuer)
    data["reporting_owners"] = [_present(owner) for owner in filing.reporting_owners]
    for name in TABLE_FIELDS:
        rows = []
        for row in data[name]:
            fields = {key: value for key, value in row.__dict__.items() if value is not None}
            del fields["table"], fields["seq"]
            if len(row.footnote_ids) > 1:
                fields["footnote_ids"] = _sorted(row.footnote_ids)
            rows.append(fields)
        data[name] = rows
    data["footnotes"] = _sorted(filing.footnotes)
    data["signatures"] = [_present(signature) for signature in filing.signatures]
    return data


def content_hash(filing: Filing) -> str:
    """sha1 hex of the canonical JSON of the filing's ownership content (not where or when it was filed).

    Canonical: null values left out, keys in a fixed order, compact separators, ASCII escapes, and every
    whitespace character inside strings removed, so the same filing read from its bare XML, its submission
    ``.txt`` or the whitespace-collapsed ``.nc`` hashes alike.
    """
    return hash_content(_content(filing))


def hash_content(content: dict) -> str:
    """The digest :func:`content_hash` takes of a filing's content, for a reader that builds that content
    straight from what it read, without the Filing (the data-set import): ``content`` must be exactly what
    ``_content`` gives for the same filing (its keys in the same order, null values left out, the footnote
    mappings sorted when they hold two keys or more); tested to give the same hash on whole quarters."""
    text = _ENCODER.encode(content).encode("ascii").translate(None, b" ")
    if b"\\" in text:
        for escape in _JSON_WHITESPACE_ESCAPES:
            text = text.replace(escape, b"")
    return hashlib.sha1(text).hexdigest()
