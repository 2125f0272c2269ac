"""News-wire quoting conventions, one short invented text per case.

Every text below was written for framelab; none is taken from a real report. Most cases put the
quote in paragraph 2, after a neutral dateline lede with no actor in it, so that the lede neither
becomes a headline nor lends the quote a speaker. The dateline cases put the quote in the lede itself.

Each case compares the whole list of (speaker, actor, cue, kind, text) that find_quotes returns, so a
spurious extra attribution fails the case as surely as a missing one.
"""
import pytest

from framelab.actors import actor_table, find_mentions
from framelab.article import Article
from framelab.quotes import Quote, find_quotes

LEDE = "MOSCOW (AP) — The two presidents met on Monday for the first of three days of talks.\n\n"


def article(body: str, lede: bool = True) -> Article:
    return Article.from_text(LEDE + body if lede else body)


def rows(quotes: list[Quote]) -> list[tuple]:
    return [(q.speaker, q.actor, q.cue, q.kind, q.text) for q in quotes]


def extract(body: str, lede: bool = True) -> list[tuple]:
    return rows(find_quotes(article(body, lede)))


# --- direct quotes: the attribution after or before the quote marks ------------------------------------

REACTOR = "We will keep building the reactor"


@pytest.mark.parametrize("body, expected", [
    pytest.param(f'"{REACTOR}," Putin said.', ("Putin", "Putin", "say", "direct", REACTOR), id="straight-X-said"),
    pytest.param(f'"{REACTOR}," said Putin.', ("Putin", "Putin", "say", "direct", REACTOR), id="straight-said-X"),
    pytest.param(f"“{REACTOR},” Putin said.", ("Putin", "Putin", "say", "direct", REACTOR), id="curly"),
    pytest.param(f"«{REACTOR}», Putin said.", ("Putin", "Putin", "say", "direct", REACTOR), id="guillemets"),
    pytest.param(f"«{REACTOR}», said Putin.", ("Putin", "Putin", "say", "direct", REACTOR),
                 id="guillemets-said-X"),
    pytest.param(f'"{REACTOR}," the Kremlin said.', ("the Kremlin", "Russia", "say", "direct", REACTOR),
                 id="metonym-speaker"),
    pytest.param(f'"{REACTOR}," Putin insisted.', ("Putin", "Putin", "insist", "direct", REACTOR),
                 id="distancing-cue"),
    pytest.param('Putin told reporters: "Our cooperation threatens nobody."',
                 ("Putin", "Putin", "tell", "direct", "Our cooperation threatens nobody"),
                 id="X-told-reporters-colon"),
    pytest.param('Khatami said, "We seek only electricity from the plant."',
                 ("Khatami", "Khatami", "say", "direct", "We seek only electricity from the plant"),
                 id="X-said-comma"),
    pytest.param('Khatami said: "The region needs no outside forces."',
                 ("Khatami", "Khatami", "say", "direct", "The region needs no outside forces"),
                 id="X-said-colon"),
])
def test_direct_quote(body, expected):
    assert extract(body) == [expected]


def test_direct_quote_pronoun_after_khatami():
    body = 'Khatami thanked his hosts.\n\n"The talks were useful," he said.'
    assert extract(body) == [("he", "Khatami", "say", "direct", "The talks were useful")]


# --- a quote split around its attribution ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    pytest.param('"Our cooperation is peaceful," Putin said. "Nobody should fear it."', id="straight"),
    pytest.param("“Our cooperation is peaceful,” Putin said. “Nobody should fear it.”", id="curly"),
])
def test_split_quote_second_part_continues_the_speaker(body):
    # The second part is a separate quote, spoken by the same person under the same cue.
    assert extract(body) == [
        ("Putin", "Putin", "say", "direct", "Our cooperation is peaceful"),
        ("Putin", "Putin", "say", "continuation", "Nobody should fear it"),
    ]


def test_split_quote_with_its_own_pronoun_attribution():
    body = '"Our cooperation is peaceful," Putin said. "Nobody should fear it," he added.'
    assert extract(body) == [
        ("Putin", "Putin", "say", "direct", "Our cooperation is peaceful"),
        ("he", "Putin", "add", "direct", "Nobody should fear it"),
    ]


# --- AP continuation paragraphs and quotes that run over paragraphs -----------------------------------------

def test_ap_continuation_paragraph_keeps_the_previous_speaker():
    body = '"The reactor will open next year," Putin said.\n\n"It poses no danger to anyone."'
    quotes = find_quotes(article(body))
    assert rows(quotes) == [
        ("Putin", "Putin", "say", "direct", "The reactor will open next year"),
        ("Putin", "Putin", "say", "continuation", "It poses no danger to anyone"),
    ]
    assert [q.paragraph for q in quotes] == [2, 3]


