"""Sentence boundaries on news prose: the invented case set, the cases of issue 12, the abbreviation table, the rules."""
import csv
from pathlib import Path

import pytest

from framelab import Article, FramelabError
from framelab import sentences as sentences_module
from framelab.resources import sentence_splitter
from framelab.sentences import (
    abbreviations, boundary_decisions, decide_boundary, find_abbreviation, hold_brackets, next_word_kind,
    sentence_spans, sentence_starters,
)

CASES_FILE = Path(__file__).parent / "data" / "sentence_cases.csv"
SEPARATOR = " || "
with CASES_FILE.open(encoding="utf-8", newline="") as _handle:
    CASES = list(csv.DictReader(_handle))


def split(text: str) -> list[str]:
    article = Article.from_text(text)
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
    return [s.text for s in article.sentences]


@pytest.mark.parametrize("case", CASES, ids=[f"{i + 2}-{c['kind']}" for i, c in enumerate(CASES)])
def test_invented_case_is_split_exactly(case):
    assert split(case["text"]) == case["sentences"].split(SEPARATOR)


def test_case_set_covers_every_kind_of_boundary():
    kinds = {case["kind"] for case in CASES}
    assert len(CASES) >= 60
    assert kinds >= {"title", "military", "name-prefix", "initial", "pronoun-i", "abbreviation-ends",
                     "abbreviation-before-name", "abbreviation-before-lower", "number", "latin", "money", "email",
                     "url", "exclamation", "ellipsis", "quote", "bracket", "word-not-abbreviation", "plain"}
    assert all(" ".join(case["sentences"].split(SEPARATOR)) == case["text"] for case in CASES)
    # both outcomes are tested: cases that must split and cases that must stay whole
    assert sum(SEPARATOR in case["sentences"] for case in CASES) >= 30
    assert sum(SEPARATOR not in case["sentences"] for case in CASES) >= 20


# The sentence cases that issue 12 lists with today's and the right values, copied here.
@pytest.mark.parametrize("text, expected", [
    ("The mayor lives at No. 4 Mill Lane. She was out.", ["The mayor lives at No. 4 Mill Lane.", "She was out."]),
    ("She studied in Washington, D.C. on a grant. She came back.",
     ["She studied in Washington, D.C. on a grant.", "She came back."]),
    ("He holds a Ph.D. from Lund. He teaches there.", ["He holds a Ph.D. from Lund.", "He teaches there."]),
    ("The firm moved to the U.S. It now employs 300 people.",
     ["The firm moved to the U.S.", "It now employs 300 people."]),
    ("The study by Berg et al. was cited.", ["The study by Berg et al. was cited."]),
    ("Rev. Ann Holt met Capt. Ivo Brant at Ft. Lee.", ["Rev. Ann Holt met Capt. Ivo Brant at Ft. Lee."]),
    ('Putin criticized the U.S. "We were promised steel," he said.',
     ["Putin criticized the U.S.", '"We were promised steel," he said.']),
])
def test_issue_12_cases(text, expected):
    assert split(text) == expected


def test_abbreviation_table_is_complete_and_sourced():
    table = abbreviations()
    assert len(table) >= 150
    for written in ("Mr.", "Dr.", "Gen.", "Rev.", "Capt.", "Ft.", "Mt.", "Sen.", "Gov.", "Lt.", "St.", "No.", "p.",
                    "et al.", "Ph.D.", "D.C.", "U.S.A.", "Inc.", "Jan.", "Feb.", "a.m.", "Jr."):
        assert table[written[:-1]].text == written
    assert all(a.source for a in table.values())
    assert all("AP Stylebook" in a.source for a in (table["Sen"], table["U.S"], table["No"], table["Inc"]))
    # titles are always followed by a name; a place, a company or a suffix can end a sentence
    assert not any(a.can_end_sentence for a in table.values() if a.kind in ("title", "name-prefix"))
    assert all(table[key].can_end_sentence for key in ("U.S", "D.C", "Inc", "Jr", "et al", "No"))
    assert not table["e.g"].can_end_sentence and table["etc"].can_end_sentence


def test_punkt_gets_the_tables_as_parameters():
    params = sentence_splitter()._params
    assert {"u.s", "ph.d", "d.c", "u.s.a", "al", "no", "rev", "capt", "ft"} <= params.abbrev_types
    assert {"it", "the", "however", "she"} <= params.sent_starters
    assert "government" not in params.sent_starters and "navy" not in params.sent_starters
    assert {"it", "the", "however", "none"} <= sentence_starters()


def test_a_bad_abbreviation_row_is_refused_with_its_row_number(tmp_path, monkeypatch):
    bad = tmp_path / "abbreviations.csv"
    bad.write_text("abbreviation,kind,can_end_sentence,source\nDr.,title,no,AP\nUSA,place,yes,AP\n", encoding="utf-8")
    monkeypatch.setattr(sentences_module, "data_path", lambda *parts: bad)
    with pytest.raises(FramelabError, match="Row 3 of data/lexicons/abbreviations.csv is not valid"):
        abbreviations.__wrapped__()


