"""Close-reading measures: keyword in context, word frequencies, sentence lengths."""
from dataclasses import dataclass

import pandas as pd
from nltk.text import ConcordanceIndex

from framelab.article import TOKEN_PATTERN, Article
from framelab.resources import stopwords


@dataclass(frozen=True)
class ContextLine:
    """One hit of a keyword, with the text around it (offsets into article.text)."""

    left: str
    keyword: str
    right: str
    paragraph: int
    sentence: int
    start: int
    end: int


def keyword_in_context(article: Article, query: str, width: int = 45) -> list[ContextLine]:
    """Every place the word or phrase `query` occurs (any case), via NLTK's concordance index."""
    phrase = [m.group() for m in TOKEN_PATTERN.finditer(query or "")]
    if not phrase:
        return []
    tokens = article.tokens
    sentence_of = {t.start: s for s in article.sentences for t in s.tokens}
    index = ConcordanceIndex([t.text for t in tokens], key=str.lower)
    hits = []
    for line in index.find_concordance(phrase if len(phrase) > 1 else phrase[0], width=width):
        first, last = tokens[line.offset], tokens[line.offset + len(phrase) - 1]
        sentence = sentence_of[first.start]
        text, paragraph = article.text, article.paragraph(sentence.paragraph)
        hits.append(ContextLine(  # context stays inside the keyword's paragraph
            left=" ".join(text[max(paragraph.start, first.start - width):first.start].split()),
            keyword=text[first.start:last.end],
            right=" ".join(text[last.end:min(paragraph.end, last.end + width)].split()),
            paragraph=sentence.paragraph,
            sentence=sentence.number,
            start=first.start,
            end=last.end,
        ))
    return hits


def content_words(article: Article) -> list[str]:
    """Lower-cased words of the article, without the dateline, stopwords and bare numbers."""
    stop = stopwords()
    words = (t.text.lower() for t in article.words if t.start >= article.dateline_end)
    return [w for w in words if w not in stop and any(c.isalpha() for c in w)]


def word_frequencies(article: Article, top: int = 15) -> pd.DataFrame:
    """The `top` most frequent content words, plus any that tie with the last: columns word, count
    (most frequent first, ties in alphabetical order)."""
    counts = pd.Series(content_words(article), dtype="string").value_counts()
    table = counts.rename_axis("word").reset_index(name="count")
    table = table.sort_values(["count", "word"], ascending=[False, True], ignore_index=True)
    if len(table) <= top:
        return table
    return table[table["count"] >= table["count"].iloc[top - 1]].reset_index(drop=True)


def sentence_lengths(article: Article) -> pd.DataFrame:
    """One row per sentence: sentence number, paragraph, length in words, and the sentence."""
    return pd.DataFrame(
        [(s.number, s.paragraph, len(s.words), " ".join(s.text.split())) for s in article.sentences],
        columns=["sentence", "paragraph", "words", "text"],
    )
