"""The command line. Each command reads options, calls one library function, reports, exits."""

from __future__ import annotations

import atexit
import contextlib
import gc
import sys
from pathlib import Path

from . import generated

generated.install()  # (before Click: the classes the command's imports define run code kept between runs)

import click  # noqa: E402

from . import __version__
from .errors import DeckgenError, json_printable, printable

DEFAULT_PATHS = ("cards",)

# The path types the options share: click builds each type's messages through gettext
# when it is made, so each is made once (one per option, 14 of them, cost about 0.2 ms at start-up).
ANY_PATH = click.Path()
FOLDER = click.Path(file_okay=False, path_type=Path)
FILE = click.Path(dir_okay=False, path_type=Path)
EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
PATH = click.Path(path_type=Path)


def paths_argument(fn):
    return click.argument("paths", nargs=-1, type=ANY_PATH)(fn)


def format_option(command: str):
    """``--format`` with the choices the output layer has for ``command``; the first is the default."""
    from .report import FORMATS

    choices = list(FORMATS[command])
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True, help="Output format.")


def echo(text: str, err: bool = False, fmt: str = "text", nl: bool = True) -> None:
    """Print ``text`` as text, never as control codes: every line of output leaves through here."""
    click.echo(json_printable(text) if fmt == "json" else printable(text, lines=True), err=err, nl=nl)


def fail(error: DeckgenError) -> None:
    echo(f"error: {error}", err=True)
    sys.exit(1)


@contextlib.contextmanager
def terminated_as_exit():
    """SIGTERM (a CI job cancelled, a container stopped) unwinds like Ctrl-C: temporary
    files and folders are removed on the way out, and old files stay as they were."""
    import signal

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn question-and-answer cards about a source text into Anki decks, checking every answer against the source."""
    # A command is the whole life of the process: it runs without the cycle collector (its imports
    # and report too, not only the checking: each pass of the collector over what the imports made
    # finds nothing to free), and at exit its objects are frozen, so that the interpreter's last
    # collection does not walk every one of them only to free none (about 3% of a small check's
    # instructions). Registered once however often main runs.
    from .collector import cycle_collector_paused

    ctx.with_resource(cycle_collector_paused())
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def run() -> None:
    """``deckgen`` as a process (``python -m deckgen``, the ``deckgen`` script): ``main``, then an exit
    without the interpreter's teardown.

    Once a command has returned, its output is flushed and the exit functions have run (the pattern
    store is written there), what is left is freeing, one by one, every object the imports and the
    command made: about 3% of a small check's CPU time, for memory the operating system takes back
    at once. An error on the way out (a closed pipe) takes the ordinary exit instead."""
    import os

    try:
        main()
        status = 0
    except SystemExit as e:  # what sys.exit does with its argument, without the teardown after it
        if e.code is None or isinstance(e.code, int):
            status = e.code or 0
        else:
            print(e.code, file=sys.stderr)
            status = 1
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        sys.exit(status)
    os._exit(status)


def cache_option(fn):
    """``--no-cache``: check every card afresh and keep nothing in build/.cache/."""
    return click.option("--no-cache", is_flag=True, help="Check every deck afresh; neither read nor write build/.cache/.")(fn)


def check_cache(no_cache: bool):
    """The working folder's check cache (cache.py), unless ``--no-cache``."""
    if no_cache:
        return None
    from .cache import CheckCache

    return CheckCache()


def whole_reports():
    """The check cache's whole outputs (report_cache.ReportCache)."""
    from .report_cache import ReportCache

    return ReportCache()


def codes_option(name: str, help: str):
    def parse(ctx, param, value: str | None) -> tuple[str, ...]:
        from .findings import CODES

        prefixes = tuple(p.strip().upper() for p in (value or "").split(",") if p.strip())
        for p in prefixes:
            if not any(code.startswith(p) for code in CODES):
                raise click.BadParameter(f"no finding code starts with '{p}' (codes: {min(CODES)}-{max(CODES)}, see docs/findings.md)")
        return prefixes

    return click.option(name, metavar="CODES", default=None, callback=parse, help=help)


