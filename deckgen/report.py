"""The output layer: what every command found, as text for a person or data for a program.

Commands return data (a ``CheckReport``, a ``CoverageReport``, a list of
``DeckDiff`` or ``Passage``); this module alone turns it into output.
``FORMATS[command][name]`` is the formatter for one command's ``--format NAME``,
and the CLI's choices come from it: adding a format is adding one function
with ``@formatter(command, name)``.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Callable

from .errors import json_printable, printable
from .findings import CODES
from .patterns import lazy

if TYPE_CHECKING:  # the formatters read these types; importing them costs start-up
    from .check import CheckReport
    from .coverage import CoverageReport
    from .diff import DeckDiff
    from .find import FoundPassages
    from .scaffold import Created
    from .findings import Problem
    from .grounding import CardResult

FORMATS: dict[str, dict[str, Callable[..., str]]] = {}


def formatter(command: str, name: str):
    """Register ``fn(result, **options) -> str`` as ``command --format name``; the first is the default."""

    def register(fn):
        FORMATS.setdefault(command, {})[name] = fn
        return fn

    return register


def output(command: str, fmt: str, result, **options) -> str:
    return FORMATS[command][fmt](result, **options)


# -- check --------------------------------------------------------------------------


def count(n: int, what: str) -> str:
    """``1 card``, ``2 cards``: the one way numbers of things are said."""
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def summary(report: CheckReport) -> dict[str, int]:
    """Counts of the report; a card is grounded by what the whole check found (``--ignore`` hides
    findings, it does not ground a card), and ``hidden`` counts the findings left out."""
    whole = report.unfiltered or report
    cards = whole.cards
    return {
        "files": len(report.files),
        "invalid_files": sum(f.invalid for f in report.files),
        "cards": len(cards),
        "grounded": sum(r.status == "grounded" for r in cards),
        "ungrounded": sum(r.status != "grounded" for r in cards),
        "errors": len(report.errors()),
        "warnings": len(report.warnings()),
        "silenced": len(report.silenced()),
        "hidden": len(whole.problems()) - len(report.problems()),
    }


def verdict(report: CheckReport, strict: bool = False, building: bool = False) -> str:
    """The last line of every check format a person reads."""
    s = summary(report)
    silenced = len(report.silenced())
    return (
        f"{'ok' if report.success(strict, building) else 'FAILED'}: {s['grounded']} of {count(s['cards'], 'card')} grounded in "
        f"{count(s['files'], 'deck file')}; {count(s['errors'], 'error')}, {count(s['warnings'], 'warning')}"
        + (f", {silenced} silenced" if silenced else "")
        + (f", {count(s['hidden'], 'finding')} not shown (--select/--ignore)" if s["hidden"] else "")
    )


def lock_notices(report: CheckReport) -> list[tuple[str, str]]:
    """(deck file, sentence) for each lock the next build will change, unless DG002 already says so."""
    return [
        (f.path, f"{f.lock.describe()}; 'deckgen build' will update it (commit it; 'check --locked' fails until then)")
        for f in report.lock_updates()
        if f.lock is not None and not any(p.code == "DG002" for p in f.problems)
    ]


@formatter("check", "text")
def check_text(report: CheckReport, strict: bool = False, building: bool = False) -> str:
    """flake8-style lines, the locks the next build will update, then a one-line summary.

    ``building``: the report of a build, which also refuses the warnings that block one."""
    lines = [
        str(p) + (" (warning" + (", refused by build" if building and CODES[p.code].blocks_build else "") + ")" if p.severity == "warning" else "")
        for p in report.problems()
    ]
    lines += [f"silenced: {p} (reason: {reason})" for p, reason in report.silenced()]
    lines += [f"{path}: notice: {what}" for path, what in lock_notices(report)]
    lines.append(verdict(report, strict, building))
    return "\n".join(lines)


def problem_json(p: Problem, with_file: bool = False) -> dict:
    out = {"code": p.code, "message": p.message, "line": p.line, "col": p.col, "severity": p.severity}
    if with_file:
        out = {"code": p.code, "file": p.path, **{k: v for k, v in out.items() if k != "code"}}
    if p.data:
        out["data"] = dict(p.data)
    return out


def card_json(r: CardResult) -> dict:
    ev = r.located[0] if r.located else None
    return {
        "deck": r.deck.id,
        "id": r.card.id,
        "file": r.deck.display_path,
        "line": r.card.line,
        "source": r.deck.source_of(r.card).id or None,  # None: the one-source form's source, which has no id
        "status": r.status,
        "problems": [problem_json(p) for p in r.problems],
        "silenced": [{**problem_json(p), "reason": reason} for p, reason in r.silenced],
        "evidence": {"start": ev.start, "end": ev.end, "line": ev.line, "paragraph": ev.paragraph} if ev else None,
    }


@formatter("check", "json")
def check_json(report: CheckReport, strict: bool = False) -> str:
    cards = []
    file_problems = []
    for f in report.files:
        if f.invalid:
            p = f.problems[0]
            cards.append(
                {"deck": None, "id": None, "file": p.path, "line": p.line, "status": "invalid", "problems": [problem_json(p)], "evidence": None}
            )
            continue
        cards.extend(card_json(r) for r in f.cards)
        file_problems.extend(problem_json(p, with_file=True) for p in f.problems)
    locks = [
        {
            "deck": f.deck.id if f.deck else None,
            "file": f.path,
            "lock_file": f.lock.path.name,
            "current": f.lock.current,
            "exists": f.lock.lock is not None,
            "added": list(f.lock.changes.added),
            "changed": list(f.lock.changes.changed),
            "removed": list(f.lock.changes.removed),
            "note_type_changed": f.lock.changes.note_type_changed,
            "revised_sources": list(f.lock.revised),  # sources whose text differs from the lock's record
        }
        for f in report.files
        if f.lock is not None
    ]
    out = {
        "cards": cards,
        "deck_problems": file_problems,
        "locks": locks,  # what the next build records in each deck's lock file
        "summary": {**summary(report), "success": report.success(strict)},
    }
    return json_printable(json.dumps(out, ensure_ascii=False, indent=2))


def _workflow_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


@formatter("check", "github")
def check_github(report: CheckReport, strict: bool = False) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's lines."""
    lines = []
    for p in report.problems():
        level = "error" if p.severity == "error" or strict else "warning"
        lines.append(
            f"::{level} file={_workflow_escape(printable(p.path), True)},line={p.line},col={p.col},"
            f"title={p.code}::{_workflow_escape(p.code + ' ' + printable(p.message))}"
        )
    for path, what in lock_notices(report):
        lines.append(f"::notice file={_workflow_escape(printable(path), True)},line=1,col=1,title=lock file::{_workflow_escape(printable(what))}")
    lines.append(verdict(report, strict))
    return "\n".join(lines)


