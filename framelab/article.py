"""Raw text → Article: page chrome removed, headline, dateline, paragraphs, sentences, tokens.

Every paragraph, sentence and token keeps its character offsets into `Article.text`, so any
number shown to a student can be traced back to the words it came from: `article.text[s.start:s.end]`.
"""
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from framelab.data import article_metadata, data_path
from framelab.errors import FramelabError
from framelab.resources import sentence_splitter
from framelab.sentences import sentence_spans as corrected_sentence_spans

MAX_CHARS = 200_000  # a long feature is ~50,000 characters; beyond this it is not one article

# Page chrome is only ever removed from the top of the file, one whole line at a time:
# icon labels (lower-case words, no punctuation: "clock menu more-arrow no yes") and short
# navigation labels ending in a colon ("Filed under:").
_ICON_LABELS = re.compile(r"[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*)*")
_NAV_LABEL = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,2}:")

# "MOSCOW (AP) — ", "UNITED NATIONS (AP) - ", "LONDON, England (Reuters) -- "
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:, (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)[A-Z][A-Za-z.' ]*)?)"
    r"(?:,? (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}))?"  # "HAVEN, May 3 (Reuters) -"
    r" \((?P<agency>[A-Z][A-Za-z-]{1,12})\)\s*(?:—|–|--|-)\s*"
)
# "By Jane Holt", "By JANE HOLT, Health Correspondent", "By Jane Holt and Tom Lee": one short line before the lede
_BYLINE = re.compile(r"By (?:[A-Z][\w'’.-]*|de|van|von|al|and)(?: (?:[A-Z][\w'’.-]*|de|van|von|al|and))*(?:,? [^\n.!?]{0,50})?")
_HTML_TAG = re.compile(r"<\s*/?\s*(?:script|style|html|head|body|div|span|p|br|a|img|iframe|table|li|ul)\b[^>]*>", re.IGNORECASE)
_SENTENCE_END = tuple('.!?"”’):\'')  # a line ending in ":" leads into a quotation: not a headline

