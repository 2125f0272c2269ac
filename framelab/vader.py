"""VADER exactly as published, step by step: the reference algorithm with a record of what each step did.

VADER (Valence Aware Dictionary and sEntiment Reasoner) is the rule-based sentiment model of Hutto, C.J. &
Gilbert, E.E. (2014), "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
Eighth International AAAI Conference on Weblogs and Social Media (ICWSM-14). Its reference implementation is the
`vaderSentiment` package; `score_text` here gives the same numbers as vaderSentiment 3.3.2's
`SentimentIntensityAnalyzer().polarity_scores` (compound, pos, neu, neg) on every input, and a test compares them
on more than 10,000 sentences (tests/test_vader_reference.py).

This is not a wrapper: the score is computed here, in the reference's order, and every step that changes a word
is written down as it happens. The word lists (lexicon of 7,506 rated words, emoji descriptions) and the
published constants are read from the installed reference package, so there is one source for them.

The steps, for a text:
1. Emoji are replaced by their description ("🙂" becomes "slightly smiling face").
2. The text is split at spaces; punctuation around a word is dropped unless that leaves 2 characters or fewer
   (so ":)" stays ":)", and 'interests."' becomes 'interests').
3. Each word gets its lexicon rating (0 if it has none), then rules change it: "no" before a rated word,
   ALL CAPS among lower-case words (±0.733), boosters and dampeners up to 3 words before (±0.293, ×0.95 two words
   back, ×0.9 three words back), negation up to 3 words before (× −0.74, but "never so/this" × 1.25 and
   "without … doubt" is not a negation), idioms, "kind of" / "sort of", and "least" (× −0.74 unless "at least").
4. "but": words before the first "but" count half, words after it one and a half times.
5. The word values add up to a sum; "!" (up to 4, 0.292 each) and "?" (2 or more) push it further from 0: that
   is s. compound = s / √(s² + 15), rounded to 4 decimals.
6. pos, neu and neg are the shares of positive value (+1 per word), negative value (−1 per word) and neutral
   words, with the punctuation emphasis added to the larger side, rounded to 3 decimals.

Where the reference code does something other than the paper describes, this module does what the code does and
says so in the step's note (for example, "so" or "this" three words into a phrase multiplies by 1.25 even without
"never", and the "but" rule finds words by their value).
"""
from __future__ import annotations

import math
import string
from dataclasses import dataclass

from vaderSentiment import vaderSentiment as reference

from framelab.errors import FramelabError

BOOST = reference.B_INCR  # 0.293: what a booster ("very") adds to the next words; a dampener ("slightly") takes it away
CAPS = reference.C_INCR  # 0.733: what ALL CAPS adds to a word's strength when other words are not in capitals
NEGATION = reference.N_SCALAR  # −0.74: a negated word's value is multiplied by this
NEVER_SO = 1.25  # "never so good", "never this good": stronger, not negated
BEFORE_BUT, AFTER_BUT = 0.5, 1.5  # weights of the words before and after "but"
DISTANCE = {0: 1.0, 1: 0.95, 2: 0.9}  # a booster 1, 2 or 3 words back counts fully, ×0.95, ×0.9
EXCLAMATION, MAX_EXCLAMATIONS = 0.292, 4  # each "!" (up to 4) adds 0.292 to the sum's size
QUESTION, MAX_QUESTION = 0.18, 0.96  # 2 or 3 "?" add 0.18 each; 4 or more add 0.96
ALPHA = 15  # compound = s / √(s² + ALPHA)

BOOSTERS = reference.BOOSTER_DICT  # booster and dampener words, with their ±0.293
NEGATORS = frozenset(reference.NEGATE)  # not, never, without, isn't, ... (and any word containing "n't")
IDIOMS = reference.SPECIAL_CASES  # phrases with a value of their own: "the bomb" 3, "kiss of death" −1.5, ...