@formatter("check", "junit")
def check_junit(report: CheckReport, strict: bool = False) -> str:
    """JUnit XML: a testsuite per deck file, a testcase for the file and one per card."""
    from xml.sax.saxutils import escape as xml_escape  # here: it costs start-up for every other format
    from xml.sax.saxutils import quoteattr

    def case(classname: str, name: str, problems, extra: str = "", silenced=()) -> tuple[str, bool]:
        """A testcase: its errors (and, with --strict, its warnings) as failures, other warnings as output."""
        body, failed = [], False
        notes = [f"silenced: {p} (reason: {reason})" for p, reason in silenced]
        for p in problems:
            if p.severity == "error" or strict:
                body.append(f"<failure type={quoteattr(p.code)} message={quoteattr(printable(p.message))}>{xml_escape(str(p))}</failure>")
                failed = True
            else:
                notes.append(f"{p} (warning)")
        if notes:
            body.append(f"<system-out>{xml_escape(chr(10).join(notes))}</system-out>")
        return f"<testcase classname={quoteattr(printable(classname))} name={quoteattr(name)}{extra}>{''.join(body)}</testcase>", failed

    suites, tests, failures = [], 0, 0
    for f in report.files:
        # The deck file is a test case of its own: an invalid file, a lock out of date,
        # a duplicate question are findings about the file, and a red job needs a red report.
        cases = [case(f.path, "(deck file)", f.problems)]
        for r in f.cards:
            extra = f" file={quoteattr(printable(f.path))} line={quoteattr(str(r.card.line))}"
            cases.append(case(r.deck.id, r.card.id, r.problems, extra, r.silenced))
        failed = sum(fl for _, fl in cases)
        tests, failures = tests + len(cases), failures + failed
        suites.append(f"<testsuite name={quoteattr(printable(f.path))} tests={quoteattr(str(len(cases)))} failures={quoteattr(str(failed))}>")
        suites.extend(c for c, _ in cases)
        suites.append("</testsuite>")
    head = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="deckgen check" tests="{tests}" failures="{failures}">']
    return "\n".join([*head, *suites, "</testsuites>"])


