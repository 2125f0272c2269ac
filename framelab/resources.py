"""NLTK, offline: the only module that sets NLTK up. Nothing here ever downloads.

- Sentence splitting uses Punkt with parameters the project writes (data/lexicons/abbreviations.csv and
  data/lexicons/sentence_starters.csv), so no trained `punkt_tab` model is needed; framelab.sentences corrects it.
- Stopwords come from data/lexicons/stopwords.txt, not from nltk's corpus download.
- VADER is the reference vaderSentiment 3.3.2 (Hutto & Gilbert 2014): its lexicon and emoji list are read
  from the installed package (no download). framelab.vader re-runs its algorithm with explanations and equals
  its polarity_scores on every input; NLTK's older copy of VADER is not used.
"""
from functools import cache
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from framelab.data import read_word_list
from framelab.errors import FramelabError
from framelab.sentences import punkt_abbreviation_types, sentence_starters


@cache
def sentence_splitter() -> PunktSentenceTokenizer:
    """NLTK's Punkt (Kiss & Strunk 2006) with the project's parameters instead of a trained model.

    `abbrev_types`: every abbreviation in data/lexicons/abbreviations.csv ("U.S." is not split by itself);
    `sent_starters`: data/lexicons/sentence_starters.csv, so an abbreviation before "It", "The", "However" ... ends
    the sentence (the paper's sentence-starter heuristic). Use it through framelab.sentences.sentence_spans, which
    corrects Punkt on news prose (titles, initials, quotes, brackets, ellipses)."""
    params = PunktParameters()
    params.abbrev_types = set(punkt_abbreviation_types())
    params.sent_starters = set(sentence_starters())
    return PunktSentenceTokenizer(params)


@cache
def stopwords() -> frozenset[str]:
    """Function words left out of frequency counts (lower case)."""
    return frozenset(read_word_list("lexicons", "stopwords.txt"))


def vader_lexicon_file() -> Path:
    """The VADER lexicon inside the installed vaderSentiment package."""
    try:
        import vaderSentiment
    except ImportError as error:
        raise FramelabError(
            "The vaderSentiment package is not installed, so the VADER lexicon is missing. "
            "Run `pip install -r requirements.txt`."
        ) from error
    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    if not path.is_file():
        raise FramelabError(f"The VADER lexicon file {path} is missing: reinstall vaderSentiment.")
    return path


@cache
def vader_analyzer():
    """The reference VADER: vaderSentiment 3.3.2's SentimentIntensityAnalyzer, loaded offline.

    It reads vader_lexicon.txt (7,506 rated words) and emoji_utf8_lexicon.txt from the installed package.
    framelab.vader takes its `lexicon` and `emojis` from it and computes the same scores as its
    `polarity_scores`, step by step (Hutto & Gilbert 2014, ICWSM-14). Raises FramelabError if it is missing."""
    vader_lexicon_file()  # a clear error if the package or its lexicon is missing
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()
