"""People and bodies as the values of a fact card: who is which in a cite that names several.

Binding (``binding.py``) tells figures and dates apart by the words of their clauses; a fact card's
answer is a name, and names are told apart by other means:

* a list of ROLE + NAME items (甲公司董事长张三、乙公司总裁李四) or NAME, ROLE items, each item a value
  labelled by its role; a roll call parted by semicolons (Jerome H. Powell, Chair; …) with the stance
  of its head (Voting for … were) given to every item; a list whose items each hold a figure;
* the deck's entities one to a sentence, where the sentence naming another holds every word of the
  question that the answer's sentence holds, and more; as many and no more is DG605 (a frame
  heading the cite, 地震发生后, and a support verb, made, count for no one);
* a name's own words: a title before it or in the deck's spelling of it (English words or the Han
  text ending in a title's word), what it owns (Obama's objective), a relative clause after it, the
  passive verb it is the agent of or the verb it is the place of (built by, land at: such names need
  no deck entity), the role it is said to be, and where a person the question names is from; a
  clause of the question that sets the time (after it lands) asks nothing;
* the figure each name owns in a shared sentence (the nearest name before it): a figure the question
  quotes selects its owner;
* the title a Chinese question asks for (救援投手是谁, by its wh-word) and the name right after it in the cite;
* a name the question itself gives (Who curled the ball past Haghighi?) is its object or speaker, never its
  answer, and one described in apposition to it (Philip Morris USA, now part of the Altria Group) neither;
* a body's own verb and object in a Chinese clause (卫星由甲院研制, 乙公司负责经营, 用户为丙) and things
  listed after 分别 mapped to the items before it by position;
* the subject of the clause whose verb the question uses (Who fired …? / Which company made …? — the
  nearest name before the verb, the agent of a passive, a list closed by "and" sharing it), and in
  Chinese the name right before the phrase a question asks the doer of (回答记者提问的是谁);
* a list of names sharing its lead verb or subject (joined by A and Justices B, C; the dissenters were …)
  and the nearest title before each item; a role word before each name of a list (son A and daughter B),
  a preposition's role (in favor of X, against Y; the head of X's Y), a name set off by commas after a
  head (Another son, John Walton, was killed), a pronoun subject after a name (where he worked at …).

``decided`` settles a fact card before any list is read: a panel laid out one person a line (NAME (AGE)
ROLE; Leader: NAME), each role the name's before it on its own line; the actor of the Chinese clause
holding the deed a who-question quotes (张帆全场三分球7投6中, 并 clauses taking the subject before); an
English clause's own subject of the question's passive or noun phrase (A and B were knighted while C,
a subject of the King, was awarded …); the subjects of a negated clause (what X had been unable to);
a Chinese role the question asks, whatever its last word, with the team that owns it (四川队外援).
Figures: the name a Chinese question leads with owns the values after it in its clause (利夫…并得到7次助攻;
a 均 list), where figures alone cannot choose; a figure in apposition is its name's (Tenzing, 39).

Where all these let a card through, ``binding.check_binding`` asks a few more: the role set off after an English name
(NAME, ROLE,), the agent of a passive verb, the Chinese clause holding a deed the question quotes (its subject before
the verb), a Chinese list's 的 phrases and quoted titles by position.

``told_apart`` runs these for a fact card that no list holds; each reads only its card's cite and
question (the deck's spellings are indexed once per deck).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .binding import (
    CLAUSE_MARKS, EN_CLAUSE_END, EN_SENTENCE_END, _ABBREVIATIONS, _DIGITS_RE, _table_terms, _IRREGULAR, _ITEM_CLASSES, _WORD_RE, Value, _ambiguous, _boundaries, _breaks, _index, _item_splits,
    ZH_LIST_MARK, clause_marks, _lemma, _stem, _terms, quoted_places, span_around,
)
from .findings import Mismatch
from .fold import STOP_WORDS, han_at, has_han, normalize
# Imported here, not in each function: an import statement run again costs about 11,000 instructions
# (a relative lookup and two AttributeErrors), and these ran about 370 times a check of the shipped deck.
# Both are imported before this module by every check that grounds a card (binding imports this module).
from .kinds import aliases_of
from .patterns import compile_pattern, lazy, literal_spans
from .quantities import _same_unit, parse_quantities


_ROLE_ITEM_RE = compile_pattern(
    r"(?:副董事长|副主席|副总裁|(?<![a-z])vice[ -](?:chair(?:man|woman)?|president)(?![a-z])|董事长|首席执行官|执行长|总裁|首席财务官|财务长|创办人|创始人|发言人|营运长|副署长|署长|司长|部长|局长"
    r"|总经理|副总经理|主席|院长|主任|(?<![a-z])(?:ceo|cfo|coo|chairman|chairwoman|chair|president|founder"
    r"|spokes(?:person|man|woman)|minister|director|chief (?:executive|financial|operating|economist|scientist|strategist|investment)(?: officer)?"
    r"|chief [a-z]+ officer|analyst|finance chief)(?![a-z]))"
)


_ROLE_END_RE = lazy("(?:" + _ROLE_ITEM_RE.pattern + r")\Z")
# A person's noun before its field (specialist for contemporary art, professor of law): the field is a title's, no name
# (not a kin noun: daughter of homemaker Hazel Robson).
_FIELD_OF_TITLE_RE = lazy(r"(?<![a-z])[a-z]+(?:ist|ian|or)\s(?:for|of|in)\s\Z")


def listed(answer: str, cite: str, entities: Mapping[str, Sequence[str]]) -> tuple[list[Value], list[Value]]:
    """People in a list of ROLE + NAME items (甲公司董事长张三、乙公司总裁李四)."""

    spellings = {normalize(s) for s in (answer, *aliases_of(answer, entities))}
    # The first place the cite names the answer, by its longest spelling there.
    found = [(cite.find(s), -len(s)) for s in spellings if s and cite.find(s) >= 0]
    if not found:
        return [], []
    pos = min(found)[0]
    clauses, sentences = _boundaries(cite, [])
    s = _index(sentences, pos)
    lo = sentences[s]
    hi = sentences[s + 1] if s + 1 < len(sentences) else len(cite)
    # A fact with a figure in it (Model 3, 3兆男) is told apart as figures are.
    roll = [] if _DIGITS_RE.search(answer) else _roll_call(cite, pos)
    if roll:
        values, mine = _listed(cite, roll, pos)
        head = stance(cite, max(cite.rfind(c, 0, roll[0][0]) for c in ".!?。\n") + 1, roll[0][0])
        for v in values:  # "Voting for the monetary policy action were …": the head's stance is every item's
            if head:
                v.flags["stance"] = head
        return values, mine
    segs = []
    last = lo
    for a, b in _item_splits(cite, lo, hi):
        segs.append((last, a))
        last = b
    segs.append((last, hi))
    if len(segs) >= 2 and not _DIGITS_RE.search(answer) and _all_handled(cite, segs):
        return _listed(cite, segs, pos)
    # An English appositive ("tim cook, apple's ceo") is one item in two segments.
    # Titles joined by "and" (president and chief executive officer) are one
    # person's: an item that starts with a role after one that ends with a role.
    merged: list[tuple[int, int]] = []
    for a, b in segs:
        starts_role = _ROLE_ITEM_RE.match(cite, a + len(cite[a:b]) - len(cite[a:b].lstrip(" 、,")))
        if merged and starts_role and _ROLE_END_RE.search(cite[merged[-1][0]:merged[-1][1]].rstrip(" 、,")):
            merged[-1] = (merged[-1][0], b)
        elif merged and not _ROLE_ITEM_RE.search(cite, *merged[-1]) and _ROLE_ITEM_RE.search(cite, a, b) and cite[a:b].isascii():
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    items = []
    for a, b in merged:
        roles = list(_ROLE_ITEM_RE.finditer(cite, a, b))
        # ROLE NAME or NAME, ROLE: a bare role (快思慢想研究院院长、…田丰) is one person's title
        if roles and (cite[roles[-1].end():b].strip(" 、,") or roles[0].start() > a and cite[a:b].isascii()):
            items.append((a, b))
    if len(items) < 2:
        return [], []
    values = []
    mine = []
    for a, b in items:
        role = None
        for role in _ROLE_ITEM_RE.finditer(cite, a, b):
            pass
        name = cite[role.end():b].strip(" 、,") if role and cite[role.end():b].strip() else cite[a:b]
        v = Value(a, b, name.strip(), name.strip(), label=cite[a:role.end()].strip(" 、,") if role else "")
        values.append(v)
        if a <= pos < b:
            mine.append(v)
    return values, mine


def across_sentences(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """The deck's people and bodies in different sentences of the cite, one a sentence: the answer is
    another's when the sentence that names another holds every word of the question that the
    answer's sentence holds, and more (Arkansas Gov. Sarah Huckabee Sanders, asked who governs
    Arkansas, answered with the Kentucky governor of the next sentence). Anything less is not told."""

    if not entities or not aliases_of(answer, entities):
        return []
    table = _entity_table(entities)
    answer_keys = {table[1][s] for s in (normalize(s) for s in aliases_of(answer, entities)) if s in table[1]}
    asked = {key for _, _, key in _mentioned(question, table)}  # what the question names is not what it asks for
    sentences = list(_breaks(cite)[1])
    named: dict[int, set[str]] = {}  # sentence -> the entities it names
    spelled: dict[str, str] = {}
    asked_end = -1
    q_words = {_stem(w) for w in _WORD_RE.findall(question)} - STOP_WORDS
    for a, b, key in _mentioned(cite, table):
        if key in answer_keys:
            key = "\0answer"
        elif key in asked:
            asked_end = b
            continue
        elif asked_end >= 0 and _APPOSITION_RE.fullmatch(cite, asked_end, a) and not (
                {_stem(w) for w in _WORD_RE.findall(cite[asked_end:a])} - STOP_WORDS) & q_words:
            # "Philip Morris USA, now part of the Altria Group": said of the one the question names,
            # unless the question asks for it (Which group is Philip Morris USA now part of?)
            continue
        asked_end = -1
        named.setdefault(_index(sentences, a), set()).add(key)
        spelled.setdefault(key, cite[a:b])
    alone = {k: keys.pop() for k, keys in named.items() if len(keys) == 1}
    own = [k for k, key in alone.items() if key == "\0answer"]
    others = {k: key for k, key in alone.items() if key != "\0answer"}
    if not own or not others or any("\0answer" in keys for keys in named.values() if len(keys) > 1):
        return []
    words = {k: _sentence_words(question, cite, sentences, k) for k in (*own, *others)}
    # A sentence led by a pronoun (He made a disaster declaration …) that names no one goes on
    # about the one the sentence before it names.
    for k in range(1, len(sentences)):
        if k not in named and k - 1 in words and _PRONOUN_LEAD_RE.match(cite, sentences[k]):
            words[k - 1] |= _sentence_words(question, cite, sentences, k)
    # A frame heading the cite (地震发生后, / After the quake,) is said of every sentence after it,
    # and a support verb (made a declaration) says nothing the noun does not: neither tells apart.
    shared = _frame_words(question, cite, sentences) | _LIGHT_VERBS
    words = {k: w - shared for k, w in words.items()}
    mine = set().union(*(words[k] for k in own))  # the answer's words, in every sentence that names it alone
    fit = [k for k in others if mine and words[k] == mine]
    if fit and not any(words[k] > mine for k in others):  # each fits the question as well as the answer
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, spelled[others[k]], others[k]) for k in fit)])]
    for k, key in others.items():
        if words[k] > mine:
            v = Value(0, 0, spelled[key], key)
            return [Mismatch(
                "DG601",
                f"answer {answer.strip()} is named in another sentence of the cite; the question's words "
                f"({', '.join(sorted(words[k] - mine))}) are said of {spelled[key]}",
                {"bound_to": answer.strip(), "selected": [v.text]},
            )]
    return []


# Between a name and one in apposition to it: a comma and a few words (now part of the, a unit of).
_APPOSITION_RE = lazy(r",\s(?:[a-z]+\s){0,4}|,\s?(?:[\u3400-\u9fff]){0,6}", needs=',')


class _Spellings(NamedTuple):  # a named tuple: @dataclass costs start-up time
    by_first: dict[str, tuple[str, ...]]  # spellings by their first two characters (one, for one-character names), longest first
    key_of: dict[str, str]  # each spelling's entity
    starts: re.Pattern | None  # where a spelling can start: a word's first ASCII letter or digit, or another first character
    found: dict[str, tuple[tuple[int, int, str], ...]]  # _mentioned's answers by text (a card's cite is read by several rules)


_last_entities: list = [None, None]


def _entity_table(entities: Mapping[str, Sequence[str]]) -> _Spellings:
    """The deck's spellings (normalised) and their entities; built once per deck's mapping, not once
    per card."""
    if _last_entities[0] is not entities:
        key_of: dict[str, str] = {}
        for canonical, aliases in entities.items():
            for s in (canonical, *aliases):
                s = normalize(s)
                if s:
                    key_of.setdefault(s, normalize(canonical))
        by_first: dict[str, list[str]] = {}
        for s in sorted(key_of, key=len, reverse=True):
            by_first.setdefault(s[:2], []).append(s)
        other = sorted({s[0] for s in key_of if not (s[0].isascii() and s[0].isalnum())})
        parts = [r"(?<![^\W_])[a-z0-9]"] if any(s[0].isascii() and s[0].isalnum() for s in key_of) else []
        parts += ["[" + "".join(re.escape(c) for c in other) + "]"] if other else []
        starts = re.compile("|".join(parts)) if parts else None
        _last_entities[:] = [entities, _Spellings({k: tuple(v) for k, v in by_first.items()}, key_of, starts, {})]
    return _last_entities[1]


def _rivals(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> tuple[_Spellings, set[str], list]:
    """The deck's table, the answer's entities, and the names the cite holds less those the question
    names itself (what a question names is not what it asks for)."""

    table = _entity_table(entities)
    answer_keys = {table.key_of.get(normalize(s)) for s in (answer, *aliases_of(answer, entities))} - {None}
    named = {key for _, _, key in _mentioned(question, table)}
    return table, answer_keys, [m for m in _mentioned(cite, table) if m[2] not in named]


def _mentioned(text: str, table: _Spellings) -> tuple[tuple[int, int, str], ...]:
    """(start, end, entity) of each spelling in ``text``, leftmost-longest; an ASCII one as a whole word
    (no spelling starts inside an English word)."""
    found = table.found.get(text)
    if found is not None:
        return found
    by_first, key_of, starts = table.by_first, table.key_of, table.starts
    out, i, n = [], 0, len(text)
    while starts is not None:
        m = starts.search(text, i)
        if m is None:
            break
        i = m.start()
        for s in (*by_first.get(text[i:i + 2], ()), *by_first.get(text[i], ())):
            j = i + len(s)
            if text.startswith(s, i) and not (s.isascii() and ((i and text[i - 1].isalnum()) or (j < n and text[j].isalnum()))):
                out.append((i, j, key_of[s]))
                i = j
                break
        else:
            i += 1
    if len(table.found) >= 4096:
        table.found.clear()
    table.found[text] = kept = tuple(out)  # (a tuple: no caller can change the kept answer)
    return kept


# What a name's own words are: a title before it (NASA Administrator Charlie Bolden), the verb of a
# passive it is the agent of (managed by Goddard), a role it is said to be (Drake … is the principal
# investigator).
_TITLE_RE = lazy(r"((?:[a-z][a-z.'’-]*\s){1,4})\Z")
_AGENT_RE = lazy(r"([a-z]+)\sby\s\Z()")
# The verb a place is the end or the spot of ("will land at", "be taken to"): a verb by its form.
_VERB_BEFORE_RE = lazy(r"(?:(?<![a-z])(?:will|would|to|can|could|may|must|shall)\s([a-z]+)|(?<![a-z])([a-z]+(?:ed|en|wn)|"
                       r"built|made|held|sent|brought|kept|set|put))\s(?:at|to|into)\s\Z", needs=('at', 'to'))
_COPULA_RE = lazy(r"(?:\s(?:of|from|in)\s[a-z ,'’-]{1,40}?)?,?\s(?:is|was|are|were|serves as|will be)\s(?:the\s|a\s|an\s)?((?:[a-z'’-]+\s?){1,4})", needs=('is', 'was', 'are', 'were', 'serves as', 'will be'))
# The agent of a passive that names no one in the deck ("will be built by lockheed martin."): up to
# the clause's end or a preposition; and a question itself in the passive, which asks for the patient.
_NAME_STOP = r"(?:and\s(?:then|be|will|was|were|is|are|has|had|also|it|they|he|she|its|their)|in|on|at|for|with|near|to|from|of|after|before|which|who|that|as)"
_ORIGIN = "\0origin"
_ORIGIN_STOP = _NAME_STOP.replace("|of|", "|")  # the university of arizona
_ORIGIN_RE = lazy(r"\s(?:of|from)\s((?:the\s)?[a-z][a-z0-9.'&-]*(?:\s(?!" + _ORIGIN_STOP + r"\s)[a-z][a-z0-9.'&-]*){0,5}?)"
                  r"(?=[,.;:!?\"]|\s" + _ORIGIN_STOP + r"\s|\s(?:is|was|are|were|has|had|said|says)\s|\Z)", needs=('of', 'from'))
_AGENT_NAME_RE = lazy(r"(?<![a-z])([a-z]+)\s(by|at)\s((?:the\s)?[a-z][a-z0-9.'&-]*(?:\s(?!" + _NAME_STOP + r"\s)[a-z][a-z0-9.'&-]*){0,5}?)"
                      r"(?=[,.;:!?\"]|\s" + _NAME_STOP + r"\s|\Z)", needs=('by', 'at'))
# A noun a name commands, leads or stars in ("a Prussian army under the command of Blücher", "a crime
# drama starring Ryan Gosling"): the noun's words, back to its article, and the verb are the name's own.
_COMMANDED_BY_RE = lazy(r"(?<![a-z])(?:a|an|the|its|his|her|their)\s((?:[a-z][a-z'’-]*\s){1,4}?)(?:under\sthe\s(command)\sof"
                        r"|(led|headed|commanded|directed)\sby|(starring|featuring))\s(?:the\s)?\Z",
                        needs=("command", "led", "headed", "directed", "starring", "featuring"))
_PASSIVE_Q_RE = lazy(r"(?<![a-z])(?:is|was|are|were|be|been|being)\s(?:[a-z]+ly\s)?[a-z]+(?:ed|en|wn|lt|de|ld|ught)(?![a-z])|\sby\s", needs=('is', 'was', 'are', 'were', 'be', 'by'))
_POSSESSED_RE = lazy(r"'s?\s((?:(?!(?:of|in|on|at|for|to|from|and|or|is|was|are|were|will|would|has|had)\s)[a-z][a-z'-]*\s?){1,3})", needs="'")
# (… or a time phrase of its own thing's event: after its 3D re-release weekend, before their first match)
_Q_FRAME_RE = lazy(r"(?<![a-z])(?:after|before|once|until|since)\s(?:it|he|she|they|we|the\s[a-z]+|its|their)\s[^,?]*", needs=('he', 'it', 'we'))
# A relative clause after the name says what it did ("michelle w. bowman, who preferred to lower …").
_RELATIVE_RE = lazy(r",\s(?:who|whom)\s((?:[a-z'’-]+\s?){1,8})", needs='who')
_NOT_TITLE = frozenset({"said", "says", "told", "and", "or", "but", "while", "that", "the", "a", "an", "by", "with", "to",
                        "of", "in", "on", "at", "for", "from", "as", "is", "was", "are", "were", "will", "be", "been",
                        "which", "who", "has", "have", "had", "said"})


def _comma_in_name(a: int, b: int, mentions: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a span ends inside a name whose spelling runs through commas: a mention of it overlaps
    the span and the next mention, past ", ", is of the same name (National Heart, Lung, and …)."""
    for (x, y, key), (x2, _, key2) in zip(mentions, mentions[1:]):
        if x < b and a < y and key2 == key and x2 <= y + 2:
            return True
    return False


