"""The kinds of card, and for each the rules that ground it: one row per kind.

``check`` grounds an answer with its kind's ``support``; ``lint`` warns when a
card's answer states no value of its kind (``values``, ``no_value``);
``coverage`` lists the values of each kind a source states (``items``); a
translated fact is grounded as the first kind whose values it states. Adding
a kind is adding a row here (and a line in docs/findings.md for its codes).

The value parsers compile large regular expressions, so each is imported the
first time a card of its kind needs it: a deck of facts never pays for them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Mapping, NamedTuple, Sequence

from .findings import Mismatch
from .fold import fold_text, normalize
from .patterns import lazy

Entities = Mapping[str, Sequence[str]]
Span = tuple[int, int]


class Kind(NamedTuple):  # a named tuple: @dataclass costs start-up time
    name: str
    # Why the cite does not support the answer: (answer, cite, question, entities) -> mismatches.
    support: Callable[[str, str, str, Entities], list[Mismatch]]
    # The values of this kind a normalized text states (empty: none); None for kinds without values.
    values: Callable[[str], list] | None = None
    no_value: str = ""  # lint code for a card of this kind whose answer states no value
    value_name: str = ""  # what such a value is called in that warning
    # Coverage: (start, end) of every value of this kind in a normalized source line.
    items: Callable[[str], list[Span]] | None = None


# -- facts -------------------------------------------------------------------------


def check_fact(answer: str, cite: str, question: str, entities: Entities) -> list[Mismatch]:
    folded_cite = fold_text(cite)
    if _stated(fold_text(answer), folded_cite, cite):
        return []
    _spelling_table(entities)
    for key in _last_table[2].get(fold_text(answer), ()):  # each spelling folded once per deck
        if _stated(key, folded_cite, cite):
            return []
    return [Mismatch("DG102", f"the answer '{answer}' does not occur in the cite{_closest(answer, cite)}; cite the passage that states it")]


def _stated(folded: str, folded_cite: str, cite: str) -> bool:
    """Is the folded answer in the cite, and where it starts or ends with a Latin letter or
    digit, as whole words there? Folding drops white space, so without the second test "not"
    is in "no tax" and "approve" in "approves"; white space stays ignored inside the answer."""
    if not folded or folded not in folded_cite:  # (an answer of white space alone states nothing)
        return False
    lead, tail = folded[0].isascii() and folded[0].isalnum(), folded[-1].isascii() and folded[-1].isalnum()
    if not (lead or tail):
        return True
    i = folded_cite.find(folded)
    while i >= 0:  # folding only drops white space, so a place whose folded neighbours are no letter or digit is one
        if not (lead and _latin_alnum(folded_cite, i - 1) or tail and _latin_alnum(folded_cite, i + len(folded))):
            return True
        i = folded_cite.find(folded, i + 1)
    import re  # only a Latin answer glued to a letter or digit once folded needs it


    pattern = ("(?<![a-z0-9])" if lead else "") + r"\s?".join(map(re.escape, folded)) + ("(?![a-z0-9])" if tail else "")
    if re.search(pattern, normalize(cite)) is not None:
        return True
    # A figure glued to a capitalised word (a tracker's dateline, June 27New Relic): the capital starts a word of its own.
    if lead and folded[0].isalpha():
        glued = r"(?<=\d)" + r"\s?".join(map(re.escape, folded)) + ("(?![a-z0-9])" if tail else "")
        return any(cite[m.start()].isupper() and cite[m.start() + 1 : m.start() + 2].islower()
                   for m in re.finditer(glued, cite, re.I))
    return False


def _latin_alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def _closest(answer: str, cite: str) -> str:
    """What the cite has where it nearly states the answer, the difference marked; empty if nowhere."""
    from .suggest import closest_part, legend, mark

    part = closest_part(answer, cite)
    if part is None:
        return ""
    marked = mark(answer, part)
    return f": it has '{marked}' ({legend(marked, 'the cite', 'the answer')})"


def aliases_of(name: str, entities: Entities) -> list[str]:
    """Every spelling of ``name`` the deck's entities list (canonical and aliases)."""
    return list(_spelling_table(entities).get(fold_text(name), ()))


# The entities mapping last seen, its table, and the same with each spelling
# folded: one deck at a time.
_last_table: list = [None, {}, {}]


def _spelling_table(entities: Entities) -> dict[str, tuple[str, ...]]:
    """The table of ``entities``, built once per deck's mapping, not once per card:
    a key made of every alias, built per card, cost cards x aliases."""
    if _last_table[0] is not entities:
        table = _spellings(tuple((canonical, tuple(aliases)) for canonical, aliases in entities.items()))
        folded_groups = {id(group): tuple(dict.fromkeys(fold_text(s) for s in group)) for group in table.values()}
        _last_table[:] = [entities, table, {key: folded_groups[id(group)] for key, group in table.items()}]
    return _last_table[1]


