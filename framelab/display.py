"""HTML views of an article and of keyword hits. All article and user text is escaped."""
from html import escape

from IPython.display import HTML

from framelab.article import Article
from framelab.reading import ContextLine

_BOX = "font-family: Georgia, serif; line-height: 1.5; max-width: 46em"


def article_html(article: Article) -> str:
    """The article with numbered paragraphs, headline and dateline marked."""
    parts = [f'<div style="{_BOX}">']
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


def highlighted_article_html(article: Article, marks: list[tuple[int, int, str, str]]) -> str:
    """The article with spans (start, end, colour, label) underlined in colour; labels show on hover.

    Overlapping spans are skipped after the first, so the HTML stays well formed."""
    parts, pos = [f'<div style="{_BOX}">'], 0
    ordered = sorted(marks)
    for paragraph in article.paragraphs:
        parts.append(f"<p><b>¶{paragraph.number}</b> ")
        pos = paragraph.start
        for start, end, colour, label in ordered:
            if start < pos or start >= paragraph.end:
                continue
            end = min(end, paragraph.end)
            parts.append(escape(article.text[pos:start]))
            parts.append(f'<span title="{escape(label)}" style="border-bottom: 3px solid {colour}; '
                         f'background: {colour}22">{escape(article.text[start:end])}</span>'
                         f'<sup style="color:{colour}">[{escape(label)}]</sup>')
            pos = end
        parts.append(escape(article.text[pos:paragraph.end]) + "</p>")
    parts.append("</div>")
    return "".join(parts)
