"""HTML views of an article, keyword hits and tables, and text that prints well in a notebook. All article and user
text is escaped.

Two things a notebook does to output that the kit must undo:
- JupyterLab typesets text between two `$` signs as maths, in markdown and in HTML output alike, so "$800 million
  ... $300 million" turns into italic formula. Every HTML view here is marked `mathjax_ignore` (MathJax 3's class
  for "leave this alone"; `tex2jax_ignore` for MathJax 2), and `dollars_as_text` wraps dollar amounts in markdown so MathJax skips them.
- JupyterLab's printed output breaks long lines at any character (CSS `word-break: break-all`), so a printed
  sentence can split "Kazakhstan" into "K" / "azakhstan". `wrap_words` and `Takeaway` break lines at spaces first.
"""
import re
import textwrap
from html import escape

from IPython.display import HTML

from framelab.article import Article
from framelab.reading import ContextLine

_BOX = "font-family: Georgia, serif; line-height: 1.5; max-width: 46em"
NO_MATHS = "mathjax_ignore tex2jax_ignore"  # MathJax 3 and MathJax 2 skip elements with these classes
PRINT_WIDTH = 79  # characters per printed line: fits JupyterLab's output area at 1366 px with the sidebar open


def dollars_as_text(markdown: str) -> str:
    """Markdown in which every dollar amount stays text, never maths: "$800 million" →
    '<span class="mathjax_ignore tex2jax_ignore">$800 million</span>'. JupyterLab's MathJax typesets the rendered
    page, after markdown has turned "\\$" or "&#36;" back into "$" (a real JupyterLab typeset the text between two
    of them), so only an element MathJax is told to skip is safe."""
    markdown = markdown.replace("\\$", "$").replace("&#36;", "$")
    return re.sub(r"\$[\d.,]+(?: (?:million|billion|thousand))?", lambda m: f'<span class="{NO_MATHS}">{m.group()}</span>',
                  markdown)


def wrap_words(text: str, width: int = PRINT_WIDTH) -> str:
    """`text` with its lines broken at spaces so none is longer than `width` (a word longer than the line stays
    whole, and hyphenated words are not split). Existing line breaks are kept."""
    return "\n".join(textwrap.fill(line, width=width, break_long_words=False, break_on_hyphens=False) or line
                     for line in str.__str__(text).split("\n"))


class Takeaway(str):
    """A takeaway sentence (a str) that prints wrapped at spaces, never mid-word: `print(Takeaway("…"))`."""

    def __str__(self) -> str:
        return wrap_words(self)


def takeaway(function):
    """Decorator: a chart's *_takeaway function returns a Takeaway, so `print(...)` wraps it at spaces only."""
    import functools

    @functools.wraps(function)
    def wrapped(*args, **kwargs) -> Takeaway:
        return Takeaway(function(*args, **kwargs))

    return wrapped


class Table:
    """A pandas table shown in its own scroll box: it never runs off a 1366-px screen, long text wraps inside
    its cell, no `$` becomes maths, and every value is escaped. Prints as the plain table elsewhere."""

    def __init__(self, table, index: bool = True, max_height: str = "32em"):
        self.table, self.index, self.max_height = table, index, max_height

    def _repr_html_(self) -> str:
        html = self.table.to_html(index=self.index, escape=True, na_rep="", border=0)
        # headers such as "01.paragraph_count" may break after "." and "_", so narrow columns stay narrow
        html = re.sub(r"<th>([^<]*)</th>", lambda m: "<th>" + re.sub(r"([._])", r"\1<wbr>", m[1]) + "</th>", html)
        return (f'<div class="{NO_MATHS}" style="max-width: 100%; overflow: auto; max-height: {self.max_height}">'
                f"{html}</div>")

    def __repr__(self) -> str:
        return self.table.to_string(index=self.index)


def show_table(table, index: bool = True) -> Table:
    """Display a pandas table in its own scroll box, with `$` kept as text (see Table)."""
    return Table(table, index=index)


def article_html(article: Article) -> str:
    """The article with numbered paragraphs, headline and dateline marked."""
    parts = [f'<div class="{NO_MATHS}" style="{_BOX}">']
    if article.headline:
        parts.append(f"<h3>{escape(article.headline)}</h3>")
    for paragraph in article.paragraphs:
        parts.append(f'<p><b aria-label="paragraph {paragraph.number}">¶{paragraph.number}</b> '
                     f"{escape(paragraph.text)}</p>")
    parts.append("</div>")
    return "".join(parts)


def show_article(article: Article) -> HTML:
    return HTML(article_html(article))


