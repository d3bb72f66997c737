"""Reading an article as authors have it: a saved web page or a Markdown file, as plain text.

A page's main text comes from ``trafilatura`` (the field's standard extractor:
it drops navigation, footers, related links and comments) and its publication
date from ``htmldate``; a Markdown file is parsed by ``markdown-it-py`` and its
markup dropped. Either way the result has one paragraph per line, the shape the
checker counts paragraphs by. Metadata is taken only from what the file itself
carries: a field the page does not state stays empty, never guessed.

The heavy libraries are imported inside the readers, so ``deckgen check`` does
not pay for them at start-up.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path

from .decks import MAX_SOURCE_BYTES, URL, display, read_limited, read_source
from .errors import DeckgenError

META_FIELDS = ("title", "author", "publisher", "published", "url")


@dataclass(frozen=True)
class Extracted:
    """An article's text (one paragraph a line) and the metadata its file states ("" where it states none)."""

    text: str
    title: str = ""
    author: str = ""
    publisher: str = ""
    published: str = ""  # ISO date, YYYY-MM-DD
    url: str = ""

    def metadata(self) -> dict[str, str]:
        """The metadata fields the file stated, in deck order."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in META_FIELDS and getattr(self, f.name)}


def extract_source(path: Path | str) -> Extracted:
    """The article in ``path``, read by the reader its suffix names."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if path.suffix.lower() == ".txt":
        raise DeckgenError("a text file needs no extraction; copy it into the sources/ folder beside the deck", display(path))
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        raise DeckgenError(f"cannot read a source from a '{path.suffix or 'suffixless'}' file; give one of {kinds}", display(path))
    return reader(path)


def is_extractable(path: Path | str) -> bool:
    """Whether ``path`` is a page or Markdown file (to extract) rather than a text file (to copy)."""
    return Path(path).suffix.lower() in READERS


# -- web pages ------------------------------------------------------------------

# A page has at least one of these tags; a file without any is not a page.
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6])[\s>/]", re.IGNORECASE)
# A byline that names the editor, not the writer: not an author.
_EDITOR = re.compile(r"^\s*(?:责任编辑|責任編輯|编辑|編輯|Editor|Edited by)\b", re.IGNORECASE)
# Labels before a writer's name, which are not part of it.
_AUTHOR_LABEL = re.compile(r"^\s*(?:(?:作者|文|记者|記者)\s*[:：/／]|(?:记者|記者)\s|By\s)\s*", re.IGNORECASE)
# Separators between a title and the site name some pages append to it.
_TITLE_SEPARATORS = " |-–—:：｜·"