def own_words(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """The answer is another name's when the question's words stand among another name's own words
    (its title, the passive verb it is the agent of, the role it is said to be) and none among the
    answer's: asked who the NASA Administrator is, 'President Obama' is not 'NASA Administrator
    Charlie Bolden'. A name with none of the question's words is not told apart."""
    if not entities:
        return []

    table = _entity_table(entities)
    answer_keys = {table[1].get(normalize(s)) for s in aliases_of(answer, entities)} - {None}
    found = [(cite.find(s), len(s)) for s in {answer, *(normalize(s) for s in aliases_of(answer, entities))} if s and s in cite]
    if not found:
        return []
    spot, size = min(found)
    mentions = _mentioned(cite, table)
    end = spot + size
    mine_key = ""
    for a, b, key in mentions:  # the answer as the cite names it (michelle w. bowman for bowman)
        if a <= spot < b:
            spot, end, mine_key = a, b, key
    named = {key for _, _, key in _mentioned(question, table)}  # what the question names is not what it asks for
    names = [(a, b, key) for a, b, key in mentions if key not in answer_keys | named and not a <= spot < b]
    # Asked who builds it, the agent of "built by" is a name, in the deck or not; asked where it lands,
    # the place of "will land at" (a question in the passive asks for the patient, not the agent).
    passive = _PASSIVE_Q_RE.search(question)
    for m in _AGENT_NAME_RE.finditer(cite):
        a, b = m.start(3), m.start(3) + len(m[3].rstrip("."))
        if (m[2] == "by" and passive) or (m[2] == "at" and not _VERB_BEFORE_RE.search(cite, max(0, a - 30), a)):
            continue
        if cite[a:b] in question:  # the place the question names (Who worked at a DuPont plant?) is not asked
            continue
        if not any(x < b and a < y for x, y, _ in mentions) and not (spot < b and a < end):
            names.append((a, b, cite[a:b]))
    # "Another son, John Walton, was killed": a name set off by commas after a head, as a clause's subject,
    # is a name, in the deck or not
    for m in _APPOSED_SUBJECT_RE.finditer(cite):
        a, b = m.span(1)
        if not any(x < b and a < y for x, y, _ in [*mentions, *names]) and not (spot < b and a < end):
            names.append((a, b, cite[a:b]))
    # "michael drake of the university of arizona", the question naming drake: where he is from is a
    # name, whose own spelling is all its own words: it says what it is (a university)
    for x, y, key in mentions:
        m = _ORIGIN_RE.match(cite, y) if key in named else None
        if m and not (spot < m.end(1) and m.start(1) < end):
            names.append((m.start(1), m.start(1) + len(m[1].rstrip(".")), _ORIGIN))
    # a clause of the question that sets the time (after it lands) frames what it asks, and asks nothing
    framed = _Q_FRAME_RE.sub(" ", question)
    asked = {_stem(w.removesuffix("'s")) for w in _WORD_RE.findall(framed) if w not in STOP_WORDS and w not in _NOT_TITLE}
    asked -= {_stem(w) for a, b, _ in _mentioned(question, table) for w in _WORD_RE.findall(question[a:b])}
    # the items next to the answer's in a list of ROLE NAME (son Jim Walton and daughter Alice Walton):
    # one led by a role the question asks is a name, in the deck or not
    sibs = _siblings(cite, spot, end)
    for a, b in sibs:
        words = list(re.finditer(r"[a-z][a-z.'’/\"-]*", cite[a:b]))
        if _ROLE_END_RE.search(cite, a, b) or _FIELD_OF_TITLE_RE.search(cite, max(0, a - 30), a):  # president and chief
            continue  # financial officer, specialist for contemporary art and auctioneer: one person's titles
        if _comma_in_name(a, b, mentions):
            continue  # director of the National Heart, Lung, and Blood Institute: one title, no list
        for i, w in enumerate(words[:3]):
            if any(_stem(part) in asked for part in w[0].split("/")):
                if i < len(words) - 1 and not any(x < b and a < y for x, y, _ in names):
                    names.append((a + words[i + 1].start(), b, _SIBLING + w[0]))
                break
    if not names:
        return []

    bare = question  # the question less the names it holds, for a Chinese title to be found in
    for a, b, _ in reversed(_mentioned(question, table)):
        bare = bare[:a] + "\0" + bare[b:]

    def before(a: int) -> tuple[list[str], list[str]]:
        """(title, lead) words before a name at ``a``: its title (nasa administrator), and the verb of
        the passive it is the agent of (joined by) or the subject it is said to be (the dissenters were)."""
        for x, y, _ in mentions:  # "against Altria Group Inc.'s Philip Morris USA": the owner's words are the head's
            if y + 3 == a and cite.startswith("'s ", y):
                return before(x)
        title: list[str] = []
        # (a title is four words at most: the search looks no further back, so that a list of many
        # names costs each name its own few words, not the whole clause again)
        lo = max(max(cite.rfind(c, 0, a) for c in ",;:.(\"“") + 1, a - 80)
        m = _TITLE_RE.search(cite, lo, a)
        if m:  # the words right before the name, back to the first that is no title's (were, the, said)
            for w in reversed(m[1].split()):
                if w in _NOT_TITLE or w in STOP_WORDS:
                    break
                title.insert(0, w)
        m = None if title else _PREP_OF_RE.search(cite, lo, a)
        if m:  # the role a preposition gives it: in favor of X, on behalf of X
            title = [m[1]]
        lead: list[str] = []
        t = a - sum(len(w) + 1 for w in title)  # (joined by Senior Judge Ann Cole)
        m = _AGENT_RE.search(cite, max(0, t - 20), t) or _VERB_BEFORE_RE.search(cite, max(0, t - 30), t)
        if m:
            lead.append(_IRREGULAR.get(m[1] or m[2], m[1] or m[2]))
        m = _SUBJECT_BEFORE_RE.search(cite, lo, t)
        if m:
            lead += m[1].split()
        m = _COMMANDED_BY_RE.search(cite, max(0, t - 60), t)
        if m:  # "a Prussian army under the command of Blücher", "a crime drama starring Gosling": the noun's
            lead += [w for w in m[1].split() if w not in _NOT_TITLE] + [m[2] or m[3] or m[4]]
        return title, lead

    def own(a: int, b: int, key: str) -> set[str]:
        if key == _ORIGIN:
            return {w for w in _WORD_RE.findall(cite[a:b]) if w not in STOP_WORDS and _stem(w) in asked}
        if key.startswith(_SIBLING):
            return {w for w in key[len(_SIBLING):].split("/") if _stem(w) in asked}
        fit = _han_title(cite, a, b, key, bare)
        if fit:
            return {fit}
        # the cite's spelling beyond the name itself (nasa administrator charlie bolden) is a title
        words = [w for w in _WORD_RE.findall(cite[a:b]) if w not in _WORD_RE.findall(key)]
        owner = cite.startswith("'s ", b) and any(x == b + 3 for x, _, _ in mentions)
        title, lead = ([], []) if owner else before(a)
        words += title + lead
        # an item of a list (joined by A and Justices B, C and D) has the nearest title before it in the
        # list, if it has none of its own or in its spelling, and the list's lead verb or subject
        items = _list_items(cite, a, mentions)
        titled = bool(title or words)
        for x in items[1:]:
            t = before(x)[0]
            if t and not titled:
                words += t
                titled = True
        if len(items) > 1:
            words += before(items[-1])[1]
        roll = _roll_call(cite, a)  # a roll call's head (Voting for … were) is said of every item
        if roll and roll[0][0] < a < roll[-1][1]:
            words += before(roll[0][0])[1]
        lead_in = max(cite.rfind(c, 0, a - 2) for c in ",;:.(\"“") + 1
        starts = {x for x, _, _ in mentions}
        ends_name = any(_BRACKET_GAP_RE.fullmatch(cite, y, a - 2) for _, y, _ in mentions if y <= a - 2) and any(
            m.end() in starts for m in [_LIST_NEXT_RE.match(cite, b)] if m)  # a list: a name before and after it
        if cite[max(0, a - 2):a] == ", " and cite[b:b + 1] in ",.;" and not ends_name:
            # "The chair of the commission, Jean Mensa, hailed" / "their technical advisors, Asiana Airlines."
            # (not an item of a list: "… the Federal Aviation Administration [FAA], Boeing")
            head = cite[lead_in:a - 2]
            words += [w for w in head.split() if w not in _NOT_TITLE][:6]
            m = _APPOSED_PREDICATE_RE.match(cite, b)  # "Another son, Tom Ray, died in …"
            if m:
                words += m[1].split()
        m = _POSSESSED_RE.match(cite, b)  # "president obama's objective": what the name owns
        if m:
            words += m[1].split()
        m = _COPULA_RE.match(cite, b) or _RELATIVE_RE.match(cite, b)
        if m:
            words += m[1].split()
        words += _apposed_title(cite, b).split()
        m = _PRONOUN_VERB_RE.search(cite, b, b + _PRONOUN_REACH)  # "met Sam Walton near Tulsa, where he worked at …"
        # the nearest name before the pronoun whose gender, where the cite shows it (Mrs., son), agrees
        if m and _agrees(m[1], cite, a) and all(not _agrees(m[1], cite, x) for x, _, _ in mentions if b < x < m.start()):
            words += m[2].split()
        return {w for w in words if w not in STOP_WORDS and _stem(w) in asked}  # (not the name's own words)

    mine = {_stem(w) for w in own(spot, end, mine_key)}
    my_list = set(_list_items(cite, spot, mentions))
    same, role = [], []
    # a name the question gives is no rival, unless the answer has some of the question's words and it
    # has more (Besides Ginsburg, which justice dissented? — not one who only joined)
    given = [(a, b, key) for a, b, key in mentions if key in named and mine and a not in my_list] if mine else []
    for a, b, key in names + given:
        theirs = own(a, b, key)
        if (a, b, key) in given and not {_stem(w) for w in theirs} > mine:
            continue
        if theirs and (not mine or {_stem(w) for w in theirs} > mine):
            return [Mismatch(
                "DG601",
                f"answer {answer.strip()} is not the one the cite says is '{' '.join(sorted(theirs))}'; that is {cite[a:b]}",
                {"bound_to": answer.strip(), "selected": [cite[a:b]]},
            )]
        if mine and {_stem(w) for w in theirs} == mine and (set(_list_items(cite, a, mentions)) & my_list or a in my_list):
            same.append((a, b, key))
        elif mine and {_stem(w) for w in theirs} == mine == asked and (a, b, key) not in given:
            role.append((a, b, key))  # the question asks only a role, and another holds it too (son A; another son, B)
    if role:  # titles that share words (president; executive vice president): the question's whole titles choose
        role, beaten = _whole_titles(cite, question, (spot, end), role, mentions)
        if beaten:
            return [Mismatch(
                "DG601",
                f"answer {answer.strip()} does not hold the question's title; {cite[beaten[0]:beaten[1]]} does",
                {"bound_to": answer.strip(), "selected": [cite[beaten[0]:beaten[1]]]},
            )]
    if role:
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, cite[a:b], key) for a, b, key in role)])]
    lead = {_stem(w) for w in before(min(my_list))[1]}
    if same and len(my_list) > 1 and mine & lead:  # items of one list sharing the question's verb (joined by A, B and C)
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, cite[a:b], key) for a, b, key in same)])]
    # a head every item of the list shares (the daughter of A and B), and no item's own role asked: DG605
    lo = max(cite.rfind(c, 0, spot) for c in ";:.!?") + 1
    head = {_stem(w) for w in _WORD_RE.findall(cite[lo:min([spot, *(a for a, _ in sibs)])])} & asked
    # (an item the question names itself is not what it asks: co-funded by A and NHLBI, asked who co-funded it with NHLBI)
    sibs = [(a, b) for a, b in sibs if any(a <= x < b and key not in named for x, _, key in mentions)
            and not _ROLE_END_RE.search(cite, a, b)]
    if sibs and head and not mine:
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(a, b, cite[a:b].strip(), (a, b)) for a, b in sibs)])]
    return []


def _whole_titles(cite: str, question: str, mine: tuple[int, int], rivals: list, mentions: Sequence) -> tuple[list, tuple | None]:
    """Names that hold the question's words alike, told apart by its whole titles (President and Chief
    Executive Officer against Executive Vice President and Chief Financial Officer): the titles after
    each name, to the next name or the clause's end. The rivals left, and one that holds more of them
    than the answer (None if none does)."""
    asked = {m[0] for m in _ROLE_ITEM_RE.finditer(question)}
    if not asked:
        return rivals, None

    def held(b: int) -> set[str]:
        stop = min([cite.find(c, b) for c in ";.!?" if cite.find(c, b) >= 0] + [x for x, _, _ in mentions if x >= b] + [len(cite)])
        return {m[0] for m in _ROLE_ITEM_RE.finditer(cite, b, stop)} & asked

    own = held(mine[1])
    for r in rivals:
        if held(r[1]) > own:
            return rivals, r
    return [r for r in rivals if not held(r[1]) < own], None


_SIBLING = "\0sibling "
# An item of a list next to another: after it up to the next comma, "and" or the sentence's end.
_NEXT_ITEM_RE = lazy(r"(?:,\s(?:and\s)?|\sand\s)((?:[^,.;:!?]|\.(?!\s|\Z)){1,60}?)(?=,|\.\s|\.\Z|;|\sand\s|\Z)")
_PREV_ITEM_RE = lazy(r"(?:^|[,;:]\s|\s(?:of|by|to|with|for|from|were|was|are|is)\s)((?:(?!and\s)[a-z][a-z.'’/\"-]*\s){2,6}?)(?:and\s|,\s)\Z")


# A title set off after a name at the end of its sentence ("…," said Pehr Gyllenhammar, chairman of
# the trustees.): a role or a head of some body, it is that name's, not the next item of a list.
# So is one set off by commas before its clause's verb ("Pat Combs, president of the Realtors' group,
# attributed …"; "Lawrence Yun, NAR chief economist, says …"), or before a relative clause ("Mark
# Creager, president of the American Heart Association who was not involved …"): the name's apposition.
_APPOSED_TITLE_RE = lazy(r",\s((?:(?:the|a|an)\s)?[a-z][a-z'’-]*(?:\s[a-z][a-z'’&.-]*){0,7}?)(?=\.\s|\.?\Z|\.?\"|;"
                         r"|\s(?:who|which)\s|,\s(?:(?:also|then|later)\s)?(?:says|said|told|adds|added|notes|noted|predicts|predicted|is|was|has|had|will"
                         r"|[a-z]{3,}ed|[a-z]{3,}ing)\s)")
# (an adverb of time may open it: Lores, currently the boss of HP's printer division, taking over)
_TITLE_OF_RE = lazy(r"(?:(?:currently|now|formerly|previously|until\srecently|most\srecently)\s)?(?:(?:the|a|an)\s)?(?:[a-z'’-]+\s){0,2}?(?:of|at)\s")


def _apposed_title(cite: str, b: int) -> str:
    """The title set off after the name ending at ``b``, if any (see _APPOSED_TITLE_RE)."""
    m = _APPOSED_TITLE_RE.match(cite, b)
    if m and (_ROLE_ITEM_RE.search(m[1]) or _TITLE_OF_RE.match(m[1])):
        return m[1].rstrip(".")
    return ""


_TITLE_LINK_WORDS = frozenset(("for", "on", "in", "at", "to", "by", "with", "from", "into", "over", "after", "before", "since"))
_TITLE_AFTER_LINK_RE = lazy(r"(?:\sand\s|,\s)((?:(?!and\s)[a-z][a-z'’/-]*\s){0,4})\Z")  # (a constant: re's compiler ran for it each run)


def _siblings(cite: str, spot: int, end: int) -> list[tuple[int, int]]:
    """The list items right after and right before the answer's (its title before it left to it)."""
    out = []
    m = None if _apposed_title(cite, end) else _NEXT_ITEM_RE.match(cite, end)
    if m:
        out.append((m.start(1), m.end(1)))
    lo = max(cite.rfind(c, 0, spot) for c in ";:.!?") + 1
    # back over the answer's own title (a prosperous banker/rancher) to the connector before it
    m = _TITLE_AFTER_LINK_RE.search(cite[lo:spot])
    if m and m[1].split()[-1:] and m[1].split()[-1] in _TITLE_LINK_WORDS:
        m = None  # (a title stands right before the name it titles: "buses and ferries increased for the fourth" has none)
    m = _PREV_ITEM_RE.search(cite[:lo + m.start(1)], lo) if m else None
    if m:  # from its last word that no item starts after (the child of | nurse Ida Ray)
        a = m.start(1)
        for w in re.finditer(r"\S+\s", m[1]):
            if w[0].strip() in STOP_WORDS or w[0].strip() in _NOT_TITLE:
                a = m.start(1) + w.end()
        if m.end(1) - 1 > a:
            out.append((a, m.end(1) - 1))
    return out


# A pronoun subject after a name, in its sentence, is that name: its verb and object are the name's.
_PRONOUN_VERB_RE = lazy(r"(?:;\s(?:and\s)?|,\s(?:where|when|as|after|because|while|and)\s|\s(?:and|where|when|after|before|because|while)\s)(he|she|they)\s((?:[a-z'’-]+\s?){1,5})", needs='he')
_FEMALE = frozenset("mrs ms miss madam lady queen daughter wife widow mother sister aunt niece grandmother granddaughter "
                    "actress chairwoman spokeswoman businesswoman congresswoman woman girl".split())
_MALE = frozenset("mr sir lord king son husband widower father brother uncle nephew grandfather grandson actor chairman "
                  "spokesman businessman congressman man boy".split())


def _agrees(pronoun: str, cite: str, a: int) -> bool:
    """Whether a name at ``a`` can be what ``pronoun`` refers back to: a word of gender right before it
    (Mrs. Ida Ray, son Jim Ray) that the pronoun contradicts says no; no such word says nothing against it."""
    before = re.findall(r"[a-z]+", cite[max(0, a - 30):a])[-2:]
    if pronoun == "he":
        return not _FEMALE & set(before)
    if pronoun == "she":
        return not _MALE & set(before)
    return True
_PRONOUN_REACH = 60
_APPOSED_SUBJECT_RE = lazy(r"(?:\A|[.;]\s)(?:[a-z'’-]+\s){0,2}[a-z'’-]+,\s((?:[a-z][a-z.'’-]*\s){1,3}[a-z][a-z.'’-]*),\s(?=(?:is|was|are|were|has|had)\s|[a-z]+ed\s)", needs=('is', 'was', 'are', 'were', 'has', 'had', 'ed'))
_APPOSED_PREDICATE_RE = lazy(r",\s([a-z]+ed(?:\s[a-z'’-]+){0,3})")
_BRACKET_GAP_RE = lazy(r"\s?(?:\[[^\]]{1,12}\]|\([^)]{1,12}\))?")
_LIST_NEXT_RE = lazy(r",\s(?:and\s)?|\sand\s")
_PREP_OF_RE = lazy(r"(?<![a-z])(?:in|on)\s([a-z]+)\sof\s\Z", needs='of')
# The subject a name is said to be, before it: "the dissenters were (Justices) Ruth Ginsburg".
_SUBJECT_BEFORE_RE = lazy(r"((?:[a-z'’-]+\s){1,3})(?:is|was|are|were)\s\Z", needs=('is', 'was', 'are', 'were'))
# Between two items of a list of names: a comma or "and", and the next item's title (and Justices);
# a semicolon after a name's role (Jerome H. Powell, Chair; John C. Williams).
_LIST_GAP_RE = lazy(r"(?:(?:,\s[a-z][a-z ]{0,24})?;\s(?:and\s)?|,\s(?:and\s)?|\sand\s)(?:(?:a|an|the)\s)?((?:[a-z][a-z.'’/-]*\s){0,3})")


