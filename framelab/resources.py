"""NLTK, offline: the only module that sets NLTK up. Nothing here ever downloads.

- Sentence splitting uses Punkt with abbreviations the project writes (data/lexicons/abbreviations.txt),
  so no trained `punkt_tab` model is needed.
- Stopwords come from data/lexicons/stopwords.txt, not from nltk's corpus download.
- VADER reads the lexicon shipped inside the vaderSentiment wheel. NLTK 3.10 only opens files
  under its own data roots, so that folder is added to `nltk.data.path` and the lexicon is
  passed as a file: URI (a plain absolute path is refused).
"""
from functools import cache
from pathlib import Path

import nltk
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from framelab.data import read_word_list
from framelab.errors import FramelabError


@cache
def sentence_splitter() -> PunktSentenceTokenizer:
    """Punkt with the project's abbreviation list ("U.S." does not end a sentence)."""
    params = PunktParameters()
    params.abbrev_types = set(read_word_list("lexicons", "abbreviations.txt"))
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
    """NLTK's SentimentIntensityAnalyzer with the vaderSentiment lexicon, loaded offline."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    lexicon = vader_lexicon_file()
    if str(lexicon.parent) not in nltk.data.path:
        nltk.data.path.append(str(lexicon.parent))
    return SentimentIntensityAnalyzer(lexicon_file=lexicon.as_uri())
