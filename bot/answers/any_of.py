"""Whether any of one kind of row was another kind ("were any of the code J lines on thiel's feb 2021 form 4
open-market sales?", "were any of musk's nov 2021 sales gifts?"): the rows of the first kind are the answer's
rows, and the verdict leads it, a plain no when the codes of the two kinds never meet (a row has one code)."""

from __future__ import annotations

import re

from bot.answers.render import Answer, preface
from bot.answers.rules import RulesParse
from bot.domain.codes import TRANSACTION_KINDS

# "were any of the ...", "for our review: was any of his ...", "are any of those ..."
_ANY_OF = re.compile(r"^(?:[^:?]{0,40}:\s*)?(?:were|was|are|is)\s+any\s+of\b", re.I)


def any_of_verdict(result: Answer, parse: RulesParse) -> Answer:
    """The answer led by whether any of its rows (the first kind named) is of the second kind named."""
    if result.kind != "records" or not result.records or not _ANY_OF.search(parse.question):
        return result
    spans = parse.of_kind("transaction")
    if len(spans) < 2 or spans[0].value not in TRANSACTION_KINDS:
        return result
    first = TRANSACTION_KINDS[spans[0].value]
    # the second kind named as a thing the rows may be ("gifts", "open-market sales"), never an act that followed
    # them ("were any of his exercises sold the same day")
    later = [s for s in spans[1:] if s.value != first.name and s.value in TRANSACTION_KINDS
             and re.fullmatch(r"[\w-]*(?:s|ions?)", s.text.split()[-1], re.I)]
    if not later or not first.codes:
        return result
    asked = TRANSACTION_KINDS[later[-1].value]
    words = ("open-market " if any(s.value == "open_market" for s in later[:-1]) else "") + asked.words
    if not asked.codes:
        return result
    if any(r.get("transaction_code") not in first.codes for r in result.records):
        return result  # the rows are not only of the first kind ("his purchases" when he has none): no verdict
    hits = [r for r in result.records if r.get("transaction_code") in asked.codes]
    shown = len(result.records)
    if not hits and not set(first.codes) & set(asked.codes):
        return preface(result, f"No: these rows are {first.words} (code {', '.join(first.codes)}), not {words} "
                               f"(code {', '.join(asked.codes)}); a row has one code.")
    if not hits:
        return preface(result, f"No: none of the {shown} rows shown is one of the {words} (code "
                               f"{', '.join(asked.codes)}).")
    return preface(result, f"Yes: {len(hits)} of the {shown} rows shown {'is' if len(hits) == 1 else 'are'} {words} "
                           f"(code {', '.join(asked.codes)}).")
