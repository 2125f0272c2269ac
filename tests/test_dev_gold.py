"""The attribution development set (data/annotations/dev/) is consistent with itself and with its README.

These tests check the hand-made gold file only. They never run framelab's extractor: the gold must stay what a
careful reader marked, whatever the rules find.
"""
import collections
import csv
import re
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1] / "data" / "annotations" / "dev"
KINDS = {"direct", "continuation", "partial", "indirect"}
CUES = {"say", "tell", "according to", "write", "call", "urge", "claim", "estimate", "acknowledge", "explain", "reply",
        "warn", "announce", "ask", "deny", "argue", "suggest", "continue", "declare", "insist", "add", "cite", "report",
        "accept", "note", "stress", "believe", "admit"}
OPENING_MARKS = "\"“'‘"
CLOSING_MARKS = "\"”'’"
TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor", "gen.", "gov.", "sen.",
          "rev.", "capt.", "lt.", "cllr", "sir"}
PRONOUNS = {"he", "she", "it", "they", "i", "we", "him", "her", "them"}


def gold_rows() -> list[dict]:
    with open(DEV / "gold.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def text_of(name: str) -> str:
    return (DEV / name).read_text(encoding="utf-8")


def readme_table() -> dict[str, dict[str, int]]:
    """The README's table of texts: file -> counts per kind, total and words."""
    table = {}
    for line in (DEV / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `(\d\d_\w+\.txt)` \|", line)
        if match:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            counts = [int(cell) for cell in cells[-5:]] + [int(cells[2])]
            table[match.group(1)] = dict(zip(["direct", "continuation", "partial", "indirect", "total", "words"],
                                             counts))
    return table


ROWS = gold_rows()


def test_header_and_size_meet_the_issue():
    with open(DEV / "gold.csv", encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["file", "kind", "speaker", "cue", "text"]
    files_with_rows = {row["file"] for row in ROWS}
    texts = sorted(path.name for path in DEV.glob("*.txt"))
    assert len(ROWS) >= 150
    assert len(texts) >= 10
    assert len(set(texts) - files_with_rows) >= 2  # texts with no speech at all
    assert set(KINDS) == {row["kind"] for row in ROWS}  # every kind is represented


def test_every_text_is_named_and_sized_like_a_news_report():
    for path in DEV.glob("*.txt"):
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", path.name), path.name
        words = len(path.read_text(encoding="utf-8").split())
        assert 250 <= words <= 650, (path.name, words)


def test_kinds_cues_and_fields_are_from_the_allowed_sets():
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["cue"] in CUES, row
        assert (DEV / row["file"]).is_file(), row
        for field in ("speaker", "text"):
            assert row[field] and row[field] == row[field].strip(), row
    assert len({tuple(row.values()) for row in ROWS}) == len(ROWS), "a row is repeated"


def test_every_cue_is_documented_in_the_readme():
    readme = (DEV / "README.md").read_text(encoding="utf-8")
    for cue in CUES:
        assert f"`{cue}`" in readme, cue


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row['file'][:2]}-{row['text'][:30]}")
def test_text_occurs_exactly_once_in_its_file(row):
    assert text_of(row["file"]).count(row["text"]) == 1


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row['file'][:2]}-{row['text'][:30]}")
def test_span_boundaries_follow_the_conventions(row):
    text = text_of(row["file"])
    start = text.index(row["text"])
    end = start + len(row["text"])
    before, after = text[start - 1] if start else "", text[end:end + 2]
    if row["kind"] == "indirect":
        # A clause, not a quotation: it starts a line or follows a space, and stops at the sentence end, at the comma
        # before an inverted attribution, before "but" and a new verb, before a headline's ": speaker" or " -sources",
        # or, for a noun cue that is the sentence's subject ("Newspaper reports that X caused alarm"), before its verb.
        assert before in {"", " ", "\n"}, row
        stops = after[:1] in {".", ",", "\n"} or after in {": ", " -"} or text[end:end + 5] == " but "
        assert stops or row["cue"] == "report" and after[:1] == " ", row
    else:
        # Quoted words: just inside the marks, without a final comma or full stop.
        assert before in OPENING_MARKS, row
        assert row["text"][0] not in OPENING_MARKS + " " and row["text"][-1] not in CLOSING_MARKS + " ,.", row
        closes_here = after[:1] in CLOSING_MARKS or after[:1] in ",.?!" and after[1:2] in CLOSING_MARKS
        left_open = after in {".\n", "."}  # AP: a quote that runs on into the next paragraph has no closing mark
        assert closes_here or row["kind"] == "direct" and left_open, row
    if row["kind"] == "continuation":
        assert text[start - 3:start - 1] == "\n\n", row  # the paragraph opens with the quote


def test_speakers_are_resolved_names_not_pronouns_titles_or_articles():
    for row in ROWS:
        words = row["speaker"].split()
        assert words[0].lower() not in {"a", "an", "the", "one", "two"}, row
        assert words[0].lower() not in TITLES, row
        assert row["speaker"].lower() not in PRONOUNS, row
        # A resolved speaker is still made of the text's own words.
        lowered = text_of(row["file"]).lower()
        for word in words:
            assert re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lowered), (word, row)


def test_a_person_keeps_one_name_in_a_text():
    """A surname on second mention resolves to the full name: no file lists both "Voss" and "Hanna Voss"."""
    by_file = collections.defaultdict(set)
    for row in ROWS:
        by_file[row["file"]].add(row["speaker"])
    for name, speakers in by_file.items():
        for speaker in speakers:
            longer = [other for other in speakers if other != speaker and other.endswith(" " + speaker)]
            assert not longer, (name, speaker, longer)


def test_readme_table_matches_the_gold_counts():
    table = readme_table()
    assert sorted(table) == sorted(path.name for path in DEV.glob("*.txt"))
    counts = collections.defaultdict(collections.Counter)
    for row in ROWS:
        counts[row["file"]][row["kind"]] += 1
    for name, expected in table.items():
        found = counts[name]
        assert {kind: found[kind] for kind in KINDS} == {kind: expected[kind] for kind in KINDS}, name
        assert sum(found.values()) == expected["total"], name
        assert len(text_of(name).split()) == expected["words"], name
    total = re.search(r"\*\*(\d+) attributions\*\*", (DEV / "README.md").read_text(encoding="utf-8"))
    assert int(total.group(1)) == len(ROWS)


def test_texts_without_speech_have_no_rows_and_no_speech_verbs():
    silent = [name for name, counts in readme_table().items() if counts["total"] == 0]
    assert len(silent) >= 2
    for name in silent:
        assert name not in {row["file"] for row in ROWS}
        assert not re.search(r"\b(said|says|told|according to|announced)\b", text_of(name)), name