@main.command()
@paths_argument
@format_option("check")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@codes_option("--select", "Report only findings whose code starts with one of these (comma-separated, e.g. DG2,DG401).")
@codes_option("--ignore", "Leave out findings whose code starts with one of these (comma-separated).")
@click.option("--locked", is_flag=True, help="Fail when a deck's lock file is missing or out of date (DG002): what CI runs.")
@cache_option
def check(paths: tuple[str, ...], fmt: str, strict: bool, select: tuple[str, ...], ignore: tuple[str, ...], locked: bool, no_cache: bool) -> None:
    """Check that every card's cite is in its source and supports its answer.

    PATHS are deck files or folders of them (default: cards/). Exit 0 when every
    card is grounded, 1 when any is not or a file is invalid. A lock file the
    next build would change is a notice, or an error with --locked. Results
    are kept in build/.cache/ so that unchanged decks and cards are not checked
    again (--no-cache: not).
    """
    from .files import find_deck_files, no_deck_files

    try:
        files = find_deck_files(paths or DEFAULT_PATHS)
        if not files:
            raise no_deck_files(paths or DEFAULT_PATHS)
    except DeckgenError as e:
        fail(e)
    options = [fmt, strict, list(select), list(ignore), locked]
    reports = None if no_cache else whole_reports()
    kept = reports and reports.lookup(files, options)
    if kept:  # every deck file, lock and source as they were: the output as it was
        text, code = kept
        echo(text, fmt=fmt)
        sys.exit(code)
    before = reports and reports.inputs(files)

    from .check import run_check
    from .report import output

    try:
        report = run_check(files, locked=locked, cache=check_cache(no_cache)).only(select, ignore)
    except DeckgenError as e:
        fail(e)
    text, code = output("check", fmt, report, strict=strict), 0 if report.success(strict) else 1
    if reports:
        reports.store(files, options, before, report, text, code)
    echo(text, fmt=fmt)
    sys.exit(code)


@main.command()
@paths_argument
@click.option("-o", "--output", "out_dir", type=FOLDER, default=Path("build"), show_default=True, help="Folder for the .apkg files.")
@click.option("--locked", is_flag=True, help="Refuse to change any lock file: fail if one is missing or out of date.")
@cache_option
def build(paths: tuple[str, ...], out_dir: Path, locked: bool, no_cache: bool) -> None:
    """Check, then build one .apkg per deck into OUTPUT and update each deck's lock file.

    PATHS are deck files or folders of them (default: cards/).
    """
    from .build import run_build
    from .lock import describe
    from .report import count, output

    try:
        with terminated_as_exit(), progress_bar() as progress:
            result = run_build(paths or DEFAULT_PATHS, out_dir, progress=progress, locked=locked, cache=check_cache(no_cache))
    except DeckgenError as e:
        fail(e)
    if not result.check.success(building=True):
        echo(output("check", "text", result.check, building=True), err=True)
        echo("error: not building: fix the findings above first", err=True)
        sys.exit(1)
    for b in result.built:
        note = "" if b.changes.empty else f" ({describe(b.changes)})"
        echo(f"built {b.path} with {count(b.cards, 'card')}{note}")
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
@format_option("diff")
@click.option("--since", metavar="REV|FILE.apkg", default=None, help="Compare with the last release: a git revision (its lock file) or a published .apkg. Default: the committed lock file.")
def diff(paths: tuple[str, ...], fmt: str, since: str | None) -> None:
    """Release notes: the cards added, changed and removed since what learners have.

    PATHS are deck files or folders of them (default: cards/). Run it with
    --since the last release (e.g. --since v1) after a build; without it, it
    compares with the committed lock file, so run it before building. Removed
    cards come with an Anki search (importing never deletes notes).
    """
    from .diff import run_diff
    from .report import output

    try:
        echo(output("diff", fmt, run_diff(paths or DEFAULT_PATHS, since)), fmt=fmt)
    except DeckgenError as e:
        fail(e)


def _a_number(value: float | None) -> float | None:
    """NaN passes FloatRange (every comparison with it is false) and would never fail: refuse it."""
    if value is not None and value != value:
        raise click.BadParameter("nan is not a percentage; give a number from 0 to 100")
    return value


