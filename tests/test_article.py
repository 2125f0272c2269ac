"""framelab.article on the seed report and on bad input."""
import pytest

from framelab import Article, FramelabError, load_article
from framelab.article import MAX_CHARS, seed_article_path


def test_page_chrome_is_removed_and_nothing_else_changed(seed):
    raw = seed_article_path().read_text(encoding="utf-8")
    assert seed.chrome == ("clock menu more-arrow no yes", "Filed under:")
    assert seed.raw == raw
    assert raw[seed.body_start:] == seed.text  # only a prefix is cut
    removed = raw[:seed.body_start]
    assert [line for line in removed.splitlines() if line.strip()] == list(seed.chrome)
    assert seed.text.startswith("Russia signs deal with Iranian president")
    assert seed.text.endswith("can be used only for civilian purposes.")


def test_headline_dateline_and_counts(seed):
    assert seed.headline == "Russia signs deal with Iranian president to bolster arms sales"
    assert seed.dateline == "MOSCOW (AP)"
    assert seed.dateline_place == "MOSCOW"
    assert len(seed.paragraphs) == 14
    assert len(seed.sentences) == 21
    assert [len(p.sentences) for p in seed.paragraphs] == [1, 1, 1, 1, 2, 1, 2, 1, 2, 2, 1, 1, 3, 2]


def test_us_abbreviation_does_not_end_a_sentence(seed):
    third = seed.paragraph(3)
    assert [s.text for s in third.sentences] == [
        "Khatami's visit comes amid strong U.S. opposition to growing ties between Iran and Russia."
    ]
    assert any("dismissed U.S. demands that it cancel" in s.text for s in seed.sentences)


def test_seed_sentence_boundaries_are_pinned(seed):
    starts = ['MOSCOW (AP) —', 'Iranian President Mohammed', "Khatami's visit comes", 'The agreement signed',
              'Putin also defended', "For years, Moscow's", '"We believe that', '"Russia is also', 'And the political',
              "Iran's ambassador to", 'The Russian government', 'However, officials have', 'Russia says it',
              'However, Moscow warned', 'Putin and Khatami', 'The presidents did', '"Our region more',
              'To achieve stability', 'Just the opposite,', 'Moscow has dismissed', 'The United States']
    assert [" ".join(s.text.split()[:3]) for s in seed.sentences] == starts
    assert all(s.text.endswith((".", '."')) for s in seed.sentences)
    assert [s.number for s in seed.sentences] == list(range(1, 22))


def test_offsets_slice_back_to_the_same_text(seed):
    for paragraph in seed.paragraphs:
        assert seed.text[paragraph.start:paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert seed.text[sentence.start:sentence.end] == sentence.text
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            for token in sentence.tokens:
                assert seed.text[token.start:token.end] == token.text
    khatami_quote = seed.paragraph(13)
    assert khatami_quote.text.startswith('"Our region more than at any time')
    assert seed.raw[seed.body_start + khatami_quote.start:].startswith('"Our region')


def test_tokens_keep_abbreviations_and_split_possessives(seed):
    lede_tokens = [t.text for t in seed.lede.sentences[0].tokens]
    assert lede_tokens[:5] == ["MOSCOW", "(", "AP", ")", "—"]
    assert "U.S." in lede_tokens and "energy-rich" in lede_tokens
    third = [t.text for t in seed.paragraph(3).sentences[0].tokens]
    assert third[:2] == ["Khatami", "'s"]
    assert ["do", "n't", "need"] == [t.text for t in seed.paragraph(13).sentences[1].tokens][6:9]


def test_from_text_on_a_plain_article_without_headline_or_chrome():
    article = Article.from_text('WASHINGTON (AP) — Mr. Smith met Dr. Jones in the U.S. capital. "It went well," he said.')
    assert article.headline is None and article.chrome == ()
    assert article.dateline == "WASHINGTON (AP)"
    assert [s.text for s in article.sentences] == [
        "WASHINGTON (AP) — Mr. Smith met Dr. Jones in the U.S. capital.",
        '"It went well," he said.',
    ]


def test_windows_line_endings_and_single_line_paragraphs():
    article = Article.from_text("Headline here\r\nFirst paragraph.\r\nSecond one.\r\n")
    assert article.headline == "Headline here"
    assert [p.text for p in article.paragraphs] == ["First paragraph.", "Second one."]


@pytest.mark.parametrize("bad, message", [
    ("", "The text is empty"),
    ("   \n\t\n ", "The text is empty"),
    (b"Caf\xe9 news", "not UTF-8 text (byte 0xe9 at position 3"),
    ("x" * (5 * 1024 * 1024), "characters long; framelab reads one article of up to 200,000"),
    ("<html><body><p>Putin said</p></body></html>", "looks like a web page"),
    ('Putin said. <script>alert("hi")</script>', "looks like a web page"),
    ("12345 678 --- !!!", "has no letters"),
    ("abc\x00def", "binary file"),
    (42, "Expected the article as text"),
])
def test_bad_input_gets_one_clear_framelab_error(bad, message):
    with pytest.raises(FramelabError) as caught:
        Article.from_text(bad)
    assert message in str(caught.value)
    assert caught.value.__cause__ is None or isinstance(caught.value.__cause__, ImportError)


def test_limit_is_a_character_count():
    assert MAX_CHARS == 200_000
    article = Article.from_text("Word. " * 33_000)  # 198,000 characters in one paragraph is still accepted
    assert len(article.sentences) == 33_000


def test_missing_file_and_bad_paragraph_number(tmp_path, seed):
    with pytest.raises(FramelabError, match="There is no file at"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(FramelabError, match="There is no paragraph 15: this article has 14"):
        seed.paragraph(15)


def test_any_utf8_file_loads(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffKremlin talks\n\nTEHRAN (AP) — Khatami’s visit began.".encode("utf-8"))
    article = load_article(path)
    assert article.headline == "Kremlin talks" and article.dateline == "TEHRAN (AP)"
    assert article.source == "story.txt"


@pytest.mark.parametrize("byline", ["By Jane Holt", "By JANE HOLT, Health Correspondent", "By Jane Holt and Tom Lee"])
def test_a_byline_is_not_a_paragraph(byline):
    article = Article.from_text(f"Lido will stay shut, council says\n\n{byline}\n\nThe lido will not open this summer.")
    assert article.byline == byline and [p.text for p in article.paragraphs] == ["The lido will not open this summer."]


def test_a_sentence_starting_with_by_is_a_paragraph():
    article = Article.from_text("By the river the town slept.\n\nIt rained.")
    assert article.byline is None and len(article.paragraphs) == 2