def test_unclosed_opening_mark_runs_to_paragraph_end_and_continues():
    body = 'Putin told reporters: "We have agreed on the main points.\n\n"Nothing stands in the way of the deal."'
    quotes = find_quotes(article(body))
    first = [q for q in quotes if q.text == "We have agreed on the main points"]
    assert [(q.speaker, q.actor, q.cue, q.paragraph) for q in first] == [("Putin", "Putin", "tell", 2)]
    assert rows(q for q in quotes if q.paragraph == 3) == [
        ("Putin", "Putin", "tell", "continuation", "Nothing stands in the way of the deal")]


def test_unclosed_opening_mark_full_reading():
    body = 'Putin told reporters: "We have agreed on the main points.\n\n"Nothing stands in the way of the deal."'
    assert extract(body) == [
        ("Putin", "Putin", "tell", "direct", "We have agreed on the main points"),
        ("Putin", "Putin", "tell", "continuation", "Nothing stands in the way of the deal"),
    ]


def test_multi_paragraph_quote_attributed_in_its_last_paragraph():
    body = ('"We have agreed on the main points and will sign the papers in the spring.\n\n'
            '"Nothing stands in the way of the deal," Putin said.')
    assert extract(body) == [
        ("Putin", "Putin", "say", "direct", "We have agreed on the main points and will sign the papers in the spring"),
        ("Putin", "Putin", "say", "direct", "Nothing stands in the way of the deal"),
    ]


# --- partial quotes and things in quote marks that are not quotes ----------------------------------------

def test_partial_quote_inside_a_sentence():
    body = 'Khatami warned against "any alien presence" in the region.'
    assert extract(body) == [("Khatami", "Khatami", "warn", "partial", "any alien presence")]


@pytest.mark.parametrize("body", [
    pytest.param("The two leaders later watched the film “Brother” at the Kremlin.", id="curly"),
    pytest.param('The two leaders later watched the film "Brother" at the Kremlin.', id="straight"),
    pytest.param("The two leaders later watched the film «Brother» at the Kremlin.", id="guillemets"),
])
def test_title_in_quote_marks_is_not_a_quote(body):
    assert extract(body) == []


# --- indirect speech ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    pytest.param("According to the Kremlin, the two leaders discussed arms sales.",
                 ("the Kremlin", "Russia", "according to", "indirect", "the two leaders discussed arms sales"),
                 id="according-to"),
    pytest.param("Russia says it will finish the reactor on schedule.",
                 ("Russia", "Russia", "say", "indirect", "it will finish the reactor on schedule"),
                 id="country-says-it"),
    pytest.param("The United States claims Iran is seeking nuclear weapons.",
                 ("The United States", "United States", "claim", "indirect", "Iran is seeking nuclear weapons"),
                 id="US-claims"),
    pytest.param("Putin said recently that the region needs no outside forces.",
                 ("Putin", "Putin", "say", "indirect", "the region needs no outside forces"),
                 id="said-recently-that"),
    pytest.param("The deal angered Washington, which believes the reactor could help Iran build a bomb.",
                 ("Washington", "United States", "believe", "indirect", "the reactor could help Iran build a bomb"),
                 id="relative-clause"),
    pytest.param("Khatami praised the talks, saying the two nations share many interests.",
                 ("Khatami", "Khatami", "say", "indirect", "the two nations share many interests"),
                 id="participle-saying"),
    pytest.param("Putin dismissed U.S. demands that Russia stop arms sales to Iran.",
                 ("U.S.", "United States", "demand", "indirect", "Russia stop arms sales to Iran"),
                 id="noun-cue"),
    pytest.param("U.S. demands that Russia stop arms sales to Iran were rejected.",
                 ("U.S.", "United States", "demand", "indirect", "Russia stop arms sales to Iran"),
                 id="noun-cue-as-subject"),
    pytest.param("Moscow warned Washington in November that it would resume arms sales.",
                 ("Moscow", "Russia", "warn", "indirect", "it would resume arms sales"),
                 id="warned-addressee-that"),
    pytest.param("Tehran insists that its nuclear program is peaceful.",
                 ("Tehran", "Iran", "insist", "indirect", "its nuclear program is peaceful"),
                 id="insists-that"),
    pytest.param("A Kremlin spokesman said the two sides signed five agreements.",
                 ("A Kremlin spokesman", "Russia", "say", "indirect", "the two sides signed five agreements"),
                 id="spokesman"),
    pytest.param("Moscow and Tehran say the reactor is meant only for civilian power.",
                 ("Moscow and Tehran", "Russia and Iran", "say", "indirect",
                  "the reactor is meant only for civilian power"),
                 id="two-actors"),
    pytest.param("Khatami thanked his hosts.\n\nHe said the visit would open a new chapter in relations.",
                 ("He", "Khatami", "say", "indirect", "the visit would open a new chapter in relations"),
                 id="pronoun-he"),
    pytest.param("Khatami thanked his hosts.\n\nThe talks were useful, he said.",
                 ("he", "Khatami", "say", "indirect", "The talks were useful"),
                 id="trailing-he-said"),
])
def test_indirect(body, expected):
    assert extract(body) == [expected]


