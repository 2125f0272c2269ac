"""NLTK works offline with the project's own data; nothing downloads."""
import nltk

from framelab.resources import sentence_splitter, stopwords, vader_analyzer, vader_lexicon_file


def test_punkt_uses_the_project_abbreviations():
    splitter = sentence_splitter()
    text = "Mr. Smith went to the U.S. yesterday. He met Dr. Jones at 3 p.m. and they talked."
    assert splitter.tokenize(text) == ["Mr. Smith went to the U.S. yesterday.", "He met Dr. Jones at 3 p.m. and they talked."]


def test_stopwords_are_the_projects_list():
    words = stopwords()
    assert {"the", "and", "of", "'s"} <= words
    assert "against" not in words  # it carries stance: "spoke out against U.S. activity"


def test_vader_loads_offline_with_the_wheel_lexicon(monkeypatch):
    def no_download(*args, **kwargs):
        raise AssertionError("framelab must never call nltk.download")

    monkeypatch.setattr(nltk, "download", no_download)
    analyzer = vader_analyzer()
    assert vader_lexicon_file().name == "vader_lexicon.txt"
    assert len(analyzer.lexicon) == 7506
    assert analyzer.lexicon["united"] == 1.8
    score = analyzer.polarity_scores("We believe that Iran has the right to ensure its security and defend itself,")
    assert score == {"neg": 0.0, "neu": 0.706, "pos": 0.294, "compound": 0.6124}
