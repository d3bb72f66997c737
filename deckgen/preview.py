"""``deckgen preview``: a static site showing every card as Anki will, beside its source.

Each card's front and back are rendered by ``render.render_template`` from the
fields ``package.note_specs`` builds for the .apkg, styled by ``render.CSS``:
the preview and the package share one code path, so what the preview shows is
what learners get. Beside the cards, the source text has every cited passage
marked (``<mark data-cites="card-id.N">``) and linked to the cards citing it;
lines no card cites are marked too, so gaps in coverage stand out.

Everything written here is escaped: card fields by ``render``, and file names,
messages and the source text by this module. The pages need no server and no
network; a few lines of script only switch the cards to Anki's night mode
when the reader's system is dark.
"""

from __future__ import annotations

import bisect
import html
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .check import CheckReport, FileResult, run_check
from .decks import Deck, Source, read_limited
from .errors import DeckgenError
from .findings import CODES, Problem
from .fold import fold_text
from .grounding import CardResult, Evidence
from .report import count
from .render import note_specs, BACK, CLOZE_BACK, CLOZE_FRONT, CSS, FRONT, citation_html, render_template
from .lock import write_atomic  # moved out of function bodies by move_imports.py


def h(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class CitedSpan:
    """One found cite of one card: where it stands in the source."""

    card: str
    n: int  # index of the cite in the card's ``cite`` list
    evidence: Evidence

    @property
    def token(self) -> str:
        return f"{self.card}.{self.n}"

    @property
    def anchor(self) -> str:
        return f"cite-{self.card}-{self.n}"


@dataclass
class CardView:
    number: int
    result: CardResult
    problems: list[Problem]
    spans: list[CitedSpan]
    missing: list[int]  # indexes of cites not found in the source
    front: str = ""
    back: str = ""
    deck_name: str = ""
    tags: tuple[str, ...] = ()

    @property
    def card(self):
        return self.result.card

    @property
    def status(self) -> str:
        return self.result.status

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)


# -- building the views --------------------------------------------------------


def _cited_spans(r: CardResult) -> tuple[list[CitedSpan], list[int]]:
    """Each found cite with its evidence, and the indexes of the cites not found."""
    found = [CitedSpan(r.card.id, n, e) for n, e in enumerate(r.evidence) if e is not None]
    return found, [n for n, e in enumerate(r.evidence) if e is None]


def _render(view: CardView, deck: Deck) -> None:
    """Fill the view's faces from the same note fields the .apkg gets."""
    (spec,) = note_specs(deck, [view.result])
    fields = spec.fields
    if view.card.cloze:
        view.front = render_template(CLOZE_FRONT, fields, side="q")
        view.back = render_template(CLOZE_BACK, fields, front=view.front, side="a")
    else:
        view.front = render_template(FRONT, fields, side="q")
        view.back = render_template(BACK, fields, front=view.front, side="a")
    view.deck_name = spec.deck_name
    view.tags = spec.tags


def card_views(f: FileResult) -> tuple[list[CardView], list[Problem]]:
    """One view per card; file findings that point into a card go to that card."""
    assert f.deck is not None
    views = []
    for number, r in enumerate(f.cards, 1):
        spans, missing = _cited_spans(r)
        view = CardView(number, r, list(r.problems), spans, missing)
        _render(view, f.deck)
        views.append(view)
    starts = [v.card.line for v in views]
    file_problems = []
    for p in f.problems:
        i = bisect.bisect_right(starts, p.line) - 1
        if p.code != "DG002" and i >= 0 and views:
            views[i].problems.append(p)
        else:
            file_problems.append(p)
    for v in views:
        v.problems.sort(key=lambda p: (p.line, p.col, p.code))
    return views, file_problems


# -- HTML pieces -----------------------------------------------------------------

