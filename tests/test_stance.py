"""Stance on the seed report against the expert gold, short cases written for the project, and annotation."""
import csv

import pytest
from nltk.metrics.agreement import AnnotationTask

from framelab import Article
from framelab.annotation import (
    annotation_items,
    coding_agreement,
    coding_disagreements,
    cohen_kappa,
    load_stance_coding,
    save_labels,
    stance_resolution,
)
from framelab.errors import FramelabError
from framelab.evaluation import majority_baseline, stance_report, stance_scores
from framelab.quotes import find_quotes
from framelab.stance import (
    detect_stance,
    evidence_table,
    load_stance_gold,
    sentiment_versus_stance,
    stance_matrix,
    stance_targets,
    targets_from,
)
from framelab.widgets import stance_annotator

ACTORS = ["Russia", "Iran", "United States"]
GOLD_COUNTS = {"FAVOR": 9, "AGAINST": 7, "NONE": 5}
CODER_KAPPA = 0.926  # Cohen's kappa between the two independent codings, before discussion
ITEMS = [f"{actor} · T{n}" for actor in ACTORS for n in range(1, 8)]


@pytest.fixture(scope="module")
def seed_stance(seed):
    quotes = find_quotes(seed)
    evidence = detect_stance(seed, quotes)
    gold = load_stance_gold()
    return quotes, evidence, gold, stance_matrix(evidence, list(gold.index))


def test_gold_matrix_is_complete_and_sourced(seed):
    gold = load_stance_gold()
    assert list(gold.index) == ACTORS and list(gold.columns) == ["T1", "T2", "T3", "T4", "T5", "T6", "T7"]
    assert gold.loc["Iran", "T4"] == "AGAINST" and gold.loc["United States", "T5"] == "NONE"
    assert gold.loc["Iran", "T3"] == "FAVOR" and gold.loc["Russia", "T7"] == "FAVOR"
    assert gold.stack().value_counts().to_dict() == GOLD_COUNTS


def test_targets_are_single_and_their_cues_name_no_actor():
    from framelab.actors import actor_table

    names = {alias.lower() for alias in actor_table()} | {"u.s."}
    for target in stance_targets():
        assert " and " not in target.name, target.name  # one thing to be for or against
        own = set(target.name.lower().replace("–", " ").split())  # "Russian weapons" is part of T1 itself
        for cue in target.cues:
            assert set(cue.lower().split()) & names <= own, (target.id, cue)  # no "U.S. activity"


def test_detector_matches_the_gold_on_every_cell(seed_stance):
    _, _, gold, matrix = seed_stance
    scores = stance_scores(matrix, gold)
    assert scores["accuracy"] >= 0.9
    assert scores["accuracy"] == 1.0 and scores["F_avg"] == 1.0
    assert scores["confusion"].loc["NONE", "NONE"] == GOLD_COUNTS["NONE"]


def test_baseline_is_shown_beside_the_detector(seed_stance):
    _, _, gold, matrix = seed_stance
    report = stance_report(matrix, gold)
    assert (majority_baseline(gold) == "FAVOR").all().all()
    assert report.loc["majority baseline"].to_dict() == {"accuracy": 0.429, "F_FAVOR": 0.6, "F_AGAINST": 0.0,
                                                          "F_avg": 0.3}


def test_every_filled_cell_carries_evidence(seed, seed_stance):
    _, evidence, _, matrix = seed_stance
    for actor in matrix.index:
        for target in matrix.columns:
            found = [e for e in evidence if e.actor == actor and e.target == target]
            assert bool(found) == (matrix.loc[actor, target] != "NONE")
            assert all(seed.text[e.start:e.end] for e in found)


def test_key_evidence_and_rules(seed, seed_stance):
    _, evidence, _, _ = seed_stance
    table = evidence_table(seed, evidence)
    khatami = table[(table["actor"] == "Iran") & (table["paragraph"] == 13)]
    assert set(khatami["rule"]) == {"'need' → favor, negated", "'undermine' → against"}
    russia_bushehr = table[(table["actor"] == "Russia") & (table["paragraph"] == 14) & (table["stance"] == "FAVOR")]
    assert "reversed by 'dismissed'" in " ".join(russia_bushehr["rule"])
    us = table[(table["actor"] == "United States") & (table["paragraph"] == 3)].iloc[0]
    assert (us["stance"], us["evidence"]) == ("AGAINST", "opposition to growing ties")


