"""Sentiment with VADER, explained word by word: the kit-facing functions (tables, traps, label flips, playground).

The scores are those of the reference vaderSentiment 3.3.2 (Hutto & Gilbert 2014, ICWSM-14) on every input:
compound, pos, neu and neg. They are computed by `framelab.vader`, which runs the reference algorithm step by
step and records each word's lexicon rating, every rule that changed it (with its number) and its contribution.
The contributions add up to the word sum; with the emphasis of ! and ? that gives the raw sum s, and
compound = s / sqrt(s² + 15). (NLTK ships an older copy of VADER that scores some texts differently, e.g. emoji,
"no problem", "never so"; framelab does not use it.)
"""
import re
import string
from dataclasses import dataclass
from functools import cache

import pandas as pd

from framelab.actors import actor_table, alias_pattern
from framelab.article import Article, validate_text
from framelab.data import read_word_list
from framelab.errors import FramelabError
from framelab.vader import WordScore, normalize, score_text
from framelab.display import takeaway

THRESHOLD = 0.05  # VADER's published cut-off: compound >= 0.05 positive, <= -0.05 negative
PLACEHOLDER = "ACTOR"
PLAYGROUND_LIMIT = 10_000


@dataclass(frozen=True)
class SentimentScore:
    text: str  # the text as scored (after masking, if any)
    compound: float
    positive: float
    neutral: float
    negative: float
    label: str
    words: tuple[WordScore, ...]
    punctuation: float  # emphasis from ! and ? (0 when the word sum is 0)
    raw_sum: float  # s = word sum ± punctuation emphasis: compound = s / sqrt(s² + 15), rounded to 4 decimals
    unscored_domain_words: tuple[str, ...]
    word_sum: float = 0.0  # the sum of the word contributions
    translated: str = ""  # the text as VADER reads it: emoji replaced by their description

    @property
    def hits(self) -> int:
        """Words found in the lexicon."""
        return sum(w.lexicon is not None for w in self.words)

    @property
    def coverage(self) -> float:
        return self.hits / len(self.words) if self.words else 0.0

    @property
    def low_confidence(self) -> bool:
        """One lexicon word or none: the score rests on almost nothing."""
        return self.hits <= 1


def label_for(compound: float, threshold: float = THRESHOLD) -> str:
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


@cache
def domain_words() -> frozenset[str]:
    return frozenset(read_word_list("lexicons", "domain_words.txt"))


def mask_actors(text: str) -> str:
    """Replace every actor name ("The United States", "Washington", "Putin") with a neutral placeholder."""
    return alias_pattern(actor_table()).sub(PLACEHOLDER, text)


def explain_sentiment(text: str, threshold: float = THRESHOLD, mask: bool = False) -> SentimentScore:
    """VADER's score for `text` (equal to vaderSentiment 3.3.2's polarity_scores), explained word by word.

    Input: a text; `threshold` for the label (VADER's ±0.05 by default); `mask=True` replaces actor names with
    "ACTOR" first. Output: a SentimentScore with compound, pos/neu/neg, label, and one WordScore per word (its
    lexicon rating, the rules that changed it, its contribution). Source: Hutto & Gilbert (2014); framelab.vader."""
    scored = mask_actors(text) if mask else text
    vader = score_text(scored)
    present = {w.word.lower().strip(string.punctuation + "“”’‘") for w in vader.words}  # 'stability,"' is still 'stability'
    lexicon = vader_lexicon()
    return SentimentScore(
        text=scored,
        compound=vader.compound,
        positive=vader.positive, neutral=vader.neutral, negative=vader.negative,
        label=label_for(vader.compound, threshold),
        words=vader.words,
        punctuation=vader.punctuation,
        raw_sum=vader.raw_sum,
        unscored_domain_words=tuple(sorted(w for w in domain_words() & present if w not in lexicon)),
        word_sum=vader.word_sum,
        translated=vader.translated,
    )


def vader_lexicon() -> dict[str, float]:
    """VADER's rated words (lower case → rating from −4 to +4)."""
    from framelab.vader import lexicon

    return lexicon()


def compound_from_sum(raw_sum: float) -> float:
    """VADER's squashing of the raw sum s into [-1, 1]: s / sqrt(s² + 15), rounded to 4 decimals as published."""
    return round(normalize(raw_sum), 4)


def formula_text(score: SentimentScore) -> str:
    """The compound worked out for one score, with its own numbers.

    Output, e.g.: "s = 'ensure' +1.6 + 'security' +1.4 = +3; compound = s / √(s² + 15) = 3 / √24 = +0.6124".
    Source: Hutto & Gilbert (2014); vaderSentiment 3.3.2 `normalize` (alpha = 15)."""
    terms = [f"'{w.word}' {w.contribution:+.4g}" for w in score.words if w.contribution]
    if not terms:
        return "s = 0 (no word of the text is in VADER's lexicon), so compound = 0."
    if score.punctuation:
        terms.append(f"'!'/'?' emphasis {(score.punctuation if score.word_sum > 0 else -score.punctuation):+.4g}")
    s = score.raw_sum
    return (f"s = {' + '.join(terms)} = {s:+.4g}; compound = s / √(s² + 15) = {s:.4g} / √{s * s + 15:.4g} "
            f"= {compound_from_sum(s):+.4f}")


