"""Close-reading measures on the seed: concordance, frequencies, sentence lengths, actor map."""
from framelab.actors import find_mentions, paragraph_map
from framelab.reading import keyword_in_context, sentence_lengths, word_frequencies


def test_keyword_in_context_finds_every_use_with_offsets(seed):
    hits = keyword_in_context(seed, "stability")
    assert [(h.paragraph, h.sentence) for h in hits] == [(13, 17), (13, 18), (13, 19)]
    assert all(seed.text[h.start:h.end] == "stability" for h in hits)
    assert hits[2].left.endswith("any alien presence may undermine the")
    assert hits[2].right == '," Khatami said.'  # context stops at the paragraph's end


def test_keyword_in_context_phrases_case_and_misses(seed):
    assert [h.paragraph for h in keyword_in_context(seed, "united states")] == [12, 14]
    assert len(keyword_in_context(seed, "U.S.")) == 5
    assert keyword_in_context(seed, "Paris") == []
    assert keyword_in_context(seed, "   ") == []


def test_word_frequencies_leave_out_stopwords(seed):
    table = word_frequencies(seed, top=5)
    assert list(zip(table["word"], table["count"])) == [
        ("iran", 11), ("russia", 7), ("nuclear", 6), ("cooperation", 5), ("moscow", 5), ("u.s.", 5),
        ("weapons", 5)]  # the dateline is left out; words tying with the fifth are kept
    assert "the" not in set(word_frequencies(seed, top=200)["word"])


def test_sentence_lengths(seed):
    table = sentence_lengths(seed)
    assert len(table) == 21
    longest = table.loc[table["words"].idxmax()]
    assert (longest["sentence"], longest["paragraph"], longest["words"]) == (15, 11, 35)
    assert longest["text"].startswith("Putin and Khatami also signed an agreement opposing any pipelines")


def test_dateline_and_places_are_not_actors(seed):
    roles = {(m.paragraph, m.alias): m.role for m in find_mentions(seed)}
    assert roles[(2, "Kremlin")] == "place"  # "met in the Kremlin"
    assert roles[(8, "Moscow")] == "place"  # "ambassador to Moscow"
    assert roles[(5, "Washington")] == "actor"  # "concern in Washington, which believes ..."
    assert roles[(4, "Iran")] == "actor"  # "at Iran's Bushehr nuclear plant": a possessor
    assert all(m.alias != "MOSCOW" for m in find_mentions(seed))


def test_paragraph_map_counts_mentions_per_paragraph(seed):
    table = paragraph_map(seed)
    assert list(table.columns) == list(range(1, 15))
    us = table.loc["United States"]
    assert list(us[us > 0].index) == [1, 3, 5, 10, 11, 12, 14]
    assert us[12] == 2  # "the United States" and "U.S. global dominance"
    assert (table.loc["Khatami"] > 0).sum() == 4
    assert list(table.index[:2]) == ["United States", "Russia"] or table.index[0] == "United States"