@main.command()
@paths_argument
@format_option("coverage")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, callback=lambda ctx, param, value: _a_number(value), help="Exit 1 if coverage is below this percentage.")
def coverage(paths: tuple[str, ...], fmt: str, fail_under: float | None) -> None:
    """List every date, figure and attributed statement in each source and the cards citing it.

    PATHS are deck files or folders of them (default: cards/).
    """
    from .coverage import run_coverage
    from .report import output

    try:
        report = run_coverage(paths or DEFAULT_PATHS)
    except DeckgenError as e:
        fail(e)
    echo(output("coverage", fmt, report), fmt=fmt)
    if fail_under is not None and report.percent < fail_under:
        echo(f"error: coverage {report.percent:.1f}% is under {fail_under:g}%", err=True)
        sys.exit(1)


@main.command()
@paths_argument
@click.option("-o", "--output", "out_dir", type=FOLDER, default=Path("build/preview"), show_default=True, help="Folder for the static site.")
def preview(paths: tuple[str, ...], out_dir: Path) -> None:
    """Write a static HTML preview of every card and its source, with cited passages highlighted.

    PATHS are deck files or folders of them (default: cards/). The preview is
    written whatever the check finds; exit 1 when a card is not grounded or a
    file is invalid (the pages say why), as `deckgen check` does.
    """
    from .check import run_check
    from .preview import write_site

    try:
        report = run_check(list(paths or DEFAULT_PATHS))
        index = write_site(report, out_dir)
    except DeckgenError as e:
        fail(e)
    echo(f"wrote {index}")
    if not report.success():
        errors = report.errors()
        echo(f"error: {len(errors)} {'finding' if len(errors) == 1 else 'findings'} in the decks; the preview shows each on its card (deckgen check lists them)", err=True)
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of deck files (for editors' YAML language server)."""
    from .schema import schema_text

    echo(schema_text(), fmt="json", nl=False)  # the text ends in its newline: `deckgen schema > deck.schema.json` is the file


@main.command()
@click.argument("text")
@click.option("--deck", "deck_path", type=FILE, default=None, help="Deck whose source to search (default: every deck in cards/).")
@click.option("-n", "--limit", type=click.IntRange(1, 50), default=3, show_default=True, help="How many passages.")
@click.option("--source", "source", default=None, metavar="ID", help="Search only the source with this id (default: every source).")
@format_option("find")
def find(text: str, deck_path: Path | None, limit: int, source: str | None, fmt: str) -> None:
    """Print the source passages that best match TEXT as ready-to-paste cite: lines."""
    from .find import run_find
    from .report import output

    try:
        found = run_find(text, deck_path, limit, source)
    except DeckgenError as e:
        fail(e)
    if not found.passages:
        echo("no passage found", err=True)
        sys.exit(1)
    echo(output("find", fmt, found), fmt=fmt)


@main.command()
@click.argument("slug")
@click.option("--source", "source", type=EXISTING_FILE, required=True, help="The article: a UTF-8 text file, a saved web page (.html) or Markdown (.md).")
@click.option("--cards-dir", type=FOLDER, default=Path("cards"), show_default=True, help="Where decks live.")
def init(slug: str, source: Path, cards_dir: Path) -> None:
    """Start a new deck SLUG for another article: copy its source and write a deck file."""
    from .report import output
    from .scaffold import init_deck

    try:
        created = init_deck(slug, source, cards_dir)
    except DeckgenError as e:
        fail(e)
    echo(output("init", "text", created))


@main.group()
def source() -> None:
    """Add an article's source text from a saved web page or a Markdown file."""


@source.command("add")
@click.argument("page", type=PATH)
@click.option("--deck", type=EXISTING_FILE, default=None, help="The deck the source is for; the text goes into sources/ beside it.")
@click.option("--cards-dir", type=FOLDER, default=Path("cards"), show_default=True, help="Where decks live (without --deck).")
def source_add(page: Path, deck: Path | None, cards_dir: Path) -> None:
    """Extract PAGE's article text (.html/.htm or .md) into <cards>/sources/<slug>.txt and print its source: block."""
    from .sources import add_source

    folder = deck.parent if deck else cards_dir
    try:
        echo(add_source(page, folder).report(deck, folder))
    except DeckgenError as e:
        fail(e)
