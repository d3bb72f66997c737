"""Reporters: one class per output format of ``deckgen check``.

Adding a format is adding a class to REPORTERS; nothing else changes.
"""

from __future__ import annotations

import json
from .check import CheckReport
from .errors import json_printable, printable
from .grounding import CardResult


def summary(report: CheckReport) -> dict[str, int]:
    cards = report.cards
    return {
        "files": len(report.files),
        "invalid_files": sum(f.invalid for f in report.files),
        "cards": len(cards),
        "grounded": sum(r.status == "grounded" for r in cards),
        "ungrounded": sum(r.status != "grounded" for r in cards),
        "errors": len(report.errors()),
        "warnings": len(report.warnings()),
    }


class Reporter:
    name = ""

    def render(self, report: CheckReport, strict: bool = False) -> str:
        raise NotImplementedError


class TextReporter(Reporter):
    """flake8-style lines, then a one-line summary."""

    name = "text"

    def render(self, report: CheckReport, strict: bool = False) -> str:
        lines = [str(p) + (" (warning)" if p.severity == "warning" else "") for p in report.problems()]
        s = summary(report)
        verdict = "ok" if report.success(strict) else "FAILED"
        lines.append(
            f"{verdict}: {s['grounded']} of {s['cards']} cards grounded in {s['files']} deck file(s); "
            f"{s['errors']} error(s), {s['warnings']} warning(s)"
        )
        return "\n".join(lines)


def problem_json(p) -> dict:
    out = {"code": p.code, "message": p.message, "line": p.line, "col": p.col, "severity": p.severity}
    if p.data:
        out["data"] = dict(p.data)
    return out


def card_json(r: CardResult) -> dict:
    ev = r.evidence[0] if r.evidence else None
    return {
        "deck": r.deck.id,
        "id": r.card.id,
        "file": r.deck.display_path,
        "line": r.card.line,
        "status": r.status,
        "problems": [problem_json(p) for p in r.problems],
        "evidence": {"start": ev.start, "end": ev.end, "line": ev.line, "paragraph": ev.paragraph} if ev else None,
    }


class JsonReporter(Reporter):
    name = "json"

    def render(self, report: CheckReport, strict: bool = False) -> str:
        cards = []
        file_problems = []
        for f in report.files:
            if f.invalid:
                p = f.problems[0]
                cards.append(
                    {
                        "deck": None,
                        "id": None,
                        "file": p.path,
                        "line": p.line,
                        "status": "invalid",
                        "problems": [{"code": p.code, "message": p.message, "line": p.line, "col": p.col, "severity": p.severity}],
                        "evidence": None,
                    }
                )
                continue
            cards.extend(card_json(r) for r in f.cards)
            file_problems.extend(
                {"code": p.code, "file": p.path, "line": p.line, "col": p.col, "message": p.message, "severity": p.severity}
                for p in f.problems
            )
        out = {"cards": cards, "deck_problems": file_problems, "summary": {**summary(report), "success": report.success(strict)}}
        return json_printable(json.dumps(out, ensure_ascii=False, indent=2))


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: annotations on the pull request's lines."""

    name = "github"

    @staticmethod
    def _escape(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    def render(self, report: CheckReport, strict: bool = False) -> str:
        lines = []
        for p in report.problems():
            level = "error" if p.severity == "error" or strict else "warning"
            lines.append(
                f"::{level} file={self._escape(printable(p.path), True)},line={p.line},col={p.col},"
                f"title={p.code}::{self._escape(p.code + ' ' + printable(p.message))}"
            )
        lines.append(TextReporter().render(report, strict).splitlines()[-1])
        return "\n".join(lines)


class JunitReporter(Reporter):
    """JUnit XML: a testsuite per deck file, a testcase per card."""

    name = "junit"

    def render(self, report: CheckReport, strict: bool = False) -> str:
        from xml.sax.saxutils import escape as xml_escape  # here: it costs start-up for every other format
        from xml.sax.saxutils import quoteattr

        out = ['<?xml version="1.0" encoding="UTF-8"?>']
        s = summary(report)
        out.append(f'<testsuites name="deckgen check" tests="{s["cards"] + s["invalid_files"]}" failures="{s["ungrounded"] + s["invalid_files"]}">')
        for f in report.files:
            failures = sum(r.status != "grounded" for r in f.cards) + f.invalid
            out.append(f"<testsuite name={quoteattr(printable(f.path))} tests={quoteattr(str(len(f.cards) + f.invalid))} failures={quoteattr(str(failures))}>")
            if f.invalid:
                p = f.problems[0]
                out.append(f"<testcase classname={quoteattr(printable(f.path))} name=\"(deck file)\">")
                out.append(f"<failure type={quoteattr(p.code)} message={quoteattr(printable(p.message))}>{xml_escape(str(p))}</failure></testcase>")
            for r in f.cards:
                out.append(f"<testcase classname={quoteattr(r.deck.id)} name={quoteattr(r.card.id)} file={quoteattr(printable(f.path))} line={quoteattr(str(r.card.line))}>")
                for p in r.problems:
                    if p.severity == "error":
                        out.append(f"<failure type={quoteattr(p.code)} message={quoteattr(printable(p.message))}>{xml_escape(str(p))}</failure>")
                out.append("</testcase>")
            out.append("</testsuite>")
        out.append("</testsuites>")
        return "\n".join(out)


REPORTERS: dict[str, type[Reporter]] = {r.name: r for r in (TextReporter, JsonReporter, GithubReporter, JunitReporter)}