@dataclass(frozen=True)
class Step:
    """One rule applied to one word: its name, what it did (with the number), and the word's value after it."""
    rule: str  # "negation", "no", "booster", "dampener", "ALL CAPS", "never so/this", "without a doubt", "idiom",
    #            "kind of", "least", "but", "emoji"
    note: str  # e.g. "after 'not': × -0.74"
    value: float  # the word's value once this step is done


@dataclass(frozen=True)
class WordScore:
    """One word as VADER saw it: lexicon rating, the steps that changed it, and what it adds to the sum s."""
    word: str  # the word after punctuation is stripped (emoji already replaced by their description)
    lexicon: float | None  # its rating in the VADER lexicon; None when it is not there
    contribution: float  # its value after every rule, "but" included: the contributions add up to the word sum
    steps: tuple[Step, ...] = ()
    valence: float = 0.0  # its value before the "but" rule
    emoji: str | None = None  # the emoji this word comes from, if any

    @property
    def rules(self) -> tuple[str, ...]:
        """The notes of the steps that changed this word, in order."""
        return tuple(step.note for step in self.steps)


@dataclass(frozen=True)
class VaderScore:
    """VADER's result for a text with the whole calculation: words, sums, the published four scores."""
    text: str  # the text as given
    translated: str  # the text VADER reads: emoji replaced by descriptions, outer spaces removed
    words: tuple[WordScore, ...]
    word_sum: float  # sum of the word contributions
    punctuation: float  # emphasis from ! and ? (added to the size of a non-zero sum)
    raw_sum: float  # s = word_sum ± punctuation; compound = s / √(s² + 15)
    compound: float  # rounded to 4 decimals, as published
    positive: float  # pos, neu, neg: rounded to 3 decimals, as published
    neutral: float
    negative: float

    def polarity_scores(self) -> dict[str, float]:
        """The reference's dictionary: {"neg", "neu", "pos", "compound"}."""
        return {"neg": self.negative, "neu": self.neutral, "pos": self.positive, "compound": self.compound}


def lexicon() -> dict[str, float]:
    """The 7,506 rated words and emoticons (lower case → rating from −4 to +4), from the reference package."""
    from framelab.resources import vader_analyzer

    return vader_analyzer().lexicon


def emoji_descriptions() -> dict[str, str]:
    """Emoji → description ("🙂" → "slightly smiling face"), from the reference package's emoji_utf8_lexicon.txt."""
    from framelab.resources import vader_analyzer

    return vader_analyzer().emojis