def _list_items(cite: str, a: int, mentions: Sequence[tuple[int, int, str]]) -> list[int]:
    """The starts of the names of the list the name at ``a`` closes, back to the list's head (the
    name's own first): names joined by commas and "and", each perhaps with a title of its own."""
    out = [a]
    ends = {y: x for x, y, _ in mentions}
    cur = a
    while True:
        for y in sorted((y for y in ends if y <= cur), reverse=True)[:1]:
            m = _LIST_GAP_RE.fullmatch(cite, y, cur)
            if m and not any(w in _NOT_TITLE or w in STOP_WORDS for w in m[1].split()):
                out.append(ends[y])
                cur = ends[y]
                break
        else:
            return out


_LIGHT_VERBS = frozenset(_stem(w) for w in ("made", "make", "makes", "gave", "give", "gives", "took", "take", "takes",
                                             "did", "do", "does", "has", "have", "had", "got", "get", "gets"))
# A frame: the opening clause of the cite that sets a time or an occasion for what follows.
_FRAME_RE = lazy(r"(?:[^,。!?]{0,8}说,)?([^,。!?]{1,16}(?:后|之后|以后|时|之际|期间|以来|前|之前)|(?:after|following|during|since|before|when) [^,.]{1,60}),")


def _frame_words(question: str, cite: str, sentences: list[int]) -> set[str]:
    m = _FRAME_RE.match(cite)
    if not m:
        return set()
    return {t.ident for t in _terms(question, cite, []) if m.start(1) <= t.start and t.end <= m.end(1)}


def _han_title(cite: str, a: int, b: int, key: str, question: str) -> str:
    """The longest end (two characters or more) of a Chinese name's title that the question holds:
    the title is the Han text right before the name (综合统计处长蔡钰泰, 中央社记者张建中), whether the
    deck spells the name with it or not; asked 联发科执行长是谁, 执行长蔡力行's title fits, 记者张建中's not."""
    if not has_han(key):
        return ""
    name = cite[a:b]
    title = name[:-len(key)] if name.endswith(key) else ""
    # a byline parts ROLE NAME pairs by spaces (记者 陈洁 实习生 胡晴): the title is before the space
    j = a - 1 if a >= 2 and cite[a - 1] == " " and han_at(cite, a - 2) else a
    i = j
    while i > 0 and j - i < _HAN_TITLE_MAX and han_at(cite, i - 1):
        i -= 1
    title = cite[i:j] + title
    if not title.endswith(_HAN_ROLE_ENDS):  # 在与阿里云, 将担任: text before a name, no title
        return ""
    for n in range(len(title), 1, -1):
        if title[-n:] in question:
            return title[-n:]
    return ""


_HAN_TITLE_MAX = 12
# How a Chinese title ends (处长, 记者, 议员, 发言人, 主席, 总裁, 董事, 总理, 主任, 教练, 投手 …): not a verb (担任, 发生).
_HAN_ROLE_ENDS = (*"长者员官人师手席裁督帅", "董事", "理事", "经理", "总理", "代表", "书记", "主任", "教练", "专家", "教授",
                  "博士", "院士", "医生", "将军", "顾问", "主编", "指挥", "编辑", "秘书", "实习生", "研究生")
def figure_owners(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """A figure is the nearest name's before it in its sentence ("Akufo-Addo won 6.7 million votes …
    while Mahama garnered 6.2 million votes"). Decided only where the answer owns a figure of the
    same kind as another name in that sentence: a figure the question quotes selects its owner
    (DG601 for the other, None for the answer: the question has chosen it); a question that quotes none and whose words stand as much by each
    owner's figures as by the answer's cannot choose (DG605)."""
    if not entities:
        return []

    table, answer_keys, mentions = _rivals(answer, cite, question, entities)
    if not answer_keys or not any(key in answer_keys for _, _, key in mentions):
        return []
    sentences = list(_breaks(cite)[1])
    owned: list[tuple[object, tuple[int, int, str], int]] = []  # (figure, its owner, the owner's stretch end)
    for q in parse_quantities(cite):
        k = _index(sentences, q.start)
        before = [m for m in mentions if m[1] <= q.start and _index(sentences, m[0]) == k]
        if before and not q.ordinal:
            after = [m[0] for m in mentions if m[0] > before[-1][1]]
            owned.append((q, before[-1], after[0] if after else len(cite)))
    mine = [(q, m) for q, m, _ in owned if m[2] in answer_keys]
    rivals = [(q, m, end) for q, m, end in owned if m[2] not in answer_keys
              and any(_same_unit(q.unit, p.unit) and _index(sentences, q.start) == _index(sentences, p.start) for p, _ in mine)]
    if not mine or not rivals:
        return []
    quoted = [q for q in parse_quantities(question) if q.qualifier != "order of" and not q.ordinal]
    if quoted:
        for found in quoted_places(quoted, [q for q, _, _ in owned]):
            hits = [(q, m) for q, m, _ in owned if any(q is f for f in found)]
            if len(hits) == 1 and hits[0][1][2] in answer_keys:
                return None
            if len(hits) == 1 and hits[0][1][2] not in answer_keys and any(hits[0][0] is q for q, _, _ in rivals):
                q, m = hits[0]
                return [Mismatch(
                    "DG601",
                    f"answer {answer.strip()} is not the one the cite gives {cite[q.start:q.end]}; that is {cite[m[0]:m[1]]}",
                    {"bound_to": answer.strip(), "selected": [cite[m[0]:m[1]]]},
                )]
        return []
    asked = {_stem(w) for w in _WORD_RE.findall(question) if w not in STOP_WORDS and w not in _NOT_TITLE}
    asked -= {_stem(w) for a, b, _ in _mentioned(question, table) for w in _WORD_RE.findall(question[a:b])}

    def said(m: tuple[int, int, str], end: int) -> set[str]:
        return {_stem(w) for w in _WORD_RE.findall(cite[m[1]:end])} & asked

    ends = {m: end for _, m, end in owned}
    words = said(mine[0][1], ends[mine[0][1]])
    fit = {m for _, m, end in rivals if words and said(m, end) == words}
    if fit:
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, cite[a:b], key) for a, b, key in fit)])]
    return []


def told_apart(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """A name told apart from the cite's other names, when no list holds it: the question's own name,
    across sentences, by its own words, by the figures it owns, by the title the question asks for."""
    return (bylined(answer, cite, question) or named_by_question(answer, cite, question, entities) or by_verb(answer, cite, question, entities)
            or respectively(answer, cite, question)
            or quoted_figure(answer, cite, question, entities) or item_figure(answer, cite, question)
            or subject_of_verb(answer, cite, question, entities) or agent_list(answer, cite, question)
            or zh_subject(answer, cite, question, entities)
            or across_sentences(answer, cite, question, entities) or own_words(answer, cite, question, entities)
            or figure_owners(answer, cite, question, entities) or titled(answer, cite, question) or [])


# Bylines: the names in brackets after a dateline are the reporters (人民网福州1月11日电 (林晓丽、刘卿)), and
# NAME摄 at a caption's end (a space may part them, and
# 记者 before it bounds the name where folding drops the spaces: 中新社记者 贾天勇 摄) names the photographer, not the one
# photographed (人民网 刘卿摄).
_ZH_REPORTERS_RE = lazy(r"(?:电|讯)\s?\(([^\W\d_a-z]{2,4}(?:、[^\W\d_a-z]{2,4}){0,4})\)")
_ZH_PHOTOGRAPHER_RE = lazy(r"(?:记者\s?|\A|(?<=[\s。)]))([^\W\d_a-z]{2,4})\s?摄(?=\s|\Z|[。)])")
_ZH_ASKS_PHOTOGRAPHER_RE = lazy(r"拍摄|摄影|谁摄|拍的|拍下", needs=('拍', '摄'))
_ZH_ASKS_REPORTER_RE = lazy(r"记者|报道|采写|撰写|撰稿|作者|写的|电讯|消息|稿")


def photo_credit(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """Asked who took the photo, a caption's credit (X摄) settles it before any title beside the names
    (秘书长助理 陈士华 中新社记者 贾天勇 摄: the one pictured is not the photographer); None: no credit asked."""
    if "摄" not in cite or not _ZH_ASKS_PHOTOGRAPHER_RE.search(question):
        return None
    shooters = [m[1] for m in _ZH_PHOTOGRAPHER_RE.finditer(cite)]
    if not shooters:
        return None
    a = answer.strip()
    if a in shooters:
        return []
    return [Mismatch("DG601", f"answer {a} is not who took the photo; the cite's caption says {shooters[0]}摄",
                     {"bound_to": a, "selected": shooters})]


def bylined(answer: str, cite: str, question: str) -> list[Mismatch]:
    """A byline's name does the byline's deed only: a reporter (the names after a dateline) is not who
    the news is about, and the photographer (X摄) is who took the photo, not who is in it."""
    if "摄" not in cite and "电" not in cite and "讯" not in cite:
        return []
    a = answer.strip()
    shooters = [m[1] for m in _ZH_PHOTOGRAPHER_RE.finditer(cite)]
    credited = photo_credit(answer, cite, question)
    if credited is not None:
        return credited
    reporters = [n for m in _ZH_REPORTERS_RE.finditer(cite) for n in m[1].split("、")]
    if a in shooters and not _ZH_ASKS_PHOTOGRAPHER_RE.search(question) or (
        a in reporters and not _ZH_ASKS_REPORTER_RE.search(question) and cite.count(a) == 1
    ):
        role = "photographer" if a in shooters else "reporter"
        return [Mismatch("DG601", f"answer {a} is the cite's {role} (its byline), not who the question asks about",
                         {"bound_to": a, "selected": []})]
    return []


_WHO_ZH_RE = lazy(r"谁|哪位|何人")
_ASIDE_ZH_RE = lazy(r"(?:[((][^()()]{0,20}[))])?")


def named_by_question(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """The question names the answer itself (Who curled the ball past Ann Lee? / 王明说,…由哪家媒体公布?):
    a name the question gives is its object, speaker or frame, never what it asks for. The answer's own spelling, whole, and not part of a longer deck name
    the question holds (Mate 20 in Mate 20 Pro)."""
    a = answer.strip()
    if len(a) < 2 or _DIGITS_RE.search(a) or not entities or normalize(a) not in _entity_table(entities)[1]:
        return []  # a person or body of the deck's (any other answer in its question is DG504's)
    spans = [(i, j) for i, j in literal_spans(a, question)
             if not (a.isascii() and (_alnum(question, i - 1) or _alnum(question, j)))]
    if entities:
        longer = [(x, y) for x, y, _ in _mentioned(question, _entity_table(entities)) if y - x > len(a)]
        spans = [(i, j) for i, j in spans if not any(x <= i and j <= y for x, y in longer)]
    if not spans:
        return _said_of_named(a, cite, question, entities)
    others = [cite[x:y] for x, y, _ in _mentioned(cite, _entity_table(entities)) if a not in cite[x:y] and cite[x:y] not in question]
    others += [m[3] for m in _AGENT_NAME_RE.finditer(cite) if m[2] == "by" and a not in m[3] and m[3] not in question]
    return [Mismatch(
        "DG601",
        f"answer {a} is named by the question itself; it asks for another" + (f" ({others[0]})" if others else ""),
        {"bound_to": a, "selected": list(dict.fromkeys(others))},
    )]


# A Chinese clause's ends, and a role a body is said to be right before it (用户为中国卫星通信集团公司).
# What ends a Chinese clause; the cites reaching this module are normalized (no full-width marks). A colon
# ends a clause of a list or a description (_CLAUSE_MARK_RE), not one of a body and its verb or deed.
_CLAUSE_MARKS = f"[{clause_marks('line')}]"
_CLAUSE_MARK_RE = lazy(_CLAUSE_MARKS)
_ZH_CLAUSE_END_RE = lazy(f"[{clause_marks('line', 'colon')}]")
_ZH_ROLE_BEFORE_RE = lazy(r"([\u3400-\u9fff]{2,6})(?:为|是)\Z", needs=('为', '是'))


def by_verb(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """Bodies in Chinese clauses, each with its own verb and object (卫星由甲院研制,乙公司负责经营;火箭由丙院研制):
    a body's verb is the text after it to the next body or its clause's end (研制, 负责经营), or the role it
    is said to be right before it (用户为乙); a question ending in one verb (由哪个单位研制) or asking the
    role (用户是哪家公司) selects the bodies it is of, and among several the one whose clause holds more of
    the question's words (its object: 这颗卫星 against 运载火箭); as many and no more is DG605."""
    if not entities or not has_han(question):
        return []
    table, answer_keys, mentions = _rivals(answer, cite, question, entities)
    if not answer_keys or not any(m[2] in answer_keys for m in mentions):
        return []
    q = question.rstrip("?？ 。")
    fit: list[tuple[int, int, str, int]] = []  # (start, end, key, the clause's start)
    for i, (a, b, key) in enumerate(mentions):
        lo, hi = span_around(cite, a, b, _ZH_CLAUSE_END_RE)
        if i + 1 < len(mentions):
            hi = min(hi, mentions[i + 1][0])
        verb = cite[b:hi].strip()
        role = _ZH_ROLE_BEFORE_RE.search(cite, lo, a)
        if (len(verb) >= 2 and has_han(verb) and q.endswith(verb)) or (role and re.search(re.escape(role[1]) + "(?:是|为)", q)):
            fit.append((a, b, key, lo))
    if not fit:
        return []
    mine = [f for f in fit if f[2] in answer_keys]
    if not mine:
        selected = list(dict.fromkeys(cite[a:b] for a, b, _, _ in fit))
        return [Mismatch(
            "DG601",
            f"answer {answer.strip()} does not do what the question asks of a body in the cite; that is {selected[0]}",
            {"bound_to": answer.strip(), "selected": selected},
        )]
    others = [f for f in fit if f[2] not in answer_keys]
    if not others:
        return []
    terms = [t for t in _terms(question, cite, []) if t.asked]

    def said(a: int, lo: int) -> set[str]:  # the question's words in the clause before the body: its object
        return {t.ident for t in terms if lo <= t.start and t.end <= a and not any(x < t.end and t.start < y for x, y, _ in mentions)}

    words = said(mine[0][0], mine[0][3])
    more = [f for f in others if said(f[0], f[3]) > words]
    if more:
        a, b = more[0][0], more[0][1]
        return [Mismatch(
            "DG601",
            f"answer {answer.strip()} does it of another thing; the question's words "
            f"({', '.join(sorted(said(a, more[0][3]) - words))}) are said of {cite[a:b]}",
            {"bound_to": answer.strip(), "selected": [cite[a:b]]},
        )]
    same = [f for f in others if said(f[0], f[3]) == words]
    if same:
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, cite[a:b], key) for a, b, key, _ in same)])]
    return []


def _said_of_named(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """A name in apposition to one the question gives ("sued Acme Foods, now part of the Borel Group")
    is said of it, and is not what the question asks unless the question asks what it is (part of)."""
    if not entities:
        return []
    table = _entity_table(entities)
    named = {key for _, _, key in _mentioned(question, table)}
    q_words = {_stem(w) for w in _WORD_RE.findall(question)} - STOP_WORDS
    mentions = _mentioned(cite, table)
    for (x, y, key), (a, b, _) in zip(mentions, mentions[1:]):
        said = {_stem(w) for w in _WORD_RE.findall(cite[y:a])} - STOP_WORDS  # (a bare comma renames: the same one)
        if key in named and answer in cite[a:b] and _APPOSITION_RE.fullmatch(cite, y, a) and said and not said & q_words:
            return [Mismatch(
                "DG601",
                f"answer {answer} is said of {cite[x:y]}, which the question names; it asks for another",
                {"bound_to": answer, "selected": []},
            )]
    return []


# "Who VERB …?": the question's verb, past an auxiliary before a participle (who had given → given);
# a light verb keeps its object's first word (who had a curling shot → had a).
_WHO_VERB_RE = lazy(r"\A\s*(?:who\s(?:(?:has|had|have|did|was|were|is|are)\s(?=[a-z]+(?:ed|en|wn)\s))?|which\s(?:[a-z-]+\s){1,3}?(?=[a-z]+ed\s|(?:"
                    + "|".join(_IRREGULAR) + r")\s))([a-z]+)\s([a-z]+)", needs=('who', 'which'))
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"})


_PASSIVE_BEFORE_RE = lazy(r"(?:is|was|are|were|be|been|being)\s(?:[a-z]+ly\s)?\Z")
_SUBJECT_GAP_MAX = 60


# An appositive between a subject and its verb, with an auxiliary or adverb after it.
_APPOSITIVE_GAP_RE = lazy(r",[^,]+,\s(?:(?:has|have|had|also|[a-z]+ly)\s){0,2}")


# Verbs of winning besides "won" whose subject is the winner, and the phrases whose object is (the award went to X).
_EN_WIN_VERB_RE = lazy(r"(?<![a-z])(?:took\shome|picked\sup|claimed|trumped|beat|bested|defeated|edged\sout|clinched|"
                       r"captured|scooped(?:\sup)?|secured)(?![a-z])",
                       needs=("took", "picked", "claimed", "trumped", "beat", "bested", "defeated", "edged", "clinched",
                              "captured", "scooped", "secured"))
_EN_WENT_TO_RE = lazy(r"(?<![a-z])(?:went|goes|go|was\sawarded|were\sawarded|was\spresented)\sto\s", needs=("to",))


def subject_of_verb(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """Asked who did a verb the cite uses ("Who fired Ghana into the lead?"), the answer is the subject
    of that verb's clause: the nearest name before it in its sentence (before Asamoah fired …), with
    the names of a list it closes (Messi and Klose rescued: DG605 for either). A verb after is/was is
    passive, its subject no agent. Decided only where the verb has a subject in the deck."""
    m = _WHO_VERB_RE.match(question)
    if not entities or not m or m[1] in _COPULAS:
        return []
    table, answer_keys, mentions = _rivals(answer, cite, question, entities)
    mine = [x for x in mentions if x[2] in answer_keys]
    if not mine:
        return []
    verb, nxt = _lemma(m[1]), m[2]
    light = _stem(m[1]) in _LIGHT_VERBS
    subjects: list[tuple[int, int, str]] = []
    said_verbs = [w for w in re.finditer(r"[a-z]+", cite) if _lemma(w[0]) == verb]
    if verb == "win":  # (other verbs of winning: took home, trumped … for; went to NAME names its winner after it)
        said_verbs = sorted(said_verbs + list(_EN_WIN_VERB_RE.finditer(cite)), key=lambda w: w.start())
        subjects += [x for g in _EN_WENT_TO_RE.finditer(cite) for x in mentions if x[0] == g.end()]
    for w in said_verbs:
        agent = [x for x in mentions if x[0] == w.end() + 4 and cite.startswith(" by ", w.end())]
        if agent and not re.match(r"\s?(?:,|and\s)", cite[agent[0][1]:]):  # made by Wyeth: its agent (not a list)
            subjects += agent
            continue
        if light and not cite.startswith(" " + nxt + " ", w.end()):
            continue
        if _PASSIVE_BEFORE_RE.search(cite, max(0, w.start() - 20), w.start()) or cite.startswith(" by ", w.end()):
            continue
        inside = len(cite)  # where an appositive holding the nearest names opens
        for x in reversed([x for x in mentions if x[1] <= w.start()]):  # the nearest name before, if its subject
            gap = cite[x[1]:w.start()]
            words = gap.split()
            if x[0] > inside:
                continue
            if gap.startswith(", ") and cite.rfind(",", 0, x[0]) > max(cite.rfind(c, 0, x[0]) for c in ".!?;"):
                inside = cite.rfind(",", 0, x[0])  # a name inside an appositive (Woodbridge, the holding
                continue  # company … of Thomson, has …): the subject is before it
            if len(gap) <= _SUBJECT_GAP_MAX * 2 and not re.search(r"[.!?;]", gap) and (
                    len(words) <= 2 and not set(words) & _DETERMINERS and len(gap) <= _SUBJECT_GAP_MAX
                    or _APPOSITIVE_GAP_RE.fullmatch(gap)):
                items = _list_items(cite, x[0], mentions)
                ends = {y[0]: y[1] for y in mentions}
                if len(items) > 1 and not re.match(r"(?:,\s)?and\s", cite[ends[items[1]]:x[0]].lstrip()):
                    items = items[:1]  # a list of subjects closes with "and" (A, B and C rescued); a comma parts clauses
                subjects += [y for y in mentions if y[0] in items]
            break
    if not subjects:
        return []
    keys = {x[2] for x in subjects}
    sentences = list(_breaks(cite)[1])
    k = _index(sentences, mine[0][0])
    said = _sentence_words(question, cite, sentences, k)
    if k + 1 < len(sentences) and _PRONOUN_LEAD_RE.match(cite, sentences[k + 1]):  # He made a declaration …
        said |= _sentence_words(question, cite, sentences, k + 1)
    if not keys & answer_keys and len(said) > len(_sentence_words(question, cite, sentences, _index(sentences, subjects[0][0]))):
        return []  # the question's other words are said of the answer's sentence more than the verb's
    if not keys & answer_keys:
        x = subjects[0]
        return [Mismatch(
            "DG601",
            f"answer {answer.strip()} is not the subject of '{m[1]}' in the cite; that is {cite[x[0]:x[1]]}",
            {"bound_to": answer.strip(), "selected": list(dict.fromkeys(cite[a:b] for a, b, _ in subjects))},
        )]
    if len(keys) > 1 and question.lstrip().startswith("who"):  # (which prolific scorer …: its noun may choose)
        # (the subject whose sentence says the most of the question's other words is its: trumped … for the best song)
        sizes = {x[2]: len(_sentence_words(question, cite, sentences, _index(sentences, x[0])) - {verb, m[1]}) for x in subjects}
        best = max(sizes.values())
        tops = [k for k, n in sizes.items() if n == best]
        if tops == [k for k in keys & answer_keys if sizes.get(k) == best]:
            return []
        if len(tops) == 1 and not any(sizes.get(k) == best for k in answer_keys):
            x = next(x for x in subjects if x[2] == tops[0])
            return [Mismatch("DG601", f"answer {answer.strip()} is the subject of '{m[1]}' for another prize in the cite; "
                                      f"the question's is {cite[x[0]:x[1]]}", {"bound_to": answer.strip(), "selected": [cite[x[0]:x[1]]]})]
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, cite[a:b], key) for a, b, key in subjects if key not in answer_keys)])]
    return []


