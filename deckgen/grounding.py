"""Grounding: is every card's cite in the source, and does the cite support the answer?

The source is folded once per run (``fold.fold``) and every cite is looked up in
that one folded copy. Support is judged per kind of card by the value parsers:
figures by quantity, dates by (year, month, day), quotes by speaker, facts by
folded text.
"""

from __future__ import annotations

import re
import unicodedata

import bisect
from array import array
from collections import Counter
from decimal import Decimal
from itertools import accumulate, repeat
import weakref
from typing import NamedTuple
from functools import cached_property, lru_cache

from .decks import Card, Deck
from .findings import Mismatch, Problem, problem
from .fold import Folded, find_span, fold, fold_text, has_han, normalize
from .kinds import KINDS, aliases_of
from .patterns import lazy
from .revisions import Recorded, fingerprint, revision
from .deckformat import shown


class Evidence(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """Where a cite stands in the source: original offsets, 1-based line and paragraph."""

    start: int
    end: int
    line: int
    paragraph: int


class CardResult(NamedTuple):  # a named tuple: @dataclass costs start-up time
    deck: Deck
    card: Card
    problems: tuple[Problem, ...]
    evidence: tuple[Evidence | None, ...]  # one per cite, None where the cite was not found
    silenced: tuple[tuple[Problem, str], ...] = ()  # warnings the card's ``silence`` keeps out, with the reason

    @property
    def located(self) -> list[Evidence]:
        """Where the cites that were found stand, in the card's order."""
        return [e for e in self.evidence if e is not None]

    @property
    def status(self) -> str:
        return "grounded" if not any(p.severity == "error" for p in self.problems) else "ungrounded"


class SourceIndex:
    """The folded source with a way to find cites in it without rescanning it.

    Small decks use ``str.find``. Large ones build, once, an index of the
    K-character strings starting at every STEP-th folded offset (``_grams``): an occurrence
    of a cite of at least K + STEP - 1 characters puts every STEP-th of its
    K-grams on a sampled offset, so a few binary searches and one
    ``startswith`` find it. Shorter cites fall back to ``str.find``.
    """

    K = 8
    STEP = 8
    FIND_LIMIT = 64  # below this many look-ups, building the index costs more than it saves
    MAX_CANDIDATES = 256

    MAX_PLACES = 8192  # distinct cites remembered by ``place``; then it starts afresh
    MAX_RUNS = 16384  # distinct K-grams (about 4 MB) whose run of the index ``locate`` remembers; then it starts afresh

    def __init__(self, text: str):
        self.folded: Folded = fold(text)
        self.lookups = 0
        self._places: dict[str, Evidence | None] = {}
        self._runs: dict[str, tuple[int, int]] = {}

    def place(self, cite: str) -> Evidence | None:
        """Where ``cite`` (as written) first stands in the source, compared folded; None if
        it is not there.

        Cards share cites (one sentence, a card for each of its values): each
        distinct cite is folded, searched for and mapped back to the original
        once, and the memo's keys are the cards' own strings.
        """
        places = self._places
        if cite in places:
            return places[cite]
        folded = fold_text(cite)
        start = self.locate(folded) if folded else -1
        found = self.evidence(start, start + len(folded)) if start >= 0 else None
        if len(places) >= self.MAX_PLACES:
            places.clear()
        places[cite] = found
        return found

    HASH_BITS = 31

    @cached_property
    def _grams(self) -> tuple[array, array, int]:
        """Every sampled K-gram as one 64-bit integer, sorted: its hash (31 bits) above
        its folded offset (32 bits); with where each bucket of hashes (their top
        bits) starts in that array, and how far to shift a hash for its bucket.

        A dictionary of the K-gram strings took about 16 bytes a source
        character; this takes under two. Two K-grams that share a hash share a
        run of the array: a look-up then lists a few candidates too many, each
        one checked with ``startswith``, never one too few.
        """
        t, k, step = self.folded.text, self.K, self.STEP
        mask = 2**self.HASH_BITS - 1
        packed = [(hash(t[i : i + k]) & mask) << 32 | i for i in range(0, max(len(t) - k + 1, 0), step)]
        packed.sort()
        bits = min(max(len(packed).bit_length(), 8), self.HASH_BITS)
        shift = 32 + self.HASH_BITS - bits
        # Each bucket's size, counted and laid out without a Python loop over the grams.
        sizes = Counter(map(int.__rshift__, packed, repeat(shift)))
        starts = array("i" if len(packed) < 2**31 else "q", [0])
        starts.extend(accumulate(map(sizes.get, range(1 << bits), repeat(0))))
        return array("q", packed), starts, self.HASH_BITS - bits

    def locate(self, cite: str) -> int:
        """Folded offset of the first occurrence of folded ``cite``, or -1."""
        self.lookups += 1
        t = self.folded.text
        k, step = self.K, self.STEP
        if self.lookups <= self.FIND_LIMIT or len(cite) < k + step - 1:
            return t.find(cite)
        grams, buckets, shift = self._grams
        mask, left = 2**self.HASH_BITS - 1, bisect.bisect_left
        # An occurrence at folded offset s puts cite offsets o, o + STEP, o + 2 STEP, ...
        # on sampled source offsets, where o = -s mod STEP: for that alignment
        # every one of those k-grams is in the index, and the rarest of them
        # (the one around a name or figure, not boilerplate that recurs
        # thousands of times) lists every candidate start.
        runs: list[tuple[int, int, int]] = []  # (cite offset, the rarest K-gram's run of ``grams``)
        candidates = 0
        last = len(cite) - k
        runs_of = self._runs
        for o in range(step):
            rarest: tuple[int, int, int] | None = None
            for j in range(o, last + 1, step):
                gram = cite[j : j + k]
                run = runs_of.get(gram)
                if run is None:
                    h = hash(gram) & mask
                    lo, hi = buckets[h >> shift], buckets[(h >> shift) + 1]
                    if hi - lo > 1:
                        key = h << 32
                        lo = left(grams, key, lo, hi)
                        hi = left(grams, key + 2**32, lo, hi)
                    elif lo < hi and grams[lo] >> 32 != h:
                        hi = lo
                    if len(runs_of) >= self.MAX_RUNS:
                        runs_of.clear()
                    run = runs_of[gram] = (lo, hi)
                lo, hi = run
                if lo == hi:  # no occurrence has this alignment
                    rarest = None
                    break
                if rarest is None or hi - lo < rarest[2] - rarest[1]:
                    rarest = (j, lo, hi)
                    if hi - lo == 1:  # none rarer: its one offset is the candidate
                        break
            if rarest is not None:
                runs.append(rarest)
                candidates += rarest[2] - rarest[1]
        if candidates > max(self.MAX_CANDIDATES, len(t) // 1000):
            # All boilerplate: one scan in C (about 1 ns a character) beats
            # checking that many candidates one by one (about 0.3 µs each).
            return t.find(cite)
        best = -1
        low = 2**32 - 1
        for at, lo, hi in runs:
            for packed in grams[lo:hi]:  # ascending offsets
                start = (packed & low) - at
                if best >= 0 and start >= best:
                    break
                if start >= 0 and t.startswith(cite, start):
                    best = start
                    break
        return best

    def release(self) -> None:
        """Free the k-gram index, the largest thing a check holds (under two bytes a
        source character), and the places found; later look-ups start again with
        ``str.find``."""
        self.__dict__.pop("_grams", None)
        self._places = {}
        self._runs = {}
        self.lookups = 0

    @cached_property
    def _newlines(self) -> list[int]:
        o = self.folded.original
        out, i = [], o.find("\n")
        while i >= 0:
            out.append(i)
            i = o.find("\n", i + 1)
        return out

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        """Lines (1-based) on which a paragraph starts.

        A source with blank lines separates paragraphs by them (hard-wrapped
        text); one without, like most news copy, has a paragraph per line. So
        does a run of lines between blank lines that is not hard-wrapped: news
        copy with a blank line only around a separator (* * *) or after its
        headline, whose lines run longer than any wrapping width or each end a
        sentence.
        """
        lines = self.folded.original.split("\n")
        if not any(not line.strip() for line in lines[:-1]):
            return list(range(1, len(lines) + 1))
        starts, block = [], []
        for n, line in enumerate([*lines, ""], 1):
            if line.strip():
                block.append(n)
                continue
            if block:
                body = [lines[k - 1].rstrip() for k in block[:-1]]
                unwrapped = any(_width(b) > _WRAP_WIDTH for b in body) or body and all(map(_ENDS_SENTENCE_RE.search, body))
                starts += block if unwrapped else block[:1]
            block = []
        return starts

    def evidence(self, folded_start: int, folded_end: int) -> Evidence:
        return self.evidence_at(*self.folded.span(folded_start, folded_end))

    def evidence_at(self, a: int, b: int) -> Evidence:
        """The Evidence of original offsets ``a``-``b``."""
        line = bisect.bisect_right(self._newlines, a - 1) + 1 if a else 1
        paragraph = bisect.bisect_right(self._paragraph_starts, line)
        return Evidence(a, b, line, paragraph)

    def line_text(self, line: int) -> str:
        return self.folded.original.split("\n")[line - 1] if line else ""


# The widest line a hard-wrapped text has (a line longer than this is a paragraph of its own), and a line's end that
# closes a sentence (in hard-wrapped text most lines end mid-sentence).
_WRAP_WIDTH = 100
_ENDS_SENTENCE_RE = lazy(r"[。！？!?…][”」』）)\"']*$")


def _width(line: str) -> int:
    """A line's width in columns: a wide (CJK) character takes two, as in the editor that wrapped it."""
    return len(line) + sum(unicodedata.east_asian_width(c) in "WF" for c in line if ord(c) > 0x1000)


# Source text -> its index, while any check result still holds it: a deck split
# in parts cites one source from every file, and a 10 MB source costs about a
# second to fold. The index depends on the text alone, so equal texts share one.
_INDEXES: weakref.WeakValueDictionary[str, SourceIndex] = weakref.WeakValueDictionary()


def source_indexes(deck: Deck) -> dict[str, SourceIndex]:
    """Each of the deck's sources folded once, by id (the first also under "", a card's default)."""
    out = {}
    for s in deck.sources:
        index = _INDEXES.get(s.text)
        if index is None:
            index = _INDEXES[s.text] = SourceIndex(s.text)
        out[s.id] = index
    out[""] = out[deck.sources[0].id]
    return out


def check_deck(deck: Deck, indexes: dict[str, SourceIndex] | None = None, recorded=None) -> list[CardResult]:
    """Ground every card of ``deck`` against its own source; each source folded once for all.

    ``recorded``: card id -> where the lock saw its cites (``check_card``).
    """
    indexes = indexes or source_indexes(deck)
    recorded = recorded or {}
    return [check_card(deck, card, indexes[card.source], recorded.get(card.id)) for card in deck.cards]


def check_card(deck: Deck, card: Card, index: SourceIndex, recorded: dict[str, Recorded] | None = None) -> CardResult:
    """Ground one card in its source's ``index``.

    ``recorded`` is where the lock saw the card's cites, by fingerprint: a cite
    it holds that the source no longer has is a revision of the source (moved,
    reworded, changed in value, gone), not an author's typo.
    """
    path = deck.display_path
    problems: list[Problem] = []
    evidence: list[Evidence | None] = []
    line, col = card.at("cite")
    for cite in card.cites:
        found = index.place(cite)
        seen = recorded.get(fingerprint(cite)) if recorded else None
        if found is not None:
            evidence.append(found)
            if seen is not None and (seen.line, seen.paragraph) != (found.line, found.paragraph):
                problems.append(problem("DG701", path, line, col, moved(seen, found, source_named(deck, card))))
        elif seen is not None:
            r = revision(cite, index.folded.original, source_named(deck, card))
            problems.append(problem(r.code, path, line, col, r.message, r.data))
            evidence.append(index.evidence_at(r.start, r.end) if r.start >= 0 else None)
        else:
            problems.append(problem("DG101", path, line, col, cite_not_found(cite, index, source_named(deck, card))))
            evidence.append(None)
    if not problems or not any(p.severity == "error" for p in problems):
        cite_text = joined_cites(card.cites)
        forms = [card.a, *aliases_of(card.a, deck.entities)] if card.cloze or len(card.cites) > 1 else ()
        if len(card.cites) > 1 and not any(find_span(forms, c) for c in card.cites) and find_span(forms, "\n".join(card.cites)):
            # (each part ends its sentence for the rules, so an answer the cut splits would be reported against a
            # stop the author never wrote: say what is wrong instead)
            problems.append(problem("DG102", path, *card.at("a"), f"the answer '{card.a}' runs across the cut between two "
                                    "of the card's cite parts; cite the passage that states it as one part"))
        else:
            for m in support(card.kind, card.a, cite_text, card.q, deck.entities):
                problems.append(problem(m.code, path, *card.at("a"), m.message, m.data))
        if card.translation is not None:
            for m in support_translation(card, cite_text, deck.entities):
                problems.append(problem("DG450", path, card.translation.line, card.translation.col, m.message, m.data))
        if card.cloze and not problems and not any(find_span(forms, c) for c in card.cites):
            problems.append(
                problem(
                    "DG103",
                    path,
                    *card.at("cloze"),
                    f"cloze card '{card.id}': the answer does not occur in its cite, so there is nothing to blank; "
                    "quote the answer exactly in the cite or drop 'cloze: true'",
                )
            )
    return CardResult(deck, card, tuple(problems), tuple(evidence))


_PASSAGE_END = ".!?;:。！？；：…)]）」』”\"'’"


def joined_cites(cites) -> str:
    """A card's cites as one text, each part a passage of its own: a part the author cut mid-sentence ends its sentence
    there ("… were up 12 percent compared to the previous year" then "Weekday ridership … was up 17 percent."), so
    that no rule reads the next part's words as the same sentence's."""
    parts = [c.rstrip() for c in cites]
    if len(parts) < 2:
        return "\n".join(cites)
    return "\n".join(p + ("" if not p or p[-1] in _PASSAGE_END else "。" if has_han(p[-1]) else ".") if i < len(parts) - 1 else p
                     for i, p in enumerate(parts))


def source_named(deck: Deck, card: Card) -> str:
    """How a finding about ``card``'s cite names its source (worked out only for a finding)."""
    source = deck.source_of(card)
    return f"source {shown(source.label)}" if len(deck.sources) > 1 or source.id else "the source"


def support(kind: str, answer: str, cite: str, question: str, entities, bind: bool = True) -> list[Mismatch]:
    """Why ``cite`` does not support ``answer`` for a card of ``kind`` (empty if it does).

    First the answer's value must occur in the cite (the kind's rule); then,
    with ``bind``, it must be the value the question asks about (binding.py).
    A value-level check with no question (the parsers' tables) is not bound.
    """
    written = cite
    if kind == "figure":
        answer, cite = glued_millions(answer, cite)
        cite = shared_units(cite)
        defined = defined_units(cite)
        if defined:  # 1.3 billion cubic feet per day (bcfd) … 106.0 bcfd: read each bcfd in full
            answer, cite = spelled_out(answer, defined), spelled_out(cite, defined)
    found = KINDS[kind].support(answer, cite, question, entities)
    # A qualifier the cite writes once for two values (about X (Y), about X and Y): read only when
    # the cite as written leaves the answer's qualifier unsupported.
    for reread in _QUALIFIER_SCOPES if kind == "figure" else ():
        if found and all(m.code == "DG204" for m in found) and (wider := reread(cite)) != cite:
            found = KINDS[kind].support(answer, wider, question, entities)
    if kind == "figure" and found and all(m.code == "DG204" for m in found) and bound_stated(cite, question):
        found = KINDS[kind].support(answer, cite, "", entities)  # the answer as written, without the question's bound
    if not bind or not question.strip():
        return found
    qualifier_only = kind == "figure" and found and all(m.code == "DG204" for m in found)
    if found and not qualifier_only:
        return found
    from .binding import check_binding, labels_cited

    bound = check_binding(kind, answer, cite, question, entities)
    if cite != written:  # (labels are quoted as the author wrote the cite, not as units were shared out in it)
        bound = labels_cited(bound, written)
    if qualifier_only:
        # The answer is another value than the one asked, not only a qualifier short of it: that is
        # the error to fix first (with the qualifier mended it would still be wrong).
        return [m for m in bound if m.code in _ANOTHER_VALUE] or found
    return bound


_ANOTHER_VALUE = frozenset(("DG601", "DG602", "DG603", "DG604"))


# What joins the items of a list of numbers: 、 和 及 与 或, and/or, and the English serial comma.
_WORD_AFTER = lazy(r"\s?(?!(?:and|or)\b)[a-z]")  # a noun of the number's own: 12 months, 5 and 7 percent
_LIST_LINK = lazy(r"\s?(?:、|和|及|与|或|/)\s?|,?\s(?:and|or)\s|,\s")  # (a slash lists too: 788/849欧元)



# A number with a bare m glued to it (6.1m, 7,900m): a million or a metre, as the words after it tell.
_GLUED_M = lazy(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)m(?![a-z0-9²³])")
_NOTHING_AFTER_M = lazy(r"\s?(?:[.,;:!?)]|\Z)")


def glued_millions(answer: str, cite: str) -> tuple[str, str]:
    """``answer`` and ``cite`` with a bare glued m read as a million wherever the cite reads one so.

    Why: one text uses a bare m in one sense. Where a noun a million would count follows one (6.1m
    announced, 5.1m of the vehicles), a glued m with nothing after it (… to 7.8m.) and the answer's bare
    6.1m are millions too. A metre the words after it tell (8,848m high) leaves the cite as written."""
    if not (_GLUED_M.search(answer) and _GLUED_M.search(cite)):
        return answer, cite
    from .quantities import parse_quantities

    text = normalize(cite)
    read = {q.end: q for q in parse_quantities(text)}  # (by its end: a quantity starts at its qualifier)
    glued = list(_GLUED_M.finditer(text))
    millions = {m.start() for m in glued if (q := read.get(m.end())) is not None and q.unit is None
                and q.value == Decimal(m[1].replace(",", "")) * 10**6}
    metres = [m for m in glued if m.start() not in millions]
    if not millions or any(not _NOTHING_AFTER_M.match(text, m.end()) for m in metres):
        return answer, cite
    numbers = {m[1] for m in glued}
    # (the cite as written, its capitals kept: they tell names apart)
    return _GLUED_M.sub(lambda m: m[1] + " million" if m[1] in numbers else m.group(), answer), \
        _GLUED_M.sub(lambda m: m[1] + " million", cite)


def _inserted(cite: str, text: str, inserts: list[tuple[int, str]]) -> str:
    """``text`` (``cite`` normalised) with each ``(at, words)`` written in at its place; ``cite``
    unchanged when there is nothing to insert."""
    if not inserts:
        return cite
    for at, words in reversed(inserts):  # (appended left to right: the later first keeps the earlier places)
        text = text[:at] + words + text[at:]
    return text

@lru_cache(maxsize=1024)  # (a card's cite is read so by grounding and again by binding's rules: 95 calls, 40 texts a check)
def shared_units(cite: str) -> str:
    """``cite`` (normalised), with a unit or counter written once after a list of numbers
    (8.2、5.0个百分点; 3, 5 and 7 km; 4199 / 4699元) written after each number of the list.

    Why: the list states every number in that unit; only the last carries it in writing.
    A list joined by commas alone must end in and/or (an English series), and only
    bare cardinals take the unit, so a count with its own noun keeps it.
    """
    from .quantities import parse_quantities

    if not any(link in cite for link in "、和及与或,/") and " and " not in cite and " or " not in cite:
        return cite
    text = normalize(cite)
    found = parse_quantities(text)
    inserts: list[tuple[int, str]] = []
    j = 0
    for i, q in enumerate(found):
        if q.ordinal or (q.unit is None and q.counter is None):
            continue
        first = i
        while first > j and _bare_cardinal(found[first - 1], text) and (
                link := _LIST_LINK.fullmatch(text, found[first - 1].end, found[first].start)):
            if "," in link.group() and first == i and not link.group().strip(", "):
                break  # 3, 5 percent: a comma alone ends no list
            first -= 1
        j = i + 1
        tail = _unit_tail(q, text) if first < i else None
        if tail:
            # (a number written bare, digits alone, takes the scale as well: 698及682億元 states 698億元, a list's
            # numbers sharing the magnitude written once after the last; 78億及156億元 has its own)
            scaled = _unit_tail(q, text, scale=True)
            inserts += [(b.end, scaled if scaled and text[b.end - 1].isdigit() else tail) for b in found[first:i]]
    return _inserted(cite, text, inserts)


# A range's upper end: what stands after 至/到/to from a number or a level (持平至成长6%, 1421亿至1501亿);
# its lower end: what stands before one.
_UPPER_END = lazy(r"(?:\d[\d.,]*\s?[^\s\d,;:。!?]{0,4}|持平|零|flat|zero)\s?(?:至|到|~|–|-|to|and)\s?[^\d,;:。!?]{0,4}\Z")
_LOWER_END = lazy(r"\s?(?:至|到|~|–|-|to)\s?[^,;:。!?]{0,4}\d")
_CLAUSE_MARK = lazy(r"[,;:。!?]")


def bound_stated(cite: str, question: str) -> bool:
    """Whether the cite itself states the bound the question puts on its figure (最多成长多少,
    at least how many), so the bound is the cite's and the answers are compared as written:
    a value of the cite is the upper end of a range asked with 最多/up to (持平至成长6%) or
    the lower one asked with 至少/at least, or the cite's own adverb stands before it in its
    clause, apart from the number (至少会发布…两款产品)."""
    from .quantities import _QUAL_PREFIX, parse_quantities, question_qualifier

    asked = question_qualifier(normalize(question)) if question else None
    if asked not in ("at most", "at least"):
        return False
    text = normalize(cite)
    words = [w for w, canonical in _QUAL_PREFIX.items() if canonical == asked]
    for q in parse_quantities(text):
        if q.qualifier is not None:
            continue
        start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, q.start)), default=0)
        before = text[start:q.start]
        if any(w in before for w in words):
            return True
        if _UPPER_END.search(before) if asked == "at most" else _LOWER_END.match(text, q.end):
            return True
    return False