def extract_page(path: Path | str) -> Extracted:
    """The main text and stated metadata of a saved web page (any encoding the page declares)."""
    import htmldate
    import trafilatura

    _quiet("trafilatura", "htmldate")
    path = Path(path)
    name = display(path)
    data = read_limited(path, MAX_SOURCE_BYTES, lambda m: DeckgenError(m, name), "the page", "for a page")
    if b"\x00" in data[:8192]:
        raise DeckgenError("the file is binary, not an HTML page; save the article's page as HTML", name)
    if not _HTML_TAG.search(data):
        raise DeckgenError("the file is not an HTML page (it has no <html>, <body> or paragraph tags)", name)
    tree = trafilatura.load_html(data)
    if tree is None:
        raise DeckgenError("the file is not an HTML page that can be parsed", name)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        output_format="python",
    )
    text = _plain(doc.text if doc is not None and doc.text else "")
    if not text:
        raise DeckgenError(
            "no article text could be extracted from the page; save the article's own page "
            "(not an index, search or login page), or copy its text into a .txt file",
            name,
        )
    # Only the page's stated dates: no guessing from free text (extensive_search).
    # From the bytes, not the tree: trafilatura's extraction may have pruned it.
    published = htmldate.find_date(data, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    publisher = _clean(doc.sitename)
    if publisher and doc.hostname and publisher.lower() == doc.hostname.lower():
        publisher = ""  # trafilatura fills a missing site name with the host name: not stated
    url = _clean(doc.url)
    return Extracted(
        text=text,
        title=_title(_clean(doc.title), publisher),
        author=_author(_clean(doc.author) or _meta_author(tree)),
        publisher=publisher,
        published=published or "",
        url=url if URL.match(url) else "",
    )


def _quiet(*loggers: str) -> None:
    """Keep a library's log records off stderr unless the caller configured logging.

    Without a handler of their own, Python prints their warnings to stderr, which
    would put lines such as "discarding data" under deckgen's one-line errors.
    """
    for name in loggers:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _title(title: str, publisher: str) -> str:
    """The title without the site name that pages append or prepend to it."""
    if publisher and title != publisher:
        for cut in (title.removesuffix(publisher), title.removeprefix(publisher)):
            if cut != title and cut.strip(_TITLE_SEPARATORS):
                return cut.strip(_TITLE_SEPARATORS)
    return title


def _meta_author(tree) -> str:
    """The page's own ``<meta name="author">``, which trafilatura drops when it is one CJK word (张翼)."""
    for value in tree.xpath('//head/meta[translate(@name, "AUTHOR", "author")="author"]/@content'):
        if _clean(value):
            return _clean(value)
    return ""


def _author(author: str) -> str:
    if _EDITOR.match(author):
        return ""
    return _AUTHOR_LABEL.sub("", author, count=1).strip()


def _clean(value) -> str:
    """A metadata value as one line of text, or ""."""
    if not isinstance(value, str):
        return ""
    return " ".join(unicodedata.normalize("NFC", value).split())


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _plain(text: str) -> str:
    """One paragraph a line, no blank or padded lines, no control characters, ending in a newline."""
    lines = (" ".join(_CONTROL.sub(" ", ln).split()) for ln in text.replace("\r\n", "\n").split("\n"))
    body = "\n".join(ln for ln in lines if ln)
    return body + "\n" if body else ""


# -- Markdown -------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Front-matter keys that state a field, in the order they are preferred.
_FRONT_KEYS = {
    "title": ("title",),
    "author": ("author", "authors"),
    "publisher": ("publisher", "site", "source"),
    "published": ("published", "date"),
    "url": ("url", "link", "canonical_url"),
}
_BLOCK_OPEN = ("paragraph_open", "heading_open", "th_open", "td_open")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def extract_markdown(path: Path | str) -> Extracted:
    """The text of a Markdown file without its markup; metadata from its YAML front matter and first heading."""
    from markdown_it import MarkdownIt

    path = Path(path)
    source = read_source(path, lambda m: DeckgenError(m))
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(source)
    if front:
        meta = _front_matter(front.group(1))
        source = source[front.end() :]
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    lines: list[str] = []
    row: list[str] | None = None
    first_heading = ""
    for i, tok in enumerate(tokens):
        if tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            lines.append("\t".join(row))
            row = None
        elif tok.type == "inline" and i and tokens[i - 1].type in _BLOCK_OPEN:
            text = _inline_text(tok.children or [])
            if row is not None:
                row.append(text)
            elif text:
                lines.append(text)
                if not first_heading and tokens[i - 1].tag == "h1":
                    first_heading = text
        elif tok.type in ("fence", "code_block"):
            lines.extend(tok.content.splitlines())
    text = _plain("\n".join(lines))
    if not text:
        raise DeckgenError("the Markdown file has no text to make cards from", display(path))
    if "title" not in meta and first_heading:
        meta["title"] = first_heading
    if meta.get("url") and not URL.match(meta["url"]):
        del meta["url"]
    return Extracted(text=text, **meta)


def _inline_text(children) -> str:
    """An inline run's words: links keep their text; images, HTML and emphasis marks go."""
    # An image's alt text sits in its own children, so skipping the token drops it.
    parts = [c.content if c.type in ("text", "code_inline") else "\n" for c in children if c.type in _INLINE_KEPT]
    # A line break inside a paragraph is a space, except between two CJK characters.
    joined = _BREAK.sub(lambda m: "" if _CJK.match(m.group(1)) and _CJK.match(m.group(2)) else " ", "".join(parts))
    return joined.replace("\n", " ").strip()


_INLINE_KEPT = ("text", "code_inline", "softbreak", "hardbreak")
_BREAK = re.compile(r"(?<=(\S))\n+(?=(\S))")


def _front_matter(block: str) -> dict[str, str]:
    """The metadata fields a YAML front matter states as plain strings (or dates)."""
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    meta = {}
    for name, keys in _FRONT_KEYS.items():
        for key in keys:
            value = data.get(key)
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                value = ", ".join(value)
            if hasattr(value, "isoformat"):
                value = value.isoformat()[:10]
            if isinstance(value, str) and _clean(value):
                meta[name] = _clean(value)
                break
    return meta


READERS = {".html": extract_page, ".htm": extract_page, ".md": extract_markdown, ".markdown": extract_markdown}