# The names after a passive verb's "by", a list closed by "and" (was prepared by A, B, and C).
_AGENT_LIST_RE = lazy(r"\b([a-z]+)\sby\s([^.;:!?()]{3,300}?)(?=\.\s|\.?\Z|[;:!?])")


def agent_list(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Asked who did what a passive verb says (Who prepared the review?) where its agents are a list
    closed by "and" (was prepared by A, B, and C) and no item has a role of its own: each fits alike,
    so the question cannot choose (DG605). Names need no deck entity."""
    m = _WHO_VERB_RE.match(question)
    if not m or m[1] in _COPULAS:
        return []
    verb = _lemma(m[1])
    name = answer.strip()
    for a in _AGENT_LIST_RE.finditer(cite):
        if _lemma(a[1]) != verb:
            continue
        items = [x.strip() for x in _LIST_NEXT_RE.split(a[2])]
        closed = re.search(r"(?:,\s|\s)and\s[^,]+\Z", a[2])
        if (len(items) < 2 or not closed or name not in items
                or any(not x or len(x.split()) > 4 or x.split()[0] in _DETERMINERS or _ROLE_ITEM_RE.search(x) for x in items)):
            continue
        v = Value(0, 0, name, "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(0, 0, x, x) for x in items if x != name)])]
    return []


_WHO_WORDS = ("谁", "哪位", "何人")


def _han_lengths(text: str) -> list[int]:
    """For each position, how many Han characters run from it (one more entry, 0, at the end)."""
    out = [0] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        if "\u3400" <= text[i] <= "\u9fff":
            out[i] = out[i + 1] + 1
    return out


def _asks_who(text: str, i: int) -> bool:
    """Whether 是谁/为谁 (哪位, 何人) starts at ``i``."""
    return text.startswith(("是", "为"), i) and text.startswith(_WHO_WORDS, i + 1)


# "回答记者提问的是谁": what the one asked for does, before 的是谁; in the cite, its subject is the name
# right before it, past an aspect word (王毅在回答记者提问).
def _doer_asked(question: str) -> str | None:
    r"""What the one asked for does (回答记者提问 in 回答记者提问的是谁), as ``([\u3400-\u9fff]{3,16})的(?:是|为)(?:谁|哪位|何人)``
    searched (group 1), without compiling a Han class at start-up."""
    if not any(w in question for w in _WHO_WORDS):
        return None
    runs = _han_lengths(question)
    for s in range(len(question)):
        for n in range(min(16, runs[s]), 2, -1):
            if question.startswith("的", s + n) and _asks_who(question, s + n + 1):
                return question[s:s + n]
    return None


_ZH_ASPECT_RE = lazy(r"(?:正在|在|已经|已|将|曾经|曾|也|还)?\Z")


def zh_subject(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """Asked who does what the question says (回答记者提问的是谁), the answer is the deck's name right before
    that phrase in the cite; another name (新华社记者李鑫摄, the photographer) is DG601."""
    phrase = _doer_asked(question)
    if not entities or not phrase:
        return []
    while len(phrase) >= 3 and phrase not in cite:  # 照片中回答记者提问: its longest end the cite holds
        phrase = phrase[1:]
    if len(phrase) < 3:
        return []

    table = _entity_table(entities)
    spellings = {normalize(s) for s in (answer, *aliases_of(answer, entities))}
    doers = []
    for at in (x.start() for x in re.finditer(re.escape(phrase), cite)):
        t = _ZH_ASPECT_RE.search(cite, max(0, at - 4), at).start()
        doers += [cite[x:y] for x, y, _ in _mentioned(cite, table) if y == t]
    if not doers or any(d in spellings or answer in d for d in doers):
        return []
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is not the one the cite says {phrase}; that is {doers[0]}",
        {"bound_to": answer.strip(), "selected": doers},
    )]


_ZH_AND_RE = lazy(ZH_LIST_MARK)
_ZH_RESPECTIVELY_RE = lazy(r"分别|依次")


def respectively(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Things listed after 分别 (分别采用了水滴屏和刘海屏) are the items' listed before it (Mate 20及Mate 20 Pro),
    by position: the item the question names selects its own thing (DG601 for another's); a question
    naming none of them cannot choose (DG605). An item is named by the longest of its ends the question
    holds, a shorter one inside it not counting (Mate 20 in Mate 20 Pro)."""
    at = cite.find(answer)
    if len(answer) < 2 or at < 0 or not has_han(cite):
        return []
    r = None
    for m in _ZH_RESPECTIVELY_RE.finditer(cite, max(cite.rfind(c, 0, at) for c in "。;;!?\n") + 1, at):
        r = m
    if r is None:
        return []
    hi = min([cite.find(c, at) for c in ",,。;;!?\n" if cite.find(c, at) >= 0] + [len(cite)])
    things = _split(cite, r.end(), hi)
    mine = [i for i, (a, b) in enumerate(things) if a <= at < b]
    if len(things) < 2 or not mine or not cite.startswith(answer, things[mine[0]][1] - len(answer)) and mine[0] > 0:
        return []
    # the items: the list before 分别 in its sentence with as many parts, the nearest
    lo = max(cite.rfind(c, 0, r.start()) for c in "。;;!?\n") + 1
    items = []
    for seg_lo, seg_hi in reversed(_clauses(cite, lo, r.start())):
        parts = _split(cite, seg_lo, seg_hi)
        if len(parts) == len(things):
            items = parts
            break
    if not items:
        return []
    named = []  # (the item's end the question holds, the item)
    for j, (a, b) in enumerate(items):
        text = cite[a:b]
        best = ""
        for x in range(len(text)):
            for y in range(len(text), x + 1, -1):
                if (j == 0 and y != len(text)) or (j == len(items) - 1 and x != 0) or (0 < j < len(items) - 1 and (x, y) != (0, len(text))):
                    continue  # the first item's end, the last's start, a middle item whole
                if text[x:y] != text[x:y].strip():
                    continue
                if re.match(r"\s?[a-z0-9]", text[y:]) and text[y - 1:y].isalnum() or re.search(r"[a-z0-9]\s?\Z", text[:x]) and text[x:x + 1].isalnum():
                    continue  # not part of a word or model name (Mate 20 of Mate 20 Pro)
                if len(text[x:y].strip()) >= 2 and text[x:y].strip() in question and len(text[x:y].strip()) > len(best):
                    best = text[x:y].strip()
        if best:
            named.append((best, j))
    named = [(t, j) for t, j in named if not any(t != u and t in u for u, _ in named)]
    i = mine[0]
    if not named:
        v = Value(0, 0, answer.strip(), "\0answer")
        return [_ambiguous(answer, v, [v, *(Value(a, b, cite[a:b].strip(), (a, b)) for k, (a, b) in enumerate(things) if k != i)])]
    if any(j == i for _, j in named):
        return []
    a, b = things[named[0][1]]
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is {cite[slice(*items[i])].strip()}'s in the cite, by position after {r[0]}; "
        f"the question asks about {named[0][0]} ({cite[a:b].strip()})",
        {"bound_to": answer.strip(), "selected": [cite[a:b].strip()]},
    )]


_ZH_RANKS_RE = lazy(rf"(分别|依次)[^{clause_marks('line')}]{{0,30}}?前([一二三四五六七八九十\d]{{1,2}})(?:位|名)", needs=("分别", "依次"))
_ZH_TOP_ASKED_RE = lazy(r"前[一二三四五六七八九十\d]{1,2}(?:位|名)", needs="前")


