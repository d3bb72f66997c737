"""How much of each saved page's article text ``deckgen source add`` keeps (issue 14).

    python benchmarks/extraction.py          # the table and the mean; exit 1 if the mean F1 is under 0.95

For every page in ``tests/pages/pages.json`` it compares deckgen's extraction
(``deckgen.extract.extract_page``) with the page's reference text, and, for
scale, trafilatura's own default ``extract()`` with the same reference. The
score is token F1 over bags of tokens: words (letters and digits, case-folded)
in space-separated languages, single characters in Chinese, Japanese and
Korean, where words are not separated; punctuation is not a token. Precision
falls when boilerplate is kept, recall when article text is lost.

What the references are is stated per page in ``pages.json``: the
hand-annotated article bodies of the Scrapinghub article-extraction benchmark
where the page comes from it, and otherwise the paragraphs of the article
element picked by hand in the page's HTML.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
TARGET = 0.95
# One CJK character is one token; elsewhere a run of letters and digits is.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
TOKEN = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+")


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(text.casefold()))


def scores(got: str, want: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``got`` against ``want``, as bags of tokens."""
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return p, r, 2 * p * r / (p + r)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    import trafilatura

    from deckgen.extract import extract_page

    pages = json.loads((PAGES / "pages.json").read_text(encoding="utf-8"))
    rows = []
    for page in pages:
        want = (PAGES / page["reference_file"]).read_text(encoding="utf-8")
        ours = extract_page(PAGES / page["file"]).text
        theirs = trafilatura.extract((PAGES / page["file"]).read_bytes()) or ""
        p, r, f = scores(ours, want)
        rows.append((page["file"], page["lang"], page["reference"].split(":")[0], sum(tokens(want).values()), p, r, f, scores(theirs, want)[2]))
    print(f"| page | lang | reference | ref tokens | precision | recall | F1 | trafilatura default F1 |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for name, lang, ref, n, p, r, f, t in rows:
        print(f"| {name} | {lang} | {ref} | {n} | {p:.3f} | {r:.3f} | {f:.3f} | {t:.3f} |")
    mean = sum(r[6] for r in rows) / len(rows)
    mean_t = sum(r[7] for r in rows) / len(rows)
    print(f"| **mean** ({len(rows)} pages) | | | | {sum(r[4] for r in rows) / len(rows):.3f} | {sum(r[5] for r in rows) / len(rows):.3f} | **{mean:.3f}** | {mean_t:.3f} |")
    print(f"\nmean token F1 {mean:.3f} (target {TARGET}): {'pass' if mean >= TARGET else 'FAIL'}")
    return 0 if mean >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
