"""Framing on the seed report: both frames, voice, verbs apart from nouns, and the rewrite lab."""
from types import SimpleNamespace

import pytest

from framelab import Article
from framelab.actors import find_mentions
from framelab.charts import frame_voice_takeaway
from framelab.errors import FramelabError
from framelab.framing import (
    compare_framing,
    entman_functions,
    first_perspective,
    frame_voices,
    framing_summary,
    generic_frames,
    label_owners,
    narration_frames,
    narration_sentences,
    reporting_words_by_side,
    rewrite_paragraph,
    verb_classes_by_side,
    verb_table,
    verb_uses,
    voice_table,
    word_part,
)
from framelab.quotes import find_quotes
from framelab.widgets import framing_highlighter, rewrite_lab


@pytest.fixture(scope="module")
def parts(seed):
    mentions = find_mentions(seed)
    quotes = find_quotes(seed, mentions)
    return mentions, quotes, verb_uses(seed, quotes, mentions)


def test_the_us_never_speaks_in_its_own_words(seed, parts):
    mentions, quotes, _ = parts
    voice = voice_table(seed, quotes, mentions).set_index("side")
    assert voice.loc["United States", "direct quotes"] == 0
    assert voice.loc["United States", "words in quote marks"] == 0
    assert voice.loc["United States", "indirect attributions"] == 3
    assert voice.loc["United States", "speaks as"] == "institution or place name"
    assert voice.loc["Russia", "direct quotes"] == 2 and voice.loc["Iran", "direct quotes"] == 1
    assert "named person" in voice.loc["Russia", "speaks as"] and "named person" in voice.loc["Iran", "speaks as"]


def test_us_attribution_verbs_are_believes_and_claims(parts):
    _, _, uses = parts
    table = verb_table(uses)
    us = table[(table["side"] == "United States") & (table["how"] == "attribution")]
    assert list(zip(us["word"], us["class"])) == [("believes", "internal-state"), ("claims", "distancing")]
    leaders = table[table["actor"].isin(["Putin", "Khatami"]) & (table["how"] == "attribution")]
    assert set(leaders["lemma"]) == {"say"}
    assert verb_classes_by_side(uses).loc["United States"].to_dict() == {
        "affective": 0, "distancing": 1, "internal-state": 1, "neutral": 0}


NOUNS = {"opposition", "concern", "efforts", "demands"}


def test_nouns_never_enter_the_verb_classes(seed, parts):
    mentions, quotes, _ = parts
    # the ¶14 noun cue, as the quote finder reports it (with or without its cue_part)
    demand = SimpleNamespace(speaker="U.S.", actor="United States", side="US", cue="demand", kind="indirect",
                             text="it cancel the $800 million Bushehr nuclear plant contract", paragraph=14,
                             start=seed.text.index("it cancel"), end=seed.text.index(" contract.") + 9)
    others = [q for q in quotes if q.cue != "demand"]
    for quote in (demand, SimpleNamespace(**vars(demand), cue_part="noun")):
        uses = verb_uses(seed, others + [quote], mentions)
        table = verb_table(uses)
        nouns = table[table["how"] == "noun"]
        assert set(nouns[nouns["side"] == "United States"]["word"]) == NOUNS
        assert not set(table[table["how"] != "noun"]["word"]) & NOUNS
        classes = verb_classes_by_side(uses)
        assert classes.to_numpy().sum() == (table["how"] == "attribution").sum()
        assert classes.loc["United States"].to_dict() == {"affective": 0, "distancing": 1, "internal-state": 1,
                                                          "neutral": 0}
        counts = reporting_words_by_side(uses).set_index("side")
        assert counts.loc["United States"].to_dict() == {"attribution verbs": 2, "action verbs": 0, "nouns": 4,
                                                          "nouns used": "opposition, concern, efforts, demands"}
        assert counts.loc["Russia", "nouns"] == counts.loc["Iran", "nouns"] == 0


@pytest.mark.parametrize("text, word, part", [
    ("Moscow has dismissed U.S. demands that it cancel the contract.", "demands", "noun"),
    ("The United States claims the plant is dangerous.", "claims", "verb"),
    ("Washington demands that Moscow cancel the contract.", "demands", "verb"),
    ("It rejected a 1995 pledge not to sell tanks.", "pledge", "noun"),
    ("Moscow and Tehran say the plant is civilian.", "say", "verb"),
    ("Iran's ambassador to Moscow said Tehran could buy weapons.", "said", "verb"),
    ("The visit comes amid strong U.S. opposition to the ties.", "opposition", "noun"),
])
def test_noun_or_verb_in_context(text, word, part):
    article = Article.from_text(text)
    start = article.text.index(word)
    assert word_part(article, start, start + len(word), find_mentions(article)) == part