def test_sentiment_versus_stance_flags_khatami(seed, seed_stance):
    quotes, evidence, _, _ = seed_stance
    table = sentiment_versus_stance(seed, quotes, evidence)
    khatami = table[table["actor"] == "Khatami"].iloc[0]
    assert (khatami["sentiment"], khatami["stance"], bool(khatami["disagree"])) == ("positive", "AGAINST T4", True)
    assert list(table[table["disagree"]]["quote"]) == ["¶8", "¶10", "¶13"]


def matrix_of(text, targets=None, actors=ACTORS):
    article = Article.from_text(text)
    return stance_matrix(detect_stance(article, targets=targets), actors, targets)


@pytest.mark.parametrize("text, actor, target, stance", [
    ("Russia does not support arms sales to Iran.", "Russia", "T1", "AGAINST"),  # negation
    ("Washington opposes the Bushehr nuclear plant.", "United States", "T2", "AGAINST"),
    ("Moscow rejected calls to cancel the Bushehr contract.", "Russia", "T2", "FAVOR"),  # reversal
    ('"The region does not need foreign forces," Khatami said.', "Iran", "T4", "AGAINST"),  # quoted negation
    ("The plan faces strong U.S. opposition to Russian arms sales.", "United States", "T1", "AGAINST"),
    ("The deal caused concern in Washington about the reactor.", "United States", "T2", "AGAINST"),
    ("Iran is interested in buying S-300 missiles.", "Iran", "T1", "FAVOR"),
    ("Moscow said it was abandoning its pledge not to sell tanks to Tehran.", "Russia", "T1", "FAVOR"),
    ("Tehran and Moscow signed a statement opposing pipelines across the Caspian.", "Iran", "T5", "AGAINST"),
    ("Tehran and Moscow signed a statement opposing pipelines across the Caspian.", "Russia", "T5", "AGAINST"),
    ("Iran supports closer ties with Russia.", "Iran", "T6", "FAVOR"),
    ("Putin said the plant can be used only for civilian purposes.", "Russia", "T2", "FAVOR"),
])
def test_short_cases(text, actor, target, stance):
    assert matrix_of(text).loc[actor, target] == stance


def test_an_opposing_speaker_gets_the_opposite_stance():
    text = "Moscow backs the Bushehr reactor. Washington opposes the Bushehr reactor."
    matrix = matrix_of(text)
    assert (matrix.loc["Russia", "T2"], matrix.loc["United States", "T2"]) == ("FAVOR", "AGAINST")


def test_target_not_mentioned_is_none():
    assert (matrix_of("Putin praised the weather in the Kremlin on Monday.") == "NONE").all().all()


def test_targets_typed_by_a_student():
    uniforms = targets_from([{"id": "U", "target": "school uniforms", "cues": "uniforms; uniform"}])
    matrix = matrix_of("Putin backs school uniforms, but Khatami opposes uniforms.", uniforms, ["Russia", "Iran"])
    assert matrix.loc["Russia", "U"] == "FAVOR" and matrix.loc["Iran", "U"] == "AGAINST"


def test_kappa_matches_nltk_and_the_hand_computed_value():
    first = {"a": "FAVOR", "b": "AGAINST", "c": "NONE", "d": "FAVOR"}
    second = {"a": "FAVOR", "b": "NONE", "c": "NONE", "d": "AGAINST"}
    data = [("1", i, v) for i, v in first.items()] + [("2", i, v) for i, v in second.items()]
    assert cohen_kappa(first, second) == pytest.approx(AnnotationTask(data=data).kappa())
    # observed 2/4; expected (2/4·1/4) + (1/4·1/4) + (1/4·2/4) = 5/16; kappa = (8/16 − 5/16)/(11/16) = 3/11
    assert cohen_kappa(first, second) == pytest.approx(3 / 11)
    assert cohen_kappa(first, first) == pytest.approx(1.0)
    assert cohen_kappa({"a": "FAVOR"}, {"a": "FAVOR"}) is None  # one item: undefined
    assert cohen_kappa({"a": "NONE", "b": "NONE"}, {"a": "NONE", "b": "NONE"}) == 1.0  # nltk's value for one label