# From a qualified value to the bracket that converts it: "about 30.8 billion canadian dollars (".
_CONVERSION_OPEN = lazy(r"[^()\d,;:。!?]{0,24}\(\s?")
_CONVERSION_CLOSE = lazy(r"\s?\)")


def converted_qualifiers(cite: str) -> str:
    """``cite`` with a qualifier of a value written before its conversion in brackets too: about
    30.8 billion Canadian dollars (27.9 billion U.S. dollars) is about 27.9 billion U.S. dollars,
    the bracket being the same amount in another unit (a currency or measure, not a share). The
    cite unchanged when it has none; grounding reads it so only when the cite as written does not
    support the answer's qualifier (the bare conversion stays grounded too)."""
    if "(" not in cite and "（" not in cite:
        return cite
    from .quantities import parse_quantities

    text = normalize(cite)
    found = parse_quantities(text)
    inserts = []
    for q, c in zip(found, found[1:]):
        if q.qualifier and not c.qualifier and c.unit not in (None, "%", q.unit) and _CONVERSION_OPEN.fullmatch(text, q.end, c.start) \
                and _CONVERSION_CLOSE.match(text, c.end):
            number = next((i for i in range(q.start, q.end) if text[i].isdigit()), q.start)
            if number > q.start:
                inserts.append((c.start, text[q.start:number]))
    return _inserted(cite, text, inserts)