def ranked(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """Items listed before 分别 that take the first n ranks (乌鲁木齐、太原、南宁分别排在…前三位) take them
    by position: asked who is 第二位, the second item (DG601 for another's); asked which is among the
    前三位, every item fits (DG605). None: no such list holds the answer."""

    at = cite.find(answer)
    if len(answer) < 2 or at < 0 or not has_han(cite):
        return None
    for m in _ZH_RANKS_RE.finditer(cite, at):
        lo = max(cite.rfind(c, 0, m.start()) for c in "。;;!?\n,:") + 1
        if at >= m.start() or at < lo:
            return None
        items = _split(cite, lo, m.start())
        top = parse_quantities(cite[m.start(2) - 1 : m.end()])
        if not top or top[0].value != len(items) or len(items) < 2:
            return None
        names = [cite[a:b].strip() for a, b in items]
        if answer.strip() not in names:
            return None
        i = names.index(answer.strip())
        asked = [q for q in parse_quantities(question) if q.ordinal and q.counter in ("位", "名") and 1 <= q.value <= len(names)]
        if asked:
            k = int(asked[0].value) - 1
            if k == i:
                return []
            return [Mismatch("DG601", f"answer {answer.strip()} takes rank {i + 1} in the cite, by position after {m[1]}; "
                                      f"the question asks about rank {k + 1} ({names[k]})",
                             {"bound_to": answer.strip(), "selected": [names[k]]})]
        if _ZH_TOP_ASKED_RE.search(question):
            v = Value(0, 0, answer.strip(), "\0answer")
            return [_ambiguous(answer, v, [v, *(Value(0, 0, n, n) for n in names if n != answer.strip())])]
        return None
    return None




def prefixed(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """Names in a 、/和 list, each after its own place or body (九龙东邓家彪和新界西南陈颖欣): the item
    whose opening words the question holds longest is the one it asks about; the answer, another
    item's name, is DG601. None: the answer heads its item, or the question names no item's opening."""
    at = cite.find(answer)
    if len(answer) < 2 or at < 0 or not has_han(answer) or cite.find(answer, at + 1) >= 0:
        return None
    lo, hi = span_around(cite, at, at, _CLAUSE_MARK_RE)
    items = _split(cite, lo, hi)
    if len(items) < 2 or not any(a < at < b for a, b in items):
        return None
    mine = next(k for k, (a, b) in enumerate(items) if a < at < b)
    if not all(han_at(cite, x) for x in range(items[mine][0], at)):
        return None  # (the answer's own opening is Han words: a place or a body, no verb phrase)

    def held(k: int) -> int:  # how long an opening of item k the question holds
        a, b = items[k]
        return max((n for n in range(2, b - a + 1) if cite[a:a + n] in question), default=0)

    best = max(range(len(items)), key=held)
    if best == mine or held(best) <= held(mine) or held(best) < 3:
        return None
    a, b = items[best]
    name = cite[a + held(best):a + held(best) + len(answer)]
    if len(name) < 2 or not all(han_at(name, x) for x in range(len(name))):
        return None
    return [Mismatch("DG601", f"answer {answer.strip()} is the name after {cite[items[mine][0]:at]} in the cite; the "
                              f"question asks about {cite[a:a + held(best)]} ({name})",
                     {"bound_to": answer.strip(), "selected": [name]})]


def _split(cite: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, last = [], lo
    for m in _ZH_AND_RE.finditer(cite, lo, hi):
        out.append((last, m.start()))
        last = m.end()
    out.append((last, hi))
    return [(a, b) for a, b in out if b > a]


def _clauses(cite: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, last = [], lo
    for m in re.finditer(CLAUSE_MARKS["comma"], cite[lo:hi]):
        out.append((last, lo + m.start()))
        last = lo + m.end()
    out.append((last, hi))
    return out


def quoted_figure(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """A figure the question quotes (in the 71st minute) selects the sentence that holds it: asked who
    scored then, a name of another sentence is DG601 when that sentence names one of the deck's and not
    the answer."""
    if not entities:
        return []

    quoted = [q for q in parse_quantities(question) if q.qualifier != "order of"]
    if not quoted:
        return []
    table, answer_keys, mentions = _rivals(answer, cite, question, entities)
    if not answer_keys or not any(x[2] in answer_keys for x in mentions):
        return []
    sentences = list(_breaks(cite)[1])
    for aq, hits in zip(quoted, quoted_places(quoted, parse_quantities(cite))):
        at = {_index(sentences, q.start) for q in hits}
        if len(at) != 1:
            continue
        k = at.pop()
        here = [x for x in mentions if _index(sentences, x[0]) == k]
        if here and not any(x[2] in answer_keys for x in here):
            return [Mismatch(
                "DG601",
                f"answer {answer.strip()} is not named where the cite gives {question[aq.start:aq.end]}; that is {cite[here[0][0]:here[0][1]]}",
                {"bound_to": answer.strip(), "selected": [cite[x[0]:x[1]] for x in here]},
            )]
    return []


# What ends a Chinese list item (马来西亚的出口急升72.0%,越南升54.9% / 英国(升19.7%)和美国(升17.8%)).
_ZH_ITEM_END_RE = lazy(_CLAUSE_MARKS + "|" + ZH_LIST_MARK)
# A question that asks who a description is (谁的刑期最长? 最先被宣判的是谁?), and where the cite writes that
# description before a name (刑期最长的黄俊杰; 最先被宣判的,是…黄俊杰).
def _asked_end(text: str, i: int) -> bool:
    """Whether only a question mark and spaces follow ``i``."""
    return text[i:].strip() in ("", "?", "？")


def _who_described(question: str) -> str | None:
    r"""The description a question asks who is (刑期最长 in 谁的刑期最长?), as
    ``\s*(?:谁的([\u3400-\u9fff]{2,10})|([\u3400-\u9fff]{2,10})的(?:人)?是谁)\s*[?？]?\s*\Z`` matches it (group 1 or 2),
    without compiling a Han class at start-up."""
    if "谁" not in question:
        return None
    runs = _han_lengths(question)
    i = len(question) - len(question.lstrip())
    if question.startswith("谁的", i) and 2 <= runs[i + 2] <= 10 and _asked_end(question, i + 2 + runs[i + 2]):
        return question[i + 2:i + 2 + runs[i + 2]]
    for n in range(min(10, runs[i]), 1, -1):
        j = i + n + 1
        if question.startswith("的", i + n) and (
                question.startswith("人是谁", j) and _asked_end(question, j + 3)
                or question.startswith("是谁", j) and _asked_end(question, j + 2)):
            return question[i:i + n]
    return None
_DESCRIBED_NAME_RE = lazy(r"的\s?(?:,\s?是)?")


def described_name(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Asked who a description is (谁的刑期最长?), the name the cite writes right after that description and 的
    (刑期最长的黄俊杰), or after 的,是 in the clause it opens (最先被宣判的,是…的黄俊杰), is the one meant: an answer
    the clause does not name there is someone else (DG601)."""
    words = _who_described(question)
    if words is None or len(answer) < 2 or answer not in cite:
        return []
    for at in [x.end() for x in re.finditer(re.escape(words), cite)]:
        link = _DESCRIBED_NAME_RE.match(cite, at)
        if link is None:
            continue
        end = (c.start() if (c := _CLAUSE_MARK_RE.search(cite, link.end())) else len(cite))
        clause = cite[link.end():end]
        if not has_han(clause) or answer in clause:
            return []
        return [Mismatch("DG601", f"answer {answer} is not who the cite says is {words}; it names '{clause.strip()}'",
                         {"bound_to": answer, "selected": [clause.strip()]})]
    return []




def quoted_item(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Items and figures paired by position in one Chinese clause (输往美国、英国及中国大陆的出口货量分别跌16.3%、13.4%
    及6.6%): the one figure the question quotes (下跌13.4%) selects the item at its place; the answer at another place
    of that list, or in another clause's list with other figures (输往德国及日本…下跌24.2%及22%), is another's (DG601)."""
    if len(answer) < 2 or not has_han(answer) or answer in question:
        return []

    quoted = [q for q in parse_quantities(question) if not q.ordinal and (q.unit or "." in question[q.start:q.end])]
    if len(quoted) != 1:
        return []
    found = parse_quantities(cite)
    [hits] = quoted_places(quoted, found)
    if len(hits) != 1:
        return []
    hit = hits[0]
    lo, hi = span_around(cite, hit.start, hit.end, _CLAUSE_MARK_RE)
    figures = [q for q in found if lo <= q.start < hi and _same_unit(q.unit, hit.unit)]
    if len(figures) < 2 or any(_ZH_AND_RE.fullmatch(cite, x.end, y.start) is None for x, y in zip(figures, figures[1:])):
        return []  # (the clause's figures are one list, joined by 、/及/和)
    items = _split(cite, lo, figures[0].start)
    if len(items) != len(figures):
        return []
    place = figures.index(hit)
    a, b = items[place]
    if answer in cite[a:b] or not any(answer in cite[x:y] for x, y in items) and answer not in cite:
        return []
    if not any(answer in cite[x:y] for x, y in items) and not _ZH_RESPECTIVELY_RE.search(cite, lo, hi):
        return []  # (an answer outside the list is judged against it only where 分别 pairs the list by position)
    owner = cite[a:b].strip()
    return [Mismatch("DG601", f"answer {answer} is not the item of {cite[hit.start:hit.end]} in the cite; the question's "
                              f"figure belongs to '{owner}'", {"bound_to": answer, "selected": [owner]})]


def item_figure(answer: str, cite: str, question: str) -> list[Mismatch]:
    """A figure the question quotes selects the Chinese list item it stands in: each item names a
    place or body and then its own figure (输往马来西亚的出口急升72.0%,越南升54.9%), so asked which
    market rose 72.0%, 越南 — whose item holds 54.9% — is another's (DG601). Decided only where the
    answer's own item holds a figure of the quoted one's unit, the quoted figure occurs once, and
    no 分别 list maps figures by position (``respectively`` reads those)."""
    if not has_han(answer) or answer in question:
        return []
    at = cite.find(answer)
    if at < 0:
        return []

    # (the one of a wh-word, 哪一种, asks: it quotes no figure)
    quoted = [q for q in parse_quantities(question) if q.qualifier != "order of" and not q.ordinal
              and not question.endswith("哪", 0, q.start)]
    if len(quoted) != 1:
        return []
    aq = quoted[0]
    found = parse_quantities(cite)
    [hits] = quoted_places(quoted, found)
    if len(hits) != 1:
        return []
    item_end = span_around(cite, at, at + len(answer), _ZH_ITEM_END_RE)[1]
    mine = [q for q in found if at + len(answer) <= q.start < item_end and _same_unit(q.unit, aq.unit)]
    sentences = list(_breaks(cite)[1])
    k = _index(sentences, at)
    lo, hi = sentences[k], sentences[k + 1] if k + 1 < len(sentences) else len(cite)
    if not mine or mine[0] is hits[0] or _ZH_RESPECTIVELY_RE.search(cite, lo, hi):
        return []
    owner = cite[span_around(cite, hits[0].start, hits[0].end, _ZH_ITEM_END_RE)[0]:hits[0].start].split("(")[0].strip()
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is the item of {cite[mine[0].start:mine[0].end]}; the question asks about "
        f"{question[aq.start:aq.end]} ({owner})",
        {"bound_to": answer.strip(), "selected": [owner]},
    )]


def _alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


_APPOSED_ROLE_ZH_RE = lazy(r"、[\u3400-\u9fff]{1,12}?(?:" + "|".join(
    (*"长者员官人师手席裁督帅家", "董事", "理事", "经理", "总理", "代表", "书记", "主任", "教练", "专家", "教授", "博士", "院士",
     "医生", "将军", "顾问", "主编", "指挥", "编辑", "秘书", "实习生", "研究生", "总监")) + r")(?=[\u3400-\u9fff]{2})", needs="、")
_ZH_NAME_END = ",，;；。、:：!?)）\n "


def _owned_role_asked(question: str) -> tuple[str | None, str, int] | None:
    r"""The owner, the role and the role's end of 小牛队的当家球星是谁, as
    ``(?:([\u3400-\u9fff]{2,6}?)的)?([\u3400-\u9fff]{2,6})(?:是|为)(?:谁|哪位|何人)`` searched (groups 1, 2 and
    ``end(2)``), without compiling a Han class at start-up."""
    if not any(w in question for w in _WHO_WORDS):
        return None
    runs = _han_lengths(question)
    for s in range(len(question)):
        if runs[s] < 2:
            continue
        for n1 in range(2, min(6, runs[s]) + 1):  # the owner: as short as it can be
            s2 = s + n1 + 1
            if question.startswith("的", s + n1) and runs[s2] >= 2:
                for n2 in range(min(6, runs[s2]), 1, -1):
                    if _asks_who(question, s2 + n2):
                        return question[s:s + n1], question[s2:s2 + n2], s2 + n2
        for n2 in range(min(6, runs[s]), 1, -1):
            if _asks_who(question, s + n2):
                return None, question[s:s + n2], s + n2
    return None


_LABEL_BAR_RE = lazy(r"(?:[|｜]\s?)?")
_WHO_IS_END_RE = lazy(r"谁(?:是|为|担任)\Z|哪位是?\Z")  # (a constant: re's compiler ran for it each run)


def titled(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Asked who holds a Chinese title (救援投手是谁) that the cite puts right before a name: the
    answer is that name, the deck naming it or not; one the title stands before nowhere is another's
    (随后上场的江坤宇 is not 救援投手曾峻岳). The other name is read as long as the answer's."""
    if not has_han(answer) or not _WHO_ZH_RE.search(question) or answer not in cite:
        return []
    title = ""
    for j in range(len(question)):
        if question.endswith(_HAN_ROLE_ENDS, 0, j + 1):
            for i in range(max(0, j - _HAN_TITLE_MAX), j):  # the longest, two characters or more
                # by its wh-word (守门员是谁, 谁是守门员), not inside the question's verb (回答记者提问的是谁)
                # past an aside in brackets (记者(不是实习记者)是谁)
                k = _ASIDE_ZH_RE.match(question, j + 1).end()
                # (谁 + a verb, 谁代表国务院…作报告, asks for a doer, not a title: only 谁是/谁为 and 哪位 + noun)
                by_who = _WHO_ZH_RE.match(question, k + question.startswith("是", k)) or _WHO_IS_END_RE.search(question[:i])
                if by_who and question[i:j + 1] in cite and han_at(question, i):
                    title = max(title, question[i:j + 1], key=len)
                    break
    m = _owned_role_asked(question)
    if not title and m and m[1] in cite:  # 小牛队的当家球星是谁: the noun the question asks, whatever its last word
        title = m[1]
    # the role its owner holds (四川队外援 against 外援弗格, the question asking 四川队的外援)
    owned = [t for t in ((m[0] + title, m[0] + "的" + title) if m and m[0] and question.endswith(title, 0, m[2]) else ())
             if t in cite]
    title = owned[0] if owned else title
    if not title:
        return []
    held = []
    found = literal_spans(title, cite)
    # a title standing whole (记者 曹文姣) is held by its own name, not by one of a longer title that
    # ends with it (实习记者 张馨梦); a name's longer title (中央社记者张建中) fits when none stands whole
    whole = [(i, j) for i, j in found if not (i and han_at(cite, i - 1))]
    for _, end in whole or found:
        k = end + (cite[end : end + 1] in " :")  # 记者 陈洁: a byline's space; 编辑:李锡璋, a label
        k = _LABEL_BAR_RE.match(cite, k).end()  # (记者 | 黄文斌: a credit line's bar between the title and the name)
        # a second title set off by 、 is the same name's (执行总监、被告人孙杰; 院士、内科血液学专家王振义)
        second = _APPOSED_ROLE_ZH_RE.match(cite, k)
        k = second.end() if second else k
        # the answer's own title ends with the whole title asked: 记者 曹文姣 is no 实习记者
        if cite.startswith(answer, k) or not whole and _han_title(
                cite, cite.find(answer), cite.find(answer) + len(answer), answer, title) == title:
            return []
        # the name is the Han run up to the punctuation that ends it (国家邮政局副局长陈凯, against
        # 万向东), two to four characters; a longer run is read as long as the answer
        n = next((x - k for x in range(k, k + 5) if not han_at(cite, x)), 5)
        if n > 4 or n < 2 or cite[k + n : k + n + 1] not in _ZH_NAME_END:
            n = len(answer) if all(han_at(cite, x) for x in range(k, k + len(answer))) else 0
        if n:
            held.append(cite[k:k + n])
    if len(held) != 1:
        return []
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is not the one the cite says is '{title}'; that is {held[0]}",
        {"bound_to": answer.strip(), "selected": held},
    )]


_PRONOUN_LEAD_RE = lazy(r"\s*(?:\"\s*)?(?:he|she|they|他|她|他们|她们)(?![a-z])")


def _sentence_words(question: str, cite: str, sentences: list[int], k: int) -> set[str]:
    lo = sentences[k]
    hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
    return {t.ident for t in _terms(question, cite, []) if lo <= t.start < hi and t.asked and t.cls in _ITEM_CLASSES}


# A roll call: items parted by semicolons because they hold commas ("Jerome H. Powell, Chair;
# John C. Williams, Vice Chair; … and Christopher J. Waller"), after a head that describes them all.
_ROLL_HEAD_RE = lazy(r".*(?:\s(?:were|was|are|is|include|included|including)\s|:\s?)")
_ROLL_ITEM_MAX = 60


_ROLL_CALL_END_RE = lazy(r"[。!?\n]|\.(?=\s|$)(?<!\b[a-z]\.)")  # (a constant: re's compiler ran for it each run)


def _roll_call(cite: str, pos: int) -> list[tuple[int, int]]:
    """The semicolon list holding ``pos``, item by item (the head left out), or []."""
    ends = [m.end() for m in _ROLL_CALL_END_RE.finditer(cite)]
    lo = max([e for e in ends if e <= pos], default=0)
    hi = min([e for e in ends if e > pos], default=len(cite))
    if cite.count(";", lo, hi) < 1:
        return []
    items = []
    a = lo
    for m in re.finditer(";", cite[:hi]):
        if m.start() < lo:
            continue
        items.append((a, m.start()))
        a = m.end()
    items.append((a, hi))
    head = _ROLL_HEAD_RE.match(cite, items[0][0], items[0][1])
    if head:
        items[0] = (head.end(), items[0][1])
    out = []
    for a, b in items:
        text = cite[a:b]
        a += len(text) - len(re.sub(r"^\s*(?:and\s)?", "", text))
        b = a + len(cite[a:b].rstrip(" .,"))
        out.append((a, b))
    if len(out) < 2 or any(b - a > _ROLL_ITEM_MAX or b <= a for a, b in out):
        return []
    if any(_PRONOUN_LEAD_RE.match(cite, a) for a, _ in out[1:]):  # "; they are our partners": a clause, no item
        return []
    return out


_STANCE_RE = lazy(r"(?<![a-z])(?:(?P<against>against|opposed|opposing|dissented|dissenting|dissent)|(?P<for>for|in favou?r|supported|supporting))(?![a-z])"
                  r"|(?P<zh_against>反对)|(?P<zh_for>赞成|支持)", needs=('against', 'dissent', 'for', 'in favo', 'opposed', 'opposing', 'supported', 'supporting', '反对', '支持', '赞成'))


def stance(text: str, lo: int, hi: int) -> str:
    """"for" or "against" as a vote or a view is taken in ``text[lo:hi]`` (voting for, opposed, 反对), or ""."""
    for m in _STANCE_RE.finditer(text, lo, hi):
        return "against" if m["against"] or m["zh_against"] else "for"
    return ""


def _all_handled(cite: str, segs: list[tuple[int, int]]) -> bool:
    """Every item of a list has a figure of its own to be told apart by (第二局张育成、第六局郑宗哲)."""

    return all(b - a <= _ROLL_ITEM_MAX and parse_quantities(cite[a:b]) for a, b in segs)


def _listed(cite: str, items: list[tuple[int, int]], pos: int) -> tuple[list[Value], list[Value]]:
    """Each item of a list as a value named by its text less its role (NAME, ROLE or ROLE NAME)."""
    values, mine = [], []
    for a, b in items:
        roles = list(_ROLE_ITEM_RE.finditer(cite, a, b))
        name = cite[a:b]
        if roles and not cite[roles[-1].end():b].strip(" 、,"):  # NAME, ROLE
            name = cite[a:roles[-1].start()]
        elif roles:  # ROLE NAME
            name = cite[roles[-1].end():b]
        name = name.strip(" 、,")
        if len(name) > 24:  # a clause of its own (趁著蒋少宏的短打,陈杰宪以头部滑垒…): its opening words
            name = name[:20].rstrip(" ,") + "…"
        v = Value(a, b, name, (a, b), label=cite[roles[-1].start():roles[-1].end()] if roles else "")
        values.append(v)
        if a <= pos < b:
            mine.append(v)
    return (values, mine) if mine else ([], [])


# A panel laid out one person to a line (Alfred Gregory (39)   climber, stills photography): a name in
# capitals, an age in brackets or a wide gap, then its role in lower case up to the next name or the
# line's end; a label line (Leader: Colonel John Hunt) gives its one name the label's role.
_PANEL_NAME = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)+"
_PANEL_ENTRY_RE = lazy(r"(?P<name>" + _PANEL_NAME + r")(?:[ ]?\(\d{1,3}\)[ \t]+|[ \t]{2,})"
                       r"(?P<role>[a-z][a-z ,'’/&-]*?)(?=[ \t]*(?:\n|\Z)|[ \t]+[A-Z])")
_PANEL_NOT_RE = lazy(r"(?<![a-z])not\s([^,.;?!]+)")
_PANEL_LABEL_RE = lazy(r"^[ \t]*(?P<role>[A-Z][A-Za-z ]{0,30}):[ \t]*(?P<name>" + _PANEL_NAME + r")[ \t]*$", re.M)


def panel(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """A panel read line by line (``cite`` as written, its line breaks kept): each role is the name's
    before it on its own line, not the next line's. The question's words that stand in some roles
    select the names whose roles hold most of them: the answer among them is right ([]), another is
    DG601. None when the cite is no panel of two lines or more, or no role holds the question's words."""
    if cite.count("\n") < 1:
        return None

    entries = [(normalize(m["name"]), normalize(m["role"]), cite.count("\n", 0, m.start()))
               for m in _PANEL_ENTRY_RE.finditer(cite)]
    entries += [(normalize(m["name"]), normalize(m["role"]), cite.count("\n", 0, m.start()))
                for m in _PANEL_LABEL_RE.finditer(cite)]
    if len(entries) < 2 or len({line for _, _, line in entries}) < 2:
        return None
    spellings = {normalize(s) for s in (answer, *aliases_of(answer, entities))} - {""}
    names = {w for name, _, _ in entries for w in _WORD_RE.findall(name)}
    asked = {_stem(w) for w in _WORD_RE.findall(question) if w not in STOP_WORDS and w not in names}
    # a role the question denies (a climber but not in the assault team) is no one's it asks for
    denied = {_stem(w) for m in _PANEL_NOT_RE.finditer(question) for w in _WORD_RE.findall(m[1])} & asked
    asked -= denied
    score = [-1 if {_stem(w) for w in _WORD_RE.findall(role)} & denied else len({_stem(w) for w in _WORD_RE.findall(role)} & asked)
             for _, role, _ in entries]
    best = max(score)
    ours = [i for i, (name, _, _) in enumerate(entries) if any(s == name or s in name.split(" ") or
                                                                 (" " in s and s in name) for s in spellings)]
    if not best or not ours:
        return None
    if any(score[i] == best for i in ours):
        return []
    chosen = [entries[i][0] for i, n in enumerate(score) if n == best]
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is not the one the panel gives that role; its line gives "
        f"{entries[ours[0]][1]}, and the question's role is {chosen[0]}'s",
        {"bound_to": answer.strip(), "selected": chosen},
    )]


# A Chinese question asking who or which did something (谁带队打出…, 哪支球队以…战胜…): what follows the
# wh-word, to its clause's end, is the deed; a clause led by a connective (并抢下…) has the subject of
# the clause before it; a pronoun (他) or no subject at all is not read.
_ZH_WHO_DEED_RE = lazy(r"(?:谁|(哪)(?:一)?[位支个家名只所座项条])(?:是|为)?([^,;。!?]{4,40})")
_ZH_CONNECTIVE_RE = lazy(r"\A(?:并且|而且|并|也|还|又|且|但|而|再|则|同时)?\Z")
_ZH_PRONOUN_RE = lazy(r"(?:他|她|它|其|该|他们|她们)", needs=('他', '其', '她', '它', '该'))
_ZH_DEED_MIN = 5
_ZH_DEED_SHARE = 0.6
_ZH_NOUN_MAX = 4


def _spots(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(name), text)]


def _places(b: str) -> dict[str, list[int]]:
    """Where each character of ``b`` stands, in order (difflib's ``b2j`` with no junk)."""
    places: dict[str, list[int]] = {}
    for j, c in enumerate(b):
        places.setdefault(c, []).append(j)
    return places


def longest_match(a: str, b: str, places: dict[str, list[int]], alo: int, ahi: int) -> tuple[int, int, int]:
    """(i, j, size) of the longest block ``a[alo:ahi]`` and ``b`` share, the earliest in ``a`` then in ``b`` of the
    longest: ``SequenceMatcher(None, a, b, autojunk=False).find_longest_match(alo, ahi, 0, len(b))``, its loop as
    difflib writes it, where no element is junk (so that a check need not import difflib: 2.8 million instructions).
    ``places``: ``_places(b)``. tests/test_binding_perf31.py holds it to difflib's on random texts."""
    besti, bestj, bestsize = alo, 0, 0
    run: dict[int, int] = {}
    for i in range(alo, ahi):
        get, new = run.get, {}
        for j in places.get(a[i], ()):
            k = new[j] = get(j - 1, 0) + 1
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
        run = new
    return besti, bestj, bestsize


def zh_actor(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """The actor of its own clause: asked who did the deed the question quotes (谁全场三分球7投6中), the
    answer is the name in the cite's clause that holds the deed, before it (张帆全场三分球7投6中), not one
    of another clause (和外援里勒合砍47分). Names need no deck entity. [] when the answer is that clause's,
    DG601 when it is another clause's, None when the deed is not found once or its subject is unread."""
    name = answer.strip()
    m = _ZH_WHO_DEED_RE.search(question)
    if not m or len(name) < 2 or not has_han(name) or name in m[2]:
        return None
    deed = m[2]
    reach = _ZH_NOUN_MAX if m[1] else 1
    if m[1] and "的" in deed[:reach + 1]:  # 哪个市场的出口: whose exports, not who did
        return None
    # the match that reaches furthest into the deed (its verb and object end it: 哪只个股获…最多)
    places = _places(cite)
    hit_a, hit_b, size = max((longest_match(deed, cite, places, k, len(deed)) for k in range(reach + 1)), key=lambda h: (h[0] + h[2], h[2]))
    found = cite[hit_b:hit_b + size]
    # the deed is the question's words right after the wh-word (past a preposition, or 哪支's noun:
    # 哪支球队以…), mostly found; not a phrase inside it (谁拍摄了王毅回答记者提问的照片)
    # (and a match must reach the deed's end, its verb and object: not only an object phrase before them,
    # 向福建省…会议作政府工作报告 matched at 福建省…会议 alone)
    if (size < _ZH_DEED_MIN or hit_a > reach or size < _ZH_DEED_SHARE * (len(deed) - hit_a)
            or hit_a + size < len(deed.rstrip("？?了的呢吗")) - _ZH_DEED_SLACK
            or found.startswith("的") or sum(map(has_han, found)) < 2 or cite.count(found) != 1
            or any(i < hit_b + size and hit_b < i + len(name) for i in _spots(cite, name))):
        return None
    lo = span_around(cite, hit_b, hit_b, _ZH_CLAUSE_END_RE)[0]
    subject = cite[lo:hit_b].strip()
    # 并抢下…, 成为本届最年轻议员: a clause led by a connective or a verb of becoming has the clause before's subject
    while (_ZH_CONNECTIVE_RE.match(subject) or _ZH_BECOMING_RE.fullmatch(subject)) and lo > 0 and cite[lo - 1] in ",，":
        hi, lo = lo - 1, span_around(cite, lo - 1, lo - 1, _ZH_CLAUSE_END_RE)[0]
        subject = cite[lo:hi].strip()
    if _ZH_CONNECTIVE_RE.match(subject) or _ZH_PRONOUN_RE.search(subject):
        return None
    if _ZH_JOINED_RE.search(subject) and name in subject:
        return None  # several names share the deed (原劳工界的郭伟强及原选委界的陆颂雄…失败): the list's words tell them apart
    if name in subject:
        return []
    if name not in cite:
        return None
    return [Mismatch(
        "DG601",
        f"answer {name} is not the one the cite says {found} of; that clause is {subject}'s",
        {"bound_to": name, "selected": [subject]},
    )]


_ZH_PART_END = ",;:。!?\n"


def _asked_prefix(question: str, text: str) -> str:
    """The longest start of ``text`` the question holds."""
    k = 0
    while k < len(text) and text[:k + 1] in question:
        k += 1
    return text[:k]


def item_words(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """Names in a Chinese list, each after words of its own (港岛西陈学锋、九龙西郑泳舜; 原劳工界的郭伟强及原选委界
    的陆颂雄): the words before a name are its item's. A question that holds all of the answer's words asks
    about its item ([]); one that holds more of another item's opening than of the answer's asks about
    that item's name (DG601). None: no such list, or the question names no item."""
    if not has_han(question) or not has_han(answer) or cite.count(answer) != 1:
        return None
    pos = cite.find(answer)
    lo = max(cite.rfind(c, 0, pos) for c in _ZH_PART_END) + 1
    hi = min([k for k in (cite.find(c, pos) for c in _ZH_PART_END) if k >= 0] + [len(cite)])
    items = _split(cite, lo, hi)
    mine = next(((a, b) for a, b in items if a <= pos < b), None)
    if len(items) < 2 or mine is None or pos - mine[0] < 2 or not all(han_at(cite, k) for k in range(mine[0], pos)):
        return None
    if cite[mine[0]:pos] in question and cite.count(cite[mine[0]:pos]) == 1:
        return []  # the question names the answer's own item, which no other has (在九龙中…, 原选委界的哪位)
    # (the words a first item opens with before 的, 争连任的港岛西陈学锋, are the list's head when no other has 的)
    def opening(a: int, b: int) -> int:
        d = cite.find("的", a, b)
        return d + 1 if (a, b) == items[0] and d >= 0 and not any("的" in cite[x:y] for x, y in items[1:]) else a

    own = len(_asked_prefix(question, cite[opening(*mine):pos]))
    rivals = []
    for a, b in items:
        a = opening(a, b)
        said = _asked_prefix(question, cite[a:b])
        name = cite[a + len(said):a + len(said) + len(answer)]
        # (a name ends its item, 九龙中李慧琼, or follows its item's 的 in the last one: no title's piece, 中央军委主席)
        ends = a + len(said) + len(answer) == b or (a, b) == items[-1] and said.endswith("的")
        if (a, b) != mine and len(said) >= 2 and len(said) > own and ends and all(map(has_han, name)):
            rivals.append((said, name))
    if len(rivals) != 1:
        return None
    said, name = rivals[0]
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is {cite[opening(*mine):pos]}'s in the cite; the question asks about {said} ({name})",
        {"bound_to": answer.strip(), "selected": [name]},
    )]