def test_annotator_compares_and_saves(tmp_path, seed, seed_stance):
    _, evidence, gold, matrix = seed_stance
    items = annotation_items(seed, evidence, gold, matrix)
    assert len(items) == 21 and items.iloc[0]["item"] == "Russia · T1"
    app = stance_annotator(items, folder=str(tmp_path))
    rows, (compare, result, save_row, saved) = app.children[:21], app.children[21:]
    assert rows[0].children[1].description == "Russia · T1"
    for row, label in zip(rows, gold.stack()):
        row.children[1].value = label
    rows[1].children[1].value = "AGAINST"  # one deliberate disagreement
    compare.click()
    assert "You labelled <b>21 of 21</b>" in result.value and "Russia · T2" in result.value
    expected = f"{cohen_kappa(dict(zip(items['item'], [r.children[1].value for r in rows])), dict(zip(items['item'], items['gold']))):.2f}"
    assert f"with the gold <b>{expected}</b>" in result.value
    name, button = save_row.children
    button.click()
    assert "Type your name first" in saved.value
    name.value = "Ana <b>B.</b>"
    button.click()
    path = tmp_path / "Ana_b_B_b_stance_labels.csv"
    assert path.exists() and "&lt;" not in path.name
    with path.open(encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert len(written) == 21 and {"student", "item", "label"} == set(written[0])


def test_save_refuses_bad_labels(tmp_path):
    with pytest.raises(FramelabError, match="FAVOR, AGAINST or NONE"):
        save_labels({"x": "MAYBE"}, "Ana", tmp_path)
    with pytest.raises(FramelabError, match="Label at least one item"):
        save_labels({"x": None}, "Ana", tmp_path)


def test_two_independent_codings_follow_the_guide(seed):
    for name in ("stance_gold_coder1.csv", "stance_gold_coder2.csv"):
        coding = load_stance_coding(name, seed)  # raises if a label is unknown or evidence is not in its paragraph
        assert list(coding["item"]) == ITEMS
        assert set(coding["confidence"]) <= {"high", "low"} and coding["rationale"].str.len().min() > 20
        assert ((coding["stance"] == "NONE") == (coding["evidence"] == "")).all()


def test_agreement_between_the_coders_is_cohens_kappa_from_nltk(seed):
    first = load_stance_coding("stance_gold_coder1.csv", seed)
    second = load_stance_coding("stance_gold_coder2.csv", seed)
    data = [("1", i, label) for i, label in zip(first["item"], first["stance"])] + \
           [("2", i, label) for i, label in zip(second["item"], second["stance"])]
    agreement = coding_agreement(first, second)
    assert agreement.loc["all cells", "kappa"] == round(AnnotationTask(data=data).kappa(), 3) == CODER_KAPPA
    assert agreement.loc["all cells", ["cells", "agreed"]].tolist() == [21, 20]
    assert agreement.loc["United States row", "kappa"] == 0.75 and agreement.loc["Russia row", "kappa"] == 1.0
    split = coding_disagreements(first, second)
    assert split[["item", "stance (coder 1)", "stance (coder 2)"]].values.tolist() == [
        ["United States · T4", "NONE", "FAVOR"]]


def test_every_disagreement_is_resolved_with_a_reason_into_the_gold(seed):
    first = load_stance_coding("stance_gold_coder1.csv", seed)
    second = load_stance_coding("stance_gold_coder2.csv", seed)
    resolution = stance_resolution().set_index("item")
    split = set(coding_disagreements(first, second)["item"])
    assert split == set(resolution.index[resolution["disagreed"] == "yes"])
    low = set(first["item"][first["confidence"] == "low"]) | set(second["item"][second["confidence"] == "low"])
    assert split | low == set(resolution.index)
    gold = load_stance_gold()
    for item, row in resolution.iterrows():
        actor, target = item.split(" · ")
        assert gold.loc[actor, target] == row["gold"] and len(row["rationale"]) > 80
    assert sorted(resolution.index[resolution["debatable"] == "yes"]) == [
        "Iran · T3", "Iran · T7", "United States · T4", "United States · T5"]


def test_notebook_04_shows_the_coders_kappa():
    import json
    from pathlib import Path

    notebook = json.loads((Path(__file__).parent.parent / "notebooks" / "04_stance.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if c["cell_type"] == "code"
                and "coding_agreement(coder1, coder2)" in "".join(c["source"]))
    shown = "".join("".join(o.get("data", {}).get("text/plain", "")) for o in cell["outputs"])
    assert "all cells" in shown and f"{CODER_KAPPA}" in shown


def test_a_target_named_in_a_headline_attribution_does_not_crash():
    from framelab.own_targets import parse_targets_csv

    article = Article.from_text("Lido will stay shut all summer, council says\n\n"
                                "The council said it could not afford repairs. Residents said they oppose the closure "
                                "of the lido.")
    targets = parse_targets_csv("id,target,cues\nL1,the lido,lido;summer\n")
    evidence = detect_stance(article, targets=targets)
    assert all(article.text[e.start:e.end] for e in evidence)
