"""The command line. Each command reads options, calls one library function, reports, exits."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import DeckgenError

DEFAULT_PATHS = ("cards",)


def paths_argument(fn):
    return click.argument("paths", nargs=-1, type=click.Path())(fn)


def fail(error: DeckgenError) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(1)


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
    click.echo(REPORTERS[fmt]().render(report, strict))
    sys.exit(0 if report.success(strict) else 1)


@main.command()
@paths_argument
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build"), show_default=True, help="Folder for the .apkg files.")
def build(paths: tuple[str, ...], out_dir: Path) -> None:
    """Check, then build one .apkg per deck into OUTPUT and update each deck's lock file."""
    from .build import describe, run_build
    from .report import TextReporter

    try:
        result = run_build(paths or DEFAULT_PATHS, out_dir)
    except DeckgenError as e:
        fail(e)
    if not result.check.success():
        click.echo(TextReporter().render(result.check), err=True)
        click.echo("error: not building: fix the findings above first", err=True)
        sys.exit(1)
    for b in result.built:
        note = "" if b.changes.empty else f" ({describe(b.changes)})"
        click.echo(f"built {b.path} with {b.cards} cards{note}")
        if b.changes.note_type_changed:
            click.echo(
                "warning: the note type's fields, templates or CSS changed since the lock was written; "
                "learners who import this deck get the new look (bump NOTE_TYPE_VERSION when fields change)",
                err=True,
            )
    if not result.built:
        click.echo("no decks found", err=True)
        sys.exit(1)
