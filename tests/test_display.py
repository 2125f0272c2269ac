"""What JupyterLab does to output, undone: no `$` typeset as maths, printed lines broken at spaces only, wide
tables in their own scroll box."""
import re

import pandas as pd
import pytest

from framelab.context import glossary
from framelab.display import (
    NO_MATHS,
    PRINT_WIDTH,
    Table,
    Takeaway,
    article_html,
    dollars_as_text,
    layered_article_html,
    show_table,
    wrap_words,
)


def test_dollar_amounts_in_markdown_are_kept_from_mathjax():
    skip = '<span class="mathjax_ignore tex2jax_ignore">'
    assert dollars_as_text("two different $800 million deals, $300 later") == \
        f"two different {skip}$800 million</span> deals, {skip}$300</span> later"
    assert dollars_as_text(r"already \$5") == f"already {skip}$5</span>"
    assert dollars_as_text("no money") == "no money"


def test_lesson_markdown_never_starts_maths_with_a_dollar_amount():
    """Notebook markdown keeps money out of MathJax's reach (a real JupyterLab typeset the text between two "\\$")."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for path in sorted(root.glob("notebooks/*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "markdown":
                bare = re.sub(r'<span class="mathjax_ignore tex2jax_ignore">[^<]*</span>', "", source)
                assert not re.search(r"\$\d", bare), (path.name, source[:80])


def test_article_views_are_never_typeset(seed):
    assert "$800 million" in seed.text
    for html in (article_html(seed), layered_article_html(seed, [], [])):
        assert html.startswith(f'<div class="{NO_MATHS}"')
        assert "mathjax_ignore" in NO_MATHS.split() and "tex2jax_ignore" in NO_MATHS.split()


def test_glossary_table_keeps_dollars_as_text_in_a_scroll_box():
    table = glossary()[["term", "definition", "source"]]
    dollars = table["definition"].str.contains("$", regex=False).sum()
    assert dollars >= 1
    html = show_table(table)._repr_html_()
    outer = re.match(r'<div class="([^"]+)" style="([^"]+)">', html)
    assert outer[1] == NO_MATHS and "overflow: auto" in outer[2] and "max-width: 100%" in outer[2]
    assert html.count("$") == table.to_html().count("$") and html.endswith("</table></div>")
    assert repr(show_table(table)) == table.to_string()


def test_table_escapes_cells_and_can_drop_the_index():
    html = Table(pd.DataFrame({"text": ["<script>x</script>"]}), index=False)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<th>0</th>" not in html


LONG = ("Takeaway: the agreement bans seabed pipelines, indirectly referring to U.S. efforts to persuade Kazakhstan "
        "to ship oil across the Caspian Sea; the quote scores +0.19 and the sentence −0.0258, a well-known "
        "anti-American-sounding result.")


@pytest.mark.parametrize("width", [PRINT_WIDTH, 40, 20])
def test_wrap_words_breaks_at_spaces_only(width):
    lines = wrap_words(LONG, width).splitlines()
    assert len(lines) > 1 and " ".join(lines) == LONG  # nothing lost, nothing split inside a word
    assert all(len(line) <= width for line in lines if " " in line)
    assert "Kazakhstan" in " ".join(lines).split() and "+0.19" in " ".join(lines).split()
    assert any("anti-American-sounding" in line for line in lines)  # hyphenated words stay whole


def test_wrap_words_keeps_existing_line_breaks():
    assert wrap_words("a b\n\nc", 3) == "a b\n\nc"


def test_takeaway_is_a_string_that_prints_wrapped(capsys):
    takeaway = Takeaway(LONG)
    assert takeaway == LONG and takeaway.startswith("Takeaway:")
    print(takeaway)
    printed = capsys.readouterr().out
    assert printed == wrap_words(LONG) + "\n" and max(map(len, printed.splitlines())) <= PRINT_WIDTH


def test_table_headers_may_break_after_dots_and_underscores():
    html = show_table(pd.DataFrame({"01.paragraph_count": ["correct"]}))._repr_html_()
    assert "<th>01.<wbr>paragraph_<wbr>count</th>" in html and "<td>correct</td>" in html
