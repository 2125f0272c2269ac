"""Quotes on the seed report: every gold attribution found, the CLI contract, the notebook's views."""
import json
import subprocess
import sys

import pytest

from framelab import Article
from framelab.data import read_table
from framelab.evaluation import load_gold_quotes, score_quotes
from framelab.quotes import JSON_KEYS, find_quotes, quote_mark_spans, speech_by_actor
from framelab.widgets import quote_explorer

SEED = "data/article/ap_2001-03-12_russia_iran.txt"


@pytest.fixture(scope="module")
def quotes(seed):
    return find_quotes(seed)


def test_gold_spans_slice_back_to_their_text(seed):
    for row in read_table("annotations", "quotes_gold.csv"):
        assert seed.text[int(row["start"]):int(row["end"])] == row["text"]


def test_every_gold_attribution_is_found_with_speaker_actor_and_cue(quotes):
    gold = load_gold_quotes()
    for threshold in (1.0, 0.3):
        scores = score_quotes(quotes, gold, threshold)
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
        assert scores.speaker_correct == scores.actor_correct == scores.cue_correct == scores.matched == 14


def test_putin_and_khatami_quotes(quotes):
    direct = [(q.paragraph, q.kind, q.speaker, q.cue) for q in quotes if q.kind in ("direct", "continuation")]
    assert direct == [(6, "direct", "Putin", "say"), (7, "continuation", "Putin", "say"), (13, "direct", "Khatami", "say")]
    putin = next(q for q in quotes if q.paragraph == 6)
    assert putin.text == "We believe that Iran has the right to ensure its security and defend itself"
    khatami = next(q for q in quotes if q.paragraph == 13)
    assert khatami.text.endswith("any alien presence may undermine the stability")


def test_the_us_is_reported_never_quoted(quotes):
    us = [(q.paragraph, q.speaker, q.cue, q.kind) for q in quotes if q.actor == "United States"]
    assert us == [(5, "Washington", "believe", "indirect"), (14, "U.S.", "demand", "indirect"),
                  (14, "The United States", "claim", "indirect")]


def test_reporter_voice(quotes):
    reporter = [q for q in quotes if q.kind == "reporter"]
    assert [q.paragraph for q in reporter] == [11, 12]
    assert "clearly reflected an effort to offset U.S. global dominance" in reporter[1].text


def test_speech_by_actor_counts_words_in_quote_marks(seed, quotes):
    table = speech_by_actor(seed, quotes).set_index("actor")
    assert table.loc["Putin", "words in quote marks"] == 46
    assert table.loc["Khatami", "words in quote marks"] == 35
    assert table.loc["United States", "words in quote marks"] == 0
    assert table.loc["United States", "indirect attributions"] == 3
    assert table.loc["United States", "mentions"] == 9


def test_quote_marks_pair_and_unbalanced_marks_do_not_crash():
    text = 'He said "one two" and “three four” and «five six» then "seven'
    spans = [(text[s:e], closed) for s, e, closed in quote_mark_spans(text, 0, len(text))]
    assert spans == [("one two", True), ("three four", True), ("five six", True), ("seven", False)]
    assert find_quotes(Article.from_text('Putin said "this never closes.\n\nAnd Khatami” agreed.')) is not None


def test_quote_explorer_filters_and_escapes(seed, quotes):
    app = quote_explorer(seed, quotes)
    (actor_box, kind_box), rule_box, summary, page = app.children[0].children, *app.children[1:4]
    assert (actor_box.description, kind_box.description, rule_box.description) == ("Speaker:", "Kind:", "Rule:")
    assert "<b>14</b> attributions" in summary.value
    actor_box.value = "United States"
    assert "<b>3</b> attributions" in summary.value
    assert page.value.count("[United States · indirect") == 3
    assert "rule: relative clause (X, which believes ...)" in page.value  # the rule that found "which believes"
    rule_box.value = "continuation"
    assert "<b>0</b> attributions" in summary.value  # the continuation is Putin's, not the United States'
    actor_box.value = "all"
    assert "<b>1</b> attribution shown" in summary.value and "[Putin · continuation · say · rule: continuation" in page.value
    assert "Russia&#x27;s Vladimir Putin" in page.value  # article text is escaped
    odd = Article.from_text('Prices: 5 < 6 & "more <i>or</i> less than that," Putin said.')
    page = quote_explorer(odd, find_quotes(odd)).children[3].value
    assert "&lt;i&gt;or&lt;/i&gt;" in page and "<i>" not in page and "5 &lt; 6 &amp;" in page


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "framelab", *args], capture_output=True, text=True)


def test_cli_json_contract():
    result = run_cli("quotes", SEED, "--json")
    assert result.returncode == 0 and result.stderr == ""
    rows = json.loads(result.stdout)
    assert len(rows) == 14
    assert all(tuple(row) == JSON_KEYS for row in rows)
    assert rows[2] == {"speaker": "Putin", "actor": "Putin", "cue": "say", "kind": "direct",
                       "text": "We believe that Iran has the right to ensure its security and defend itself",
                       "paragraph": 6, "start": rows[2]["start"], "end": rows[2]["end"], "rule": "quote, speaker cue"}


def test_cli_text_output_and_evaluate():
    assert "¶6  direct       Putin" in run_cli("quotes", SEED).stdout
    report = run_cli("evaluate").stdout
    assert "overlap >= 30%             1.000   1.000  1.000    1.000  1.000 1.000" in report


@pytest.mark.parametrize("content, message", [
    (None, "There is no file at"),
    (b"\xff\xfe\x00bad", "not UTF-8 text"),
    (b"", "The text is empty"),
    (b"<html><body>news</body></html>", "looks like a web page"),
])
def test_cli_bad_input_is_one_line_on_stderr_with_exit_code_2(tmp_path, content, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("quotes", str(path), "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("framelab: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
