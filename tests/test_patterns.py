"""Start-up helpers stand in for regular expressions exactly: a lazily compiled
pattern behaves as the compiled one, and the Han-character tests of deckgen.fold
agree with the class [\\u3400-\\u9fff] they replace."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.fold import han_at, han_runs, has_han
from deckgen.patterns import lazy, literal_spans, standalone

HAN = re.compile(r"[\u3400-\u9fff]")
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
# Texts mixing ASCII, Han and the characters just outside the range.
TEXTS = st.text(st.sampled_from("ab 1,\u33ff\u3400\u4e00中文年\u9fff\ua000。"), max_size=30) | st.text(max_size=30)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 35))
def test_han_at_is_the_class_matched_at_a_position(text, i):
    assert han_at(text, i) == bool(HAN.match(text, i))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_han_runs_and_has_han_are_the_pattern(text):
    assert han_runs(text) == HAN_RUN.findall(text)
    assert has_han(text) == bool(HAN_RUN.search(text))


def test_a_lazy_pattern_compiles_once_on_first_use():
    p = lazy(r"(?P<y>\d{4})年", re.S)
    assert p._compiled is None and p.pattern == r"(?P<y>\d{4})年"  # pattern known without compiling
    m = p.search("于2025年")
    assert m.group("y") == "2025" and m.re is p.compiled
    assert p.compiled is p.compiled and p.flags == re.compile(r"x", re.S).flags
    assert p.sub("-", "2024年和2025年") == "-和-"


def _old_unit_pattern():
    from deckgen import quantities

    return re.compile(rf"\s?(?P<u>{quantities._alt(quantities._UNITS)})")


def _unit_texts():
    from deckgen.quantities import _UNITS

    pieces = sorted(_UNITS) + ["a", "s", "z", "A", " ", "\t", "\u3000", "1", "万", "-", "."]
    return st.lists(st.sampled_from(pieces), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_unit_texts(), st.integers(0, 12))
def test_the_unit_table_matches_as_the_alternation_of_units(text, pos):
    from deckgen.quantities import _UNIT_WORDS

    m = _old_unit_pattern().match(text, pos)
    assert _UNIT_WORDS.match(text, pos) == (None if m is None else (m.end(), m["u"]))


def test_a_word_table_keeps_ascii_words_whole_and_tries_a_space_first():
    from deckgen.patterns import WordTable

    t = WordTable({"per cent", "percent", "pp", "万", " x"})
    assert t.match("5 percent", 1) == (9, "percent")
    assert t.match("5 percentage", 1) is None  # a letter after the word
    assert t.match("app", 1) is None  # a letter before it
    assert t.match("1万", 1) == (2, "万")
    assert t.match("1  x", 1) == (4, " x")  # the space taken, then the word's own


def _date_texts():
    pieces = ["2024", "1999", "2025年", "年", "款", "中", "\u3400", "\u9fff", "\u33ff", "\ua000", " ", "7月",
              "16日", "july 16", "fy", "q1", "%", "$", "million", ".", "5", "a", ",", "-"]
    return st.lists(st.sampled_from(pieces), max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_date_texts())
def test_a_bare_year_before_a_cjk_character_is_refused_as_the_old_lookahead_did(text):
    from deckgen import dates

    old = re.compile(dates._DATE_RE.pattern.replace(
        r"(?![a-z0-9_%]|[.,/]\d)(?!", r"(?![a-z0-9_%]|[.,/]\d|[\u3400-\u9fff])(?!", 1))
    assert old.pattern != dates._DATE_RE.pattern
    new = dates._scan_text(text)
    saved = dates._DATE_RE
    dates._DATE_RE = old  # the old pattern never yields a bare year glued to a CJK character
    try:
        assert dates._scan_text(text) == new
    finally:
        dates._DATE_RE = saved


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["和", "与", "及", "中", "国", "\u4e00", "\u9fff", "\u4dff", "\ua000", " and ", "and",
                                 " ", "a", ","]), max_size=8).map("".join))
def test_conjunct_parts_split_as_the_old_pattern_with_its_cjk_lookarounds(text):
    from deckgen.speakers import _conjunct_parts

    old = re.compile(r"\s+and\s+|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff]{2})")
    assert _conjunct_parts(text) == (old.split(text) if old.search(text) else [])


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["和", "与", "及", "以及", "及其", "其", "、", ",", ", ", " and ", " & ", "中", "\u3400",
                                 "\u9fff", "\u33ff", "\ua000", "a", "z", "A", "0", "9", " ", "."]), max_size=8).map("".join),
       st.integers(0, 20), st.integers(0, 24))
def test_item_splits_are_the_old_pattern_with_its_lookarounds(text, lo, hi):
    from deckgen.binding import _item_splits

    # (one space may set a Latin word or figure off from the link: cpi 及核心 cpi)
    old = re.compile(r"、|,\s?|\s(?:and|&)\s|(?:(?<=[\u3400-\u9fffa-z0-9])|(?<=[a-z0-9] ))(?:和|与|及(?!其)|以及)"
                     r"(?:(?=[\u3400-\u9fffa-z0-9])|(?= [a-z0-9]))")
    assert _item_splits(text, lo, hi) == [m.span() for m in old.finditer(text, lo, hi)]


OLD_ALT = '''
def _alt(words, guards=None):
    parts = []
    for w in sorted(words, key=len, reverse=True):
        p = (guards or {}).get(w, "") + re.escape(w)
        if w[0].isascii() and w[0].isalpha():
            p = r"(?<![a-z])" + p
        if w[-1].isascii() and w[-1].isalpha():
            p += r"(?![a-z])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


'''


def _quantities_with_old_alt():
    """deckgen.quantities as it was built when every word carried its own word breaks."""
    import sys
    import types

    from deckgen import quantities

    from pathlib import Path

    src = Path(quantities.__file__).read_text(encoding="utf-8")
    head, rest = src.split("def _alt(", 1)
    _, tail = rest.split("\n_ARABIC = ", 1)
    module = types.ModuleType("deckgen._quantities_old_alt")
    module.__file__ = quantities.__file__
    sys.modules[module.__name__] = module  # for its dataclasses
    try:
        exec(compile(head + OLD_ALT + "_ARABIC = " + tail, quantities.__file__, "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module


_OLD_Q = []


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([
    "one", "seven", "seventy", "seventeen", "hundred", "and", "thousand", "first", "twentieth", "s", "x", "a",
    "about", "approx.", "approx", "nearly", "almost", "at least", "us$", "hk$", "$", "usd", "cad", "rmb",
    "约", "近", "最", "合", "一", "十", "万", "3", "12", ".", ",", "%", " ", "-", "多", "左右", "or more",
    "plus", "-odd", "倍", "个", "每股", "第", "how many", "多少", "至少"]), max_size=9).map("".join))
def test_quantities_read_as_with_one_word_break_per_word(text):
    if not _OLD_Q:
        _OLD_Q.append(_quantities_with_old_alt())
    from deckgen import quantities

    old = _OLD_Q[0]
    for name in ("_CORE_RE", "_PREFIX_RE", "_QUESTION_QUAL_RE", "_QUESTION_QUAL_HEAD_RE", "_QUAL_END_RE"):
        a, b = getattr(quantities, name), getattr(old, name)
        assert a.pattern != b.pattern or name == "_QUAL_END_RE"
        for pos in range(len(text) + 1):
            ma, mb = a.search(text, pos), b.search(text, pos)
            assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict())), (name, pos)
    assert repr(quantities._scan_text(text)) == repr(old._scan_text(text))
    assert quantities.question_qualifier(text) == old.question_qualifier(text)


def test_a_lazy_pattern_answers_as_the_compiled_one_before_and_after_its_first_use():
    from deckgen.patterns import lazy

    p = lazy(r"(\d+)\s?(万|亿)?")
    assert p.pattern == r"(\d+)\s?(万|亿)?" and p.groups == 2  # (groups compiles it)
    q = lazy(r"(\d+)\s?(万|亿)?")
    for text in ("3万", "x 12 亿 y", "none"):
        for method in ("search", "match", "fullmatch", "findall", "split"):
            assert repr(getattr(q, method)(text)) == repr(getattr(p.compiled, method)(text)), (method, text)
        assert q.sub("#", text) == p.compiled.sub("#", text)
        assert [m.span() for m in q.finditer(text)] == [m.span() for m in p.compiled.finditer(text)]


# --- guarded patterns: a text without the words a pattern needs is not searched ------------------

import importlib
import pkgutil
import re._parser as _sre  # the test reads a pattern's parsed form to hold a guard to it

import deckgen


def _takes(items, needs, run: set[str] | None = None) -> bool:
    """Whether every match of the parsed sequence ``items`` has one of ``needs`` in its text:
    some item of the sequence always takes one (a run of literal words holding one, a group,
    a repeat of at least one, every branch of an alternation, a lookaround that must hold)."""
    # ``run``: the strings the literal items just before can match (re factors would|will to w(?:ould|ill))
    for op, av in [*items, (None, None)]:
        words = _words(op, av) if op is not None else None
        if words is not None and len(words) * len(run or {""}) <= 4096:
            run = {a + b for a in (run or {""}) for b in words}
            continue
        if run and all(any(w in s for w in needs) for s in run):
            return True
        if run and op is _sre.BRANCH and all(_takes(alt, needs, run) for alt in av[1]):
            return True
        run = words
        if op is not None and _item_takes(op, av, needs):
            return True
    return False


def _words(op, av) -> set[str] | None:
    """The strings an item matches if they are a few literal words, else None."""
    if op is _sre.LITERAL:
        return {chr(av)}
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return {chr(a) for _, a in av}
    if op is _sre.SUBPATTERN and not av[1] & re.I:
        alts = [av[3]]
    elif op is _sre.BRANCH:
        alts = av[1]
    else:
        return None
    out: set[str] = set()
    for alt in alts:
        seq = {""}
        for o, a in alt:
            w = _words(o, a)
            if w is None or len(seq) * len(w) > 4096:
                return None
            seq = {x + y for x in seq for y in w}
        out |= seq
    return out


def _item_takes(op, av, needs) -> bool:
    if op is _sre.IN:  # a class of literal characters, each one a needed word
        return all(o is _sre.LITERAL and chr(a) in needs for o, a in av)
    if op is _sre.SUBPATTERN:
        return not av[1] & re.I and _takes(av[3], needs)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _takes(av[2], needs)
    if op is _sre.BRANCH:
        return all(_takes(alt, needs) for alt in av[1])
    if op is _sre.ASSERT:
        return _takes(av[1], needs)
    if op is _sre.ATOMIC_GROUP:
        return _takes(av, needs)
    return False


def _guard_holds(pattern: str, flags: int, needs) -> bool:
    return not flags & re.I and _takes(_sre.parse(pattern, flags), tuple(needs))


def test_the_guard_check_refuses_a_word_some_match_does_without():
    assert _guard_holds(r"据(\w+)", 0, ("据",)) and _guard_holds(r"(?:增长|上升)了", 0, ("了",))
    assert _guard_holds(r"(?:增长|上升)", 0, ("增长", "上升")) and _guard_holds(r"x[年月]", 0, ("年", "月"))
    assert not _guard_holds(r"(?:增长|上升)", 0, ("增长",))
    assert not _guard_holds(r"a?据", 0, ("a",)) and not _guard_holds(r"(?:据)?x", 0, ("据",))
    assert not _guard_holds(r"(?!据)x", 0, ("据",)) and not _guard_holds(r"[^据]", 0, ("据",))
    assert not _guard_holds(r"[年\d]", 0, ("年",)) and not _guard_holds(r"据", re.I, ("据",))
    assert _guard_holds(r"(?:would|will)\s", 0, ("will", "would")) and not _guard_holds(r"(?:would|will)\s", 0, ("will",))
    assert _guard_holds(r"(?:who\s\w|which\s)", 0, ("who", "which")) and not _guard_holds(r"(?:who\s\w|which\s)", 0, ("who",))
    assert _guard_holds(r"x(?:ab|cd)y", 0, ("by", "dy")) and not _guard_holds(r"x(?:ab|c)y", 0, ("by", "dy"))


def test_every_guarded_pattern_needs_its_words():
    """Each of deckgen's guards is sound: every way its pattern can match takes one of the
    words, so skipping a text without them never loses a match."""
    from deckgen.patterns import GUARDED

    for info in pkgutil.iter_modules(deckgen.__path__):
        if info.name != "__main__":
            importlib.import_module(f"deckgen.{info.name}")
    assert len(GUARDED) >= 10
    for g in GUARDED:
        assert _guard_holds(g.pattern, g.flags, g.needs), g


def test_a_guarded_pattern_answers_as_the_compiled_one():
    from deckgen.patterns import lazy

    g = lazy(r"(?:据|经)(\w{2})的?(统计|数据)", needs=("据", "经"))
    plain = re.compile(g.pattern)
    for text in ("据国家统计局数据", "经初步统计", "无关文字", "", "统计数据"):
        for method in ("search", "match", "fullmatch", "findall", "split"):
            assert repr(getattr(g, method)(text)) == repr(getattr(plain, method)(text)), (method, text)
        assert g.sub("#", text) == plain.sub("#", text) and g.subn("#", text) == plain.subn("#", text)
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert not lazy("x", needs="x").holds("abc") and lazy("x", needs="x").holds("axb")


def test_guarded_patterns_find_what_their_patterns_find_in_every_binding_case():
    """On every cite and question of the binding tables (as written and folded), each guard
    answers as its compiled pattern: the same matches, or none where its words are missing."""
    from pathlib import Path

    import yaml

    from deckgen.fold import fold_text
    from deckgen.patterns import GUARDED

    for info in pkgutil.iter_modules(deckgen.__path__):
        if info.name != "__main__":
            importlib.import_module(f"deckgen.{info.name}")
    texts = set()
    for path in sorted((Path(__file__).parent / "binding_cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text("utf-8")).get("cases") or ():
            for key in ("cite", "q"):
                if isinstance(case.get(key), str):
                    texts.update((case[key], fold_text(case[key])))
    assert len(texts) > 1000
    skipped = 0
    for g in GUARDED:
        plain = re.compile(g.pattern, g.flags)
        for text in texts:
            found = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in g.finditer(text)] == found, (g, text)
            skipped += not g.holds(text)
    assert skipped > len(texts)  # the guards do skip texts


# --- led patterns: a lookahead of where a match can start, tried before the pattern ------------------


def _class_codes(av):
    """The code points of a parsed class (-1 for a digit); None for a negated class or another category."""
    out = set()
    for op, a in av:
        if op is _sre.LITERAL:
            out.add(a)
        elif op is _sre.RANGE and a[1] - a[0] <= 40000:
            out.update(range(a[0], a[1] + 1))
        elif op is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT:
            out.add(-1)
        else:
            return None
    return out


def _refuses_letters(op, av) -> bool:
    """Whether an item is a one-character negative lookbehind refusing every letter a-z ((?<![a-z]), (?<![a-z0-9]))."""
    if op is not _sre.ASSERT_NOT or av[0] != -1 or len(av[1]) != 1:
        return False
    o, a = av[1][0]
    codes = {a} if o is _sre.LITERAL else _class_codes(a) if o is _sre.IN else None
    return codes is not None and set(range(97, 123)) <= codes


def _first(items, behind: bool = False):
    """(free, after, nullable) of a parsed sequence: the characters a match can start with, split into those that may
    follow anything and those a lookbehind refusing the letters a-z stands before; whether it can match nothing.
    (None, None, False) where a match can start with any character (a negated class, ., a category, re.I)."""
    free, after = set(), set()
    for op, av in items:
        if op in (_sre.ASSERT, _sre.AT):  # (zero-width: it only refuses starts)
            continue
        if op is _sre.ASSERT_NOT:
            behind = behind or _refuses_letters(op, av)
            continue
        if op in (_sre.LITERAL, _sre.IN):
            codes = {av} if op is _sre.LITERAL else _class_codes(av)
            if codes is None:
                return None, None, False
            f, g, n = (set(), codes, False) if behind else (codes, set(), False)
        elif op is _sre.SUBPATTERN:
            if av[1] & re.I:
                return None, None, False
            f, g, n = _first(av[3], behind)
        elif op is _sre.BRANCH:
            f, g, n = set(), set(), False
            for alt in av[1]:
                af, ag, an = _first(alt, behind)
                if af is None:
                    return None, None, False
                f, g, n = f | af, g | ag, n or an
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            f, g, n = _first(av[2], behind)
            n = n or av[0] == 0
        elif op is _sre.ATOMIC_GROUP:
            f, g, n = _first(av, behind)
        else:
            return None, None, False
        if f is None:
            return None, None, False
        free, after = free | f, after | g
        if not n:
            return free, after, False
    return free, after, True


def _lead_holds(pattern: str, flags: int, starts: str) -> bool:
    """Whether ``starts`` holds at the start of every match of ``pattern``: each character a match can start with
    passes it after any character (after a letter too), and each that only follows a non-letter passes it there. The
    lead's own lookbehinds may only refuse letters, (?<![a-z]), so that a non-letter before stands for all of them."""
    if flags & re.I or re.sub(r"\(\?<!\[a-z\]\)", "", starts).count("(?<") or re.sub(r"\\.", "", starts).count("(?="):
        return False
    free, after, nullable = _first(_sre.parse(pattern, flags))
    if free is None or nullable:
        return False
    lead = re.compile(starts)
    chars = lambda codes: [c for k in codes for c in (("5", "\u0663") if k == -1 else (chr(k),))]
    return all(lead.match(b + c, len(b)) for c in chars(free) for b in ("", "a", "z", " ", "1")) and \
        all(lead.match(b + c, len(b)) for c in chars(after) for b in ("", " ", "A", "1", "-", "中"))


