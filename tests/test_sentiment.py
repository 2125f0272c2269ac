"""VADER, offline, explained: the quotes' real scores, the traps, and the widgets."""
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as ReferenceVader

from framelab.errors import FramelabError
from framelab.quotes import find_quotes
from framelab.sentiment import (
    compound_from_sum,
    explain_sentiment,
    formula_text,
    label_flips,
    label_for,
    mask_actors,
    playground_text,
    saturation_table,
    saturation_takeaway,
    sentiment_table,
    verb_swap,
    word_table,
)
from framelab.widgets import sentiment_explorer, sentiment_playground

US_SENTENCE = "The United States claims the technology could be used to develop nuclear weapons"


@pytest.fixture(scope="module")
def quotes(seed):
    return find_quotes(seed)


def test_putin_and_khatami_quotes_have_their_real_scores(quotes):
    scores = {(q.paragraph, q.kind): explain_sentiment(q.text).compound for q in quotes if q.actor in ("Putin", "Khatami")}
    assert scores == {(5, "indirect"): 0.2057, (6, "direct"): 0.6124, (7, "continuation"): 0.743,
                      (13, "direct"): 0.5574}


def test_every_quote_matches_vadersentiments_own_analyser(quotes):
    reference = ReferenceVader()
    for quote in quotes:
        assert explain_sentiment(quote.text).compound == reference.polarity_scores(quote.text)["compound"], quote.text


def test_contributions_add_up_to_the_raw_sum_behind_the_compound(seed):
    for paragraph in seed.paragraphs:
        score = explain_sentiment(paragraph.text + "!")
        assert sum(w.contribution for w in score.words) == score.word_sum  # exactly: the same additions, in order
        sign = (score.word_sum > 0) - (score.word_sum < 0)
        assert score.raw_sum == score.word_sum + sign * score.punctuation
        assert score.punctuation == (0.292 if sign else 0.0)
        assert compound_from_sum(score.raw_sum) == score.compound


def test_the_formula_on_putins_quote(quotes):
    putin = explain_sentiment(next(q for q in quotes if q.paragraph == 6).text)
    assert putin.raw_sum == pytest.approx(3.0)
    assert compound_from_sum(3.0) == round(3.0 / (3.0 ** 2 + 15) ** 0.5, 4) == 0.6124 == putin.compound


def test_the_formula_is_written_out_with_the_quotes_own_numbers(quotes):
    khatami = explain_sentiment(next(q for q in quotes if q.paragraph == 13).text)
    assert formula_text(khatami) == ("s = 'calm' +1.3 + 'peace' +2.5 + 'undermine' -1.2 = +2.6; "
                                     "compound = s / √(s² + 15) = 2.6 / √21.76 = +0.5574")
    loud = explain_sentiment("The talks were good!!")
    assert formula_text(loud).startswith("s = 'good' +1.9 + '!'/'?' emphasis +0.584 = +2.484;")
    assert formula_text(explain_sentiment("The talks were held.")) == ("s = 0 (no word of the text is in VADER's "
                                                                      "lexicon), so compound = 0.")


def test_long_units_saturate(seed):
    table = saturation_table(seed)
    assert len(table) == len(seed.paragraphs) and table.iloc[0]["compound"] == explain_sentiment(seed.paragraphs[0].text).compound
    whole = explain_sentiment(" ".join(" ".join(p.text.split()) for p in seed.paragraphs))
    assert (table.iloc[-1]["raw sum s"], table.iloc[-1]["compound"]) == (round(whole.raw_sum, 4), whole.compound) == (12.191, 0.9531)
    assert table["lexicon hits"].is_monotonic_increasing and table["compound"].max() > 0.97
    assert table.iloc[11]["raw sum s"] < table.iloc[10]["raw sum s"]  # ¶12 brings the first "but": all before it × 0.5
    assert "s = 8 → +0.90" in saturation_takeaway(table) and "(¶1–¶14) has s = +12.191" in saturation_takeaway(table)


def test_putins_quote_word_by_word(quotes):
    putin = explain_sentiment(next(q for q in quotes if q.paragraph == 6).text)
    table = word_table(putin)
    assert list(zip(table["word"], table["contribution"])) == [("ensure", 1.6), ("security", 1.4)]
    assert putin.raw_sum == 3.0 and putin.hits == 2
    assert putin.unscored_domain_words == ("defend", "right")