PAGE_CSS = """
:root {
  color-scheme: light dark;
  --bg: #f3f4f6; --fg: #1d1d1f; --panel: #ffffff; --muted: #5f6368; --border: #d5d9df;
  --ok: #1a7f37; --err: #c62828; --warn: #9a6700; --link: #0b5cad;
  --mark: #ffe58a; --mark2: #ffcf70; --mark-fg: inherit; --gap: #c62828; --gap-bg: #fdf1f1; --face: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121212; --fg: #e6e6e6; --panel: #1b1c1e; --muted: #a0a4a8; --border: #3a3d42;
    --ok: #57c26e; --err: #ff7b72; --warn: #e3b341; --link: #7fb8ff;
    --mark: #6b5a12; --mark2: #7a4a10; --mark-fg: #fff4c2; --gap: #ff7b72; --gap-bg: #2a1d1d; --face: #1e1e1e;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 "PingFang TC", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK TC", "Noto Sans CJK SC",
    "Source Han Sans TC", "Microsoft JhengHei", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  overflow-wrap: anywhere;
}
a { color: var(--link); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
.top { padding: 0.75rem 1rem; border-bottom: 1px solid var(--border); background: var(--panel); }
.top h1 { font-size: 1.3rem; margin: 0 0 0.25rem; }
.top p { margin: 0.2rem 0; color: var(--muted); font-size: 0.9rem; }
.summary { display: flex; flex-wrap: wrap; gap: 0.4rem 0.9rem; font-size: 0.9rem; }
.ok { color: var(--ok); } .err { color: var(--err); } .warn { color: var(--warn); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 0.75rem; max-width: 1700px; margin: 0 auto; }
@media (min-width: 1000px) {
  .layout { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
  .source { position: sticky; top: 0.75rem; max-height: calc(100vh - 1.5rem); overflow: auto; }
}
.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem; min-width: 0; }
.panel > h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
.strip { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0 0 0.75rem; padding: 0; list-style: none; }
.strip a { display: inline-block; min-width: 2.2em; text-align: center; padding: 0.1em 0.35em; border-radius: 4px;
  text-decoration: none; font-size: 0.8rem; border: 1px solid var(--border); color: var(--fg); }
.jump { margin: 0 0 0.75rem; font-size: 0.9rem; }
.jump summary { cursor: pointer; color: var(--link); margin-bottom: 0.4rem; }
.strip a.grounded { border-color: var(--ok); }
.strip a.ungrounded { border-color: var(--err); background: var(--gap-bg); color: var(--err); font-weight: 700; }
.entry { border: 1px solid var(--border); border-left: 4px solid var(--ok); border-radius: 6px; padding: 0.6rem; margin: 0 0 0.9rem; scroll-margin-top: 0.5rem; }
.entry.ungrounded { border-left-color: var(--err); }
.entry:target { outline: 3px solid var(--link); outline-offset: 1px; }
.entry > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.6rem; font-size: 0.85rem; }
.entry .num { font-weight: 700; }
.entry .cid { font-weight: 600; }
.badge { border-radius: 999px; padding: 0 0.55em; font-size: 0.78rem; border: 1px solid currentColor; white-space: nowrap; }
.meta { color: var(--muted); font-size: 0.8rem; }
.findings { list-style: none; margin: 0.4rem 0; padding: 0; font-size: 0.85rem; }
.findings li { padding: 0.25rem 0.4rem; border-radius: 4px; margin: 0.15rem 0; background: var(--gap-bg); }
.findings li.warning { background: transparent; border: 1px dashed var(--warn); }
.findings .at { color: var(--muted); font-size: 0.8em; }
.faces { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr)); gap: 0.5rem; margin-top: 0.5rem; }
.face { margin: 0; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; min-width: 0; background: var(--face); }
.face figcaption { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted);
  padding: 0.15rem 0.5rem; border-bottom: 1px solid var(--border); background: var(--panel); }
.face .card { padding: 0.5rem 0.6rem; min-height: 100%; }
.cited-at { font-size: 0.85rem; margin: 0.45rem 0 0; }
.missing { color: var(--err); }
.source-meta { font-size: 0.85rem; color: var(--muted); margin: 0 0 0.5rem; }
.legend { font-size: 0.8rem; color: var(--muted); margin: 0 0 0.6rem; }
.legend mark { color: var(--mark-fg); }
.src { font-size: 1rem; line-height: 1.75; }
.ln { display: grid; grid-template-columns: 2.6em minmax(0, 1fr); gap: 0 0.5rem; margin: 0; padding: 0.2rem 0.25rem 0.2rem 0;
  border-left: 3px solid transparent; scroll-margin-top: 0.5rem; }
.ln.uncited { border-left: 3px dashed var(--gap); background: var(--gap-bg); }
.ln.blank { min-height: 0.6em; padding: 0; }
.ln:target { outline: 2px solid var(--link); }
.lno { color: var(--muted); font-size: 0.75rem; text-align: right; text-decoration: none; padding-top: 0.3em; user-select: none; }
.tx { min-width: 0; }
.refs { display: block; font-size: 0.75rem; }
.refs a { margin-right: 0.35em; }
.gap-label { font-size: 0.72rem; color: var(--gap); margin-left: 0.4em; white-space: nowrap; }
.src mark { background: var(--mark); color: var(--mark-fg); border-radius: 2px; padding: 0 1px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.src mark.alt { background: var(--mark2); }
.src mark.multi { box-shadow: inset 0 -2px 0 var(--link); }
.src mark a { color: inherit; text-decoration: none; }
.src mark:target { outline: 2px solid var(--link); }
.notice { font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--border); margin-top: 0.75rem; padding-top: 0.5rem; }
.decks { list-style: none; padding: 0; margin: 0; }
.decks li { margin: 0 0 0.75rem; }
.decks .problems { font-size: 0.85rem; }
footer.page { color: var(--muted); font-size: 0.75rem; text-align: center; padding: 0.5rem 1rem 1.5rem; }
"""