def test_the_lead_check_refuses_a_character_some_match_starts_with():
    assert _lead_holds(r"(?<![a-z])(?:will|would)", 0, r"(?<![a-z])w") and _lead_holds(r"(?:will|would)", 0, "w")
    assert not _lead_holds(r"(?:will|would)", 0, r"(?<![a-z])w")  # (a match may follow a letter: swill)
    assert not _lead_holds(r"(?<![a-z])(?:will|shall)", 0, r"(?<![a-z])w") and not _lead_holds(r"a?b", 0, "a")
    assert _lead_holds(r"a?b", 0, "[ab]") and _lead_holds(r"\d+年|民国", 0, r"[\d民]") and not _lead_holds(r"\d+年", 0, "[0-9]")
    assert not _lead_holds(r"[^x]y", 0, "[ab]") and not _lead_holds(r"a*", 0, "a") and not _lead_holds(r"ab", re.I, "a")
    assert not _lead_holds(r"(?<![a-z0-9])h1", 0, r"(?<![a-z0-9])h")  # (only (?<![a-z]) may stand in a lead)
    assert _lead_holds(r"(?<![a-z0-9])h1|上", 0, r"上|(?<![a-z])h")


def _led_patterns():
    for info in pkgutil.iter_modules(deckgen.__path__):
        if info.name != "__main__":
            importlib.import_module(f"deckgen.{info.name}")
    from deckgen.patterns import LED

    return [p.lazy if hasattr(p, "lazy") else p for p in LED]


