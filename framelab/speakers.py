"""Who can speak, in any English news text: people, organisations, role phrases, source nouns and pronouns.

No table is needed. A speaker phrase is read from its right end (its head word) leftwards, the way a reader takes
"Northern Isles Harbour Authority deputy chief executive Captain Ilse Brandt" apart:

- a **pronoun** (he, she, they, it, we, I);
- a **role or group noun** from data/lexicons/speaker_nouns.csv ("a port spokesman", "police", "residents");
- a **source noun** from the same file ("newspaper reports", "the notice", "a statement");
- a **name**: capitalised words, with titles before them (data/lexicons/titles.csv: "Dr.", "Gen.", "Prime
  Minister") and any chain of role words ("harbour master Ilse Brandt"). A name whose head is an organisation noun
  ("City Council") or that follows "the" ("the Daily Courier") is an organisation.

Pronouns resolve to the nearest earlier compatible speaker (he/she: a person of that gender or of unknown gender;
they: a group, an organisation or a plural role; it: an organisation or a source), the approach of BBC R&D's
Citron (nearest candidates, gender from titles). A surname on its own is filed under the fullest form of the name
in the text ("Brandt" → "Ilse Brandt"), as Citron's coreference table does.
"""
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from framelab.data import read_table, read_word_list

PRONOUNS = {"he": ("person", "m", False), "she": ("person", "f", False), "i": ("person", "", False),
            "they": ("group", "", True), "we": ("group", "", True), "it": ("organisation", "", False)}
DETERMINERS = frozenset("a an the one two three four several some many most few other another his her its their "
                        "our this these those both all every each".split())
PARTICLES = frozenset("de del della da di van von der den du la le al bin ibn ben y".split())
PREPOSITIONS_IN_NAMES = frozenset("of to for at".split())  # "ambassador to Moscow", "Ministry of Defence"
MAX_WORDS = 14
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’-]+\.?")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class Speaker:
    """A phrase that can be the source of an attribution, with its span in the article text."""

    text: str  # as written: "harbour master Ilse Brandt", "she", "a port spokesman"
    start: int
    end: int
    kind: str  # person, organisation, role, group, source or pronoun
    name: str  # what to file it under: "Ilse Brandt", "port spokesman", "Harbour Authority"; a pronoun's own word
    gender: str = ""  # "m", "f" or "" (unknown)
    plural: bool = False


@cache
def speaker_nouns() -> dict[str, tuple[str, str, bool]]:
    """noun (singular or plural, lower case) → (kind, gender, plural), from data/lexicons/speaker_nouns.csv."""
    nouns = {}
    for row in read_table("lexicons", "speaker_nouns.csv"):
        nouns[row["noun"]] = (row["kind"], row["gender"], False)
        nouns[row["plural"]] = ("group" if row["kind"] == "role" else row["kind"], row["gender"], True)
    return nouns


@cache
def titles() -> dict[str, str]:
    """Title as written ("Dr.", "Prime Minister") → the gender it implies ("" when it implies none)."""
    return {row["title"]: row["gender"] for row in read_table("lexicons", "titles.csv")}


@cache
def _title_words() -> frozenset[str]:
    return frozenset(word for title in titles() for word in title.split())


@cache
def _never_names() -> frozenset[str]:
    """Capitalised words that do not name anyone: function words, days, months, places (lower case)."""
    return frozenset(read_word_list("lexicons", "stopwords.txt")) | frozenset(read_word_list("lexicons", "not_speakers.txt"))


@cache
def function_words() -> frozenset[str]:
    """English function words (data/lexicons/stopwords.txt, lower case): never part of a name or a speaker's head."""
    return frozenset(read_word_list("lexicons", "stopwords.txt"))


@cache
def _cue_words() -> frozenset[str]:
    from framelab.quotes import cue_forms  # the cue lexicon lives with the attribution rules
    return frozenset(cue_forms())


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not any(c.isdigit() for c in word) and word.rstrip(".").lower() not in _never_names()


def _noun_head(words: list[str], i: int) -> tuple[str, tuple[str, str, bool]] | None:
    """The speaker noun ending at word i ("prime minister" counts as one), if any."""
    nouns = speaker_nouns()
    last = words[i].lower().rstrip(".")
    if i >= 1:
        pair = f"{words[i - 1].lower().rstrip('.')} {last}"
        if pair in nouns:
            return pair, nouns[pair]
    return (last, nouns[last]) if last in nouns else None


