"""Bytes → an lxml tree of an ``ownershipDocument``: HTML error pages told apart, stray leading bytes
dropped, real-world breakage (HTML entities, bare '&', undeclared cp1252) repaired, default namespaces
dropped. Entities are never expanded and nothing is fetched from the network."""

from __future__ import annotations

import html.entities
import re
import threading

from lxml import etree

from bot.ownership.errors import OwnershipParseError

ROOT_TAG = "ownershipDocument"

_local = threading.local()
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_ENTITY = re.compile(rb"&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;?)?")
_XML_ENTITIES = frozenset({b"amp;", b"lt;", b"gt;", b"quot;", b"apos;"})
_DECLARED_ENCODING = re.compile(rb"\A<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)", re.I)
_DECLARATION = re.compile(rb"\A<\?xml[^>]*\?>")


def _parser() -> etree.XMLParser:
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(recover=False, resolve_entities=False, no_network=True, load_dtd=False,
                                 remove_comments=True, remove_pis=True, remove_blank_text=True)
        _local.parser = parser
    return parser


def _trim_leading(data: bytes) -> bytes:
    """Drop whitespace or stray bytes before the XML declaration (or the root element if there is none)."""
    start = data.find(b"<?xml", 0, 4096)
    if start < 0:
        start = data.find(b"<" + ROOT_TAG.encode())
    if start > 0:
        return data[start:]
    return data


def _html_title(data: bytes) -> str:
    match = _HTML_TITLE.search(data, 0, 65536)
    if match is None:
        return ""
    title = " ".join(match.group(1).decode("utf-8", "replace").split())
    return f" (title: {title!r})" if title else ""


def _replace_entity(match: re.Match) -> bytes:
    name = match.group(1)
    if name is None:
        return b"&amp;"
    if name.startswith(b"#") or name in _XML_ENTITIES:
        return match.group(0)
    key = name.decode("ascii")
    char = html.entities.html5.get(key if key.endswith(";") else key + ";")
    if char is None:
        return b"&amp;" + name
    return "".join(f"&#{ord(c)};" for c in char).encode("ascii")


def _repaired(data: bytes) -> bytes:
    """Best-effort fixes for real-world breakage: HTML entities, bare '&', undeclared non-UTF-8 bytes."""
    fixed = _ENTITY.sub(_replace_entity, data)
    declared = _DECLARED_ENCODING.match(fixed)
    if declared is None or declared.group(1).lower() in (b"utf-8", b"utf8"):
        try:
            fixed.decode("utf-8")
        except UnicodeDecodeError:
            fixed = _DECLARATION.sub(b"", fixed, count=1).decode("cp1252", "replace").encode("utf-8")
    return fixed


def _describe(error: etree.XMLSyntaxError) -> str:
    """lxml's message without its ``(<string>, line N)`` tail, which names no real file."""
    return re.sub(r"\s*\(<string>, line \d+\)$", "", str(error))


def parse_tree(data: bytes, source: str | None):
    if not data or data.isspace():
        raise OwnershipParseError(source, "empty file")
    if _HTML_START.match(data, 0):
        raise OwnershipParseError(source, "an HTML page, not an ownership XML document" + _html_title(data))
    data = _trim_leading(data)
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        repaired = _repaired(data)
        if repaired == data:
            raise OwnershipParseError(source, f"not well-formed XML: {_describe(error)}") from None
        try:
            root = etree.fromstring(repaired, parser)
        except etree.XMLSyntaxError:
            raise OwnershipParseError(source, f"not well-formed XML: {_describe(error)}") from None
    tag = root.tag
    if tag != ROOT_TAG:
        name = etree.QName(root).localname
        if name == ROOT_TAG:
            _drop_namespaces(root)
            return root
        if name.lower() == "html":
            raise OwnershipParseError(source, "an HTML page, not an ownership XML document" + _html_title(data))
        raise OwnershipParseError(source, f"not an ownershipDocument (root element is <{name}>)")
    return root


def _drop_namespaces(root) -> None:
    """EDGAR's ownership XML has no namespace; a document that declares a default one is read the same."""
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag.startswith("{"):
            element.tag = tag.split("}", 1)[1]