def test_every_led_pattern_starts_where_its_lead_says():
    """Each of deckgen's leads is sound: every match of its pattern starts where the lead holds, so the led pattern
    finds what the pattern finds."""
    led = _led_patterns()
    assert len(led) >= 5
    for p in led:
        assert _lead_holds(p.pattern, p._flags, p.starts), p


def test_led_patterns_find_what_their_patterns_find_in_every_binding_case():
    """On every cite and question of the binding tables (as written and folded), each led pattern answers as its
    pattern compiled without the lead: the same matches and groups, searched from each clause's start too."""
    from pathlib import Path

    import yaml

    from deckgen.fold import fold_text

    texts = set()
    for path in sorted((Path(__file__).parent / "binding_cases").glob("*.yaml")):
        for case in yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)).get("cases") or ():
            for key in ("cite", "q"):
                if isinstance(case.get(key), str):
                    texts.update((case[key], fold_text(case[key])))
    assert len(texts) > 1000
    for p in _led_patterns():
        plain = re.compile(p.pattern, p._flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in p.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], (p, text)
            for at in [m.end() for m in re.finditer(r"[,;。，]\s?", text)][:2]:  # (a search from a clause's start)
                hit, want = p.search(text, at), plain.search(text, at)
                assert (hit and (hit.span(), hit.groups())) == (want and (want.span(), want.groups())), (p, text, at)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ah wiln eystp上下前第一二十5年月民国可将预 ,.;"), max_size=24))
