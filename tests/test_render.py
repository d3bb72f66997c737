"""Card text escaping: the replacements ``escape`` makes one by one are the table's, applied at once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.render import _ESCAPES, escape

# What ``escape`` did before it replaced character by character (``str.translate`` with the table).
AT_ONCE = str.maketrans(_ESCAPES)

# The table's keys, what its replacements are written with, and text that is not ASCII.
ALPHABET = st.sampled_from([*_ESCAPES, *"&#;<>x0123456789abrlt", "\r", "\\", "价格", "é", "ﬁ", " "])


@settings(max_examples=400, deadline=None, database=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_escape_replaces_each_character_once_as_translate_did(text):
    expected = text.replace("\r\n", "\n").translate(AT_ONCE)
    assert escape(text, math=True) == expected


def test_replacements_that_write_another_key_are_not_replaced_again():
    # "&" first, the line break (whose <br> holds "<" and ">") last.
    assert escape("a&b\n<c>:{[", math=True) == "a&amp;b<br>&lt;c&gt;&#58;&#123;&#91;"
    assert escape("运费为 5&lt; 元\n") == "运费为 5&amp;lt; 元<br>"