def saturation_table(article: Article) -> pd.DataFrame:
    """The report read paragraph by paragraph: for ¶1, ¶1–¶2, …, ¶1–¶N, the rated words, the raw sum s and the compound.

    It shows why long units saturate: s keeps growing with the number of rated words, while s / √(s² + 15) flattens
    towards ±1, so a long text gets an extreme compound from a modest surplus of positive (or negative) words."""
    rows, texts = [], []
    for paragraph in article.paragraphs:
        texts.append(" ".join(paragraph.text.split()))
        score = explain_sentiment(" ".join(texts))
        rows.append((f"¶1–¶{paragraph.number}" if paragraph.number > 1 else "¶1", len(score.words), score.hits,
                     round(score.raw_sum, 4), score.compound))
    return pd.DataFrame(rows, columns=["paragraphs read", "words", "lexicon hits", "raw sum s", "compound"])


@takeaway
def saturation_takeaway(table: pd.DataFrame) -> str:
    first, last = table.iloc[0], table.iloc[-1]
    curve = ", ".join(f"s = {s} → {compound_from_sum(s):+.2f}" for s in (1, 2, 4, 8, 16))
    return (f"Takeaway: {first['paragraphs read']} alone has s = {first['raw sum s']:+g} (compound {first['compound']:+.4f}); "
            f"the whole report ({last['paragraphs read']}) has s = {last['raw sum s']:+g} (compound {last['compound']:+.4f}). "
            f"The squash flattens out ({curve}): in a long text a modest surplus of rated words already reads as "
            "extreme, so compare compounds only between units of similar length.")


def word_table(score: SentimentScore) -> pd.DataFrame:
    """One row per word VADER knows or changed: word, lexicon rating, contribution, rules."""
    rows = [(w.word, w.lexicon, round(w.contribution, 4), ", ".join(w.rules)) for w in score.words
            if w.lexicon is not None or w.contribution or w.rules]
    return pd.DataFrame(rows, columns=["word", "lexicon rating", "contribution", "rules applied"])


def playground_text(text: str) -> str:
    """The playground's input, checked: a clear FramelabError for empty, huge or HTML text."""
    if len(text) > PLAYGROUND_LIMIT:
        raise FramelabError(f"That is {len(text):,} characters. The playground scores one quote or paragraph at a "
                            f"time (up to {PLAYGROUND_LIMIT:,} characters): paste a shorter piece.")
    if not text.strip():
        raise FramelabError("The box is empty. Type or paste a quote to see its score.")
    return validate_text(text)


def units(article: Article, quotes, unit: str) -> list[tuple[str, int, str | None, str]]:
    """(label, paragraph, actor, text) for every quote, sentence or paragraph of the article.

    A sentence or paragraph belongs to the actor whose attribution covers most of it; otherwise it is the
    reporter's narration ("narration"); the reporter's judgements keep the actor "reporter"."""
    if unit == "quote":
        return [(f"¶{q.paragraph} {q.kind}", q.paragraph, q.actor or "?", q.text) for q in quotes]
    if unit not in ("sentence", "paragraph"):
        raise FramelabError(f"Unknown unit {unit!r}: choose quote, sentence or paragraph.")
    pieces = article.sentences if unit == "sentence" else article.paragraphs
    found = []
    for piece in pieces:
        covering = max(quotes, key=lambda q: min(q.end, piece.end) - max(q.start, piece.start), default=None)
        overlap = covering and min(covering.end, piece.end) - max(covering.start, piece.start) > 0
        actor = (covering.actor or "?") if overlap else "narration"
        paragraph = piece.paragraph if unit == "sentence" else piece.number
        name = f"sentence {piece.number}" if unit == "sentence" else f"¶{piece.number}"
        found.append((name, paragraph, actor, " ".join(piece.text.split())))
    return found


def sentiment_table(article: Article, quotes, unit: str = "quote", threshold: float = THRESHOLD,
                    mask: bool = False) -> pd.DataFrame:
    """VADER compound, label, lexicon hits and a low-confidence flag for every quote, sentence or paragraph."""
    rows = []
    for name, paragraph, actor, text in units(article, quotes, unit):
        score = explain_sentiment(text, threshold, mask)
        rows.append((name, paragraph, actor, score.compound, score.label, score.hits, score.low_confidence,
                     ", ".join(score.unscored_domain_words), text))
    return pd.DataFrame(rows, columns=[unit, "in paragraph", "actor", "compound", "label", "lexicon hits",
                                       "low confidence", "unscored domain words", "text"])


def label_flips(article: Article, quotes, unit: str, threshold: float, mask: bool) -> pd.DataFrame:
    """Each unit's label under VADER's defaults (±0.05, no masking) beside the chosen settings; `flipped` marks changes."""
    base = sentiment_table(article, quotes, unit)
    chosen = sentiment_table(article, quotes, unit, threshold, mask)
    table = base[[unit, "actor", "compound", "label"]].rename(columns={"compound": "compound (default)",
                                                                      "label": "label (default)"})
    table["compound (chosen)"] = chosen["compound"]
    table["label (chosen)"] = chosen["label"]
    table["flipped"] = table["label (default)"] != table["label (chosen)"]
    table["text"] = base["text"]
    return table


def verb_swap(sentence: str, verb: str, replacements: tuple[str, ...]) -> pd.DataFrame:
    """The same sentence with its attribution verb swapped: does VADER notice?"""
    if not re.search(rf"\b{re.escape(verb)}\b", sentence):
        raise FramelabError(f"The verb {verb!r} is not in the sentence.")
    rows = []
    for replacement in (verb, *replacements):
        text = re.sub(rf"\b{re.escape(verb)}\b", replacement, sentence, count=1)
        rows.append((replacement, explain_sentiment(text).compound, text))
    return pd.DataFrame(rows, columns=["verb", "compound", "sentence"])
