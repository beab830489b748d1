"""bot.slack.blocks: the pure builders and the splitting, checked against Slack's limits by the
stand-in's own checker (``standin.limit_violations``), not by the code under test."""

from __future__ import annotations

import datetime as dt
import json

from slack_standin import limit_violations

from bot.slack import blocks
from storage.status import Freshness


def all_text(message: dict) -> str:
    out = []
    for block in message["blocks"]:
        if isinstance(block.get("text"), dict):
            out.append(block["text"]["text"])
        out.extend(f["text"] for f in block.get("fields") or [])
    return "\n".join(out)


def test_escape_and_link() -> None:
    assert blocks.escape("AT&T <b>") == "AT&amp;T &lt;b&gt;"
    assert blocks.link("https://x.test/a", "Form 4 | A&B") == "<https://x.test/a|Form 4 ¦ A&amp;B>"


def test_header_falls_back_to_bold_section_when_too_long() -> None:
    assert blocks.header("Short title")["type"] == "header"
    long = blocks.header("x" * 200)
    assert long["type"] == "section" and long["text"]["text"] == "*" + "x" * 200 + "*"


def test_a_section_over_3000_chars_is_split_at_line_breaks_keeping_every_line() -> None:
    lines = [f"line {i:04d} " + "y" * 80 for i in range(100)]  # ~9,000 chars
    parts = blocks.fit_block(blocks.section("\n".join(lines)))
    assert len(parts) == 4
    assert all(len(p["text"]["text"]) <= 3000 for p in parts)
    assert "\n".join(p["text"]["text"] for p in parts).split("\n") == lines


def test_one_very_long_line_is_cut_at_spaces() -> None:
    words = " ".join(f"w{i}" for i in range(2000))  # ~10,000 chars, no line break
    parts = blocks.fit_block(blocks.section(words))
    assert all(len(p["text"]["text"]) <= 3000 for p in parts)
    assert " ".join(p["text"]["text"] for p in parts).split() == words.split()


def test_more_than_ten_fields_become_several_sections() -> None:
    block = blocks.section("", fields=[f"*f{i}*" for i in range(23)])
    parts = blocks.fit_block(block)
    assert [len(p["fields"]) for p in parts] == [10, 10, 3]


def test_split_blocks_respects_block_and_char_caps_and_keeps_order() -> None:
    many = [blocks.section(f"record {i}: " + "z" * 500) for i in range(120)]
    pages = blocks.split_blocks(many)
    flat = [b for page in pages for b in page]
    assert [b["text"]["text"] for b in flat] == [b["text"]["text"] for b in many]
    for page in pages:
        assert len(page) <= blocks.MAX_BLOCKS
        assert sum(blocks.block_chars(b) for b in page) <= blocks.MESSAGE_TEXT_BUDGET
        assert limit_violations(page) == []
    assert len(pages) == 6  # 21 blocks of ~512 chars fill 11,000 chars


def test_split_blocks_drops_dividers_at_page_edges() -> None:
    seq = []
    for i in range(80):
        seq += [blocks.section(f"r{i}"), blocks.divider()]
    pages = blocks.split_blocks(seq)
    assert len(pages) > 1
    for page in pages:
        assert page[0]["type"] != "divider" and page[-1]["type"] != "divider"
        assert len(page) <= 50


def test_paginate_labels_parts_and_keeps_room_for_footer_and_buttons() -> None:
    body = [blocks.section(f"record {i}") for i in range(130)]
    footer = [blocks.context("Filings synced up to 2023-09-27")]
    pages = blocks.paginate(body, text="The answer", title="Title", footer=footer)
    assert len(pages) == 3
    assert pages[0]["text"] == "The answer"
    assert pages[1]["text"] == "Title (part 2 of 3)"
    assert "Part 3 of 3" in json.dumps(pages[2]["blocks"])
    assert pages[-1]["blocks"][-1] == footer[0]
    assert all(footer[0] not in p["blocks"] for p in pages[:-1])
    for i, page in enumerate(pages):
        sent = blocks.with_buttons(page, reply_id="r" * 32, page=i, pages=3, shareable=True,
                                   visibility="ephemeral")
        assert limit_violations(sent["blocks"]) == []


def test_with_buttons_adds_show_more_and_share_with_decodable_values() -> None:
    message = {"text": "t", "blocks": [blocks.section("x")]}
    sent = blocks.with_buttons(message, reply_id="abc", page=0, pages=2, shareable=True, visibility="thread")
    row = sent["blocks"][-1]
    assert row["type"] == "actions"
    ids = [e["action_id"] for e in row["elements"]]
    assert ids == [blocks.SHOW_MORE_ACTION, blocks.SHARE_ACTION]
    assert json.loads(row["elements"][0]["value"]) == {"id": "abc", "page": 1, "vis": "thread", "ts": None}
    in_thread = blocks.with_buttons(message, reply_id="abc", page=0, pages=3, shareable=False, visibility="thread",
                                    thread_ts="17.5")
    assert json.loads(in_thread["blocks"][-1]["elements"][0]["value"])["ts"] == "17.5"
    last = blocks.with_buttons(message, reply_id="abc", page=1, pages=2, shareable=False, visibility="thread")
    assert last == message


def test_fallback_text_is_never_empty_nor_too_long() -> None:
    assert blocks.fallback_text("  ") == "insiderbot"
    long = "\n".join("a" * 100 for _ in range(100))
    cut = blocks.fallback_text(long)
    assert len(cut) <= blocks.FALLBACK_TEXT_CHARS and cut.endswith("…")


def test_text_message_splits_long_text() -> None:
    message = blocks.text_message("q" * 7000, note="n")
    assert limit_violations(message["blocks"]) == []
    assert all_text(message).count("q") == 7000


def test_freshness_text_says_when_edgar_was_synced_in_eastern_time() -> None:
    winter = Freshness(last_sync_at=dt.datetime(2025, 3, 7, 14, 5, tzinfo=dt.UTC), newest_filing_date="2025-03-06")
    assert blocks.freshness_text(winter) == "Filings synced up to Mar 7, 2025 9:05 AM ET (newest filing Mar 6, 2025)"
    summer_evening = Freshness(last_sync_at=dt.datetime(2025, 7, 2, 2, 30, tzinfo=dt.UTC), newest_filing_date=None)
    assert blocks.freshness_text(summer_evening) == "Filings synced up to Jul 1, 2025 10:30 PM ET"


def test_freshness_text_without_a_sync_or_without_filings() -> None:
    assert blocks.freshness_text(Freshness(last_sync_at=None, newest_filing_date="2023-09-27")) == (
        "Newest filing stored: Sep 27, 2023 (not synced from EDGAR yet)")
    assert blocks.freshness_text(Freshness(last_sync_at=None, newest_filing_date=None)) == "No filings stored yet"
    assert blocks.freshness_text(None) == "No filings stored yet"