def _modifier_ok(word: str, after: str, whole: bool = False) -> bool:
    """Can `word` sit inside a speaker phrase, left of `after`? Stops at verbs and function words.

    A lowercase word joins only as a role noun ("spokesman Ivo Brant") or before a title, a role noun or another
    such word ("deputy chief executive Captain ..."), so "met" in "The mayor met Ivo Brant" does not."""
    lower = word.lower().rstrip(".")
    if word[:1].isupper() and lower in function_words() and word not in titles():
        return False  # "But Kerry", "And Ruiz": a capitalised function word starts a sentence, not a name
    if word in titles() or word in _title_words() or word[:1].isupper() or lower in PARTICLES:
        return True
    if after in titles() and after.endswith(".") and not _noun_head([word], 0):
        return False  # "met Ms. Lena Ortiz": a courtesy title starts the name
    if not whole and after[:1].isupper() and after not in titles() and after not in _title_words() \
            and not _noun_head([after], 0) and not _noun_head([word], 0) and lower not in PREPOSITIONS_IN_NAMES | {"and"}:
        return False
    if lower in PREPOSITIONS_IN_NAMES:
        return after[:1].isupper() or after.lower() in DETERMINERS
    if lower == "and":
        return after.lower() not in function_words()
    if lower in function_words() or lower in _cue_words() or lower.endswith("ed") or word[:1].isdigit():
        return False
    return True  # a lowercase noun or adjective: "port", "deputy", "acting", "fleet"


def parse_speaker(text: str, start: int, end: int, whole: bool = True) -> Speaker | None:
    """The speaker phrase in text[start:end], read from its head (right end) leftwards.

    whole=True: every word of the span must belong to the phrase (`"…," harbour master Ilse Brandt said`);
    whole=False: the phrase is the longest speaker at the right end of the span.
    Returns None when the span holds no speaker ("Her comments", "The agreement", "the detour").
    """
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    if tokens and tokens[-1][0].endswith(".") and not _keeps_dot(tokens[-1][0]):
        word, s, e = tokens[-1]
        tokens[-1] = (word[:-1], s, e - 1)
    if not tokens or len(tokens) > MAX_WORDS and whole:
        return None
    words = [t[0] for t in tokens]
    head = words[-1]
    lower = head.lower().rstrip(".")
    if lower in PRONOUNS:
        if len(words) > 1 and whole:
            return None
        kind, gender, plural = PRONOUNS[lower]
        return Speaker(head, tokens[-1][1], tokens[-1][2], "pronoun", lower, gender, plural)
    noun = _noun_head(words, len(words) - 1)
    if not noun and len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ers|ors|ists|ents|ants|ians|ees)", head):
        noun = (lower, ("group", "", True))  # "Traders said": a plural role word, capitalised as the sentence starts
    capital = _is_capitalised(head) and not noun
    if head.endswith(("'s", "’s")) or not (noun or capital):
        return None
    first = len(words) - 1
    while first > 0 and len(words) - first < MAX_WORDS:
        word = words[first - 1]
        if re.search(r"[^\s]", text[tokens[first - 1][2]:tokens[first][1]]):
            break  # a comma, dash or bracket ends the phrase
        if word.lower() in DETERMINERS:
            first -= 1
            break
        if not _modifier_ok(word, words[first], whole):
            break
        if word.lower() in PREPOSITIONS_IN_NAMES and not (first > 1 and _joins_preposition(words[first - 2])):
            break
        first -= 1
    if whole and first != 0:
        return None
    while first < len(words) - 1 and words[first].lower() in PREPOSITIONS_IN_NAMES | {"and"}:
        first += 1
    phrase = words[first:]
    kind, gender, plural = _kind_of(phrase, noun)
    if kind is None:
        return None
    span_start, span_end = tokens[first][1], tokens[-1][2]
    return Speaker(text[span_start:span_end], span_start, span_end, kind, _name_of(phrase, kind), gender, plural)


def _joins_preposition(word: str) -> bool:
    """'ambassador to', 'Ministry of', 'President of': a role, organisation or title takes a preposition."""
    return bool(_noun_head([word], 0)) or word in _title_words() or \
        (word[:1].isupper() and speaker_nouns().get(word.lower(), ("",))[0] == "organisation")


def _keeps_dot(word: str) -> bool:
    """'Dr.', 'U.S.', 'J.' keep their full stop; 'said.' or 'Brandt.' does not."""
    return word in titles() or bool(re.fullmatch(r"(?:[A-Za-z]\.)+", word))