def test_where_each_side_first_appears(seed, parts):
    _, _, uses = parts
    first = first_perspective(seed, uses).set_index("side")
    assert first.loc["Russia", "first paragraph"] == 1 and bool(first.loc["Russia", "in the lede"])
    assert first.loc["Iran", "first paragraph"] == 1
    assert first.loc["United States", "first paragraph"] == 3 and not first.loc["United States", "in the lede"]


def test_who_coins_the_labels(seed, parts):
    _, quotes, _ = parts
    owners = dict(zip(label_owners(seed, quotes)["label"], label_owners(seed, quotes)["whose words"]))
    assert owners["alien presence"] == "Khatami (own words, in quotation marks)"
    assert owners["extra-regional forces"] == "Khatami (own words, in quotation marks)"
    assert owners["U.S. global dominance"] == "the reporter"
    assert owners["sponsors terrorists"] == "the reporter, paraphrasing United States"


def test_the_reporters_inference_is_the_reporters_voice(parts):
    _, quotes, _ = parts
    reporter = [q for q in quotes if q.kind == "reporter"]
    assert any(q.text.endswith("their statements clearly reflected an effort to offset U.S. global dominance")
               for q in reporter)


def test_entman_codes_both_frames_with_evidence_that_slices_back(seed):
    table = entman_functions(seed)
    functions = ["problem definition", "causal interpretation", "moral evaluation", "treatment recommendation"]
    assert list(table["frame"]) == ["US security"] * 4 + ["Russia–Iran sovereignty"] * 4
    assert list(table["function"]) == functions * 2
    for evidence, spans in zip(table["evidence"], table["spans"]):
        for phrase, (start, end) in zip(evidence.split(" … "), spans):
            assert start >= 0 and seed.text[start:end] == phrase
    evidence = " ".join(table["evidence"])
    for phrase in ("bolster arms sales", "strong U.S. opposition", "caused concern in Washington",
                   "defend itself", "independent, self-sufficient state", "for economic reasons",
                   "extra-regional forces", "pipelines across the sea bed"):
        assert phrase in evidence
    assert list(entman_functions(seed, "US security")["function"]) == functions
    with pytest.raises(FramelabError, match="There is no frame called 'peace'"):
        entman_functions(seed, "peace")


def test_every_narration_sentence_is_coded_with_a_span_that_slices_back(seed, parts):
    _, quotes, _ = parts
    narration = narration_sentences(seed, quotes)
    assert list(narration["sentence"]) == [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21]
    coded = narration_frames(seed)
    assert set(coded["sentence"]) == set(narration["sentence"])
    bounds = dict(zip(narration["sentence"], zip(narration["start"], narration["end"])))
    for row in coded.itertuples():
        assert seed.text[row.start:row.end] == row.text
        assert bounds[row.sentence][0] <= row.start and row.end <= bounds[row.sentence][1]
        assert (row.function == "") == (row.frame == "none") and row.rationale
    pinned = {(r.paragraph, r.frame, r.voice) for r in coded.itertuples()}
    assert {(0, "US security", "the reporter's own words"), (3, "US security", "the reporter's own words"),
            (5, "US security", "the reporter's own words"), (10, "US security", "the reporter's own words"),
            (1, "Russia–Iran sovereignty", "credited to a side"), (11, "Russia–Iran sovereignty", "credited to a side"),
            (12, "Russia–Iran sovereignty", "the reporter's own words"), (2, "none", ""), (4, "none", "")} <= pinned
    counts = coded.groupby(["frame", "voice"]).size().to_dict()
    assert counts == {("Russia–Iran sovereignty", "credited to a side"): 5,
                      ("Russia–Iran sovereignty", "the reporter's own words"): 1,
                      ("US security", "credited to a side"): 3, ("US security", "the reporter's own words"): 4,
                      ("none", ""): 5}


def test_quoted_is_not_the_same_as_adopted(seed, parts):
    _, quotes, _ = parts
    voices = frame_voices(seed, quotes)
    assert voices.loc["US security"].tolist() == [0, 3, 4]
    assert voices.loc["Russia–Iran sovereignty"].tolist() == [3, 5, 1]
    assert frame_voice_takeaway(voices).startswith("Takeaway: the US security frame is in 0 quotes of its side")