# Between the two values of a coordinated pair: the first one's own words (to revenue), then and/和/及.
_COORDINATED = lazy(r"[^\d,;:。!?()]{0,30}?(?:\s(?:and|or)\s|\s?[和及与或、]\s?)")
_APPROXIMATION_WORD = lazy(r"[^\W\d_]+(?:\s[a-z]+)?\s?")


# A comma link inside a list of values (8 hours of talk time, 6 hours of Internet use, … or 24 hours …).
_LISTED = lazy(r"[^\d,;:。!?()]{0,30}?,\s?")
# Qualifiers that scope over a list written after them: an approximation, and an upper bound (up to).
_SCOPED_QUALIFIERS = ("about", "at most")


def coordinated_qualifiers(cite: str) -> str:
    """``cite`` with an approximation or an upper bound written once before a coordinated list
    written before each later value too: approximately $10 million to revenue and $3 million to
    EBITDA, 约10亿元和8亿元 are each approximate, and up to 8 hours of talk time, 6 hours of
    Internet use, … or 24 hours of audio playback are each an upper bound (the adverb scopes over
    the list, as a unit written once after a list does). Only a qualifier before the first and bare
    values of the same unit after it, linked by commas and closed by and/or/和/及; a qualifier
    written after the last (5萬及4萬多票) stays that value's. Read so only when the cite as written
    does not support the answer's qualifier."""
    from .quantities import _QUAL_PREFIX, parse_quantities

    text = normalize(cite)
    found = parse_quantities(text)
    inserts = []
    for i, q in enumerate(found):
        if q.qualifier not in _SCOPED_QUALIFIERS:
            continue
        word = _APPROXIMATION_WORD.match(text, q.start)
        if not word or _QUAL_PREFIX.get(word.group().strip()) != q.qualifier:
            continue
        listed, prev = [], q
        for c in found[i + 1 :]:
            if c.qualifier or c.unit != q.unit:
                break
            if _COORDINATED.fullmatch(text, prev.end, c.start):  # the list's closing link: its items are each qualified
                spelled = word.group() if word.group().endswith(" ") or not word.group().isascii() else word.group() + " "
                inserts += [(x.start, spelled) for x in (*listed, c)]
                break
            if not _LISTED.fullmatch(text, prev.end, c.start):
                break
            listed.append(c)
            prev = c
    return _inserted(cite, text, inserts)