def context_lines_html(query: str, hits: list[ContextLine]) -> str:
    """Keyword-in-context lines as an HTML table (keyword highlighted), or a plain message."""
    query = " ".join((query or "").split())
    if not query:
        return "<p>Type a word (or pick one from the list) to see every place it is used.</p>"
    if not hits:
        return f"<p>“{escape(query)}” does not occur in the article. Check the spelling, or try a shorter form.</p>"
    rows = "".join(
        f'<tr><td style="text-align:right">{escape(h.left)}</td><td><mark><b>{escape(h.keyword)}</b></mark></td>'
        f"<td>{escape(h.right)}</td><td>¶{h.paragraph}</td></tr>"
        for h in hits
    )
    return (f"<p>“{escape(query)}”: {len(hits)} hit{'s' if len(hits) != 1 else ''}.</p>"
            '<table style="font-family: monospace"><tr><th>before</th><th>word</th><th>after</th>'
            f"<th>paragraph</th></tr>{rows}</table>")


def sentiment_html(score) -> str:
    """A score and its word contributions, as a small escaped table."""
    scored = [w for w in score.words if w.lexicon is not None or w.contribution or w.rules]
    rows = "".join(
        f"<tr><td>{escape(w.word)}</td><td>{'' if w.lexicon is None else f'{w.lexicon:+g}'}</td>"
        f"<td><b>{w.contribution:+g}</b></td><td>{escape(', '.join(w.rules))}</td></tr>" for w in scored
    )
    note = " ⚠️ low confidence: one lexicon word or none." if score.low_confidence else ""
    unscored = (f"<br>Domain words VADER does not score (count as 0): {escape(', '.join(score.unscored_domain_words))}."
                if score.unscored_domain_words else "")
    return (f"<p><b>compound {score.compound:+.4f}: {score.label}</b> · raw sum {score.raw_sum:+g} · "
            f"{score.hits} of {len(score.words)} words in the lexicon.{note}{unscored}</p>"
            "<table><tr><th>word</th><th>lexicon</th><th>contribution</th><th>rules</th></tr>"
            f"{rows}</table>")


def flips_html(table, unit: str) -> str:
    """The sensitivity table: flipped labels first and marked."""
    flipped = int(table["flipped"].sum())
    ordered = table.sort_values("flipped", ascending=False, kind="stable")
    rows = "".join(
        f"<tr style=\"{'background:#FFF4E5' if r['flipped'] else ''}\"><td>{'🔄' if r['flipped'] else ''}</td>"
        f"<td>{escape(str(r[unit]))}</td><td>{escape(str(r['actor']))}</td>"
        f"<td>{r['compound (default)']:+.4f} {r['label (default)']}</td>"
        f"<td>{r['compound (chosen)']:+.4f} {r['label (chosen)']}</td><td>{escape(r['text'][:90])}"
        f"{'…' if len(r['text']) > 90 else ''}</td></tr>"
        for _, r in ordered.iterrows()
    )
    return (f"<p><b>{flipped} of {len(table)}</b> labels flip compared with VADER's defaults (±0.05, names kept).</p>"
            "<table><tr><th></th><th>" + escape(unit) + "</th><th>actor</th><th>default</th><th>these settings</th>"
            f"<th>text</th></tr>{rows}</table>")


def listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def word_diff_html(old: str, new: str) -> str:
    """The edit, word by word: removed words struck through, added words highlighted (all escaped)."""
    import difflib

    a, b = old.split(), new.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f'<del style="color:#D55E00">{escape(" ".join(a[i1:i2]))}</del>')
        if j2 > j1:
            parts.append(f'<ins style="background:#56B4E955">{escape(" ".join(b[j1:j2]))}</ins>')
    return " ".join(parts)


def layered_article_html(article: Article, outer: list[tuple[int, int, str]],
                         inner: list[tuple[int, int, str, str]], labels: bool = False) -> str:
    """The article with two layers: `outer` spans (start, end, label) shaded grey and italic (the reporter's
    voice), `inner` spans (start, end, colour, label) underlined in colour, their label on hover and, with
    `labels`, also printed after the span. Where inner spans overlap, the first in the list wins. Escaped."""
    parts = [f'<div class="{NO_MATHS}" style="{_BOX}">']
    for paragraph in article.paragraphs:
        cuts = {paragraph.start, paragraph.end}
        for start, end, *_ in outer + inner:
            cuts |= {min(max(start, paragraph.start), paragraph.end), min(max(end, paragraph.start), paragraph.end)}
        cuts = sorted(cuts)
        parts.append(f"<p><b>¶{paragraph.number}</b> ")
        for a, b in zip(cuts, cuts[1:]):
            piece = escape(article.text[a:b])
            mark = next((m for m in inner if m[0] <= a and b <= m[1]), None)
            if mark:
                piece = (f'<span title="{escape(mark[3])}" style="border-bottom: 3px solid {mark[2]}; '
                         f'background: {mark[2]}22">{piece}</span>')
                if labels and b == min(mark[1], paragraph.end):
                    piece += f'<sup style="color:{mark[2]}">[{escape(mark[3])}]</sup>'

            if any(s <= a and b <= e for s, e, _ in outer):
                piece = f'<span style="background:#E8E8E8; font-style: italic" title="the reporter’s own voice">{piece}</span>'
            parts.append(piece)
        parts.append("</p>")
    parts.append("</div>")
    return "".join(parts)
