"""The attribution extractor measured on text written before its rules: the development set in
data/annotations/dev/ (12 invented reports, 172 attributions marked by hand before any rule ran on them).
Issue 13's bar: F1 >= 0.85 at 30% overlap and speaker accuracy >= 0.85 there, the seed at 1.0, and nothing at all
found in the reports with no speech."""
import pytest

from framelab.article import load_article
from framelab.evaluation import dev_gold_path, load_gold_file, load_gold_quotes, score_corpus, score_quotes
from framelab.quotes import find_quotes


@pytest.fixture(scope="module")
def dev_gold():
    return load_gold_file(dev_gold_path())


def test_development_set_meets_the_bar(dev_gold):
    scores = score_corpus(dev_gold, find_quotes, 0.3)
    assert scores.gold == 172
    assert scores.f1 >= 0.85 and scores.accuracy(scores.speaker_correct) >= 0.85, (scores.f1, scores.speaker_correct)


def test_reports_without_speech_give_no_attribution(dev_gold):
    silent = [path for path, wanted in dev_gold.items() if not wanted]
    assert len(silent) == 3  # a weather report, league results, a lighthouse feature
    for path in silent:
        assert [q for q in find_quotes(load_article(path)) if q.kind != "reporter"] == [], path.name


def test_the_seed_stays_perfect():
    for threshold in (1.0, 0.3):
        scores = score_quotes(find_quotes(load_article()), load_gold_quotes(), threshold)
        assert (scores.precision, scores.recall) == (1.0, 1.0)
        assert scores.speaker_correct == scores.actor_correct == scores.cue_correct == scores.matched == 14