def test_rules_are_named_negation_booster_caps_but():
    score = explain_sentiment("The deal is NOT very good, but the talks were good!")
    very, good = (next(w for w in score.words if w.word == word) for word in ("very", "good"))
    assert very.rules == ("booster word: counts 0 itself, strengthens the next words",) and very.contribution == 0
    assert good.rules == ("'very' just before (booster: +0.293): +0.293", "'NOT' 2 words before (negation): × -0.74",
                          "before 'but': × 0.5")
    assert [step.rule for step in good.steps] == ["booster", "negation", "but"]
    assert good.contribution == pytest.approx((1.9 + 0.293) * -0.74 * 0.5)
    assert score.punctuation == pytest.approx(0.292)
    assert score.raw_sum == pytest.approx(-0.81141 + 2.85 + 0.292)


def test_thresholds():
    assert label_for(-0.0258) == "neutral"
    assert label_for(0.05) == "positive" and label_for(-0.05) == "negative"
    assert label_for(0.4404, threshold=0.5) == "neutral"


def test_united_states_trap_and_masking():
    assert explain_sentiment(US_SENTENCE).compound == -0.0258
    assert explain_sentiment(US_SENTENCE.replace("The United States", "Washington")).compound == -0.4404
    assert mask_actors(US_SENTENCE) == "The ACTOR claims the technology could be used to develop nuclear weapons"
    assert explain_sentiment(US_SENTENCE, mask=True).compound == -0.4404
    assert explain_sentiment(US_SENTENCE.replace("The United States", "Washington"), mask=True).compound == -0.4404


def test_said_claims_alleges_score_the_same_but_warned_does_not():
    table = verb_swap(US_SENTENCE, "claims", ("said", "alleges", "warned")).set_index("verb")["compound"]
    assert table["claims"] == table["said"] == table["alleges"] == -0.0258
    assert table["warned"] != table["claims"]
    with pytest.raises(FramelabError, match="not in the sentence"):
        verb_swap(US_SENTENCE, "believes", ("says",))


def test_khatami_last_sentence_is_negative_while_the_quote_is_positive(seed):
    last = next(s for s in seed.sentences if "alien presence" in s.text)
    assert explain_sentiment(last.text).compound == -0.296
    assert explain_sentiment(last.text).unscored_domain_words == ("alien", "presence", "stability")


def test_sentence_table_by_actor(seed, quotes):
    table = sentiment_table(seed, quotes, "sentence").set_index("sentence")
    assert table.loc["sentence 3", "actor"] == "narration" and table.loc["sentence 3", "compound"] == 0.6124
    assert table.loc["sentence 6", "actor"] == "United States" and table.loc["sentence 6", "label"] == "negative"
    assert table.loc["sentence 7", "actor"] == "Putin"
    assert bool(table.loc["sentence 11", "low confidence"])


def test_masking_flips_a_label_on_the_articles_own_text(seed, quotes):
    flips = label_flips(seed, quotes, "sentence", 0.05, True)
    flipped = flips[flips["flipped"]]
    assert list(flipped["sentence"]) == ["sentence 21"]
    assert (flipped.iloc[0]["label (default)"], flipped.iloc[0]["label (chosen)"]) == ("neutral", "negative")
    assert int(label_flips(seed, quotes, "quote", 0.5, False)["flipped"].sum()) == 7


def test_sensitivity_explorer_updates(seed, quotes):
    unit, threshold, mask, result = sentiment_explorer(seed, quotes).children
    assert unit.description == "Unit:" and threshold.description == "Threshold:"
    sentences = len(seed.sentences)
    assert f"<b>0 of {sentences}</b> labels flip" in result.value
    mask.value = True
    assert f"<b>1 of {sentences}</b> labels flip" in result.value and "🔄" in result.value
    unit.value = "quote"
    threshold.value = 0.5
    assert f"<b>7 of {len(quotes)}</b> labels flip" in result.value


def test_playground_updates_as_you_type_and_escapes():
    box, result = sentiment_playground("We believe that Iran has the right to ensure its security").children
    assert box.description == "Your text:" and box.continuous_update
    assert "compound +0.6124: positive" in result.value
    assert "s = &#x27;ensure&#x27; +1.6 + &#x27;security&#x27; +1.4 = +3; compound = s / √(s² + 15) = 3 / √24 = +0.6124" in result.value
    box.value = "any alien presence may undermine the stability"
    assert "compound -0.2960: negative" in result.value and "undermine" in result.value
    box.value = "I <3 this deal"  # "<3" is in VADER's lexicon: it must come back escaped
    assert "&lt;3" in result.value and "<3" not in result.value


@pytest.mark.parametrize("text, message", [
    ("", "The box is empty"),
    ("   ", "The box is empty"),
    ("x" * 100_000, "That is 100,000 characters"),
    ("<script>alert(1)</script> good", "looks like a web page"),
])
def test_playground_bad_input_gives_a_sentence_not_a_traceback(text, message):
    with pytest.raises(FramelabError, match=message):
        playground_text(text)
    box, result = sentiment_playground().children
    box.value = text
    assert message.replace("<", "&lt;") in result.value and "Traceback" not in result.value