# A title an organisation's name owns, right before a person's name (New Relic CEO Bill Staples, Acme's chief executive Ann
# Lee): the organisation's words, then the title's.
_OWNED_TITLE_WORDS = (r"(?:(?:incoming|outgoing|former|interim|acting|new)\s)?(ceo|cfo|coo|cto|chief\sexecutive(?:\sofficer)?"
                      r"|chief\sfinancial\sofficer|president|chairman|chairwoman|chair|founder|co-founder|spokesperson"
                      r"|spokesman|spokeswoman|boss|owner|managing\sdirector|general\smanager)")
_OWNED_TITLE_RE = lazy(r"\s?(?:'s\s|’s\s)?(?:the\s)?" + _OWNED_TITLE_WORDS + r"\s")
_ASKED_TITLE_RE = lazy(r"(?<![a-z])" + _OWNED_TITLE_WORDS + r"(?![a-z])")
_ASKED_ORG_RE = lazy(r"(?<![a-z])(?:which|what)\s(?:company|firm|organi[sz]ation|group|bank|business|brokerage|employer|outlet"
                     r"|institution|agency|corporation|startup|retailer|carmaker|automaker|insurer|lender)(?![a-z])",
                     needs=("which", "what"))
_CHIEF_EXECUTIVE = {"chief executive": "ceo", "chief executive officer": "ceo", "chief financial officer": "cfo", "chairwoman": "chair",
                    "chairman": "chair", "spokesman": "spokesperson", "spokeswoman": "spokesperson"}


def title_owner(answer: str, raw_cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """Asked which organisation a named person holds a title at (Of which company is Bill Staples the CEO?), where the cite
    writes that title before the name with an organisation's name before it (New Relic CEO Bill Staples): the organisation
    owns the title; another organisation of the deck is DG601. (A figure glued to a capitalised word, June 27New Relic,
    is a dateline before a name.) None where the question or the cite has no such form."""
    if not entities or has_han(question) or not _ASKED_ORG_RE.search(question):
        return None
    asked_title = _ASKED_TITLE_RE.search(question)
    if asked_title is None:
        return None
    role = _CHIEF_EXECUTIVE.get(asked_title[1], asked_title[1])
    table = _entity_table(entities)
    asked = {key for _, _, key in _mentioned(question, table)}
    answer_keys = {table.key_of.get(normalize(s)) for s in (answer, *aliases_of(answer, entities))} - {None}
    if not asked or answer_keys & asked:
        return None
    cite = normalize(re.sub(r"(?<=\d)(?=[A-Z][a-z])", " ", raw_cite))
    mentions = _mentioned(cite, table)
    owners = set()
    for (a0, a1, org), (b0, _, person) in zip(mentions, mentions[1:]):
        if person not in asked or org in asked:
            continue
        m = _OWNED_TITLE_RE.fullmatch(cite, a1, b0)
        if m and _CHIEF_EXECUTIVE.get(m[1], m[1]) == role:
            owners.add(org)
    if len(owners) != 1:
        return None
    owner = owners.pop()
    if owner in answer_keys:
        return []
    if not any(key in answer_keys for _, _, key in mentions):
        return None
    return [Mismatch("DG601", f"answer {answer.strip()} is not the one whose {asked_title[1]} the cite names; it writes "
                              f"the title after {owner}", {"bound_to": answer.strip(), "selected": [owner]})]


def decided(answer: str, raw_cite: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """Rules that settle a fact card before the lists are read (None: not settled): a panel read by its
    lines (the cite as written), the actor of the clause a Chinese question quotes, an English clause's
    own subject of the question's predicate, the subject of a negated clause, the name a Chinese
    title the question asks stands before."""
    found = panel(answer, raw_cite, question, entities)
    found = found if found is not None else title_owner(answer, raw_cite, question, entities)
    found = found if found is not None else photo_credit(answer, cite, question)
    found = found if found is not None else ranked(answer, cite, question)
    found = found if found is not None else zh_actor(answer, cite, question)
    found = found if found is not None else clause_subjects(answer, cite, question, entities)
    found = found if found is not None else negated_subjects(answer, cite, question, entities)
    found = found if found is not None else item_words(answer, cite, question)
    # a title the cite gives another name before any list is read (郭艾伦、赵继伟和外援弗格; 四川队外援马兰·维尔)
    found = found if found is not None else titled(answer, cite, question) or None
    # a name after its own place or body in a list (九龙东邓家彪和新界西南陈颖欣)
    return found if found is not None else prefixed(answer, cite, question) or None


_ZH_DEED_SLACK = 4  # characters of a deed's end a match may leave out (了, 最多, 的球队)
_ZH_BECOMING_RE = lazy(r"(?:成为|成了|当选为?|担任|出任)")
_ZH_JOINED_RE = lazy(ZH_LIST_MARK + "|跟")
# A Chinese clause that goes on with the subject before it (并得到7个篮板, 也有…): led by a connective.
# Wider than binding._GOES_ON_RE on purpose: this carries only the actor (a player's name), whom
# 也/还/又 keep while changing the deed; binding's carries every word describing a value, which they drop.
_ZH_GOES_ON_RE = lazy(r"(?:并且|而且|并|也|还|又|且|同时|再|另|外加|以及|和)")
# (… or with a topic, 通膨方面,: the topic frames the figures after it, whose agent is still the sentence's subject)
_ZH_SUBJECTLESS_RE = lazy(r"\s?(?:在|于|并|也|还|又|另|同时|[^,;:。!?]{1,8}?方面\s?[,:])")
_ZH_LEAD_MAX = 12
_ZH_COUNTERS = "分个次场人位名件项座条只"
_ZH_DEMONSTRATIVES = "这该此那本其"  # (这场比赛, 该机构: no one's name)
_ZH_NOT_OWNER_RE = lazy(r"[为是的]|[\d.%+-]")


def name_owns(cite: str, question: str, mine: Sequence[Value], values: Sequence[Value], selected: Sequence[str]) -> list[Mismatch] | None:
    """A player owns every value after his name in his clause (利夫拿下27分,并得到7个篮板和7次助攻) and a
    list sharing a verb (郭艾伦、赵继伟和弗格均得21分) gives every item the value. Asked about the name a
    Chinese question leads with (利夫此役有多少次助攻), where figures alone cannot choose: the answer in
    the name's clause (and those going on with 并/也), with no rival in its sentence part, is right ([]);
    one outside that part (before the name, or past ; or 。) is another's (DG601); else None."""
    if not has_han(question) or not mine:
        return None
    j = 0
    while j < min(len(question), _ZH_LEAD_MAX) and (han_at(question, j) or question[j] == "·") and question[:j + 1] in cite:
        j += 1
    lead = question[:j]
    if sum(map(has_han, lead)) < 2 or cite.count(lead) != 1 or _table_terms(lead) or lead[0] in _ZH_DEMONSTRATIVES:
        return None  # (a period or metric leading the question, 一季度出口, is no one's name)
    lo = cite.find(lead)
    # a name leads its clause or an item of a list, or follows its title (外援利夫); it is no
    # copula's subject (运载能力为14吨) nor a figure's label (增长5.1%)
    if _ZH_NOT_OWNER_RE.match(cite, lo + j) or not (lo == 0 or cite[lo - 1] in ",;:、。和与及 " or cite.endswith(_HAN_ROLE_ENDS + ("援", "星"), 0, lo)):
        return None
    hi = min([cite.find(c, lo) for c in ";。!?\n" if cite.find(c, lo) >= 0] + [len(cite)])
    while hi < len(cite) and cite[hi] == ";" and _ZH_SUBJECTLESS_RE.match(cite, hi + 1):
        # a part after ; that opens with a place or a connective has no subject of its own: the name's goes
        # on (民建联在地区直选…取得1席;在功能组别获2席;在选委界取得8席 are three of its own counts)
        hi = min([cite.find(c, hi + 1) for c in ";。!?\n" if cite.find(c, hi + 1) >= 0] + [len(cite)])
    core = hi
    for m in re.finditer(",", cite[lo:hi]):
        k = lo + m.end()
        if not _ZH_GOES_ON_RE.match(cite, k):
            core = k - 1
            break
    # those the question could not choose from, counted in the answer's measure word (17分, not 9个篮板)
    def counter(v: Value) -> str:
        return next((c for c in (v.text[-1:], cite[v.end:v.end + 1]) if c and c in _ZH_COUNTERS), "")

    rivals = [v for v in values if v not in mine and v.described() in selected
              and not (counter(v) and counter(mine[0]) and counter(v) != counter(mine[0]))]
    if any(lo <= v.start and v.end <= core for v in mine):  # and no rival of the name's own sentence part
        return [] if all(v.end <= lo or v.start >= hi for v in rivals) else None
    if all(v.end <= lo or v.start >= hi for v in mine):
        theirs = [v.text for v in rivals if lo <= v.start and v.end <= core]
        return [Mismatch(
            "DG601",
            f"answer {mine[0].text} is not {cite[lo:lo + len(lead)]}'s; its clause gives " + (", ".join(theirs) or "other values"),
            {"bound_to": mine[0].text, "selected": theirs},
        )]
    return None


# Each clause's subject gets its own predicate: "Hunt and Hillary were knighted … while Norgay, a
# subject of the King of Nepal, was awarded the George Medal". A question in the passive (Who was
# awarded …?) asks for the subject of the cite's same passive; one asking what someone was (Which of
# them was a subject of the King?) for the name that phrase is set off after.
_WHO_PASSIVE_RE = lazy(r"\A\s*(?:(who)\s|which\s(?:[a-z-]+\s){0,3}?)(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen)\s(?:[a-z]+ly\s)?"
                       r"([a-z]+(?:ed|en|wn)|" + "|".join(_IRREGULAR) + r")(?![a-z])", needs=('who', 'which'))
_WHO_WAS_NP_RE = lazy(r"\A\s*(?:who\s|which\s(?:[a-z-]+\s){0,3}?)(?:was|were|is|are)\s((?:a|an|the)\s[a-z][a-z' -]{3,60}?)\s*\??\Z", needs=('who', 'which'))
_CITE_PASSIVE_RE = lazy(r"(?<![a-z])(?:was|were|is|are|been)\s(?:[a-z]+ly\s)?([a-z]+)(?![a-z])")
_SUBJECT_APPOSITIVE_RE = lazy(r"\s*|,[^,.;:!?]{1,80},\s")


def clause_subjects(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """The subject the question's predicate is said of, read clause by clause: the names before the
    cite's same passive (a list closed by "and", past an appositive set off by commas), or the name a
    noun phrase the question asks about is set off after (Norgay, a subject of the King of Nepal,).
    The answer among them is right ([], or DG605 for 'who' and several), another is DG601; None when
    the predicate is not found with a deck name as its subject."""
    m = _WHO_PASSIVE_RE.match(question)
    n = None if m else _WHO_WAS_NP_RE.match(question)
    if not entities or not m and not n:  # (neither predicate asked: no subject to read, before the names are looked up)
        return None
    table, answer_keys, mentions = _rivals(answer, cite, question, entities)
    if not answer_keys or not any(x[2] in answer_keys for x in mentions):
        return None
    subjects: list[tuple[int, int, str]] = []
    said = ""
    if m:
        verb, said = _lemma(m[2]), m[2]
        for w in _CITE_PASSIVE_RE.finditer(cite):
            before = [x for x in mentions if x[1] <= w.start()]
            if _lemma(w[1]) != verb or not before or not _SUBJECT_APPOSITIVE_RE.fullmatch(cite, before[-1][1], w.start()):
                continue
            items = _list_items(cite, before[-1][0], mentions)
            subjects += [x for x in mentions if x[0] in items]
    if n:
        said = n[1]
        at = cite.find(", " + n[1])
        before = [x for x in mentions if x[1] == at]
        if at >= 0 and before and cite.count(", " + n[1]) == 1:
            subjects = before
    if not subjects:
        return None
    keys = {x[2] for x in subjects}
    if keys & answer_keys:
        if len(keys) > 1 and m and m[1]:
            v = Value(0, 0, answer.strip(), "\0answer")
            return [_ambiguous(answer, v, [v, *(Value(0, 0, cite[a:b], key) for a, b, key in subjects if key not in answer_keys)])]
        return []
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is not the one the cite says '{said}' of; that is "
        + " and ".join(dict.fromkeys(cite[a:b] for a, b, _ in subjects)),
        {"bound_to": answer.strip(), "selected": list(dict.fromkeys(cite[a:b] for a, b, _ in subjects))},
    )]


# A figure in apposition to a name (the easygoing Tenzing, 39, / Hillary, a fiercely ambitious 33-year-old,):
# a comma after the name, then a few words and no verb's comma before the figure.
_APPOSED_FIGURE_GAP_RE = lazy(r",\s(?:(?!(?:while|who|which|was|were|is|are|has|had|said|says)\s)[a-z'’-]+\s){0,6}")


def apposed_figure(cite: str, question: str, mine: Sequence[Value], values: Sequence[Value],
                   entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """The figure set off in apposition after a name is that name's (Tenzing, 39): a question naming
    one of the owners selects that one's figure, the answer another's is DG601 and its own is right ([]).
    None when the question names none of the owners or several, or no rival figure is in apposition."""
    if not entities or not mine:
        return None
    table = _entity_table(entities)
    asked = {key for _, _, key in _mentioned(question, table)}
    mentions = _mentioned(cite, table)

    def owner(v: Value) -> str | None:
        before = [x for x in mentions if x[1] <= v.start]
        return before[-1][2] if before and _APPOSED_FIGURE_GAP_RE.fullmatch(cite, before[-1][1], v.start) else None

    owners = {id(v): owner(v) for v in values}
    mine_owner = next((owners.get(id(v)) or owner(v) for v in mine), None)
    theirs = [v for v in values if v not in mine and owners[id(v)] and owners[id(v)] != mine_owner]
    asked &= {mine_owner, *(owners[id(v)] for v in theirs)}  # (a name in the question's frame owns nothing: when Hunt earmarked him)
    if not mine_owner or not theirs or len(asked) != 1:
        return None
    if mine_owner in asked:
        return []
    chosen = [v for v in theirs if owners[id(v)] in asked]
    if not chosen:
        return None
    return [Mismatch(
        "DG601",
        f"answer {mine[0].text} is set off after another name ({mine_owner}); the question's is {chosen[0].text}",
        {"bound_to": mine[0].text, "selected": [v.text for v in chosen]},
    )]


# A value shared out by "each" or "apiece" (Adele and Carlile (with seven each); with six nominations apiece, are
# A, B and C): its holders are the names listed before it in its sentence, or after "apiece, are".
_EN_EACH_AFTER_RE = lazy(r"(?:\s[a-z]+)?\s(?:each|apiece)(?![a-z])", needs=("each", "apiece"))
_EN_EACH_INVERTED_RE = lazy(r"(?:\s[a-z]+)?\s(?:each|apiece),?\s(?:are|were|is|was)\s", needs=("each", "apiece"))


def shared_each(cite: str, question: str, mine: Sequence[Value], values: Sequence[Value],
                entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """A value given to several names with "each" or "apiece" is every one of those names' (Adele and Brandi
    Carlile (with seven each)), not a count of the word "each": asked about one holder, where the value's
    sentence holds a rival of its kind, that value is right ([]) and the rival of its sentence another
    name's (DG601). None when the question names no holder or several, or the answer lies outside."""
    if not entities or not mine or "each" not in cite and "apiece" not in cite or has_han(cite):
        return None
    table = _entity_table(entities)
    asked = {key for _, _, key in _mentioned(question, table)}
    if not asked:
        return None
    unit = mine[0].key[1] if isinstance(mine[0].key, tuple) else None
    kin = [v for v in values if isinstance(v.key, tuple) and v.key[1] == unit]
    mentions = _mentioned(cite, table)
    held: list[tuple[Value, set[str]]] = []
    for i, v in enumerate(kin):
        inverted = _EN_EACH_INVERTED_RE.match(cite, v.end)
        if not inverted and not _EN_EACH_AFTER_RE.match(cite, v.end):
            continue
        if inverted:  # (with six nominations apiece, are A, B and C: the names up to the sentence's end)
            nxt = next((w.start for w in kin[i + 1:] if w.sentence == v.sentence), None)
            lo, hi = inverted.end(), nxt if nxt is not None else len(cite)
        else:  # (A and B (with seven each): the names after the sentence's value before it)
            prev = [w.end for w in kin[:i] if w.sentence == v.sentence]
            lo, hi = (prev[-1] if prev else 0), v.start
        owners = {key for s, e, key in mentions if lo <= s and e <= hi and _same_sentence(cite, s, v.start)}
        if owners:
            held.append((v, owners))
    hits = [(v, o) for v, o in held if o & asked]
    if len(hits) != 1 or len(asked & set().union(*(o for _, o in held))) != 1:
        return None
    own = hits[0][0]
    if not any(w is not own and w.sentence == own.sentence for w in kin):
        return None  # (no rival in its sentence: the words of the question choose, not the holders)
    if any(v is own for v in mine):
        return []
    if not any(v.sentence == own.sentence for v in mine):
        return None
    name = next(iter(asked & hits[0][1]))
    return [Mismatch(
        "DG601",
        f"answer {mine[0].text} is another name's in the cite; {name} has {own.text} each",
        {"bound_to": mine[0].text, "selected": [own.text]},
    )]


def _same_sentence(cite: str, a: int, b: int) -> bool:
    """No English sentence end between ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return not _EN_SENTENCE_BREAK_RE.search(cite, lo, hi)


# An English sentence's clauses, each with a subject of its own: a new one opens after ", and", ", while",
# ", but", ";" or a sentence's end; a relative clause (", who clocked 2:20.17") is the name's before it.
_EN_CLAUSE_BREAK_RE = lazy(EN_CLAUSE_END + r"|\n|(?P<who>,\s(?=who\s))")
# A figure set off right after a name (Nickel Ashmeade, 10.19,): a comma, at most an article.
_EN_APPOSED_GAP_RE = lazy(r",\s(?:(?:a|an|the|in|with)\s)?")
# … or right after words a preposition makes an object (from Nickel Ashmeade, 10.19): a name of its own.
_EN_APPOSED_NAME_RE = lazy(r"(?<![a-z])(?:from|by|over|ahead of|behind|than)\s((?:[a-z][a-z.'’-]+\s){0,2}[a-z][a-z.'’-]+),\s\Z")
# The subject of a question's verb: "In what time did Matthew Wilson finish …", "What share … will Woodbridge own".
_EN_Q_SUBJECT_RE = lazy(r"\s*(?:(?:in|with|at|by|for)\s)?(?:what|which|how)(?:\s[a-z0-9'-]+){0,8}?\s"
                        r"(?:did|does|do|has|had|have|will|would|was|were|is|are)\s(?:the\s)?", needs=("what", "which", "how"))
_EN_SENTENCE_BREAK_RE = lazy(EN_SENTENCE_END + r"|\n")


def clause_owner(cite: str, question: str, mine: Sequence[Value], values: Sequence[Value],
                 entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """Each English clause's subject owns the figures of its clause (Wilson touched home in 2:06.68, and
    Watanabe timed in 2:06.73): a question whose subject is a name (In what time did Matthew Wilson …)
    asks for that name's figure. Where the name owns one figure of the answer's unit, the answer is right
    ([]) if it is that figure and another's (DG601) if another name owns it; else None (the name owns
    several, or none, or the answer no one's)."""
    if not entities or not mine or has_han(question) or has_han(cite):
        return None
    table = _entity_table(entities)
    m = _EN_Q_SUBJECT_RE.match(question)
    asked = [x for x in _mentioned(question, table) if m and x[0] == m.end() and not question.startswith("'s", x[1])]
    if not asked:
        return None  # (the question's subject is no name: what was the deficit, by CBO's estimate)
    subject = asked[0][2]
    mentions = _mentioned(cite, table)
    breaks = list(_EN_CLAUSE_BREAK_RE.finditer(cite))
    # (found by bisection, not read from the cite's start for each figure: mentions and breaks do not overlap,
    # so their ends ascend; a sentence's end the scan up to a break finds is one of the cite's, or a mark
    # right before the break that only the end of the scanned text closes)
    starts, ends = [x[0] for x in mentions], [x[1] for x in mentions]
    break_ends = [b.end() for b in breaks]
    stops = [s.end() for s in _EN_SENTENCE_BREAK_RE.finditer(cite)]

    def owner(v: Value) -> str | None:
        k = bisect_right(ends, v.start)
        if k and _EN_APPOSED_GAP_RE.fullmatch(cite, ends[k - 1], v.start):
            return mentions[k - 1][2]  # (Nickel Ashmeade, 10.19)
        named = _EN_APPOSED_NAME_RE.search(cite, max(0, v.start - 60), v.start)
        if named and not (k and ends[k - 1] == named.end(1)):
            return named[1]  # (… won by Tyson Gay in 10.11 from Nickel Ashmeade, 10.19: a name not in the deck)
        j = bisect_right(break_ends, v.start)
        brk = breaks[j - 1] if j else None
        lo = brk.end() if brk else 0
        i = bisect_left(starts, lo)
        if i < k:
            return mentions[i][2]
        if brk is not None and brk["who"]:  # the relative clause's antecedent, in the same sentence
            e = bisect_right(stops, brk.start())
            start = max([stops[e - 1] if e else 0]
                        + [s.end() for s in _EN_SENTENCE_BREAK_RE.finditer(cite, max(0, brk.start() - 4), brk.start())])
            named = mentions[bisect_left(starts, start):min(k, bisect_right(ends, brk.start()))]
            return named[-1][2] if named else None
        return None

    unit = mine[0].key[1] if isinstance(mine[0].key, tuple) else None
    rivals = [v for v in values if isinstance(v.key, tuple) and v.key[1] == unit]
    owners = {id(v): owner(v) for v in rivals}
    mine_owner = next((owners.get(id(v)) or owner(v) for v in mine), None)
    theirs = {v.key for v in rivals if owners[id(v)] == subject}
    if len(theirs) != 1 or mine_owner is None:
        return None
    if mine_owner == subject:
        return [] if {v.key for v in mine} & theirs else None
    chosen = [v for v in rivals if owners[id(v)] == subject]
    return [Mismatch(
        "DG601",
        f"answer {mine[0].text} is {mine_owner}'s in the cite; the question asks about {subject}'s ({chosen[0].text})",
        {"bound_to": mine[0].text, "selected": [v.text for v in chosen]},
    )]


# What a "who" question's act is done to: the first word after its first article (Who took the bronze …?
# Who led the semifinals?): the word that tells one clause's act from another's (took the silver).
_WHO_OBJECT_RE = lazy(r"\A\s*who\s(?:[a-z'-]+\s){1,4}?(?:the|a|an)\s([a-z][a-z-]{2,})(?![a-z'])", needs="who")


def object_clause(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """A person is tied to the act of his own clause: asked who took the bronze, the subject of the one
    English clause that names the bronze is the actor (Sydney Pickrem … pocketed the bronze); the answer is
    right ([]) if it is that subject, another's (DG601) if it stands only in other clauses (Tatjana
    Schoenmaker … took the silver). A subject leads its clause (after at most two words: and, China's) or
    is the name a relative clause's who refers to. None when no clause, or several, name the question's
    object, a clause's subject is no single name, or the answer's own clause may name the object by a
    pronoun (Ida Holm flew it instead)."""
    m = _WHO_OBJECT_RE.match(question)
    if not m or m[1] in STOP_WORDS or has_han(cite) or not answer.strip() or not entities:
        return None
    obj = _stem(m[1])
    table = _entity_table(entities)
    key = normalize(answer.strip())
    owner = table.key_of.get(key, key)
    if any(s in question for s, k in table.key_of.items() if k == owner) or key in question:
        return None
    names = [x for x in _mentioned(cite, table) if not _POSSESSIVE_RE.match(cite, x[1])]
    breaks = [b for b in _OBJECT_CLAUSE_BREAK_RE.finditer(cite) if not (b.group().startswith(".") and _TITLE_BEFORE_RE.search(cite, 0, b.start()))]
    clauses = list(zip([0] + [b.end() for b in breaks], [b.start() for b in breaks] + [len(cite)], [None] + breaks))

    def subject(lo: int, hi: int, brk) -> str | None:
        inside = [x for x in names if lo <= x[0] < hi]
        if brk is not None and brk["rel"]:  # who …: the name right before it
            before = [x for x in names if x[1] <= brk.start() and _SAME_SENTENCE_RE.fullmatch(cite, x[1], brk.start())]
            return before[-1][2] if before else None
        if not inside or not _LEADING_RE.fullmatch(cite, lo, inside[0][0]):
            return None
        if len(inside) > 1 and _COORDINATED_RE.fullmatch(cite, inside[0][1], inside[1][0]):
            return None  # (Lionel Messi and … Miroslav Klose rescued: two subjects of one act)
        return inside[0][2]

    naming = [c for c in clauses if any(_stem(w.group()) == obj for w in _WORD_RE.finditer(cite, c[0], c[1]))]
    if len(naming) != 1:
        return None
    actor = subject(*naming[0])
    if actor is None:
        return None
    if actor == owner:
        return []
    spots = [x[0] for x in names if x[2] == owner]
    own = [c for c in clauses if any(c[0] <= p < c[1] for p in spots)]
    if not own or naming[0] in own or any(_PRONOUN_OBJECT_RE.search(cite, c[0], c[1]) for c in own):
        return None
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} stands only in other clauses; the clause that names '{m[1]}' is {actor}'s",
        {"bound_to": answer.strip(), "selected": [actor]},
    )]