def _kind_of(phrase: list[str], noun) -> tuple[str | None, str, bool]:
    """(kind, gender, plural) of a speaker phrase whose last word is its head."""
    gender = next((titles()[w] for w in phrase if titles().get(w)), "")
    if noun:
        kind, noun_gender, plural = noun[1]
        return kind, gender or noun_gender, plural
    head = phrase[-1].rstrip(".")
    head_noun = speaker_nouns().get(head.lower())
    if head_noun and head_noun[0] == "organisation" or head.replace(".", "").isupper() and len(head) > 1:
        return "organisation", "", False
    if "and" in phrase[1:-1]:
        before = phrase[phrase.index("and") - 1]
        if before not in _title_words() and not _noun_head([before], 0):
            return "group", "", True  # "Russia and Iran", "Ivo Brant and Lena Lind"
    of_part = [w for w in phrase if w.lower() in PREPOSITIONS_IN_NAMES]
    if of_part:  # "ambassador to Moscow", "Ministry of Defence": the head is left of the preposition
        left = phrase[:phrase.index(of_part[0])]
        inner = _noun_head(left, len(left) - 1) if left else None
        if inner:
            return inner[1][0], gender or inner[1][1], inner[1][2]
        return "organisation", "", False
    if phrase[0].lower() == "the" and not any(w in titles() or w in _title_words() or _noun_head([w], 0) for w in phrase):
        return "organisation", "", False  # "the Daily Courier"
    return "person", gender, False


def _name_of(phrase: list[str], kind: str) -> str:
    """The name to file a speaker under: a person's name without titles or roles, a role without its article."""
    if kind == "group" and "and" in phrase:
        return " ".join(phrase)
    if kind == "person":
        name: list[str] = []
        for word in reversed(phrase):
            if word.endswith(("'s", "’s")):
                break
            if (word[:1].isupper() or word.lower() in PARTICLES) and word not in titles() and word not in _title_words() \
                    and not _noun_head([word], 0):
                name.insert(0, word)
            elif name:
                break
        if len(name) >= 3 and (re.fullmatch(r"[A-Z][a-z]+(?:er|or|ist|ian|ant|ent|ee|our|or)", name[0])
                               or name[0].lower() in speaker_nouns() or re.fullmatch(r"\w+(?:-[a-z]+)+", name[0])):
            name = name[1:]  # "Beekeeper Marta Solberg", "Neighbour Stan Pruitt", "Mum-of-two Kerry Blythe": a role
        return " ".join(name) or " ".join(phrase)
    words = phrase[1:] if phrase[0].lower() in DETERMINERS else phrase
    text = " ".join(words)
    if kind != "organisation" and (words[0].lower() in speaker_nouns() or all(w[:1].islower() for w in words[1:])):
        text = text[:1].lower() + text[1:]  # "Dock workers" at a sentence start is "dock workers"
    return text


def find_speakers(text: str, spans: list[tuple[int, int]] | None = None) -> list[Speaker]:
    """Every person, organisation and role phrase that could speak (no pronouns), in text order (see
    _find_speakers; the result for a text is kept, because quotes and the actor-table proposal both need it)."""
    return list(_find_speakers(text, tuple(spans) if spans else ((0, len(text)),)))