def test_frame_codings_refuse_another_article():
    with pytest.raises(FramelabError, match="made for the AP seed report"):
        narration_frames(Article.from_text("Putin said the weather was fine. Khatami agreed."))


def test_semetko_valkenburg_frames(seed):
    answers, summary = generic_frames(seed)
    assert len(answers) == 20
    conflict = answers[answers["frame"] == "conflict"].set_index("question")["answer"]
    assert conflict["Does the story show disagreement between parties or countries?"] == "yes"
    assert conflict["Does the story refer to two or more sides of the issue?"] == "yes"
    for row in answers[answers["answer"] == "yes"].itertuples():
        assert row.span[0] >= 0 and seed.text[row.span[0]:row.span[1]] == row.evidence
    morality = answers[answers["frame"] == "morality"].set_index("question")
    assert morality.loc["Does the story contain a moral message?", "evidence"] == "which believes Iran sponsors terrorists"
    visual = answers[answers["question"].str.contains("visual information")].iloc[0]
    assert visual["answer"] == "N/A"
    assert summary.set_index("frame").loc["morality", "yes"] == 2
    assert summary.set_index("frame").loc["human interest", "questions"] == 4
    present = dict(zip(summary["frame"], summary["present"]))
    assert present == {"conflict": True, "responsibility": True, "economic": True, "morality": True,
                       "human interest": False}


def test_swapping_claims_for_says_moves_one_attribution_to_neutral(seed):
    rewritten = rewrite_paragraph(seed, 14, seed.paragraph(14).text.replace("claims", "says"))
    before = verb_classes_by_side(verb_uses(seed, find_quotes(seed), find_mentions(seed))).loc["United States"]
    after_article = rewritten
    after = verb_classes_by_side(verb_uses(after_article, find_quotes(after_article),
                                           find_mentions(after_article))).loc["United States"]
    assert (before["distancing"], before["neutral"]) == (1, 0)
    assert (after.get("distancing", 0), after["neutral"]) == (0, 1)
    changed = compare_framing(seed, rewritten)
    assert changed[changed["changed"]][["side", "measure"]].values.tolist() == [["United States", "attribution verbs"]]


def test_giving_washington_a_quote_and_the_lede(seed):
    quoted = rewrite_paragraph(seed, 14, seed.paragraph(14).text +
                               ' "We will keep raising this with Moscow," a State Department spokesman said.')
    assert framing_summary(quoted).loc["United States", "direct quotes"] == 1
    lede = rewrite_paragraph(seed, 1, seed.paragraph(1).text + " The United States opposes the agreement.")
    assert framing_summary(lede).loc["United States", "first paragraph"] == 1


@pytest.mark.parametrize("text, message", [("   ", "The paragraph is empty"),
                                           ("<script>alert(1)</script>", "looks like a web page")])
def test_rewrite_refuses_bad_text(seed, text, message):
    with pytest.raises(FramelabError, match=message):
        rewrite_paragraph(seed, 14, text)


def test_highlighter_layers_and_escaping(seed):
    layer, shade, legend, page = framing_highlighter(seed).children
    assert layer.description == "Underline:" and "distancing" in legend.value
    assert 'title="United States: claim (distancing)"' in page.value and "the reporter’s own voice" in page.value
    assert "Russia&#x27;s Vladimir Putin" in page.value
    layer.value = "frames"
    assert 'title="US security: problem definition (the reporter’s own words)"' in page.value.replace("&#x27;", "’")
    assert "Russia–Iran sovereignty: moral evaluation (Putin&#x27;s own words)" in page.value
    assert "#D55E00" in legend.value and "#0072B2" in legend.value
    layer.value = "actors"
    assert 'title="Washington → United States"' in page.value
    shade.value = False
    assert "the reporter’s own voice" not in page.value


def test_rewrite_lab_widget(seed):
    label, choice, box, diff, result = rewrite_lab(seed).children
    assert "<b>0</b> measures changed" in result.value
    box.value = seed.paragraph(14).text.replace("claims", "says") + " 5 < 6"
    assert "<del" in diff.value and "says" in diff.value and "5 &lt; 6" in diff.value
    assert "<b>1</b> measure changed" in result.value
    box.value = ""
    assert "The paragraph is empty" in result.value
    choice.value = 3
    assert box.value.startswith("Khatami's visit comes amid strong U.S. opposition")
