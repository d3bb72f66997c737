"""The command line. Each command reads options, calls one library function, reports, exits."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from . import __version__
from .errors import DeckgenError, json_printable, printable

DEFAULT_PATHS = ("cards",)


def paths_argument(fn):
    return click.argument("paths", nargs=-1, type=click.Path())(fn)


def echo(text: str, err: bool = False, fmt: str = "text") -> None:
    """Print ``text`` as text, never as control codes: every line of output leaves through here."""
    click.echo(json_printable(text) if fmt == "json" else printable(text, lines=True), err=err)


def fail(error: DeckgenError) -> None:
    echo(f"error: {error}", err=True)
    sys.exit(1)


@contextlib.contextmanager
def progress_bar():
    """A progress callback drawing a bar on stderr when it is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=1, label="deckgen", file=sys.stderr) as bar:

        def update(done: int, total: int, label: str) -> None:
            bar.length = max(total, 1)
            bar.label = label
            bar.update(done - bar.pos)

        yield update


@click.group()
@click.version_option(__version__, prog_name="deckgen")
def main() -> None:
    """Turn question-and-answer cards about a source text into Anki decks, checking every answer against the source."""


@main.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github", "junit"]), default="text", show_default=True, help="Output format.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check(paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Check that every card's cite is in its source and supports its answer.

    PATHS are deck files or folders of them (default: cards/). Exit 0 when every
    card is grounded, 1 when any is not or a file is invalid.
    """
    from .check import run_check
    from .report import REPORTERS

    try:
        report = run_check(paths or DEFAULT_PATHS)
    except DeckgenError as e:
        fail(e)
    echo(REPORTERS[fmt]().render(report, strict), fmt=fmt)
    sys.exit(0 if report.success(strict) else 1)


@main.command()
@paths_argument
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build"), show_default=True, help="Folder for the .apkg files.")
def build(paths: tuple[str, ...], out_dir: Path) -> None:
    """Check, then build one .apkg per deck into OUTPUT and update each deck's lock file."""
    from .build import describe, run_build
    from .report import TextReporter

    try:
        with progress_bar() as progress:
            result = run_build(paths or DEFAULT_PATHS, out_dir, progress=progress)
    except DeckgenError as e:
        fail(e)
    if not result.check.success():
        echo(TextReporter().render(result.check), err=True)
        echo("error: not building: fix the findings above first", err=True)
        sys.exit(1)
    for b in result.built:
        note = "" if b.changes.empty else f" ({describe(b.changes)})"
        echo(f"built {b.path} with {b.cards} cards{note}")
        if b.changes.note_type_changed:
            echo(
                "warning: the note type's fields, templates or CSS changed since the lock was written; "
                "learners who import this deck get the new look (bump NOTE_TYPE_VERSION when fields change)",
                err=True,
            )
    if not result.built:
        echo("no decks found", err=True)
        sys.exit(1)


@main.command()
@paths_argument
def diff(paths: tuple[str, ...]) -> None:
    """Compare each deck with its lock file: added, changed and removed cards.

    Prints Markdown suitable as release notes, with an Anki search for the
    removed cards (importing never deletes notes).
    """
    from .diff import diff_report

    try:
        echo(diff_report(paths or DEFAULT_PATHS))
    except DeckgenError as e:
        fail(e)


def _a_number(value: float | None) -> float | None:
    """NaN passes FloatRange (every comparison with it is false) and would never fail: refuse it."""
    if value is not None and value != value:
        raise click.BadParameter("nan is not a percentage; give a number from 0 to 100")
    return value


@main.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, callback=lambda ctx, param, value: _a_number(value), help="Exit 1 if coverage is below this percentage.")
def coverage(paths: tuple[str, ...], fmt: str, fail_under: float | None) -> None:
    """List every date, figure and attributed statement in each source and the cards citing it."""
    from .coverage import run_coverage

    try:
        report = run_coverage(paths or DEFAULT_PATHS)
    except DeckgenError as e:
        fail(e)
    echo(report.to_json() if fmt == "json" else report.to_text(), fmt=fmt)
    if fail_under is not None and report.percent < fail_under:
        echo(f"error: coverage {report.percent:.1f}% is under {fail_under:g}%", err=True)
        sys.exit(1)


@main.command()
@paths_argument
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build/preview"), show_default=True, help="Folder for the static site.")
def preview(paths: tuple[str, ...], out_dir: Path) -> None:
    """Write a static HTML preview of every card and its source, with cited passages highlighted."""
    from .preview import write_preview

    try:
        index = write_preview(paths or DEFAULT_PATHS, out_dir)
    except DeckgenError as e:
        fail(e)
    echo(f"wrote {index}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of deck files (for editors' YAML language server)."""
    from .schema import schema_text

    echo(schema_text(), fmt="json")


@main.command()
@click.argument("text")
@click.option("--deck", "deck_path", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Deck whose source to search (default: every deck in cards/).")
@click.option("-n", "--limit", type=click.IntRange(1, 50), default=3, show_default=True, help="How many passages.")
def find(text: str, deck_path: Path | None, limit: int) -> None:
    """Print the source passages that best match TEXT as ready-to-paste cite: lines."""
    from .find import find_cites

    try:
        lines = find_cites(text, deck_path, limit)
    except DeckgenError as e:
        fail(e)
    if not lines:
        echo("no passage found", err=True)
        sys.exit(1)
    echo("\n".join(lines))


@main.command()
@click.argument("slug")
@click.option("--source", "source", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True, help="The article's text file (UTF-8).")
@click.option("--cards-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("cards"), show_default=True, help="Where decks live.")
def init(slug: str, source: Path, cards_dir: Path) -> None:
    """Start a new deck SLUG for another article: copy its source and write a deck file."""
    from .scaffold import init_deck

    try:
        message = init_deck(slug, source, cards_dir)
    except DeckgenError as e:
        fail(e)
    echo(message)