def test_led_patterns_answer_as_their_patterns_on_made_up_texts(text):
    for p in _led_patterns():
        plain = re.compile(p.pattern, p._flags)
        assert [(m.span(), m.groups()) for m in p.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], p


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("ab é—\u0416\u03b1\u05d0\u0627\u0e01\u3041\u30a2\uac00\u4e2d\u9fff\u3400\uff0c。"), max_size=12) | st.text(max_size=12))
def test_script_language_skips_only_scripts_the_text_cannot_hold(text):
    """The highest character rules out a script above it: the answer is the first script
    whose class the text matches, as before the shortcut."""
    from deckgen.decks import _SCRIPTS, script_language

    first = next((lang for lo, hi, lang in _SCRIPTS if re.search(f"[{chr(lo)}-{chr(hi)}]", text)), "en")
    assert script_language(text) == first


@settings(max_examples=1000, deadline=None)
@given(TEXTS | st.text(st.sampled_from(" -\t\u3000a z A 1 中\u33ff\u3400\u9fff\ua000"), max_size=6), st.integers(0, 8))
def test_a_word_after_a_number_is_the_pattern_it_replaces(text, i):
    from deckgen.quantities import _word_after

    assert _word_after(text, i) == bool(re.compile(r"[\s-]?[a-z\u3400-\u9fff]").match(text, i))