# Anki adds ``nightMode`` to the card's body in dark mode; the card CSS styles it.
NIGHT_SCRIPT = """<script>
(function () {
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function apply() { document.body.classList.toggle("nightMode", dark.matches); }
  apply();
  if (dark.addEventListener) dark.addEventListener("change", apply);
})();
</script>"""


def page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="deckgen {h(__version__)}">
<title>{h(title)}</title>
<style>
/* the cards' own CSS, exactly as in the .apkg (render.CSS) */
{CSS}
</style>
<style>
/* the preview page around them */
{PAGE_CSS}
</style>
</head>
<body>
{body}
<footer class="page">deckgen {h(__version__)} preview · cards rendered with the note type's templates and CSS</footer>
{NIGHT_SCRIPT}
</body>
</html>
"""


def problem_item(p: Problem) -> str:
    title = CODES[p.code].title if p.code in CODES else ""
    return (
        f'<li class="{h(p.severity)}"><code title="{h(title)}">{h(p.code)}</code> '
        f'<span class="{"err" if p.severity == "error" else "warn"}">{h(p.severity)}</span>: {h(p.message)} '
        f'<span class="at">{h(p.path)}:{p.line}:{p.col}</span></li>'
    )


def card_html(v: CardView, lang: str = "") -> str:
    c = v.card
    status = v.status
    badge = "ok" if status == "grounded" else "err"
    bits = [
        f'<span class="num">#{v.number}</span>',
        f'<code class="cid">{h(c.id)}</code>',
        f'<span class="badge {badge}">{h(status)}</span>',
    ]
    if v.warnings:
        bits.append(f'<span class="badge warn">{v.warnings} warning{"s" if v.warnings != 1 else ""}</span>')
    bits.append(f'<span class="meta">{h(c.kind)}{" · cloze" if c.cloze else ""}</span>')
    if v.deck_name:
        bits.append(f'<span class="meta">{h(v.deck_name)}</span>')
    if v.tags:
        bits.append(f'<span class="meta">{" ".join(h(t) for t in v.tags)}</span>')
    bits.append(f'<span class="meta">{h(v.result.deck.display_path)}:{c.line}</span>')
    out = [
        f'<article class="entry {h(status)}" id="card-{h(c.id)}" data-card="{h(c.id)}" data-status="{h(status)}">',
        f"<header>{' '.join(bits)}</header>",
    ]
    problems = list(v.problems)
    items = [problem_item(p) for p in problems]
    if items:
        out.append(f'<ul class="findings">{"".join(items)}</ul>')
    out.append(f'<div class="faces"{lang}>')
    out.append(f'<figure class="face"><figcaption>Front</figcaption><div class="card">{v.front}</div></figure>')
    out.append(f'<figure class="face"><figcaption>Back</figcaption><div class="card">{v.back}</div></figure>')
    out.append("</div>")
    where = []
    for s in v.spans:
        e = s.evidence
        label = f"cite {s.n + 1}: " if len(c.cites) > 1 else ""
        where.append(f'<a href="#{h(s.anchor)}">{label}line {e.line}, ¶{e.paragraph}</a>')
    for n in v.missing:
        label = f"cite {n + 1}" if len(c.cites) > 1 else "the cite"
        where.append(f'<span class="missing">{label} is not in the source: “{h(c.cites[n])}”</span>')
    out.append(f'<p class="cited-at">In the source: {" · ".join(where)}</p>')
    out.append("</article>")
    return "\n".join(out)


def source_html(text: str, spans: list[CitedSpan], numbers: dict[str, int]) -> tuple[str, dict[str, int]]:
    """The source, line by line, every cited passage in ``<mark>``; and coverage numbers."""
    # Cut the text wherever a span starts or ends; each piece knows which spans cover it.
    starts: dict[int, list[CitedSpan]] = {}
    ends: dict[int, list[CitedSpan]] = {}
    for s in spans:
        starts.setdefault(s.evidence.start, []).append(s)
        ends.setdefault(s.evidence.end, []).append(s)
    breaks = [m.start() for m in re.finditer("\n", text)]
    cuts = sorted({0, len(text), *starts, *ends, *breaks, *(i + 1 for i in breaks)})
    active: list[CitedSpan] = []
    anchored: set[str] = set()
    lines_out: list[str] = []
    line_no = 1
    line_parts: list[str] = []
    line_cards: dict[str, None] = {}
    covered_chars = 0
    cited_lines = 0
    text_lines = 0

    def close_line() -> None:
        nonlocal line_parts, line_cards, line_no, cited_lines, text_lines
        body = "".join(line_parts)
        blank = not body.strip()
        if blank:
            lines_out.append(f'<p class="ln blank" id="L{line_no}"></p>')
        else:
            text_lines += 1
            cited = bool(line_cards)
            cited_lines += cited
            refs = ""
            if cited:
                links = " ".join(
                    f'<a href="#card-{h(cid)}" title="{h(cid)}">#{numbers.get(cid, "?")}</a>' for cid in line_cards
                )
                refs = f'<span class="refs">{links}</span>'
            else:
                refs = '<span class="gap-label">no card</span>'
            klass = "ln cited" if cited else "ln uncited"
            lines_out.append(
                f'<p class="{klass}" id="L{line_no}" data-line="{line_no}">'
                f'<a class="lno" href="#L{line_no}">{line_no}</a><span class="tx">{body}{refs}</span></p>'
            )
        line_parts, line_cards = [], {}
        line_no += 1

    for a, b in zip(cuts, cuts[1:]):
        for s in ends.get(a, []):
            active.remove(s)
        active.extend(starts.get(a, []))
        piece = text[a:b]
        if piece == "\n":
            close_line()
            continue
        if not active:
            line_parts.append(h(piece))
            continue
        covered_chars += sum(not ch.isspace() for ch in piece)
        tokens = " ".join(dict.fromkeys(s.token for s in active))
        cards = list(dict.fromkeys(s.card for s in active))
        for cid in cards:
            line_cards.setdefault(cid, None)
        # the first piece of each span carries its anchor (the mark's id, or an empty one before it)
        pending = [s for s in active if s.anchor not in anchored]
        anchored.update(s.anchor for s in pending)
        extra = "".join(f'<span class="anchor" id="{h(s.anchor)}"></span>' for s in pending[1:])
        ident = f' id="{h(pending[0].anchor)}"' if pending else ""
        title = "cited by " + ", ".join(f"#{numbers.get(cid, '?')} {cid}" for cid in cards)
        # neighbouring cites of different cards alternate shades; overlaps are underlined
        shade = "alt" if numbers.get(cards[0], 0) % 2 == 0 else ""
        klass = " ".join(k for k in (shade, "multi" if len(cards) > 1 else "") if k)
        klass = f' class="{klass}"' if klass else ""
        line_parts.append(
            f'{extra}<mark{ident}{klass} data-cites="{h(tokens)}" data-cards="{h(" ".join(cards))}" title="{h(title)}">'
            f'<a href="#card-{h(cards[0])}">{h(piece)}</a></mark>'
        )
    close_line()
    total_chars = sum(not ch.isspace() for ch in text)
    stats = {"lines": text_lines, "cited_lines": cited_lines, "chars": total_chars, "covered_chars": covered_chars}
    html_text = "\n".join(lines_out)
    return html_text, stats


def deck_page(f: FileResult, index_name: str = "index.html", source: Source | None = None) -> tuple[str, dict]:
    """The page of a deck and its source: with ``source`` (one of a deck's several), that source and the cards citing it."""
    deck = f.deck
    assert deck is not None
    views, file_problems = card_views(f)
    if source is None:
        source = deck.source
    else:
        views = [v for v in views if deck.source_of(v.card) is source]
    numbers = {v.card.id: v.number for v in views}
    spans = [s for v in views for s in v.spans]
    src, stats = source_html(source.text, spans, numbers)
    grounded = sum(v.status == "grounded" for v in views)
    errors = sum(p.severity == "error" for v in views for p in v.problems) + sum(
        p.severity == "error" for p in file_problems
    )
    warnings = sum(p.severity == "warning" for v in views for p in v.problems) + sum(
        p.severity == "warning" for p in file_problems
    )
    pct = 100.0 * stats["covered_chars"] / stats["chars"] if stats["chars"] else 0.0
    summary = [
        f'<span class="{"ok" if grounded == len(views) else "err"}">{grounded} of {count(len(views), "card")} grounded</span>',
        f'<span class="{"err" if errors else "ok"}">{count(errors, "error")}</span>',
        f'<span class="{"warn" if warnings else "ok"}">{count(warnings, "warning")}</span>',
        f"<span>{stats['cited_lines']} of {stats['lines']} source lines cited ({pct:.0f}% of the text)</span>",
    ]
    file_items = "".join(problem_item(p) for p in file_problems)
    strip = _jump_list(views)
    top = f"""<header class="top">
<p><a href="{h(index_name)}">← all decks</a></p>
<h1>{h(deck.name)}</h1>
<p><code>{h(deck.id)}</code> · {h(deck.display_path)} · source {h(_rel(source.file))}{_other_sources(deck, source)}</p>
<div class="summary">{"".join(summary)}</div>
{f'<ul class="findings">{file_items}</ul>' if file_items else ""}
</header>"""
    lang = _language(source.text)
    lang = f' lang="{lang}"' if lang else ""
    cards = "\n".join(card_html(v, lang) for v in views)
    notice = f'<p class="notice">{h(source.notice)}</p>' if source.notice else ""
    body = f"""{top}
<main class="layout">
<section class="panel cards-pane" aria-label="Cards">
<h2>Cards</h2>
{strip}
{cards}
</section>
<section class="panel source" id="source" aria-label="Source">
<h2>Source</h2>
<p class="source-meta">{citation_html(source, [])}</p>
<p class="legend"><mark>marked</mark> text is cited by a card (click it to go to the card; the numbers after a line
link to every card citing it). Lines with a dashed red edge are cited by no card.</p>
<div class="src"{lang}>
{src}
</div>
{notice}
</section>
</main>"""
    info = {
        "cards": len(views),
        "grounded": grounded,
        "errors": errors,
        "warnings": warnings,
        "cited_lines": stats["cited_lines"],
        "lines": stats["lines"],
        "percent": pct,
    }
    return page(f"{deck.name} — deckgen preview", body), info


def page_name(deck: Deck, source: Source | None = None) -> str:
    """The file of a deck's page; a deck with several sources has one per source."""
    return f"deck-{deck.id}.html" if source is None or len(deck.sources) == 1 else f"deck-{deck.id}--{source.id}.html"


def _other_sources(deck: Deck, source: Source) -> str:
    """Links to the pages of the deck's other sources, if it has several."""
    others = [s for s in deck.sources if s is not source]
    if not others:
        return ""
    links = ", ".join(f'<a href="{h(page_name(deck, s))}">{h(s.id)}</a>' for s in others)
    return f" (<code>{h(source.id)}</code>; the deck's other sources: {links})"


JUMP_OPEN_UP_TO = 30  # more cards than this: the jump list starts folded, failing cards stay in view


def _jump_list(views: list[CardView]) -> str:
    def chips(vs) -> str:
        return "".join(
            f'<li><a class="{h(v.status)}" href="#card-{h(v.card.id)}" title="{h(v.card.id)}">{v.number}</a></li>' for v in vs
        )

    everything = f'<ul class="strip" aria-label="Jump to a card">{chips(views)}</ul>'
    if len(views) <= JUMP_OPEN_UP_TO:
        return everything
    failing = [v for v in views if v.status != "grounded"]
    out = []
    if failing:
        out.append(f'<p class="meta">Ungrounded:</p><ul class="strip" aria-label="Ungrounded cards">{chips(failing)}</ul>')
    out.append(f'<details class="jump"><summary>Jump to a card ({len(views)})</summary>{everything}</details>')
    return "\n".join(out)


def _language(text: str) -> str:
    """A lang attribute for the source: Chinese text gets zh-Hant or zh-Hans, so fonts pick the right glyphs."""
    sample = text[:20000]
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if len(han) < 10:
        return ""
    traditional = sum(fold_text(c) != c for c in han)
    return "zh-Hant" if traditional * 20 >= len(han) else "zh-Hans"


def _rel(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def index_page(entries: list[tuple[FileResult, str | None, dict]]) -> str:
    items = []
    for f, name, info in entries:
        if name is None:
            problems = "".join(problem_item(p) for p in f.problems)
            items.append(
                f'<li class="panel"><strong>{h(f.path)}</strong> <span class="badge err">invalid</span>'
                f'<ul class="findings problems">{problems}</ul></li>'
            )
            continue
        deck = f.deck
        assert deck is not None
        ok = info["grounded"] == info["cards"] and not info["errors"]
        items.append(
            f'<li class="panel"><a href="{h(name)}"><strong>{h(deck.name)}</strong></a> '
            f'<span class="badge {"ok" if ok else "err"}">{"ok" if ok else "failing"}</span>'
            f'<div class="meta"><code>{h(deck.id)}</code> · {h(f.path)}{" · source " + h(info["source"]) if info.get("source") else ""}</div>'
            f'<div class="summary"><span>{info["grounded"]} of {count(info["cards"], "card")} grounded</span>'
            f'<span>{count(info["errors"], "error")}</span><span>{count(info["warnings"], "warning")}</span>'
            f'<span>{info["cited_lines"]} of {info["lines"]} source lines cited</span></div></li>'
        )
    if not items:
        items.append('<li class="panel">No deck files found.</li>')
    body = f"""<header class="top"><h1>deckgen preview</h1>
<p>{len(entries)} deck file{"s" if len(entries) != 1 else ""}</p></header>
<main class="layout" style="grid-template-columns: minmax(0, 1fr); max-width: 60rem">
<ul class="decks">{"".join(items)}</ul>
</main>"""
    return page("deckgen preview", body)


# The list of files a preview folder holds that deckgen wrote. Only those are
# ever replaced or removed: a folder without it (docs/, a home folder) is not
# deckgen's to write into unless it is empty.
MANIFEST = ".deckgen-preview.json"
_PAGE_NAME = re.compile(r"(?:index|deck-[a-z0-9-]+)\.html\Z")


def write_preview(paths, out_dir: Path) -> Path:
    """Check the decks named by ``paths`` and write the preview site to ``out_dir``; return index.html."""
    return write_site(run_check(list(paths)), out_dir)


def write_site(report: CheckReport, out_dir: Path) -> Path:
    """Write the preview of a check's ``report`` to ``out_dir``; return index.html.

    ``out_dir`` must be empty, new, or a preview written before (it holds
    MANIFEST); only files listed there are replaced or removed.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DeckgenError(f"cannot create the output folder: {e.strerror}", str(out_dir)) from None
    ours = _own_files(out_dir)
    pages: dict[str, str] = {}
    entries: list[tuple[FileResult, str | None, dict]] = []
    for f in report.files:
        if f.deck is None:
            entries.append((f, None, {}))
            continue
        several = len(f.deck.sources) > 1
        for source in f.deck.sources:  # a page per source
            name = page_name(f.deck, source)
            n = 2
            while name in pages:
                name = page_name(f.deck, source).removesuffix(".html") + f"-{n}.html"
                n += 1
            pages[name], info = deck_page(f, source=source if several else None)
            entries.append((f, name, {**info, "source": source.id if several else ""}))
    pages["index.html"] = index_page(entries)
    for name in pages:
        _check_target(out_dir / name, name in ours)
    # Record every file this run may leave before writing any: an interrupted
    # run leaves a folder the next run still knows as its own.
    _write(out_dir / MANIFEST, _manifest(ours | set(pages)))
    for name, text in pages.items():
        _write(out_dir / name, text)
    for old in sorted(ours - set(pages)):  # pages of decks no longer named
        path = out_dir / old
        if path.is_file() and not path.is_symlink():
            path.unlink()
    _write(out_dir / MANIFEST, _manifest(set(pages)))
    return out_dir / "index.html"


def _manifest(names: set[str]) -> str:
    import json

    return json.dumps({"deckgen-preview": 1, "files": sorted(names)}, indent=1) + "\n"


def _own_files(out_dir: Path) -> set[str]:
    """The files deckgen wrote in ``out_dir`` before; refuse a folder that is not its own."""
    import json

    manifest = out_dir / MANIFEST
    if not os.path.lexists(manifest):
        try:
            with os.scandir(out_dir) as entries:
                empty = next(entries, None) is None
        except OSError as e:
            raise DeckgenError(f"cannot read the output folder: {e.strerror}", str(out_dir)) from None
        if not empty:
            raise DeckgenError(
                f"the output folder is not empty and is not a deckgen preview (it has no {MANIFEST}); "
                "choose an empty or new folder, so that no file of yours is replaced",
                str(out_dir),
            )
        return set()
    what = f"the preview's list of its files {MANIFEST}"
    data = read_limited(manifest, 1 << 20, lambda m: DeckgenError(f"{m}; remove the folder and run again", str(out_dir)), what, "")
    try:
        files = json.loads(data.decode("utf-8"))["files"]
        if not (isinstance(files, list) and all(isinstance(n, str) and _PAGE_NAME.match(n) for n in files)):
            raise ValueError
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DeckgenError(f"{what} is malformed; remove the folder and run again", str(out_dir)) from None
    return set(files)


def _check_target(path: Path, ours: bool) -> None:
    """A page may replace only a file deckgen wrote, never a folder, link or a file of the user's."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as e:
        raise DeckgenError(f"cannot write the preview: {e.strerror}", str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise DeckgenError("a folder is where a page of the preview goes; move it away", str(path))
    if not ours or not stat.S_ISREG(info.st_mode):
        raise DeckgenError("a file deckgen did not write is where a page of the preview goes; move it away", str(path))


def _write(path: Path, text: str) -> None:
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as e:
        raise DeckgenError(f"cannot write the preview: {e.strerror}", str(path)) from None