# -- coverage -----------------------------------------------------------------------


@formatter("coverage", "text")
def coverage_text(report: CoverageReport) -> str:
    lines = []
    for d in report.decks:
        lines.append(f"{printable(d.label)}: {d.percent:.1f}% of {len(d.items)} items covered")
        for i in d.items:
            mark = "✓" if i.cards else ("-" if i.exempt else "✗")
            who = ", ".join(i.cards) if i.cards else (f"exempt: {i.exempt}" if i.exempt else "NOT COVERED")
            text = printable(" ".join(i.text.split()))  # an item may run across a line break (a list of years)
            lines.append(f"  {mark} line {i.line:>3} {i.kind:<6} {text}  [{who}]")
    lines.append(f"coverage: {report.percent:.1f}%")
    return "\n".join(lines)


@formatter("coverage", "json")
def coverage_json(report: CoverageReport) -> str:
    data = {
        "decks": [
            {
                "deck": d.deck.id,
                "file": d.deck.display_path,
                **({"source": d.source.id} if d.source is not None and d.source.id else {}),
                "percent": round(d.percent, 2),
                "items": [
                    {
                        "kind": i.kind,
                        "text": i.text,
                        "start": i.start,
                        "end": i.end,
                        "line": i.line,
                        "cards": list(i.cards),
                        "exempt": i.exempt or None,
                        "covered": i.covered,
                    }
                    for i in d.items
                ],
            }
            for d in report.decks
        ],
        "percent": round(report.percent, 2),
    }
    return json_printable(json.dumps(data, ensure_ascii=False, indent=2))


# -- diff: release notes --------------------------------------------------------------