# From a number's first digit only (not after a digit, nor after a digit and its separator): a later
# digit of the same number ends where it does, so it can only fail as the first did; without the
# look-behinds a long run of digits and commas is retried from each digit, quadratic in its length.
_DEFINED_UNIT = lazy(r"(?<!\d)(?<!\d[.,])\d[\d.,]*((?:\s[a-z]+){1,6})\s?\(([a-z]{2,6})\)", needs="(")


def _initials(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` spells the initials of ``words`` in order, a word's initial left out at
    most where it is a small word (bcfd: billion cubic feet [per] day; bpd: barrels per day)."""
    if not words or abbr[0] != words[0][0]:
        return False
    i = 0
    for w in words:
        if i < len(abbr) and abbr[i] == w[0]:
            i += 1
        elif w not in ("per", "a", "of", "and", "in"):
            return False
    return i == len(abbr)



_QUALIFIER_SCOPES = (converted_qualifiers, coordinated_qualifiers)

def defined_units(cite: str) -> dict[str, str]:
    """Unit abbreviations a cite defines in brackets after a value written in full (1.3 billion
    cubic feet per day (bcfd)): the abbreviation and the words it stands for. Why: the cite then
    writes the same unit short (106.0 bcfd), and the card may too; both mean the words."""
    if "(" not in cite:
        return {}
    found = {}
    for m in _DEFINED_UNIT.finditer(normalize(cite)):
        words = m[1].split()
        for k in range(len(words)):  # the shortest tail of the words the letters spell
            if _initials(m[2], words[k:]):
                found[m[2]] = " ".join(words[k:])
                break
    return found


def spelled_out(text: str, defined: dict[str, str]) -> str:
    """``text`` (normalised) with each defined abbreviation after a number written in full."""
    text = normalize(text)
    for abbr, words in defined.items():
        text = re.sub(rf"(?<=\d)\s?{re.escape(abbr)}\b", " " + words, text)
    return text


def _bare_cardinal(q, text: str) -> bool:
    """A number with no unit, counter, ordinal or noun of its own (a list item that leaves its unit to the last)."""
    return q.unit is None and q.counter is None and not q.ordinal and not _WORD_AFTER.match(text, q.end)


def _unit_tail(q, text: str, scale: bool = False) -> str | None:
    """What follows ``q``'s number as written (个百分点, " percent"): the shortest end of its
    text that, after a bare number, reads as that number in ``q``'s unit and counter. With ``scale``, its
    scale and unit (億元 of 682億元), or None where it writes no scale."""
    from .quantities import parse_quantities

    written = text[q.start:q.end]
    m = _NUMBER_HEAD.match(written)
    if scale:
        if not m or m.end() == len(written):
            return None
        read = parse_quantities("1" + written[m.end():])
        if len(read) == 1 and read[0].end == 1 + len(written) - m.end() and (read[0].unit, read[0].counter) == (q.unit, q.counter) \
                and read[0].qualifier is None and read[0].value > 1 and read[0].value == 10 ** (len(str(int(read[0].value))) - 1):
            return written[m.end():]
        return None
    for k in range(1, len(written)):
        tail = written[k:]
        if tail[0].isdigit() or tail[0] == ".":
            continue
        read = parse_quantities("1" + tail)
        if len(read) == 1 and read[0].end == 1 + len(tail) and (read[0].unit, read[0].counter) == (q.unit, q.counter) \
                and read[0].value == 1 and read[0].qualifier is None:  # 5萬及4萬多票: the 多 is 4萬's alone
            return tail
    # (an English unit word the parser reads beside the number but leaves out of its span: 6 and 7 hours, 3, 5 and 7 km)
    m = _UNIT_WORD_AFTER.match(text, q.end)
    if m:
        read = parse_quantities("1" + m.group())
        if len(read) == 1 and (read[0].unit, read[0].counter) == (q.unit, q.counter) and read[0].value == 1 \
                and read[0].qualifier is None:
            return m.group()
    return None


_UNIT_WORD_AFTER = lazy(r"\s[a-z]+(?![a-z])")
_NUMBER_HEAD = lazy(r"\d+(?:\.\d+)?")


def support_translation(card: Card, cite: str, entities) -> list[Mismatch]:
    """An English answer is grounded by value like any other (facts: names by alias)."""
    assert card.translation is not None
    answer = card.translation.a
    kind = KINDS[card.kind]
    if kind.name == "fact" and not (aliases_of(answer, entities) or fold_text(answer) in fold_text(cite)):
        # A translated fact cannot occur in a Chinese cite as it stands: check a
        # name by its aliases, else the first kind of value it states.
        text = normalize(answer)
        kind = next((k for k in KINDS.values() if k.values is not None and k.values(text)), None)
        if kind is None:
            return []
    # Not bound: the English question's words do not occur in a Chinese cite, so
    # it cannot select a value; the card's own question already did.
    found = support(kind.name, answer, cite, card.translation.q, entities, bind=False)
    return [Mismatch("DG450", f"translation: {m.message} [{m.code}]", m.data) for m in found]


def moved(seen: Recorded, found: Evidence, source: str) -> str:
    return (
        f"the cited passage moved in {source} (revised since the lock): now line {found.line}, paragraph {found.paragraph} "
        f"(was line {seen.line}, paragraph {seen.paragraph}); the card shows the new place once built"
    )


def cite_not_found(cite: str, index: SourceIndex, source: str = "the source") -> str:
    from .suggest import legend, nearest

    message = f"cite not found in {source} (compared after folding script, width and white space)"
    hint = nearest(cite, index.folded.original)
    if hint is None:
        return message
    if hint.note:  # the search was over its budget
        return f"{message}; {hint.note}"
    return f"{message}; nearest passage, {hint.lines}: '{hint.marked}' ({legend(hint.marked)})"