@lru_cache(maxsize=32)
def _find_speakers(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[Speaker, ...]:
    """Every person, organisation and role phrase that could speak (no pronouns), in text order.

    `spans` are (start, end) of the sentences to search (default: the whole text as one). Found without a table:
    titled names ("Dr. Ilse Marek"), names after a role word ("harbour master Ilse Brandt"), names of two or more
    capitalised words ("Ivo Brant"), organisations ("Nottingham City Council") and role nouns ("the spokesman",
    "residents"). A single capitalised word at a sentence start ("Fishermen are angry") is too weak and is skipped.
    """
    found: list[Speaker] = []
    for start, end in spans:
        for match in _WORD.finditer(text, start, end):
            if found and found[-1].end >= match.end():
                continue
            word = match.group()
            if not (_noun_head([word], 0) or _is_capitalised(word)):
                continue
            if word[:1].isupper() and re.match(r"\s+(?:[A-Z]|(?:of|de|van|von|al|bin) [A-Z])", text[match.end():match.end() + 6]):
                continue  # not the end of a capitalised run yet
            window = max(start, text.rfind(" ", start, max(start, match.start() - 160)) + 1)  # a phrase is short
            speaker = parse_speaker(text, window, match.end(), whole=False)
            if speaker is None or speaker.end != match.end():
                continue
            if speaker.kind == "person" and not _named_person(speaker):
                continue  # "Tehran", "Iran's Bushehr": one capitalised word may be a place
            if speaker.kind == "person" and re.search(r"\b(?:in|at|from|near|into|across|outside|through|toward|towards)\s+$",
                                                      text[max(0, speaker.start - 12):speaker.start]):
                continue  # "told reporters in Port Ellis": a place
            while found and found[-1].end > speaker.start:
                found.pop()
            if speaker.kind == "group" and " and " in speaker.text:  # "Ortiz and Mr. Jonas Weber": each one
                parts = [parse_speaker(text, speaker.start + m.start(), speaker.start + m.end())
                         for m in re.finditer(r"(?:(?! and ).)+", speaker.text)]
                if all(parts):
                    found.extend(p for p in parts if p.kind != "person" or _named_person(p))
                    continue
            found.append(speaker)
    return tuple(found)


def _named_person(speaker: Speaker) -> bool:
    """Two name words ("Ivo Brant"), or a title or role word before the name ("Dr. Marek", "spokesman Brant")."""
    return " " in speaker.name or speaker.name != speaker.text.split()[-1] or \
        any(w in titles() or w in _title_words() or _noun_head([w], 0) for w in speaker.text.split()[:-1])


def surname_mentions(text: str, speakers: list[Speaker], spans: list[tuple[int, int]]) -> list[Speaker]:
    """Every later use of a known person's last name on its own ("Reyl insisted ..." after "Tomas Reyl")."""
    full = {s.name.split()[-1]: s for s in speakers if s.kind == "person" and " " in s.name}
    if not full:
        return []
    pattern = re.compile(r"(?<![\w.'’-])(" + "|".join(map(re.escape, full)) + r")(?![\w'’-])")
    taken = [(s.start, s.end) for s in speakers]
    found = []
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            if not any(s <= match.start() < e for s, e in taken):
                person = full[match.group(1)]
                found.append(Speaker(match.group(1), match.start(), match.end(), "person", person.name, person.gender))
    return found


def fullest_name(name: str, known: dict[str, str]) -> str:
    """The fullest form of a person's name among `known` (from fullest_names): "Kohl" → "Ines Kohl"."""
    if name in known:
        return known[name]
    return next((full for full in sorted(set(known.values()), key=len, reverse=True) if full.endswith(" " + name)), name)


def fullest_names(speakers: list[Speaker]) -> dict[str, str]:
    """Short person names → the fullest form of the same name in the text ("Brandt" → "Ilse Brandt")."""
    names = sorted({s.name for s in speakers if s.kind == "person"}, key=len, reverse=True)
    table = {}
    for name in names:
        longer = next((full for full in names if full != name and full.endswith(" " + name)), None)
        table[name] = table.get(longer, longer) if longer else name
    return table


def resolve_pronoun(pronoun: Speaker, earlier: list[Speaker]) -> Speaker | None:
    """The nearest earlier speaker a pronoun can refer to, or None.

    he/she/I: the nearest person whose gender is unknown or matches; they/we: a group, organisation or plural
    role; it: an organisation or source. `earlier` must be in text order and end before the pronoun.
    """
    word = pronoun.name
    for candidate in reversed(earlier):
        if candidate.end > pronoun.start or candidate.kind == "pronoun":
            continue
        if word in {"he", "she", "i"}:
            if candidate.kind in {"person", "role"} and not candidate.plural and candidate.gender in ("", pronoun.gender or candidate.gender):
                return _named_by_apposition(candidate, earlier, pronoun.gender) or candidate
        elif word in {"they", "we"}:
            if candidate.plural or candidate.kind in {"organisation", "group"}:
                return candidate
        elif candidate.kind in {"organisation", "source"} and not candidate.plural:
            return candidate
    return None


def _named_by_apposition(role: Speaker, earlier: list[Speaker], gender: str) -> Speaker | None:
    """'Elena Marsh, a nuclear analyst, ...': the person a role phrase stands beside is the one meant."""
    if role.kind != "role":
        return None
    return next((p for p in earlier if p.kind == "person" and 0 <= role.start - p.end <= 3
                 and p.gender in ("", gender or p.gender)), None)


def same_role(speaker: Speaker, earlier: list[Speaker]) -> Speaker | None:
    """'the spokesman' after 'a port spokesman': the earlier role phrase with the same head noun."""
    if speaker.kind not in {"role", "group", "organisation", "source"} or \
            not speaker.text.lower().startswith("the ") or re.search(r"['’]s\b", speaker.text):
        return None  # "Marsh's office" is not "the state engineer's office"
    head = speaker.name.split()[-1].lower()
    return next((e for e in reversed(earlier) if e.kind == speaker.kind and e.end <= speaker.start
                 and e.name.split()[-1].lower() == head and len(e.name) > len(speaker.name)), None)