@lru_cache(maxsize=16)
def _spellings(entities: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    """Folded spelling -> all spellings of the first entity that has it; folded once per deck."""
    table: dict[str, tuple[str, ...]] = {}
    for canonical, aliases in entities:
        spellings = (canonical, *aliases)
        for s in spellings:
            table.setdefault(fold_text(s), spellings)
    return table


# -- dates -------------------------------------------------------------------------


def _date_support(answer: str, cite: str, question: str, entities: Entities) -> list[Mismatch]:
    from .dates import check_date

    return check_date(answer, cite)


def _dates(text: str) -> list:
    from .dates import parse_dates

    return parse_dates(text)


def _date_items(text: str) -> list[Span]:
    return [(d.start, d.end) for d in _dates(text)]


# -- figures -----------------------------------------------------------------------


def _figure_support(answer: str, cite: str, question: str, entities: Entities) -> list[Mismatch]:
    from .quantities import check_figure

    return check_figure(answer, cite, question)


def _quantities(text: str) -> list:
    from .quantities import parse_quantities

    return parse_quantities(text)


# A version number is one value however many dots it has (0.9.0, 1.5.2, v3.8.6),
# and so is a two-part one that its context names a version: Python 2.3, version 2,
# 2.0+1.6.1 (derived from both), 1.3 thru 1.5.2, 2.2 and above.
_VERSION = lazy(  # coverage's (_figure_items), not check's: compiled when first used
    r"(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w]|\.\d)"
    r"|(?:(?<=python )|(?<=version )|(?<=release )|(?<=thru )|(?<=through )|(?<=\d\+))\d+(?:\.\d+)*(?![\w]|\.\d)"
    r"|(?<![\w.])\d+\.\d+(?=\+\d|\s(?:thru|through)\s\d|\sand\s(?:above|later|newer)\b)"
)
# Numbers that label the text rather than state a fact: list markers at the start
# of a line (1. / 2) / (3)), footnote and reference markers ((1), [4]), section
# references (Paragraphs 4, 5, and 7; section 3.2; §2), number words in fixed
# phrases (third party, Zero-Clause; 第一产业, the primary sector), and the quarter a
# figure is of (二季度增长7.6%: 一季度 was already left out as the article "one").
_NOT_FIGURES = lazy(  # coverage's too
    r"^\s*\(?\d{1,3}(?:\.\d{1,3})*[.)](?=\s|$)"
    r"|\(\d{1,2}\)|\[\d{1,3}\]"
    r"|(?<![a-z])(?:sections?|paragraphs?|clauses?|articles?|chapters?|footnotes?|appendix|§+)"
    r"\s?\d+(?:\.\d+)*[a-z]?(?:(?:,\s?|\s?(?:,\s?)?(?:and|or|to|through)\s|\s?[-–]\s?)\d+(?:\.\d+)*[a-z]?)*"
    r"|(?<![a-z])(?:first|second|third)[\s-]part(?:y|ies)(?![a-z])|(?<![a-z])zero[\s-]clause(?![a-z])"
    r"|第[一二三]产业|(?<![\d个第一二三四五六七八九十两])[一二三四1-4]季度"
)


def _figure_items(text: str) -> list[Span]:
    from .quantities import is_article

    versions = [m.span() for m in _VERSION.finditer(text)]
    labels = [m.span() for m in _NOT_FIGURES.finditer(text)]
    items = [
        (q.start, q.end)
        for q in _quantities(text)
        if not is_article(q, text)  # not a figure worth a card
        and not any(a < q.end and q.start < b for a, b in versions + labels)
    ]
    return sorted(items + [v for v in versions if not any(a <= v[0] and v[1] <= b for a, b in labels)])


# -- quotes ------------------------------------------------------------------------


def _quote_support(answer: str, cite: str, question: str, entities: Entities) -> list[Mismatch]:
    from .speakers import check_speaker

    return check_speaker(answer, cite, question, entities)


def _quote_items(text: str) -> list[Span]:
    from .speakers import attributions

    return [(a.words_start, a.words_end) for a in attributions(text)]


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("fact", check_fact),
        Kind("date", _date_support, _dates, "DG506", "date", _date_items),
        Kind("figure", _figure_support, _quantities, "DG505", "quantity", _figure_items),
        Kind("quote", _quote_support, items=_quote_items),
    )
}