def test_no_module_level_name_is_bound_twice():
    """A second `_X_RE = …` or `def _rule` in one module silently replaces the first for every rule that reads it."""
    import re
    from pathlib import Path

    for path in sorted((Path(__file__).parent.parent / "deckgen").rglob("*.py")):
        text = path.read_text("utf-8")
        names = re.findall(r"^(_[A-Z][A-Z0-9_]*)\s*(?::[^=\n]+)?=", text, re.M) + re.findall(r"^def (\w+)", text, re.M)
        twice = sorted({n for n in names if names.count(n) > 1})
        assert not twice, f"{path.name}: {twice}"


# Words and texts for the literal searches: repeats and overlaps (aa in aaa), ASCII letters and Han beside them.
LITERAL_CHARS = st.sampled_from("aAbz 1-记者中.")


@settings(max_examples=400, deadline=None)
@given(st.text(LITERAL_CHARS, max_size=3), st.text(LITERAL_CHARS, max_size=20))
def test_literal_spans_are_the_escaped_pattern(word, text):
    assert literal_spans(word, text) == [m.span() for m in re.finditer(re.escape(word), text)]


@settings(max_examples=400, deadline=None)
@given(st.text(LITERAL_CHARS, max_size=3), st.text(LITERAL_CHARS, max_size=20))
def test_standalone_is_the_pattern_between_non_letters(word, text):
    pattern = rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])"
    assert standalone(word, text) == (re.search(pattern, text) is not None)
