"""Card-quality warnings, after SuperMemo's "20 rules of formulating knowledge".

Warnings never fail ``deckgen check`` unless ``--strict``: they flag cards that
are grounded but hard to learn (long answers, lists, ambiguous questions).
"""

from __future__ import annotations

import re

from .decks import Card, Deck
from .findings import Problem, problem
from .fold import fold_text, normalize
from .kinds import KINDS
from .patterns import lazy

MAX_ANSWER_CHARS = 40  # minimum information principle: an answer is a fact, not a paragraph
# a comma or slash between digits is part of a number or date (39,100,000; 05/24/2017; 1/2), not a list
_LIST_SPLIT = lazy(r"\s*(?:[、;]|(?<!\d)[,/]|[,/](?!\d)|\band\b|\bor\b|和|及|与)\s*")


def lint_deck(deck: Deck, parsed: frozenset[str] = frozenset()) -> dict[str, list[Problem]]:
    """Warnings for every card of ``deck``, by card id.

    ``parsed`` names the cards whose answers grounding has already run through
    the value parsers: those already carry DG201/DG301 when the answer has no
    quantity or date, so the answer is not parsed a second time here.
    """
    out: dict[str, list[Problem]] = {}
    first_q: dict[str, Card] = {}
    for card in deck.cards:
        problems = lint_card(deck, card, card.id in parsed)
        key = fold_text(card.q)
        if key in first_q:
            other = first_q[key]
            problems.append(warn(deck, card, "q", "DG503", f"same question as card '{other.id}' (line {other.line}); make each question have one right answer"))
        else:
            first_q[key] = card
        if problems:
            out[card.id] = problems
    return out


def warn(deck: Deck, card: Card, key: str, code: str, message: str) -> Problem:
    return problem(code, deck.display_path, *card.at(key), message)


PLACEHOLDER = "todo"  # what ``deckgen init`` leaves for the author to replace: "TODO: …", tags: [todo]


def _occurs(part: str, whole: str) -> bool:
    """``part`` in ``whole`` (both normalized, word breaks kept); a part that starts or ends with a
    Latin letter or digit only where it starts or ends a word there (Mujahid is not in mujahideen)."""
    i = whole.find(part)
    while i >= 0:
        before = whole[i - 1] if i else ""
        after = whole[i + len(part)] if i + len(part) < len(whole) else ""
        latin = part[0].isascii() and part[0].isalnum(), part[-1].isascii() and part[-1].isalnum()
        if not (latin[0] and before.isascii() and before.isalnum()) and not (latin[1] and after.isascii() and after.isalnum()):
            return True
        i = whole.find(part, i + 1)
    return False


def _placeholder(text: str) -> bool:
    return text.strip().lower().startswith(PLACEHOLDER)


def lint_placeholders(deck: Deck) -> list[Problem]:
    """The source's metadata left as ``deckgen init`` wrote it ("TODO: …"): every card's back would show it."""
    out = []
    for s in deck.sources:  # each source's own, where a deck has several
        left = [key for key, value in (("title", s.title), ("publisher", s.publisher), ("author", s.author), ("published", s.published)) if _placeholder(value)]
        if not left:
            continue
        whose, key = ("the source's", "deck.source") if len(deck.sources) == 1 else (f"source '{s.id}': its", f"source '{s.id}': its")
        out.append(problem("DG507", deck.display_path, 1, 1, f"{whose} {', '.join(left)} {'is' if len(left) == 1 else 'are'} still a placeholder: every card's back shows {'it' if len(left) == 1 else 'them'}; fill in or empty {key}.{left[0]}"))
    return out


def lint_card(deck: Deck, card: Card, parsed: bool = False) -> list[Problem]:
    out = []
    for key, text in (("q", card.q), ("a", card.a), ("q", card.translation.q if card.translation else ""), ("a", card.translation.a if card.translation else "")):
        if _placeholder(text):
            out.append(warn(deck, card, key, "DG507", f"placeholder text left in the card ('{text.strip()[:40]}'); write the real {'question' if key == 'q' else 'answer'}"))
            break
    else:
        if PLACEHOLDER in (t.lower() for t in card.tags):
            out.append(warn(deck, card, "tags", "DG507", "the card is still tagged 'todo'; finish it and drop the tag"))
    a = card.a.strip()
    if len(a) > MAX_ANSWER_CHARS:
        out.append(warn(deck, card, "a", "DG501", f"answer is {len(a)} characters (limit {MAX_ANSWER_CHARS}); ask for one fact"))
    items = [i for i in _LIST_SPLIT.split(normalize(a)) if i]
    if len(items) >= 3:
        out.append(warn(deck, card, "a", "DG502", f"answer lists {len(items)} items; make one card per item, or a cloze"))
    if len(fold_text(a)) >= 2 and fold_text(a) in fold_text(card.q) and _occurs(normalize(a), normalize(card.q)):
        out.append(warn(deck, card, "a", "DG504", "the answer appears verbatim in the question"))
    kind = KINDS[card.kind]
    if not parsed and kind.values is not None and kind.no_value and not kind.values(normalize(a)):
        out.append(warn(deck, card, "a", kind.no_value, f"{card.kind} card whose answer has no {kind.value_name}"))
    return out