# --- a speaker from a custom actor table --------------------------------------------------------------------

def _table_with_marsh():
    default = [{"alias": alias, "actor": a.name, "side": a.side, "kind": a.kind, "gender": a.gender}
               for alias, a in actor_table().items()]
    return actor_table(default + [
        {"alias": "Elena Marsh", "actor": "Marsh", "side": "other", "kind": "person", "gender": "f"},
        {"alias": "Marsh", "actor": "Marsh", "side": "other", "kind": "person", "gender": "f"},
    ])


def test_she_said_resolves_to_a_person_from_a_custom_table():
    doc = article('Elena Marsh, a nuclear analyst in Vienna, followed the talks.\n\n'
                  '"The reactor deal is mostly about money," she said.')
    quotes = find_quotes(doc, find_mentions(doc, _table_with_marsh()))
    assert rows(quotes) == [("she", "Marsh", "say", "direct", "The reactor deal is mostly about money")]


def test_she_said_skips_a_nearer_male_person():
    doc = article('Elena Marsh interviewed Putin on Tuesday.\n\n"The reactor deal is mostly about money," she said.')
    quotes = find_quotes(doc, find_mentions(doc, _table_with_marsh()))
    assert rows(quotes) == [("she", "Marsh", "say", "direct", "The reactor deal is mostly about money")]


# --- the dateline is never a speaker ------------------------------------------------------------------------

def test_dateline_does_not_lend_its_actor_to_a_bare_group():
    body = 'MOSCOW (AP) — The talks went well.\n\n"We agreed on everything," officials said.'
    # an unknown group keeps its own name (side "other"); it never becomes Russia through the dateline
    assert extract(body, lede=False) == [("officials", "officials", "say", "direct", "We agreed on everything")]


def test_dateline_is_not_part_of_an_indirect_speaker():
    body = "MOSCOW (AP) — Russia says it will finish the reactor on schedule."
    assert extract(body, lede=False) == [("Russia", "Russia", "say", "indirect", "it will finish the reactor on schedule")]


def test_quote_opening_the_lede_after_the_dateline_is_direct():
    body = f'MOSCOW (AP) — "{REACTOR}," Putin said.'
    assert extract(body, lede=False) == [("Putin", "Putin", "say", "direct", REACTOR)]


# --- no attribution ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    pytest.param("The leaders met for three hours at the Kremlin and then had dinner.", id="no-quotes"),
    pytest.param("The agreement promises closer ties between the two countries for a decade.", id="agreement-promises"),
    pytest.param("The agreement promises that Russia will supply fuel for ten years.", id="agreement-promises-that"),
])
def test_no_attribution(body):
    assert extract(body) == []


def test_reporter_voice_without_a_source():
    body = "The visit clearly reflected an effort by both sides to show unity."
    assert extract(body) == [("the reporter", "reporter", "clearly", "reporter", body[:-1])]


def test_judgement_inside_attributed_speech_is_not_the_reporter():
    body = "The Kremlin said the visit clearly reflected an effort to build trust."
    assert extract(body) == [
        ("The Kremlin", "Russia", "say", "indirect", "the visit clearly reflected an effort to build trust")]


# --- unbalanced quote marks do not crash --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    '"',
    '""',
    "«»",
    "“The reactor is safe, Putin said.",
    "The reactor is safe,” Putin said.",
    'The deal was signed", officials said "',
    "«The reactor is safe,” Putin said.»",
    '"The reactor is safe," Putin said "and the talks went well.',
])
def test_unbalanced_quote_marks_do_not_crash(body):
    doc = article(body)
    quotes = find_quotes(doc)
    assert all(isinstance(q, Quote) for q in quotes)
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)


def test_stray_mark_after_attribution_keeps_a_clean_speaker():
    quotes = find_quotes(article('"The reactor is safe," Putin said "and the talks went well.'))
    assert {q.speaker for q in quotes} == {"Putin"}