def translate_emoji(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with each emoji replaced by its description, and the (start, end, emoji) of every description.

    As the reference does it: one character at a time; a space is put before a description unless a space is
    already there, none after it; then outer whitespace is stripped. Emoji made of several characters are read
    character by character, so only those with a one-character entry are translated."""
    descriptions = emoji_descriptions()
    pieces, spans, length, previous_space = [], [], 0, True
    for character in text:
        if character in descriptions:
            if not previous_space:
                pieces.append(" ")
                length += 1
            description = descriptions[character]
            spans.append((length, length + len(description), character))
            pieces.append(description)
            length += len(description)
            previous_space = False
        else:
            pieces.append(character)
            length += 1
            previous_space = character == " "
    joined = "".join(pieces)
    stripped = joined.strip()
    shift = len(joined) - len(joined.lstrip())
    return stripped, [(start - shift, end - shift, emoji) for start, end, emoji in spans]


def strip_word(token: str) -> str:
    """A token without the punctuation around it, unless that leaves 2 characters or fewer (":)" stays ":)")."""
    stripped = token.strip(string.punctuation)
    return token if len(stripped) <= 2 else stripped


def words_and_emoticons(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every space-separated token: the word with punctuation stripped as VADER does, and
    the offsets of the whole token in `text`."""
    found, cursor = [], 0
    for token in text.split():
        start = text.find(token, cursor)
        cursor = start + len(token)
        found.append((strip_word(token), start, cursor))
    return found


def caps_differ(words: list[str]) -> bool:
    """True when some, but not all, words are in ALL CAPS: only then do capitals count as emphasis."""
    capitals = sum(word.isupper() for word in words)
    return 0 < len(words) - capitals < len(words)


def is_negator(word_lower: str) -> bool:
    """A negation word ("not", "never", "without", ...) or any word containing "n't"."""
    return word_lower in NEGATORS or "n't" in word_lower


def _booster_step(before: str, value: float, distance: int, caps: bool) -> tuple[float, str, str] | None:
    """The booster/dampener `before`, `distance` words back (0 = just before): (amount added, rule, note) or None."""
    base = BOOSTERS.get(before.lower(), 0.0)
    if not base:
        return None
    scalar = -base if value < 0 else base  # a booster pushes away from 0 on either side
    parts = [f"{scalar:+g}"]
    if before.isupper() and caps:
        scalar = scalar + CAPS if value > 0 else scalar - CAPS
        parts.append(f"{CAPS if value > 0 else -CAPS:+g} for capitals")
    if distance:
        scalar = scalar * DISTANCE[distance]
        parts.append(f"× {DISTANCE[distance]:g} for distance")
    kind = "booster" if base > 0 else "dampener"
    where = "just before" if not distance else f"{distance + 1} words before"
    return scalar, kind, f"'{before}' {where} ({kind}: {' '.join(parts)}): {scalar:+.4g}"


def _negation_step(words: list[str], lower: list[str], i: int, distance: int, value: float) -> tuple[float, str, str] | None:
    """The negation rule for the word `distance + 1` places before word i: (new value, rule, note) or None."""
    back = words[i - distance - 1]
    if distance == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            return value * NEVER_SO, "never so/this", f"'never {lower[i - 1]}' before it: × {NEVER_SO:g} (stronger, not negated)"
        if lower[i - 2] == "without" and lower[i - 1] == "doubt":
            return value, "without a doubt", "'without doubt' before it: 'without' does not negate here (× 1)"
    if distance == 2:
        if lower[i - 3] == "never" and lower[i - 2] in ("so", "this"):
            return value * NEVER_SO, "never so/this", f"'never {lower[i - 2]}' before it: × {NEVER_SO:g} (stronger, not negated)"
        if lower[i - 1] in ("so", "this"):
            return (value * NEVER_SO, "never so/this", f"'{lower[i - 1]}' just before it: × {NEVER_SO:g} (the reference's "
                    "'never so/this' check of the third word back also fires without 'never')")
        if lower[i - 3] == "without" and "doubt" in (lower[i - 2], lower[i - 1]):
            return value, "without a doubt", "'without … doubt' before it: 'without' does not negate here (× 1)"
    if is_negator(back.lower()):
        where = "just before" if not distance else f"{distance + 1} words before"
        return value * NEGATION, "negation", f"'{back}' {where} (negation): × {NEGATION:g}"
    return None


def _idiom_steps(lower: list[str], i: int, value: float) -> tuple[float, list[Step]]:
    """Idioms around word i ("the bomb", "kiss of death", "bus stop") and "kind of"/"sort of" before it.

    As the reference does it: the phrases ending at word i or just before it are tried in a fixed order and the
    first match sets the value; then a phrase starting at word i (2 or 3 words) overrides it; then each dampener
    phrase among the 1-3 words before adds −0.293, whatever the sign of the value."""
    steps = []
    ending = [f"{lower[i - 1]} {lower[i]}", f"{lower[i - 2]} {lower[i - 1]} {lower[i]}", f"{lower[i - 2]} {lower[i - 1]}",
              f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}", f"{lower[i - 3]} {lower[i - 2]}"]
    for phrase in ending:
        if phrase in IDIOMS:
            value = IDIOMS[phrase]
            steps.append(Step("idiom", f"idiom '{phrase}': value set to {value:g}", value))
            break
    starting = []
    if len(lower) - 1 > i:
        starting.append(f"{lower[i]} {lower[i + 1]}")
    if len(lower) - 1 > i + 1:
        starting.append(f"{lower[i]} {lower[i + 1]} {lower[i + 2]}")
    for phrase in starting:
        if phrase in IDIOMS:
            value = IDIOMS[phrase]
            steps.append(Step("idiom", f"idiom '{phrase}': value set to {value:g}", value))
    for phrase in (f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}", f"{lower[i - 3]} {lower[i - 2]}", f"{lower[i - 2]} {lower[i - 1]}"):
        if phrase in BOOSTERS:
            value = value + BOOSTERS[phrase]
            steps.append(Step("kind of", f"'{phrase}' before it (dampener phrase): {BOOSTERS[phrase]:+g}", value))
    return value, steps


def word_valence(words: list[str], lower: list[str], i: int, caps: bool, ratings: dict[str, float]) -> tuple[float, list[Step]]:
    """Word i's value after every rule but "but", and the steps that made it (VADER's `sentiment_valence`)."""
    word, low = words[i], lower[i]
    if low in BOOSTERS:
        kind = "booster" if BOOSTERS[low] > 0 else "dampener"
        verb = "strengthens" if BOOSTERS[low] > 0 else "weakens"
        return 0, [Step(kind, f"{kind} word: counts 0 itself, {verb} the next words", 0)]
    if i < len(words) - 1 and low == "kind" and lower[i + 1] == "of":
        return 0, [Step("kind of", "'kind of' is a dampener: 'kind' counts 0 here", 0)]
    if low not in ratings:
        return 0, []
    value, steps = ratings[low], []
    if low == "no" and i != len(words) - 1 and lower[i + 1] in ratings:
        value = 0.0
        steps.append(Step("no", f"'no' before the rated word '{words[i + 1]}': counts 0 itself and negates that word", value))
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
        value = ratings[low] * NEGATION
        steps.append(Step("no", f"after 'no': rating × {NEGATION:g}", value))
    if word.isupper() and caps:
        change = CAPS if value > 0 else -CAPS
        value = value + CAPS if value > 0 else value - CAPS
        steps.append(Step("ALL CAPS", f"ALL CAPS among lower-case words: {change:+g}", value))
    for distance in range(3):
        if i > distance and lower[i - distance - 1] not in ratings:
            boost = _booster_step(words[i - distance - 1], value, distance, caps)
            value = value + (boost[0] if boost else 0.0)
            if boost:
                steps.append(Step(boost[1], boost[2], value))
            negation = _negation_step(words, lower, i, distance, value)
            if negation:
                value, rule, note = negation
                steps.append(Step(rule, note, value))
            if distance == 2:
                value, idiom_steps = _idiom_steps(lower, i, value)
                steps.extend(idiom_steps)
    if i > 0 and lower[i - 1] == "least" and not (i > 1 and lower[i - 2] in ("at", "very")):
        value = value * NEGATION
        steps.append(Step("least", f"after 'least' (not 'at least'): × {NEGATION:g}", value))
    return value, steps


def but_rule(lower: list[str], values: list[float]) -> tuple[list[float], list[list[Step]]]:
    """Words before the first "but" × 0.5, words after it × 1.5, as the reference's `_but_check` does it.

    The reference walks through the values and finds each one's position with `list.index`, that is, the FIRST
    word holding an equal value. When two words hold the same value (or a halved value equals a later one) the
    weight lands on the first of them, possibly twice; that is kept, and said in the step's note."""
    values, steps = list(values), [[] for _ in values]
    if "but" not in lower:
        return values, steps
    but = lower.index("but")
    for k in range(len(values)):
        value = values[k]
        j = values.index(value)
        if j == but:
            continue
        weight = BEFORE_BUT if j < but else AFTER_BUT
        values[j] = value * weight
        if value:
            side = "before" if j < but else "after"
            quirk = "" if j == k else f" (meant for word {k + 1}: the reference finds words by their value)"
            steps[j].append(Step("but", f"{side} 'but': × {weight:g}{quirk}", values[j]))
            if j != k:
                steps[k].append(Step("but", f"{side if k < but else 'after'} 'but' but not weighted: the reference gave this "
                                     f"word's × {weight:g} to word {j + 1}, which held the same value", values[k]))
    return values, steps


def punctuation_emphasis(text: str) -> float:
    """Emphasis from "!" (0.292 each, up to 4) and "?" (2 or 3: 0.18 each; 4 or more: 0.96)."""
    exclamation = min(text.count("!"), MAX_EXCLAMATIONS) * EXCLAMATION
    questions = text.count("?")
    question = 0 if questions <= 1 else questions * QUESTION if questions <= 3 else MAX_QUESTION
    return exclamation + question


def normalize(s: float, alpha: float = ALPHA) -> float:
    """compound = s / √(s² + alpha), kept within [−1, 1]."""
    return max(-1.0, min(1.0, s / math.sqrt(s * s + alpha)))


def shares(values: list[float], emphasis: float) -> tuple[float, float, float]:
    """(pos, neu, neg) before rounding: each positive word counts value + 1, each negative word |value| + 1, each
    zero word 1; the punctuation emphasis goes to the larger side (neither on a tie)."""
    positive = negative = 0.0
    neutral = 0
    for value in values:
        if value > 0:
            positive += float(value) + 1
        if value < 0:
            negative += float(value) - 1
        if value == 0:
            neutral += 1
    if positive > math.fabs(negative):
        positive += emphasis
    elif positive < math.fabs(negative):
        negative -= emphasis
    total = positive + math.fabs(negative) + neutral
    return math.fabs(positive / total), math.fabs(neutral / total), math.fabs(negative / total)


def score_text(text: str) -> VaderScore:
    """VADER's four scores for `text`, equal to vaderSentiment 3.3.2's polarity_scores, with every step recorded.

    Input: any string (empty gives all zeros). Output: a VaderScore whose word contributions add up to word_sum
    (in the same order as the reference adds them), and raw_sum = word_sum ± punctuation. A text that is not a
    string raises FramelabError. Source: Hutto & Gilbert (2014); vaderSentiment 3.3.2,
    SentimentIntensityAnalyzer.polarity_scores."""
    if not isinstance(text, str):
        raise FramelabError(f"VADER scores text: give it a string, not {type(text).__name__}.")
    ratings = lexicon()
    translated, emoji_spans = translate_emoji(text)
    tokens = words_and_emoticons(translated)
    words = [word for word, _, _ in tokens]
    lower = [word.lower() for word in words]
    caps = caps_differ(words)
    valences, word_steps = [], []
    for i in range(len(words)):
        value, steps = word_valence(words, lower, i, caps, ratings)
        valences.append(value)
        word_steps.append(steps)
    contributions, but_steps = but_rule(lower, valences)
    descriptions = emoji_descriptions()
    scored = []
    for i, (word, start, end) in enumerate(tokens):
        emoji = next((e for first, last, e in emoji_spans if first < end and start < last), None)
        steps = word_steps[i] + but_steps[i]
        if emoji:
            steps = [Step("emoji", f'from the emoji {emoji}, read as "{descriptions[emoji]}"', ratings.get(lower[i], 0.0))] + steps
        scored.append(WordScore(word, ratings.get(lower[i]), contributions[i], tuple(steps), valences[i], emoji))
    if not contributions:
        return VaderScore(text, translated, (), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    word_sum = float(sum(contributions))
    emphasis = punctuation_emphasis(translated)
    raw = word_sum + emphasis if word_sum > 0 else word_sum - emphasis if word_sum < 0 else word_sum
    positive, neutral, negative = shares(contributions, emphasis)
    return VaderScore(text, translated, tuple(scored), word_sum, emphasis if word_sum else 0.0, raw,
                      round(normalize(raw), 4), round(positive, 3), round(neutral, 3), round(negative, 3))
