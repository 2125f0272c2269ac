"""Sentiment with VADER (NLTK's implementation, the vaderSentiment lexicon, offline), explained word by word.

`explain_sentiment` runs the same steps as NLTK's `SentimentIntensityAnalyzer.polarity_scores` and keeps what
each step did to each word, so the word contributions add up exactly to the raw sum behind the compound score:
compound = s / sqrt(s² + 15), where s = sum of contributions (± punctuation emphasis).
"""
import math
import re
import string
from dataclasses import dataclass
from functools import cache

import pandas as pd
from nltk.sentiment.vader import SentiText

from framelab.actors import actor_table, alias_pattern
from framelab.article import Article, validate_text
from framelab.data import read_word_list
from framelab.errors import FramelabError
from framelab.resources import vader_analyzer

THRESHOLD = 0.05  # VADER's published cut-off: compound >= 0.05 positive, <= -0.05 negative
PLACEHOLDER = "ACTOR"
PLAYGROUND_LIMIT = 10_000


@dataclass(frozen=True)
class WordScore:
    word: str
    lexicon: float | None  # the word's rating in the VADER lexicon; None when it is not there
    contribution: float  # what the word adds to the raw sum after VADER's rules
    rules: tuple[str, ...]  # what changed the rating: "ALL CAPS", "after 'not'", "before 'but' ×0.5", ...


@dataclass(frozen=True)
class SentimentScore:
    text: str  # the text as scored (after masking, if any)
    compound: float
    positive: float
    neutral: float
    negative: float
    label: str
    words: tuple[WordScore, ...]
    punctuation: float  # emphasis from ! and ?
    raw_sum: float  # sum of contributions plus punctuation emphasis: compound = raw_sum / sqrt(raw_sum² + 15)
    unscored_domain_words: tuple[str, ...]

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


def _rules_for(analyzer, words: list[str], i: int, is_cap_diff: bool) -> list[str]:
    """Names of the VADER rules that can change word i's rating (the numbers come from the rules themselves)."""
    constants, rules = analyzer.constants, []
    if words[i].isupper() and is_cap_diff:
        rules.append("ALL CAPS")
    for back in range(1, 4):
        if i >= back:
            before = words[i - back]
            if before.lower() in constants.BOOSTER_DICT:
                rules.append(f"after '{before}'")
            elif constants.negated([before]):
                rules.append(f"after '{before}' (negation)")
    if i > 0 and words[i - 1].lower() == "least":
        rules.append("after 'least'")
    return rules


def explain_sentiment(text: str, threshold: float = THRESHOLD, mask: bool = False) -> SentimentScore:
    """VADER's score for `text`, with each word's lexicon rating and contribution."""
    analyzer = vader_analyzer()
    scored = mask_actors(text) if mask else text
    senti = SentiText(scored, analyzer.constants.PUNC_LIST, analyzer.constants.REGEX_REMOVE_PUNCTUATION)
    words = senti.words_and_emoticons
    first = {}
    for index, word in enumerate(words):
        first.setdefault(word, index)  # NLTK looks each word up at its first occurrence; so do we
    valences, notes = [], []
    for word in words:
        i = first[word]
        lower = word.lower()
        if (i < len(words) - 1 and lower == "kind" and words[i + 1].lower() == "of") or lower in analyzer.constants.BOOSTER_DICT:
            valences.append(0.0)
            notes.append(["booster: strengthens the next words"] if lower in analyzer.constants.BOOSTER_DICT else [])
            continue
        valence = analyzer.sentiment_valence(0, senti, word, i, [])[0]
        valences.append(valence)
        rating = analyzer.lexicon.get(lower)
        notes.append(_rules_for(analyzer, words, i, senti.is_cap_diff) if rating is not None and valence != rating else [])
    after_but = analyzer._but_check(words, list(valences))
    for k, (before, after) in enumerate(zip(valences, after_but)):
        if before != after:
            notes[k].append("before 'but' ×0.5" if after == before * 0.5 else "after 'but' ×1.5")
    total = float(sum(after_but))
    emphasis = analyzer._punctuation_emphasis(total, scored) if after_but else 0.0
    raw = total + emphasis if total > 0 else total - emphasis if total < 0 else total
    scores = analyzer.polarity_scores(scored)
    lexicon = analyzer.lexicon
    present = {w.lower().strip(string.punctuation + "“”’‘") for w in words}  # 'stability,"' is still 'stability' 
    return SentimentScore(
        text=scored,
        compound=scores["compound"],
        positive=scores["pos"], neutral=scores["neu"], negative=scores["neg"],
        label=label_for(scores["compound"], threshold),
        words=tuple(WordScore(w, lexicon.get(w.lower()), round(c, 4), tuple(n)) for w, c, n in zip(words, after_but, notes)),
        punctuation=emphasis if total else 0.0,
        raw_sum=round(raw, 4),
        unscored_domain_words=tuple(sorted(w for w in domain_words() & present if w not in lexicon)),
    )


def compound_from_sum(raw_sum: float) -> float:
    """VADER's squashing of the raw sum into [-1, 1] (alpha = 15)."""
    return round(raw_sum / math.sqrt(raw_sum * raw_sum + 15), 4) if raw_sum else 0.0


def word_table(score: SentimentScore) -> pd.DataFrame:
    """One row per word VADER knows or changed: word, lexicon rating, contribution, rules."""
    rows = [(w.word, w.lexicon, w.contribution, ", ".join(w.rules)) for w in score.words
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
