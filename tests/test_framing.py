"""Framing of the US opposition on the seed report, and the rewrite lab."""
import pytest

from framelab.actors import find_mentions
from framelab.errors import FramelabError
from framelab.framing import (
    compare_framing,
    entman_functions,
    first_perspective,
    framing_summary,
    generic_frames,
    label_owners,
    rewrite_paragraph,
    verb_classes_by_side,
    verb_table,
    verb_uses,
    voice_table,
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


def test_us_attributions_are_believes_and_claims_and_demands(parts):
    _, _, uses = parts
    table = verb_table(uses)
    us = table[(table["side"] == "United States") & (table["how"] == "attribution")]
    assert list(zip(us["word"], us["class"])) == [("believes", "internal-state"), ("demands", "affective"),
                                                  ("claims", "distancing")]
    leaders = table[table["actor"].isin(["Putin", "Khatami"]) & (table["how"] == "attribution")]
    assert set(leaders["lemma"]) == {"say"}
    assert verb_classes_by_side(uses).loc["United States"].to_dict() == {
        "affective": 1, "distancing": 1, "internal-state": 1, "neutral": 0}


def test_actions_and_nouns_reporting_each_side(parts):
    _, _, uses = parts
    table = verb_table(uses)
    assert {("Russia", "pledged"), ("Iran", "pledged"), ("Russia", "defended"), ("Russia", "dismissed"),
            ("United States", "opposition"), ("United States", "efforts")} <= set(zip(table["side"], table["word"]))
    assert "pledge" not in set(table[table["paragraph"] == 10]["word"])  # "a 1995 pledge" is a noun


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


def test_entman_functions_carry_evidence_that_slices_back(seed):
    table = entman_functions(seed)
    assert list(table["function"]) == ["problem definition", "causal interpretation", "moral evaluation",
                                       "treatment recommendation"]
    for evidence, spans in zip(table["evidence"], table["spans"]):
        for phrase, (start, end) in zip(evidence.split(" … "), spans):
            assert start >= 0 and seed.text[start:end] == phrase


def test_semetko_valkenburg_frames(seed):
    answers, summary = generic_frames(seed)
    assert len(answers) == 20
    conflict = answers[answers["frame"] == "conflict"].set_index("question")["answer"]
    assert conflict["Does the story show disagreement between parties or countries?"] == "yes"
    assert conflict["Does the story refer to two or more sides of the issue?"] == "yes"
    for row in answers[answers["answer"] == "yes"].itertuples():
        assert row.span[0] >= 0 and seed.text[row.span[0]:row.span[1]] == row.evidence
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