def test_an_abbreviation_is_found_by_its_written_form():
    assert find_abbreviation("No").kind == "number-prefix"
    assert find_abbreviation("no") is None  # the word "no", not "No." before a number
    assert find_abbreviation("al", "et").text == "et al."
    assert find_abbreviation("al", "Berg") is None
    assert find_abbreviation("ex-Gov").text == "Gov."
    assert find_abbreviation("(Gen").text == "Gen."
    assert find_abbreviation("A.M").text == "a.m." and find_abbreviation("E.g").text == "e.g."
    assert find_abbreviation("V") is None  # "Henry V." is an initial, not "v." (versus)


@pytest.mark.parametrize("token, kind", [
    ("she", "lower"), ('"We', "quote"), ("“They", "quote"), ("It", "starter"), ("However,", "starter"),
    ("R.", "initial"), ("Navy", "capital"), ("Government", "capital"), ("4", "other"), ("$3.5", "other"),
])
def test_the_next_word_is_classified(token, kind):
    assert next_word_kind(token) == kind


@pytest.mark.parametrize("word, mark, next_token, previous, closer, expected", [
    ("U.S", ".", "It", "the", "", (True, "'U.S.' (place) ends the sentence: a new sentence starts")),
    ("U.S", ".", "Navy", "the", "", (False, "'U.S.' (place) before a name, a noun or a number")),
    ("U.S", ".", '"We', "the", "", (True, "'U.S.' (place) ends the sentence: a new sentence starts")),
    ("U.S", ".", "Marek", "the", '"', (True, "'U.S.' (place) ends the sentence: a new sentence starts")),
    ("Dr", ".", "The", "", "", (False, "'Dr.' (title) never ends a sentence")),
    ("No", ".", "4", "at", "", (False, "'No.' (number-prefix) before a name, a noun or a number")),
    ("I", ".", "Did", "and", "", (True, "the pronoun I ends the sentence")),
    ("J", ".", "R.", "", "", (False, "'J.' is an initial before a name")),
    ("B", ".", "The", "option", "", (True, "'B.' ends the sentence: a new sentence starts")),
    ("ill", ".", "Doctors", "fell", "", (True, "'ill.' is a word here, not the abbreviation (letter case differs)")),
    ("go", ".", "she", "We", '"', (False, "a lower-case word follows, so the sentence goes on")),
    ("Yahoo", "!", "in", "at", "", (False, "a lower-case word follows, so the sentence goes on")),
    ("answer", "…", "Then", "an", "", (True, "an ellipsis, then a word that starts sentences")),
    ("treaty", "...", "Russia", "the", "", (False, "an ellipsis inside the sentence (a name, a number or a symbol follows)")),
    ("won", "!!", "The", "They", "", None),  # Punkt's own rule: ! and ? end a sentence
    ("rose", ".", "Farmers", "river", "", None),  # an ordinary full stop: Punkt decides
])
def test_each_rule_gives_its_decision_and_reason(word, mark, next_token, previous, closer, expected):
    assert decide_boundary(word, mark, next_token, previous, closer) == expected


def test_decisions_carry_offsets_into_the_paragraph():
    paragraph = "Gen. Ada Verro left the U.S. It was May."
    decisions = boundary_decisions(paragraph)
    assert [(d.mark_start, d.end, d.next_start, d.boundary) for d in decisions] == [(3, 4, 5, False), (27, 28, 29, True)]
    assert sentence_spans(paragraph, sentence_splitter()) == [(0, 28), (29, 40)]


def test_a_bracket_holds_sentences_only_when_it_opened_mid_sentence_and_closes():
    paragraph = "The mayor (she won. Few knew her) spoke. (He left. She stayed.) Then rain."
    breaks = [(19, 20), (40, 41), (50, 51), (63, 64)]
    assert hold_brackets(paragraph, breaks) == [(40, 41), (50, 51), (63, 64)]
    unclosed = "The draft (version two. It was long."
    assert split(unclosed) == ["The draft (version two.", "It was long."]


def test_curly_quotes_and_offsets_on_a_paragraph_with_several_sentences():
    text = ("VELL (AP) — “We are not leaving,” Capt. Ines Brandt said Monday. “The port stays open.” "
            "She met officials of the U.N. Development Programme at 9 a.m. Later, the U.S. Navy sent a ship.")
    assert split(text) == [
        "VELL (AP) — “We are not leaving,” Capt. Ines Brandt said Monday.",
        "“The port stays open.”",
        "She met officials of the U.N. Development Programme at 9 a.m.",
        "Later, the U.S. Navy sent a ship.",
    ]


def test_a_paragraph_of_spaces_has_no_sentences():
    assert sentence_spans("   ", sentence_splitter()) == []