TOKEN_PATTERN = re.compile(
    r"""(?:[A-Za-z]\.){2,}            # abbreviations: U.S., U.N.
      | \d+(?:[.,:]\d+)*              # numbers: 1979, 7, 1,000, 3.5
      | [A-Za-z]+(?=n['’]t\b)         # "do" of "don't"
      | n['’]t\b                      # "n't"
      | ['’][sS]\b                    # possessive "'s"
      | \w+(?:-\w+)*                  # words, with inner hyphens: S-300, extra-regional
      | \S                            # any other single mark: $ , . " “ ”
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return any(ch.isalnum() for ch in self.text)


@dataclass(frozen=True)
class Sentence:
    number: int  # 1-based, counted over the whole article
    paragraph: int  # 1-based paragraph number
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.is_word)


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based; paragraph 1 is the lede
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    """One news report. Offsets everywhere refer to `text` (the raw text minus page chrome)."""

    raw: str
    text: str
    body_start: int  # raw[body_start:] == text
    chrome: tuple[str, ...]
    headline: str | None
    dateline: str | None
    dateline_place: str | None
    dateline_end: int  # offset where the lede's own words start (lede start when there is no dateline)
    paragraphs: tuple[Paragraph, ...]
    sha256: str
    source: str
    byline: str | None = None  # "By Jane Holt, Health Correspondent": who wrote it, not a paragraph

    @classmethod
    def from_text(cls, text: str | bytes, source: str = "pasted text") -> "Article":
        """Build an Article from any plain-text news report (str, or UTF-8 bytes)."""
        digest = hashlib.sha256(text if isinstance(text, bytes) else str(text).encode("utf-8")).hexdigest()
        raw = validate_text(decode_text(text)).replace("\r\n", "\n").replace("\r", "\n")
        chrome, body_start = split_page_chrome(raw)
        body = raw[body_start:]
        blocks = paragraph_spans(body)
        headline = None
        if len(blocks) > 1 and looks_like_headline(body[blocks[0][0]:blocks[0][1]]):
            headline = body[blocks[0][0]:blocks[0][1]].strip()
            blocks = blocks[1:]
        byline = None
        if len(blocks) > 1 and _BYLINE.fullmatch(body[blocks[0][0]:blocks[0][1]].strip()):
            byline = body[blocks[0][0]:blocks[0][1]].strip()
            blocks = blocks[1:]
        if not blocks:
            raise FramelabError("The text has a headline but no paragraphs: paste the whole article.")
        match = _DATELINE.match(body, blocks[0][0])
        paragraphs = build_paragraphs(body, blocks)
        return cls(
            raw=raw,
            text=body,
            body_start=body_start,
            chrome=chrome,
            headline=headline,
            dateline=f"{match['place']} ({match['agency']})" if match else None,
            dateline_place=match["place"] if match else None,
            dateline_end=match.end() if match else blocks[0][0],
            paragraphs=paragraphs,
            sha256=digest,
            source=source,
            byline=byline,
        )

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(t for s in self.sentences for t in s.tokens)

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.is_word)

    def after_dateline(self, start: int) -> int:
        """`start`, moved past "MOSCOW (AP) — " when it falls inside the dateline (every other offset is unchanged)."""
        return max(start, self.dateline_end)

    @property
    def lede(self) -> Paragraph:
        return self.paragraphs[0]

    def paragraph(self, number: int) -> Paragraph:
        """Paragraph by its 1-based number, as a student counts them."""
        if not 1 <= number <= len(self.paragraphs):
            raise FramelabError(f"There is no paragraph {number}: this article has {len(self.paragraphs)}.")
        return self.paragraphs[number - 1]


# How files that are not plain text begin (their "magic numbers"), and what to call them in the message.
BINARY_SIGNATURES = (
    (b"PK\x03\x04", "a zipped file, such as a Word .docx or OpenDocument .odt document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc or other Office document"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")  # not tab, newline, \f, \r or escape
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def binary_kind(data: bytes | str) -> str | None:
    """What kind of binary file `data` is, as words for a message, or None when it can be plain text.

    Known file signatures first (zip, hence .docx/.odt/.epub; OLE2 .doc; PDF; images; archives), then any NUL byte,
    or at least 4 control codes making up more than 1 in 100 of the first 4,096 bytes (plain text has tabs and line
    breaks only). Signatures: the published magic numbers of each format (e.g. PKWARE's APPNOTE for zip, ISO 32000 for PDF)."""
    head = data[:4096]
    if isinstance(head, bytes):
        for signature, kind in BINARY_SIGNATURES:
            if head.startswith(signature):
                return kind
        controls = len(_CONTROL_BYTES.findall(head))
        nul = b"\x00" in head
    else:
        controls, nul = len(_CONTROL_CHARS.findall(head)), "\x00" in head
    if nul or (controls >= 4 and controls > len(head) / 100):
        return "for example a Word document or a spreadsheet"
    return None


def binary_file_message(kind: str) -> str:
    return (f"This is a binary file ({kind}), not plain text. Open it in the program that made it, save it as "
            "plain text (.txt, UTF-8), and try again with that file.")


def decode_text(text: str | bytes) -> str:
    """Bytes are read as UTF-8 (a byte-order mark is allowed); anything else is refused plainly.

    Raises FramelabError naming binary files as binary (a .docx renamed .txt is "a zipped file, such as a Word
    .docx …"), UTF-16 text as UTF-16, and other encodings as not UTF-8."""
    if isinstance(text, bytes):
        kind = None if text.startswith((b"\xff\xfe", b"\xfe\xff")) else binary_kind(text)
        if kind:
            raise FramelabError(binary_file_message(kind))
        try:
            return text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if text.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise FramelabError(
                    "The file is not UTF-8 text: it was saved as UTF-16 (some editors call it 'Unicode'). Open it in "
                    "a text editor and save it as 'UTF-8' plain text, then try again."
                ) from None
            raise FramelabError(
                f"The file is not UTF-8 text (byte 0x{text[error.start]:02x} at position {error.start} "
                "cannot be read). Open it in a text editor and save it as 'UTF-8' plain text, then try again."
            ) from None
    if not isinstance(text, str):
        raise FramelabError(f"Expected the article as text, but got {type(text).__name__}. Pass a string.")
    return text


def validate_text(text: str) -> str:
    """Refuse input that is not one plain-text article, with a sentence saying what to do."""
    if not text.strip():
        raise FramelabError("The text is empty. Paste or load a news article with at least one sentence.")
    if len(text) > MAX_CHARS:
        raise FramelabError(
            f"The text is {len(text):,} characters long; framelab reads one article of up to "
            f"{MAX_CHARS:,} characters. Split it into separate articles (one file each)."
        )
    if "\x00" in text:
        raise FramelabError("The text contains NUL bytes, so it is a binary file (for example a Word document), not "
                            "plain text. Save it as plain text (.txt, UTF-8) and load that file.")
    if binary_kind(text):
        raise FramelabError(binary_file_message(binary_kind(text)))
    tags = _HTML_TAG.findall(text)
    if tags:
        raise FramelabError(
            f"The text looks like a web page: it contains HTML tags such as {tags[0]!r}. "
            "Copy only the article's words (or save the page as plain text) and try again."
        )
    if not any(ch.isalpha() for ch in text):
        raise FramelabError("The text has no letters in it. Paste the words of a news article.")
    return text


def split_page_chrome(raw: str) -> tuple[tuple[str, ...], int]:
    """The chrome lines at the top of the file, and where the article itself starts."""
    chrome, pos = [], 0
    for line in raw.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and not (_ICON_LABELS.fullmatch(stripped) or _NAV_LABEL.fullmatch(stripped)):
            break
        if stripped:
            chrome.append(stripped)
        pos += len(line)
    if pos >= len(raw):  # nothing but chrome-like lines: treat it all as text
        return (), 0
    return tuple(chrome), pos


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines, or single lines if none are."""
    separator = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", body) else r"\n\s*"
    spans, start = [], 0
    for gap in re.finditer(separator, body):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(body)))
    trimmed = []
    for s, e in spans:
        chunk = body[s:e]
        if chunk.strip():
            s += len(chunk) - len(chunk.lstrip())
            e -= len(chunk) - len(chunk.rstrip())
            trimmed.append((s, e))
    return trimmed


def looks_like_headline(block: str) -> bool:
    """One short line, no dateline, no sentence-final punctuation."""
    line = block.strip()
    ends_sentence = line.endswith(_SENTENCE_END) and not (line[-1] in "'’\"”" and line[-2:-1].isalnum())
    return "\n" not in line and len(line) <= 200 and not _DATELINE.match(line) and not ends_sentence


def build_paragraphs(body: str, blocks: list[tuple[int, int]]) -> tuple[Paragraph, ...]:
    paragraphs, sentence_number = [], 0
    for number, (p_start, p_end) in enumerate(blocks, start=1):
        sentences = []
        for s_start, s_end in sentence_spans(body[p_start:p_end], number):
            sentence_number += 1
            start, end = p_start + s_start, p_start + s_end
            tokens = tuple(Token(m.group(), start + m.start(), start + m.end()) for m in TOKEN_PATTERN.finditer(body[start:end]))
            sentences.append(Sentence(sentence_number, number, start, end, body[start:end], tokens))
        paragraphs.append(Paragraph(number, p_start, p_end, body[p_start:p_end], tuple(sentences)))
    return tuple(paragraphs)


def sentence_spans(paragraph: str, number: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in paragraph `number` (offsets into `paragraph`).

    Punkt with the project's abbreviations and sentence starters, then framelab.sentences' post-pass (titles,
    initials, quotes closed inside a sentence, brackets, ellipses). Raises FramelabError when Punkt gives up on a
    paragraph that is far too long."""
    try:
        return corrected_sentence_spans(paragraph, sentence_splitter())
    except TimeoutError:  # nltk 3.10 stops Punkt's regular expressions after 5 s
        raise FramelabError(
            f"Paragraph {number} is too long to split into sentences ({len(paragraph):,} characters). "
            "Put blank lines between the paragraphs and try again."
        ) from None


def seed_article_path() -> Path:
    return data_path("article", article_metadata()["file"])


def load_article(path: str | Path | None = None) -> Article:
    """The seed article (AP, 12 March 2001) or any UTF-8 plain-text file."""
    path = Path(path) if path is not None else seed_article_path()
    if path.is_dir():
        raise FramelabError(f"{path} is a folder, not a file. Give one .txt file, or use `python -m framelab analyze "
                            "FOLDER` for a folder of articles.")
    if not path.is_file():
        raise FramelabError(f"There is no file at {path}. Check the name and folder, then try again.")
    return Article.from_text(path.read_bytes(), source=path.name)


def seed_checksum_matches(article: Article) -> bool:
    """True when the text is byte-for-byte the version the kit's answers were made for."""
    return article.sha256 == article_metadata()["sha256"]


# ---------------------------------------------------------------------------------------------------------------
# A student's own text: the checks before it becomes an Article (the notebook's paste box, `analyze`)

# Short, frequent English words that are rare in other languages written in the Latin alphabet
# (no "a", "in", "on", "was", "die": they are common words in Spanish, German, French or Italian too).
ENGLISH_MARKERS = frozenset("""
the of and to is are were that this these those for with from by at or but not it its he she they we his her
their our has have had been be will would which who said says after than more about also into over there an
""".split())
ENGLISH_SHARE = 0.10  # English: 15-30 % of words are markers (the seed 28 %); German, French, Spanish, Russian: 0-3 %
LANGUAGE_CHECK_WORDS = 20  # shorter texts are not judged: too few words to tell


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are common English function words, number of words)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0, 0
    return sum(w in ENGLISH_MARKERS for w in words) / len(words), len(words)


def check_own_text(text: str | bytes) -> str:
    """The text, if framelab can analyse it; otherwise a FramelabError with one sentence saying what to do.

    Refused: not UTF-8 (bytes), empty, longer than MAX_CHARS, NUL bytes (a binary file), HTML, no letters,
    and text that does not look English (the word lists are English)."""
    text = validate_text(decode_text(text))
    share, words = english_share(text)
    if words >= LANGUAGE_CHECK_WORDS and share < ENGLISH_SHARE:
        raise FramelabError(
            f"This looks like it is not English: only {share:.0%} of its {words:,} words are common English "
            "words such as 'the', 'of' or 'said' (English text usually has 15% or more). The word lists framelab uses "
            "(actor names, attribution verbs, VADER's sentiment lexicon) are English, so its results on this "
            "text would mean nothing. Paste an English article, or an English translation.")
    return text


def read_own_article(text: str | bytes, source: str = "pasted text") -> Article:
    """An Article from pasted text or uploaded bytes, after `check_own_text`."""
    return Article.from_text(check_own_text(text), source=source)


def read_article_file(path: str | Path) -> Article:
    """An Article from a file, with the same checks; any reading problem becomes a FramelabError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FramelabError(f"The file cannot be read ({error.strerror or error}).") from None
    return read_own_article(data, source=path.name)


def input_check_table(samples: dict[str, str | bytes]):
    """For each named sample input: what `check_own_text` says about it (a pandas DataFrame: input, verdict)."""
    import pandas as pd

    rows = []
    for name, sample in samples.items():
        try:
            text = check_own_text(sample)
            verdict = f"✅ accepted ({len(text.split()):,} words)"
        except FramelabError as error:
            verdict = f"⚠️ {error}"
        rows.append((name, verdict))
    return pd.DataFrame(rows, columns=["input", "what framelab says"])