_MARKDOWN = lazy(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def md(text: str) -> str:
    """Card text as one line of Markdown that renders as itself."""
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """Inline code that survives backticks inside ``text``, on one line whatever it holds."""
    text = printable(text)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def block(text: str) -> list[str]:
    """A fenced code block, so the search can be copied as it is."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, text, fence]


@formatter("diff", "text")
def diff_text(diffs: list[DeckDiff]) -> str:
    """Release notes for a terminal: the Markdown notes' words, without Markdown's escapes."""
    return "\n\n".join(_release_notes(d, markdown=False) for d in diffs)


@formatter("diff", "markdown")
def diff_markdown(diffs: list[DeckDiff]) -> str:
    return "\n\n".join(_release_notes(d, markdown=True) for d in diffs)


def _release_notes(d: DeckDiff, markdown: bool) -> str:
    from .decks import display

    if markdown:
        text, literal, fenced, bold, heading = md, code, block, (lambda s: f"**{s}**"), "## "
    else:
        text, literal, fenced, bold, heading = (lambda s: printable(" ".join(s.split()))), printable, (lambda s: ["    " + printable(s)]), str, ""
    deck, changes = d.deck, d.changes
    baseline = f"the release {literal(d.since)}" if d.since else literal(display(d.lock_file))
    out = [f"{heading}{text(deck.name)}", ""]
    if d.lock is None:
        if d.since:
            out.append(f"First release of {literal(deck.display_path)}: it was not released at {literal(d.since)}, so every card is new ({len(changes.added)}).")
        else:
            out.append(
                f"First release of {literal(deck.display_path)}: there is no lock file ({baseline}) yet, "
                f"so every card is new ({len(changes.added)})."
            )
    elif changes.empty:
        out.append(f"No changes: {literal(deck.display_path)} renders exactly as recorded in {baseline}.")
    else:
        counts = [
            count(len(v), "card") + " " + k
            for k, v in (("added", changes.added), ("changed", changes.changed), ("removed", changes.removed))
            if v
        ]
        if changes.note_type_changed:
            counts.append("note type changed")
        out.append(f"{literal(deck.display_path)} compared with {baseline}: {', '.join(counts)}.")

    quote = "> " if markdown else ""
    if d.ungrounded:
        out += [
            "",
            f"{quote}{bold('Warning:')} {count(d.ungrounded, 'card')} of this deck "
            f"{'does' if d.ungrounded == 1 else 'do'} not pass {literal('deckgen check')}; "
            f"{literal('deckgen build')} will not build it until they do.",
        ]
    if d.lock is not None and d.lock.deck != deck.id:
        out += [
            "",
            f"{quote}{bold('Warning:')} the deck id changed from {literal(d.lock.deck)} to {literal(deck.id)}. "
            "Anki identifies notes by deck id and card id, so learners who import this version get a "
            "second copy of every card. Change the id back unless that is what you want.",
        ]

    sub = "### " if markdown else ""
    if changes.added:
        out += ["", f"{sub}Added ({len(changes.added)})", ""]
        out += [f"- {literal(cid)} {text(d.specs[cid].card.q)}" for cid in changes.added]
    if changes.changed:
        out += [
            "",
            f"{sub}Changed ({len(changes.changed)})",
            "",
            "Importing updates these notes in place and keeps their review history, scheduling, flags and "
            "suspensions; your own edits to these notes (text and tags) are replaced by this version's.",
            "",
        ]
        out += [f"- {literal(cid)} {text(d.specs[cid].card.q)}" for cid in changes.changed]
    if changes.removed:
        out += [
            "",
            f"{sub}Removed ({len(changes.removed)})",
            "",
            "Importing never deletes notes, so these stay in your collection (with their review history) "
            f"until you delete them. In Anki, open {bold('Browse')}, paste the search below into the search bar, "
            f"select the notes it finds and delete them ({bold('Notes → Delete')}).",
            "",
        ]
        out += [f"- {literal(cid)}" for cid in changes.removed]
        out += [""]
        out += fenced(d.removed_search)
    if changes.note_type_changed:
        out += [
            "",
            f"{sub}Note type changed",
            "",
            "The note type (fields, card templates or styling) changed since that release. "
            f"If its fields changed, learners who already have this deck must tick {bold('Merge note types')} "
            "when importing; otherwise Anki reports every note as conflicting and updates none of them.",
        ]
    return "\n".join(out)


@formatter("diff", "json")
def diff_json(diffs: list[DeckDiff]) -> str:
    data = [
        {
            "deck": d.deck.id,
            "file": d.deck.display_path,
            "since": d.since or None,
            "first_release": d.lock is None,
            "added": [{"id": cid, "q": d.specs[cid].card.q} for cid in d.changes.added],
            "changed": [{"id": cid, "q": d.specs[cid].card.q} for cid in d.changes.changed],
            "removed": [{"id": cid} for cid in d.changes.removed],
            "note_type_changed": d.changes.note_type_changed,
            "removed_search": d.removed_search if d.changes.removed else None,
            "ungrounded": d.ungrounded,
        }
        for d in diffs
    ]
    return json_printable(json.dumps({"decks": data}, ensure_ascii=False, indent=2))


# -- find ---------------------------------------------------------------------------


@formatter("find", "yaml")
def find_yaml(found: FoundPassages) -> str:
    """One ready-to-paste ``cite:`` line per passage, naming where it is."""
    from .find import yaml_quote

    lines = []
    for p in found.passages:
        where = f"line {p.line}" + (f" of {p.source}" if found.several_sources else "")
        lines.append(f"cite: {yaml_quote(p.text)}  # {where}")
    return "\n".join(lines)


@formatter("find", "json")
def find_json(found: FoundPassages) -> str:
    data = [{"text": p.text, "source": p.source, "line": p.line, "start": p.start, "end": p.end} for p in found.passages]
    return json_printable(json.dumps({"passages": data}, ensure_ascii=False, indent=2))


# -- init ---------------------------------------------------------------------------


@formatter("init", "text")
def init_text(created: Created) -> str:
    """What init made, and the author's next steps."""
    from .decks import display

    where = display(created.deck)
    source = f"copied the source to {display(created.source)}" if created.copied else f"using {display(created.source)}"
    return "\n".join(
        [
            f"created {where} with one example card, and its lock {display(created.lock)}; {source}",
            "next:",
            f"  1. fill in the source's title, publisher, author, published and url in {where}",
            f'  2. find passages to cite:  deckgen find "words from the article" --deck {where}',
            f"  3. write cards, then check them:  deckgen check {where}",
            f"  4. build the Anki deck:  deckgen build {where}",
        ]
    )