# (… and a clause of time or manner, when / as, opens one: the object's clause is the act's alone)
_OBJECT_CLAUSE_BREAK_RE = lazy(EN_CLAUSE_END + r"|\n|\s(?:when|as)\s|(?P<rel>,?\s(?=who\s))")
_TITLE_BEFORE_RE = lazy(r"(?<![a-z])(?:" + "|".join(sorted(_ABBREVIATIONS)) + r")\Z")  # (Mrs. Ida Ray: no sentence's end)
_LEADING_RE = lazy(r"\s*(?:[a-z'’-]+\s){0,2}")
_COORDINATED_RE = lazy(r"\s(?:and|&)\s(?:[a-z'’-]+\s){0,4}")
_SAME_SENTENCE_RE = lazy(r"[^.;!?]{0,40}")
_POSSESSIVE_RE = lazy(r"['’]s(?![a-z])", needs=("'s", "’s"))
_PRONOUN_OBJECT_RE = lazy(r"(?<![a-z])(?:it|them|this|that)(?![a-z])")


def _occurrences_of(text: str, s: str) -> list[int]:
    """Where ``s`` stands in ``text`` as whole words."""
    out, i = [], text.find(s)
    while i >= 0:
        if not (i and text[i - 1].isalnum()) and not text[i + len(s):i + len(s) + 1].isalnum():
            out.append(i)
        i = text.find(s, i + 1)
    return out

# A name and the place set off after it (Ippei Watanabe of Japan, Robson da Silva (BRA)) or before it as its
# possessor (China's Ye Shiwen): the place is that name's.
_OF_PLACE_AFTER_RE = lazy(r"\s(?:of|from)\s(?:the\s)?|\s\(")
_OF_PLACE_BEFORE_RE = lazy(r"['’]s\s(?:[a-z-]+\s){0,2}\Z", needs=("'s", "’s"))


def place_of_name(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """The place set off beside a name is that name's (Ippei Watanabe of Japan, and edged Matthew Wilson of
    Australia): asked which country a name the question gives is from, the answer beside that name is right
    ([]), one beside another name only is another's (DG601). None when the question names no name of the
    deck's, or the answer stands beside no name, or beside the question's and another's."""
    if not entities or has_han(cite) or not answer.strip():
        return None
    table = _entity_table(entities)
    asked = {k for _, _, k in _mentioned(question, table)}
    key = normalize(answer.strip())
    if len(asked) != 1 or key in question or table.key_of.get(key):
        return None
    names = _mentioned(cite, table)
    ends, starts = [b for _, b, _ in names], [a for a, _, _ in names]
    owners = set()
    for i in _occurrences_of(cite, key):
        # (only the names next to the place can be set off beside it: the gaps hold a few words, no more, so a
        # long cite's every name is not tried against every place; the possessor's 's is the place's own)
        after, before = bisect_right(ends, i), bisect_left(starts, i + len(key))
        for a, b, k in names[max(0, after - 3):after]:
            if _OF_PLACE_AFTER_RE.fullmatch(cite, b, i):
                owners.add(k)
        for a, b, k in names[before:before + 4]:
            if _OF_PLACE_BEFORE_RE.match(cite, i + len(key), a):
                owners.add(k)
    if not owners:
        return None
    if asked <= owners:
        return [] if len(owners) == 1 else None
    person = next(iter(asked))
    if not any(k == person and _OF_PLACE_AFTER_RE.match(cite, b) for a, b, k in names):
        return None  # (the cite gives the asked name no place of its own)
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is set off beside {', '.join(sorted(owners))} in the cite; the question asks about {person}",
        {"bound_to": answer.strip(), "selected": [person]},
    )]


_ROW_SPLIT_RE = lazy(r"\s*;?\n\s*")
_ROW_FIGURE_RE = lazy(r"\d")


def table_row(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """Each line of a table (a records table: label, holder, country, time, place, date) is one record: the
    line the question's words single out (South American record; in Athens) holds the name it asks for;
    the answer in that line is right ([]), one only in other lines is another's (DG601). ``cite`` keeps its
    line breaks. None when the cite is no table of names (fewer than two lines, a line with no name of the
    deck's) or no one line has the most of the question's words that not every line has."""
    if not entities or has_han(cite) or "\n" not in cite or not answer.strip():
        return None
    table = _entity_table(entities)
    key = normalize(answer.strip())
    owner = table.key_of.get(key, key)
    rows = [r for r in _ROW_SPLIT_RE.split(cite) if r.strip()]
    if len(rows) < 2 or key in question:
        return None
    # (a name the deck does not list is found as the answer writes it)
    named = [{k for _, _, k in _mentioned(r, table)} | ({key} if _occurrences_of(r, key) else set()) for r in rows]
    if not any(owner in n for n in named):
        return None
    if not all(_ROW_FIGURE_RE.search(r) for r in rows) or _NEGATION_Q_RE.search(question):
        return None  # (a table's lines each hold a figure; a question by what a line lacks is another rule's)
    words = [{_stem(w) for w in _WORD_RE.findall(r) if w not in STOP_WORDS} for r in rows]
    asked = {_stem(w) for w in _WORD_RE.findall(question) if w not in STOP_WORDS}
    common = set.intersection(*words)
    scores = [len((w - common) & asked) for w in words]
    best = max(scores)
    if not best or scores.count(best) > 1:
        return None
    row = scores.index(best)
    if owner in named[row]:
        return []
    return [Mismatch(
        "DG601",
        f"answer {answer.strip()} is in another row of the table; the row the question names is '{rows[row].strip()[:60]}'",
        {"bound_to": answer.strip(), "selected": sorted(named[row])},
    )]


# The subject of a negated clause did not do it: "what Bourdillon and Evans had been unable to".
_NEGATED_AFTER_RE = lazy(r"\s(?:(?:had|has|have)\sbeen\s|was\s|were\s|is\s|are\s)?(?:unable|not\sable)\sto(?![a-z])"
                         r"|\s(?:had\s|has\s|have\s)?(?:failed\sto|could\snot|couldn't|did\snot|didn't|never)(?![a-z])", needs=('able', 'could', 'did', 'failed', 'never'))
_NEGATION_Q_RE = lazy(r"(?<![a-z])(?:not|never|unable|fail(?:ed|s)?|couldn't|didn't)(?![a-z])", needs=('not', 'never', 'unable', 'fail', "n't"))


def negated_subjects(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """Names that close on a negation (Bourdillon and Evans had been unable to) did not do what the
    sentence says the others did: asked who did it (not who failed), such an answer is DG601 and the
    others' names are right ([]). None where no name in the answer's sentence is negated."""
    if not entities or _NEGATION_Q_RE.search(question):
        return None
    table = _entity_table(entities)
    said = {key for _, _, key in _mentioned(answer, table)}
    asked = {key for _, _, key in _mentioned(question, table)}
    mentions = [x for x in _mentioned(cite, table) if x[2] not in asked]
    mine = [x for x in mentions if x[2] in said]
    if not said or not mine:
        return None
    sentences = list(_breaks(cite)[1])
    k = _index(sentences, mine[0][0])
    here = [x for x in mentions if _index(sentences, x[0]) == k]
    negated: set[str] = set()
    for m in _NEGATED_AFTER_RE.finditer(cite):
        before = [x for x in here if x[1] == m.start()]
        if before:
            items = _list_items(cite, before[0][0], here)
            negated |= {x[2] for x in here if x[0] in items}
    others = [x for x in here if x[2] not in negated]
    if not negated or not others:
        return None
    if said <= negated:
        return [Mismatch(
            "DG601",
            f"answer {answer.strip()} is the subject of a negated clause in the cite; the one who did it is "
            + " and ".join(dict.fromkeys(cite[a:b] for a, b, _ in others)),
            {"bound_to": answer.strip(), "selected": list(dict.fromkeys(cite[a:b] for a, b, _ in others))},
        )]
    return [] if not said & negated else None


# The states of a list of legislators, each set off after its name: (Texas), (R-Utah), (D-VT), of Illinois, , Kan.,
# Each row: the full name, then its other spellings (AP abbreviations; the postal code is read only after a party letter).
_STATES = (
    ("alabama", "ala.", "al"), ("alaska", "ak"), ("arizona", "ariz.", "az"), ("arkansas", "ark.", "ar"),
    ("california", "calif.", "ca"), ("colorado", "colo.", "co"), ("connecticut", "conn.", "ct"), ("delaware", "del.", "de"),
    ("florida", "fla.", "fl"), ("georgia", "ga.", "ga"), ("hawaii", "hi"), ("idaho", "id"), ("illinois", "ill.", "il"),
    ("indiana", "ind.", "in"), ("iowa", "ia"), ("kansas", "kan.", "kans.", "ks"), ("kentucky", "ky.", "ky"),
    ("louisiana", "la.", "la"), ("maine", "me"), ("maryland", "md.", "md"), ("massachusetts", "mass.", "ma"),
    ("michigan", "mich.", "mi"), ("minnesota", "minn.", "mn"), ("mississippi", "miss.", "ms"), ("missouri", "mo.", "mo"),
    ("montana", "mont.", "mt"), ("nebraska", "neb.", "nebr.", "ne"), ("nevada", "nev.", "nv"), ("new hampshire", "n.h.", "nh"),
    ("new jersey", "n.j.", "nj"), ("new mexico", "n.m.", "nm"), ("new york", "n.y.", "ny"), ("north carolina", "n.c.", "nc"),
    ("north dakota", "n.d.", "nd"), ("ohio", "oh"), ("oklahoma", "okla.", "ok"), ("oregon", "ore.", "oreg.", "or"),
    ("pennsylvania", "pa.", "pa"), ("rhode island", "r.i.", "ri"), ("south carolina", "s.c.", "sc"),
    ("south dakota", "s.d.", "sd"), ("tennessee", "tenn.", "tn"), ("texas", "tex.", "tx"), ("utah", "ut"),
    ("vermont", "vt.", "vt"), ("virginia", "va.", "va"), ("washington", "wash.", "wa"), ("west virginia", "w.va.", "w. va.", "wv"),
    ("wisconsin", "wis.", "wisc.", "wi"), ("wyoming", "wyo.", "wy"),
)
_STATE_OF: dict[str, str] = {}
for _row in _STATES:
    for _w in _row:
        _STATE_OF.setdefault(_w.rstrip("."), _row[0])
_STATE_WORD = r"[a-z]{2,}(?:\s[a-z]{4,})?|[a-z]\.\s?[a-z]{1,2}\.?|[a-z]{2,5}\.?"
# A name's state set off after it: "(texas)", "(r-utah)", "(d-vt)", "(r.-va.)", " of illinois", ", kan.," (ascii only).
_NAME_STATE_RE = lazy(r"\s?\((?:[dri]\.?-\s?)?(" + _STATE_WORD + r")\)|\sof\s(" + _STATE_WORD + r")(?![a-z])|,\s(" + _STATE_WORD + r"),")
_LISTED_NAME_RE = lazy(r"([a-z][a-z'.-]+)\Z")


def _state(word: str, bracketed: bool) -> str:
    """The state a spelling names; a bare postal code only inside a bracket after a party letter."""
    dotted = word.strip().endswith(".")
    word = word.strip().rstrip(".")
    state = _STATE_OF.get(word, "")
    if state and len(word) == 2 and not dotted and not bracketed and word != state:
        return ""
    return state


def _listed_states(cite: str) -> list[tuple[int, str, str]]:
    """(where, surname, state) of each name in ``cite`` with its state set off after it."""
    out = []
    for m in _NAME_STATE_RE.finditer(cite):
        word = m[1] or m[2] or m[3]
        state = _state(word, m[1] is not None and "-" in m.group())
        name = _LISTED_NAME_RE.search(cite, max(0, m.start() - 30), m.start())
        if state and name:
            out.append((m.start(), name[1], state))
    return out


def state_of_listed(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """Legislators listed with their states (Chuck Grassley (Iowa), Orrin Hatch (Utah); Dan Lipinski of Illinois and
    Mike McIntyre of North Carolina): a question naming a state asks for the name set off with it. DG601 for a name
    set off with another state when one with the asked state is listed; DG605 when the asked state has several names.
    None when the cite lists no two states or the question names none."""
    if has_han(cite) or "(" not in cite and " of " not in cite and ", " not in cite:
        return None
    listed = _listed_states(cite)
    if len({s for _, _, s in listed}) < 2:
        return None
    asked = {s for _, _, s in listed if re.search(r"(?<![a-z])" + re.escape(s) + r"(?![a-z])", question)}
    if len(asked) != 1:
        return None
    state = next(iter(asked))
    surname = normalize(answer.strip()).split()[-1:] if answer.strip() else []
    mine = {s for _, n, s in listed if [n] == surname}
    if len(mine) != 1:
        return None
    # (the names of one list, in the answer's sentence, are told apart by their states; another sentence's names by
    # its own words: those who voted against, and those who voted for it this year)

    sentences = _breaks(cite)[1]
    own = {_index(sentences, at) for at, n, _ in listed if [n] == surname}
    if len(own) != 1:
        return None
    listed = [(at, n, s) for at, n, s in listed if _index(sentences, at) in own]
    theirs = sorted({n for _, n, s in listed if s == state})
    if not theirs:
        return None
    if mine == asked:
        if len(theirs) < 2:
            return None
        return [Mismatch("DG605", f"the cite lists several names from {state} ({', '.join(theirs)}) and the question does "
                                  "not say which one it asks about", {"bound_to": answer.strip(), "selected": theirs})]
    return [Mismatch("DG601", f"answer {answer.strip()} is set off with {next(iter(mine))} in the cite; the question asks "
                              f"about {state} ({', '.join(theirs)})", {"bound_to": answer.strip(), "selected": theirs})]


# A role set off after an English name (NAME, [Ph.D.,] ROLE, / said NAME, ROLE. / NAME (ABBR), part of … ,) is that name's:
# asked "Who is ROLE?" (or "Which body, ROLE, …?"), the name whose own role holds the question's role words is the one meant.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_WORD = r"[A-Za-zß-öø-ÿĀ-ž'’-]"
_ROLE_STOP = (r"(?:in|on|at|for|with|to|from|after|before|when|while|as|who|which|that|said|says|told|is|was|are|were|has|had|"
              r"will|would|added|noted)\s")
_APPOSED_NAME_RE = lazy(r"(?<![\w.])((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s)?" + _CAP + _WORD + r"+(?:\s(?:(?:of|and|for|the|&)\s){0,2}(?:" + _CAP
                        + r"\.|" + _CAP + _WORD + r"+)){1,7})(?:\s\(([A-Z][A-Za-z]{1,9})\))?,\s(?:(?:Ph\.D\.|M\.D\.|M\.P\.H\.|Jr\.|Sr\.|MBA|PhD|MD),\s)*"
                        r"((?!" + _ROLE_STOP + r"|[a-z]+(?:ed|en|wn)\s)(?:the\s|a\s|an\s)?[^\s,.;:\"“”]+(?:(?:,\s(?=[A-Z])(?!(?:and|or)\s|"
                        + _ROLE_STOP + r")|\s(?!" + _ROLE_STOP + r"))[^\s,.;:\"“”]+){0,12})")
_ROLE_Q_RE = lazy(r"\A\s*(?:who\s(?:is|was|are|were)\s(?:the\s|a\s|an\s)?(.+?)(?:\s(?:when|while|after|before|during|since|in|at|on)\s.*)?"
                  r"|which\s[a-z]+,\s([^,?]+),\s.*)\s*\?*\s*\Z", re.I)
_ROLE_BEFORE_MAX = 4  # words before a name that may be its title (reporter Wang Lei, finance chief Ana Ruiz)


def _role_words(text: str) -> set[str]:
    return {w.rstrip("'’s").rstrip("s") or w for w in re.findall(r"[a-z][a-z&-]*", text.lower()) if w not in STOP_WORDS}


def apposed_role(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Several names each with the role set off after it: asked who holds one role, a name whose own role (after it,
    or the words right before it) holds fewer of the question's role words than another name's is another
    person or body (DG601: the reporter named later is not the finance chief)."""
    asked = _ROLE_Q_RE.match(question or "")
    a = answer.strip()
    if not asked or len(a) < 3 or a not in cite:
        return []
    wanted = _role_words(asked[1] or asked[2])
    if len(wanted) < 2:
        return []
    scored = [(len(wanted & _role_words(m[3])), m[1], m[2] or "", m[3]) for m in _APPOSED_NAME_RE.finditer(cite)]
    best = max((s for s, *_ in scored), default=0)
    if best < max(2, (len(wanted) + 1) // 2):
        return []

    def its(name: str, abbr: str) -> bool:
        return a in name or a == abbr or name.split()[-1] in a

    holders = [name for s, name, _, _ in scored if s == best]
    if any(its(name, abbr) or a in role for s, name, abbr, role in scored if s == best):
        return []  # (the answer named inside the role: the role is not another's)
    own = max((s for s, name, abbr, _ in scored if its(name, abbr)), default=0)
    for m in re.finditer(re.escape(a), cite):  # the title before it (finance chief Ana Ruiz)
        before = " ".join(cite[:m.start()].split()[-_ROLE_BEFORE_MAX:])
        own = max(own, len(wanted & _role_words(before)))
    if own >= best:
        return []
    return [Mismatch("DG601", f"answer {a} is not the one the cite gives that role; it is {holders[0]}'s",
                     {"bound_to": a, "selected": holders})]


# Asked who holds a title (Who is the Lions' coach? Who was the House Republican Whip? Which … captain was quoted?): the
# role's words, up to an aside (, quoted on …; quoted …) or a time (in February 2013).
_TITLE_Q_RE = lazy(r"\A\s*(?:who\s(?:is|was)\s(?:the\s)?([a-z][a-z'’ .-]{2,80}?)(?:,|\s(?:quoted|cited|in|on|at|during|when)\s|\s?\?|\Z)"
                   r"|which\s([a-z][a-z'’ .-]{2,80}?)\s(?:was|is)\s(?:quoted|cited))", re.I)
# The nouns of a title held by one person (coach, whip, supervisor, captain, CEO): a question's last word among them
# asks that title's holder.
_TITLE_NOUNS = frozenset(("coach", "ceo", "chairman", "chairwoman", "chair", "whip", "supervisor", "captain", "director",
                          "manager", "governor", "mayor", "minister", "secretary", "spokesman", "spokeswoman",
                          "spokesperson", "president", "chief", "commissioner", "sheriff", "treasurer", "leader", "sponsor",
                          "moderator", "counsellor", "counselor", "economist", "editor", "correspondent", "judge",
                          "prosecutor", "attorney", "senator", "superintendent", "sergeant", "lieutenant", "detective",
                          "founder", "chancellor", "premier", "ambassador", "cfo", "coo", "cto", "officer"))
# A run of capitalised words (Butte County Supervisor Doug Teeter, Fire Protection Capt. Scott McLean): its last two are
# the name, the words before them (and before the run) its title.
_CAPITAL_RUN_RE = lazy(r"(?:" + _CAP + _WORD + r"*\.?\s){0,6}" + _CAP + _WORD + r"+")
_TITLE_ABBREVIATIONS = {"capt": "captain", "gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant",
                        "sgt": "sergeant", "gen": "general", "supt": "superintendent"}


def _title_words(text: str) -> list[str]:
    """A title's words, lower-cased, abbreviations spelled out, a plural or possessive cut (lions' coach: lion, coach)."""
    words = [w.rstrip("'’s").rstrip("s") or w for w in re.findall(r"[a-z][a-z&-]*", text.lower())]
    return [_TITLE_ABBREVIATIONS.get(w, w) for w in words if w not in STOP_WORDS]


def titled_before(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Asked who holds a title (Who is the Lions' coach?) that the cite writes right before names (coach (Jim) Caldwell;
    general manager Bob Quinn): a name whose own title lacks the role's noun (coach), where another's has it, is another
    person (DG601); among several with the noun, the one whose title holds most of the question's other words."""
    asked = _TITLE_Q_RE.match(question or "")
    a = answer.strip()
    if not asked or len(a) < 3 or a not in cite:
        return []
    wanted = _title_words(asked[1] or asked[2])
    if not wanted or wanted[-1] not in _TITLE_NOUNS:
        return []
    head, rest = wanted[-1], set(wanted[:-1])
    titles: list[tuple[str, list[str]]] = []
    text = re.sub(r"\((" + _CAP + _WORD + r"+)\)\s", r"\1 ", cite)  # (coach (Jim) Caldwell: the first name in brackets)
    for m in _CAPITAL_RUN_RE.finditer(text):
        words = m.group().split()
        if len(words) < 2 or words[-2].endswith("."):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        # (its own title: back to a clause mark, a list's "and", a line's end or a table's wide space)
        before = re.split(r"[,;:.!?\"“”)]\s|\s(?:and|or)\s|\n|\s{2,}", before)[-1]
        title = " ".join(before.split()[-_ROLE_BEFORE_MAX:] + words[:-2])
        titles.append((" ".join(words[-2:]), _title_words(title)))
    held = [(len(rest & set(words)), name) for name, words in titles if head in words]
    if not held:
        return []
    best = max(n for n, _ in held)
    holders = [name for n, name in held if n == best]
    if any(a in name or name in a or name.split()[-1] == a for name in holders):
        return []
    if any(head in words and len(rest & set(words)) >= best for name, words in titles if a in name or name in a):
        return []
    return [Mismatch("DG601", f"answer {a} is not the one the cite titles {head}; that is {holders[0]}",
                     {"bound_to": a, "selected": holders})]


# The agent of a passive verb (sponsored by the NIH; held by the English): asked who did that verb, the agent is the doer.
_PASSIVE_AGENT_RE = lazy(r"(?<![a-z])([a-z]+)\sby\s((?!a\s|an\s|\d)(?:[^,.;:!?()]|(?<=(?<![a-z])[a-z])\.|,\s(?!(?:which|who|that|while|when|where|"
                         r"according)\s|[a-z]+(?:ed|s)\s))"
                         r"{2,200}?)(?:\s?\(([^)]{1,12})\)|(?=[,;:!?]|\Z|(?<!(?<![a-z])[a-z])\.))")


def passive_agent(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Asked who did what the cite says only in the passive (was sponsored by X), a name that is no agent of that verb
    is not its doer (the paper reporting it), and among several agents (held by the English; held by the Germans)
    the one whose sentence holds the question's other words is meant (DG601 for another)."""
    m = _WHO_VERB_RE.match(question)
    if not m or m[1] in _COPULAS or " by " not in cite or _PASSIVE_Q_RE.search(question):
        return []  # (who was honoured by X asks the one it was done to)
    verb, a = _lemma(m[1]), answer.strip().rstrip(".")  # (roberts jr.: the agent's phrase ends before its stop)
    forms = [w for w in re.finditer(r"[a-z]+", cite) if _lemma(w[0]) == verb]
    agents = [g for g in _PASSIVE_AGENT_RE.finditer(cite) if _lemma(g[1]) == verb]
    if not agents or len(agents) < len(forms) or not a or a not in cite:
        return []  # (the verb also active somewhere: its subject may be the answer)
    sentences = list(_breaks(cite)[1])
    asked = {w for w in re.findall(r"[a-z]+", question[m.end():]) if w not in STOP_WORDS}

    def said(g) -> int:
        k = _index(sentences, g.start())
        end = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        return len(asked & set(re.findall(r"[a-z]+", cite[sentences[k]:end])))

    scores = [said(g) for g in agents]
    best = max(scores)
    meant = [g for g, s in zip(agents, scores) if s == best]
    if any(a in g[2] or a == g[3] for g in meant):
        return []
    bound = [g for g in agents if a in g[2] or a == g[3]]
    if bound and max(said(g) for g in bound) >= best:
        return []
    return [Mismatch("DG601", f"answer {a} is not who the cite says {m[1]} it; that is {meant[0][2].strip()}",
                     {"bound_to": a, "selected": [g[2].strip() for g in meant]})]


# The clause of a Chinese deed: asked who did what the question quotes (谁为师昌绪的婚姻做媒), the clause holding most of the
# deed's words is the deed's, with the clauses before it that it goes on from (又…, a clause opening with the deed).
_ZH_DEED_CLAUSE_MIN = 3  # the deed's character pairs its clause must hold
_ZH_DEED_CLAUSE_RE = lazy(rf"(?:[^{clause_marks('line')}，；！？：]|(?<=\d)[:：](?=\d))+")  # (a score 104:96 parts no clause)


def _pairs(text: str) -> set[str]:
    """The pairs of Han characters ``text`` writes side by side (a character is Han as ``has_han`` reads it, U+3400-U+9FFF:
    compared as a range, not searched one character at a time)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if "\u3400" <= text[i] <= "\u9fff" and "\u3400" <= text[i + 1] <= "\u9fff"}


def deed_clause(answer: str, cite: str, question: str) -> list[Mismatch]:
    """A name outside the clause that does the deed a Chinese who-question quotes did not do it (the giver named
    in its object after the verb, the speaker reporting it, the one who died in the next clause): DG601 where
    that clause has a subject of its own before the deed's words."""
    name = answer.strip()
    m = _ZH_WHO_DEED_RE.search(question)
    if (not m or len(name) < 2 or not has_han(name) or name not in cite or m[2].startswith("的")
            or m[1] and "的" in m[2][:_ZH_NOUN_MAX + 1] or _ZH_ASKS_PHOTOGRAPHER_RE.search(question)):
        return []  # (谁的 / 哪个国家的: whose, not who did; who took a photo is a credit's, bylined's)
    deed = _pairs(m[2]) - _pairs(name)  # (a name the question gives is what the deed is done to: 发出了胡亚美的讣告)
    clauses = [c.span() for c in _ZH_DEED_CLAUSE_RE.finditer(cite)]
    # (each of the deed's pairs is two Han characters: the clause holds it as a pair where it holds it at all)
    scores = [sum(p in clause for p in deed) for clause in (cite[lo:hi] for lo, hi in clauses)]
    best = max(scores, default=0)
    if best < _ZH_DEED_CLAUSE_MIN or scores.count(best) > 1:
        return []
    k = scores.index(best)

    def lead(lo: int, hi: int) -> str:  # the clause's words before the deed's first pair
        first = min((i for i in range(lo, hi - 1) if cite[i:i + 2] in deed), default=hi)
        return cite[lo:first].strip()

    while k > 0 and cite[clauses[k][0] - 1] in ",，" and (not lead(*clauses[k]) or _ZH_CONNECTIVE_RE.match(lead(*clauses[k])[:2])
                                                        or _ZH_GOES_ON_RE.match(lead(*clauses[k]))
                                                        or _ZH_BECOMING_RE.fullmatch(lead(*clauses[k]))):
        k -= 1  # (并…, 又…, 成为…: the clause goes on with the subject before)
    lo, hi = clauses[k][0], clauses[scores.index(best)][1]
    subject = lead(*clauses[k])
    if not subject or _ZH_CONNECTIVE_RE.match(subject) or _ZH_PRONOUN_RE.search(subject) or name in cite[lo:hi]:
        return []
    return [Mismatch("DG601", f"answer {name} is not the one the cite says {m[2]} of; that clause is {cite[lo:hi].strip()}",
                     {"bound_to": name, "selected": [subject]})]


# A 分别 list of names each after its own 的 phrase (分别是渔农界的陈博智和港区…团体的陈勇): each name is its phrase's, so the
# question naming one phrase (渔农界的议席由谁取得) selects the name after it; and a list of quoted titles right before a
# list of as many names («票王»、«票后»周浩鼎和李慧琼) pairs them by position.
_ZH_OWNED_LIST_RE = lazy(r"分[别別](?:是|为|為)((?:[^,;:。!?\n的]{1,20}的[\u3400-\u9fff]{2,3}(?:和|及|与|、)){1,6}[^,;:。!?\n的]{1,20}的[\u3400-\u9fff]{2,3})(?=[,;:。!?\n]|\Z)", needs='分')
_ZH_OWNED_ITEM_RE = lazy(r"(?:\A|和|及|与|、)([^,;:。!?\n的]{1,20}?)的([\u3400-\u9fff]{2,3})(?=和|及|与|、|\Z)")
_ZH_TITLES_NAMES_RE = lazy(r'((?:[「"][^」"]{1,8}[」"]、?){2,6})([\u3400-\u9fff]{2,3}(?:(?:和|及|与|、)[\u3400-\u9fff]{2,3}){1,5})')


def owned_names(answer: str, cite: str, question: str) -> list[Mismatch]:
    """The name a Chinese list gives its own describer (的 phrase, or the title at its place): asked the one
    a describer the question names holds, another item's name is DG601."""
    name = answer.strip()
    if len(name) < 2 or not has_han(name) or name not in cite:
        return []
    asked = _pairs(question)
    for m in _ZH_OWNED_LIST_RE.finditer(cite):
        items = [(it[1], it[2]) for it in _ZH_OWNED_ITEM_RE.finditer(m[1])]
        found = _owner_asked(name, items, asked)
        if found is not None:
            return found
    for m in _ZH_TITLES_NAMES_RE.finditer(cite):
        titles = re.findall(r"[「\"]([^」\"]+)[」\"]", m[1])
        names = re.split(r"和|及|与|、", m[2])
        if len(titles) == len(names) and name in names:
            picked = [t for t in titles if f"「{t}」" in question or f'"{t}"' in question]
            if len(picked) == 1:
                held = names[titles.index(picked[0])]
                return [] if held == name else [Mismatch(
                    "DG601", f"answer {name} is not the cite's 「{picked[0]}」; that is {held}", {"bound_to": name, "selected": [held]})]
    return []


def _owner_asked(name: str, items: list[tuple[str, str]], asked: set[str]) -> list[Mismatch] | None:
    if len(items) < 2 or name not in [n for _, n in items]:
        return None
    scores = [len(asked & _pairs(desc)) for desc, _ in items]
    best = max(scores)
    if not best or scores.count(best) > 1:
        return None
    held = items[scores.index(best)]
    if held[1] == name:
        return []
    return [Mismatch("DG601", f"answer {name} is not the cite's {held[0]}的 name; that is {held[1]}", {"bound_to": name, "selected": [held[1]]})]


# The English clause of a deed: asked who did the verb the question uses, the one clause saying it with its object holds
# its doer by name before the verb (when Anaso Jobodwana was disqualified; the year the BlackBerry Curve debuted).
_EN_LEAD_BREAK_RE = lazy(r".*(?:[,;:\"“”]\s?|\s(?:when|while|but|because|as|after|before|until|since|then)\s)")
_EN_LEAD_PRONOUN_RE = lazy(r"(?<![a-z])(?:he|she|they|it|we|i|you|who|which|whom|whose|his|her|their|its)(?![a-z])|(?<![a-z])that\Z")
_EN_LEAD_LIGHT_RE = lazy(r"(?:(?:is|was|are|were|has|had|have|been|be|also|not|then|still|just|[a-z]+ly)\s)+\Z")
_EN_NAMED_RE = lazy(r"\s[A-Z][a-z]")


def en_deed_clause(answer: str, cite: str, question: str, raw_cite: str) -> list[Mismatch]:
    """A name the cite does not put before the question's verb and object in the one clause saying them did not do
    it (another sentence's winner, a phone another clause praises): DG601 where a name of the cite's own (a capital
    inside the clause's words, not a sentence's first word) stands there."""
    m = _WHO_VERB_RE.match(question)
    a = answer.strip()
    if not m or m[1] in _COPULAS or not a or a not in cite:
        return []
    verb = _lemma(m[1])
    forms = [w for w in re.finditer(r"[a-z]+", cite) if _lemma(w[0]) == verb]
    if len(forms) != 1 or forms[0][0] != m[1]:
        return []  # (the verb's own form once, not a noun of its stem: chaired against Conference chair)
    at, end = forms[0].start(), forms[0].end()
    rest = cite[end:end + 120]
    rest = rest[:min((rest.find(c) for c in ",;.:" if c in rest), default=len(rest))]
    wanted = [w.rstrip("'’s") for w in re.findall(r"[a-z][a-z'’-]*", question[m.end(1):]) if w not in STOP_WORDS][:2]
    if " by " in f" {rest} " or not all(w in rest for w in wanted):
        return []  # (the deed is the verb with its object: took the silver is no took the bronze; by X is passive_agent's)
    sentences = list(_breaks(cite)[1])
    head = cite[sentences[_index(sentences, at)]:at]
    cut = _EN_LEAD_BREAK_RE.match(head)
    lead = _EN_LEAD_LIGHT_RE.sub("", (head[cut.end():] if cut else head).strip() + " ").strip()
    if len(lead) < 3 or _EN_LEAD_PRONOUN_RE.search(lead) or a in lead or lead in a:
        return []
    raw = re.search(re.escape(lead).replace(r"\ ", r"\s+"), raw_cite, re.I)
    if not raw or not _EN_NAMED_RE.search(raw[0]) and not (raw.start() and raw_cite[raw.start() - 1] == " " and raw[0][:1].isupper()
                                                           and not re.search(r"[.!?]\s*\Z", raw_cite[:raw.start()])):
        return []  # (a common noun's subject, A farmer had sued …, may be the answer named later)
    return [Mismatch("DG601", f"answer {a} is not the one the cite says {m[1]}; that clause is {lead}'s",
                     {"bound_to": a, "selected": [lead]})]
