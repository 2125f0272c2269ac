"""Plotly figures for the notebooks. Each function takes a table and returns a figure, nothing else;
each `*_takeaway` returns the one-line text that goes under the chart (it also serves readers who
cannot see the chart). Every figure has a title and axis titles."""
import pandas as pd
import plotly.graph_objects as go

from framelab.display import listing, plural
from framelab.static_charts import use_static_images
from framelab.display import takeaway

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
SIDE_COLOURS = {"US": "#0072B2", "Russia": "#D55E00", "Iran": "#009E73", "other": "#999999", "reporter": "#000000"}
NEUTRAL_COLOUR = "#56B4E9"
_LAYOUT = dict(template="plotly_white", font=dict(size=14), margin=dict(l=10, r=10, t=60, b=10))
# In a notebook, every figure also carries a PNG copy for GitHub, nbviewer and nbconvert (framelab/static_charts.py).
use_static_images()


def paragraph_map_chart(table: pd.DataFrame) -> go.Figure:
    """Heatmap of mentions: actors (rows) × paragraph numbers (columns)."""
    figure = go.Figure(go.Heatmap(
        z=table.values, x=[str(c) for c in table.columns], y=list(table.index),
        colorscale=[[0, "#FFFFFF"], [1, "#0072B2"]], colorbar=dict(title="mentions"),
        hovertemplate="%{y} in paragraph %{x}: %{z} mention(s)<extra></extra>",
    ))
    figure.update_layout(title="Who is mentioned in which paragraph", xaxis_title="paragraph (1 = lede)",
                         yaxis_title="actor", yaxis_autorange="reversed", **_LAYOUT)
    return figure


@takeaway
def paragraph_map_takeaway(table: pd.DataFrame) -> str:
    present = (table > 0).sum(axis=1).sort_values(ascending=False, kind="stable")
    leaders = list(present[present == present.max()].index)
    who = " and ".join(leaders)
    others = "; ".join(f"{actor} {n}" for actor, n in present.items() if actor not in leaders)
    return (f"Takeaway: {who} {'appear' if len(leaders) > 1 else 'appears'} in the most paragraphs "
            f"({present.max()} of {table.shape[1]}); the others: {others}.")


def word_frequency_chart(table: pd.DataFrame) -> go.Figure:
    """Horizontal bars of the most frequent content words, most frequent on top."""
    figure = go.Figure(go.Bar(x=table["count"], y=table["word"], orientation="h", marker_color=NEUTRAL_COLOUR,
                              hovertemplate="%{y}: %{x}<extra></extra>"))
    figure.update_layout(title="Most frequent words (without stopwords)", xaxis_title="times used",
                         yaxis_title="word", yaxis_autorange="reversed", yaxis_dtick=1, **_LAYOUT)  # every label
    return figure


@takeaway
def word_frequency_takeaway(table: pd.DataFrame) -> str:
    top = table.head(3)
    listed = ", ".join(f"'{w}' ({c})" for w, c in zip(top["word"], top["count"]))
    return f"Takeaway: the most frequent content words are {listed}."


def sentence_length_chart(table: pd.DataFrame) -> go.Figure:
    """Bars: words per sentence, in reading order, hover shows the sentence."""
    figure = go.Figure(go.Bar(
        x=table["sentence"], y=table["words"], marker_color=NEUTRAL_COLOUR,
        customdata=table[["paragraph", "text"]].values,
        hovertemplate="sentence %{x} (paragraph %{customdata[0]}): %{y} words<br>%{customdata[1]}<extra></extra>",
    ))
    figure.update_layout(title="Sentence lengths in reading order", xaxis_title="sentence number",
                         yaxis_title="words in the sentence", **_LAYOUT)
    return figure


@takeaway
def sentence_length_takeaway(table: pd.DataFrame) -> str:
    longest = table.loc[table["words"].idxmax()]
    shortest = table.loc[table["words"].idxmin()]
    return (f"Takeaway: {len(table)} sentences, {table['words'].mean():.1f} words on average; the longest "
            f"(sentence {longest['sentence']}, paragraph {longest['paragraph']}) has {longest['words']} words, "
            f"the shortest (sentence {shortest['sentence']}) has {shortest['words']}.")


def _side_colours(sides) -> list[str]:
    return [SIDE_COLOURS.get(side, SIDE_COLOURS["other"]) for side in sides]


def direct_speech_chart(table: pd.DataFrame) -> go.Figure:
    """Bars: words each actor speaks inside quotation marks, coloured by side."""
    figure = go.Figure(go.Bar(
        x=table["actor"], y=table["words in quote marks"], marker_color=_side_colours(table["side"]),
        customdata=table[["mentions", "indirect attributions"]].values,
        hovertemplate="%{x}: %{y} words in quote marks<br>%{customdata[0]} mentions, "
                      "%{customdata[1]} indirect attributions<extra></extra>",
    ))
    figure.update_layout(title="Who speaks in their own words?", xaxis_title="actor",
                         yaxis_title="words inside quotation marks", **_LAYOUT)
    return figure


def _side_phrase(side: str) -> str:
    return "the actors of side 'other'" if side == "other" else f"the {side} side"


@takeaway
def direct_speech_takeaway(table: pd.DataFrame) -> str:
    spoken = table[table["words in quote marks"] > 0]
    heard = listing([f"{a} ({plural(w, 'word')})" for a, w in zip(spoken["actor"], spoken["words in quote marks"])])
    sides = table.groupby("side")[["words in quote marks", "mentions", "indirect attributions"]].sum()
    silent = sides[(sides["words in quote marks"] == 0) & (sides["mentions"] > 1)]
    unheard = listing([f"{_side_phrase(side)} ({plural(int(r['mentions']), 'mention')}, "
                        f"{plural(int(r['indirect attributions']), 'indirect attribution')})"
                        for side, r in silent.iterrows()])
    first = f"Takeaway: only {heard} speak in quotation marks" if heard else "Takeaway: nobody speaks in quotation marks"
    if not unheard:
        return f"{first}; every side mentioned more than once is quoted at least once."
    return f"{first}; nobody speaks in quotation marks for {unheard}."


def _side_of(actor: str) -> str:
    from framelab.actors import actor_table

    if actor in ("reporter", "narration"):
        return "reporter"
    sides = {a.name: a.side for a in actor_table().values()}
    return sides.get(actor, "other")


def word_contribution_chart(words: pd.DataFrame, title: str) -> go.Figure:
    """Bars: each scored word's contribution to VADER's raw sum (blue adds, vermilion subtracts)."""
    colours = [SIDE_COLOURS["US"] if c > 0 else SIDE_COLOURS["Russia"] for c in words["contribution"]]
    figure = go.Figure(go.Bar(
        x=words["contribution"], y=[f"{w} ({i + 1})" for i, w in enumerate(words["word"])], orientation="h",
        marker_color=colours, customdata=words[["lexicon rating", "rules applied"]].fillna("").values,
        hovertemplate="%{y}: adds %{x}<br>lexicon rating %{customdata[0]}<br>%{customdata[1]}<extra></extra>",
    ))
    figure.update_layout(title=title, xaxis_title="contribution to the raw sum (positive adds, negative subtracts)",
                         yaxis_title="word (position among scored words)", yaxis_autorange="reversed", **_LAYOUT)
    return figure


@takeaway
def word_contribution_takeaway(score) -> str:
    scored = [w for w in score.words if w.contribution]
    if not scored:
        return "Takeaway: no word of this text is in VADER's lexicon, so its score is 0 (neutral) by default."
    parts = listing([f"'{w.word}' ({w.contribution:+g})" for w in scored])
    return (f"Takeaway: {parts} add up to a raw sum of {score.raw_sum:+g}; VADER squashes it into a compound "
            f"score of {score.compound:+.4f} ({score.label}). Every other word counts as 0.")


def sentiment_by_actor_chart(table: pd.DataFrame, unit: str) -> go.Figure:
    """Dots: the compound score of every quote or sentence, one row per actor, with the ±0.05 band shaded."""
    figure = go.Figure()
    for side in [s for s in SIDE_COLOURS if s in set(table["actor"].map(_side_of))]:
        part = table[table["actor"].map(_side_of) == side]
        figure.add_trace(go.Scatter(
            x=part["compound"], y=part["actor"], mode="markers", name=side,
            marker=dict(size=12, color=SIDE_COLOURS[side], line=dict(width=1, color="#000000")),
            customdata=part[[unit, "text"]].values,
            hovertemplate="%{customdata[0]}: %{x}<br>%{customdata[1]}<extra></extra>",
        ))
    figure.add_vrect(x0=-0.05, x1=0.05, fillcolor="#999999", opacity=0.2, line_width=0)
    figure.update_layout(title=f"VADER compound score of every {unit}, by actor", xaxis_title="compound score "
                         "(−1 most negative, +1 most positive; grey band = neutral)", yaxis_title="actor",
                         xaxis_range=[-1, 1], legend_title="side", **_LAYOUT)
    return figure


@takeaway
def sentiment_by_actor_takeaway(table: pd.DataFrame, unit: str) -> str:
    means = table.groupby("actor", sort=False)["compound"].agg(["mean", "size"])
    parts = listing([f"{actor} {row['mean']:+.2f} ({plural(int(row['size']), unit)})" for actor, row in means.iterrows()])
    return f"Takeaway: average compound score per actor: {parts}."


_STANCE_VALUE = {"AGAINST": -1, "NONE": 0, "FAVOR": 1}


def stance_heatmap(matrix: pd.DataFrame, evidence: pd.DataFrame, target_names: dict[str, str]) -> go.Figure:
    """Actor × target: blue FAVOR, grey NONE, vermilion AGAINST; hover shows the evidence."""
    hover = [[_evidence_hover(evidence, actor, target) for target in matrix.columns] for actor in matrix.index]
    figure = go.Figure(go.Heatmap(
        z=[[_STANCE_VALUE[v] for v in row] for row in matrix.values], text=matrix.values, texttemplate="%{text}",
        x=[f"{t}: {target_names.get(t, t)}" for t in matrix.columns], y=list(matrix.index), zmin=-1, zmax=1,
        colorscale=[[0, SIDE_COLOURS["Russia"]], [0.5, "#EEEEEE"], [1, SIDE_COLOURS["US"]]], showscale=False,
        customdata=hover, hovertemplate="%{y} on %{x}: %{text}<br>%{customdata}<extra></extra>",
    ))
    figure.update_layout(title="Who is for or against what (stance matrix)", xaxis_title="target",
                         yaxis_title="actor", yaxis_autorange="reversed", **_LAYOUT)
    return figure


def _evidence_hover(evidence: pd.DataFrame, actor: str, target: str) -> str:
    rows = evidence[(evidence["actor"] == actor) & evidence["target"].str.startswith(target + " ")]
    lines = [f"¶{p}: {' '.join(e.split())[:70]}" for p, e in zip(rows["paragraph"], rows["evidence"])][:3]
    return "<br>".join(lines) or "no evidence in the report"


@takeaway
def stance_takeaway(matrix: pd.DataFrame) -> str:
    """Which targets divide the actors (someone FAVOR, someone AGAINST), and who stands where."""
    divided = []
    for target in matrix.columns:
        favor = [a for a in matrix.index if matrix.loc[a, target] == "FAVOR"]
        against = [a for a in matrix.index if matrix.loc[a, target] == "AGAINST"]
        if favor and against:
            divided.append(f"{target} ({listing(favor)} FAVOR; {listing(against)} AGAINST)")
    if not divided:
        return f"Takeaway: no target divides the actors ({matrix.shape[1]} targets, {matrix.shape[0]} actors)."
    return f"Takeaway: the actors are divided on {len(divided)} of {matrix.shape[1]} targets: " + "; ".join(divided) + "."


VERB_CLASS_COLOURS = {"neutral": "#56B4E9", "distancing": "#E69F00", "endorsing": "#009E73",
                      "culpability": "#CC79A7", "affective": "#D55E00", "internal-state": "#0072B2"}


def verb_class_chart(table: pd.DataFrame) -> go.Figure:
    """Stacked bars: how each side's words and thoughts are reported, by verb class."""
    figure = go.Figure()
    for verb_class in [c for c in VERB_CLASS_COLOURS if c in table.columns]:
        figure.add_trace(go.Bar(x=list(table.index), y=table[verb_class], name=verb_class,
                                marker_color=VERB_CLASS_COLOURS[verb_class],
                                hovertemplate="%{x}: %{y} × " + verb_class + "<extra></extra>"))
    figure.update_layout(barmode="stack", title="Which verbs report each side's words and thoughts?",
                         xaxis_title="side", yaxis_title="attributions", legend_title="verb class", **_LAYOUT)
    return figure


@takeaway
def verb_class_takeaway(table: pd.DataFrame) -> str:
    parts = []
    for side, row in table.iterrows():
        used = [f"{verb_class} {int(n)}" for verb_class, n in row.items() if n]
        parts.append(f"{side}: {', '.join(used) or 'none'}")
    return "Takeaway: attribution verbs by class. " + "; ".join(parts) + "."


FRAME_COLOURS = {"US security": "#0072B2", "Russia–Iran sovereignty": "#D55E00"}
_VOICE_COLOURS = {"in a side's own quoted words": "#009E73", "narration crediting it to a side": "#E69F00",
                  "narration in the reporter's own words": "#000000"}


def frame_voice_chart(table: pd.DataFrame) -> go.Figure:
    """Grouped bars per frame (rows of `framing.frame_voices`): quotes that carry it, narration that credits it to
    a side, narration that states it in the reporter's own words."""
    figure = go.Figure([go.Bar(x=list(table.index), y=table[column], name=column, marker_color=colour,
                               hovertemplate="%{x}: %{y} × " + column + "<extra></extra>")
                        for column, colour in _VOICE_COLOURS.items() if column in table])
    figure.update_layout(barmode="group", title="Who carries each frame: the sides' quotes or the reporter?",
                         xaxis_title="frame", yaxis_title="quotes or sentences", legend_title="carried by", **_LAYOUT)
    return figure


@takeaway
def frame_voice_takeaway(table: pd.DataFrame) -> str:
    parts = [f"the {frame} frame is in {plural(int(row.iloc[0]), 'quote')} of its side, credited to a side in "
             f"{plural(int(row.iloc[1]), 'narration sentence')} and stated in the reporter's own words in "
             f"{int(row.iloc[2])}" for frame, row in table.iterrows()]
    return "Takeaway: " + "; ".join(parts) + "."


STATUS_COLOURS = {"correct": "#009E73", "try again": "#E69F00", "not answered": "#999999"}


def class_answers_chart(counts: pd.DataFrame) -> go.Figure:
    """Stacked bars per exercise: students correct, still trying, not answered."""
    figure = go.Figure([go.Bar(x=list(counts.index), y=counts[status], name=status, marker_color=colour,
                               hovertemplate="%{x}: %{y} " + status + "<extra></extra>")
                        for status, colour in STATUS_COLOURS.items() if status in counts])
    figure.update_layout(barmode="stack", title="Answers per exercise across the class", xaxis_title="exercise",
                         yaxis_title="students", legend_title="status", **_LAYOUT)
    return figure


@takeaway
def class_answers_takeaway(counts: pd.DataFrame) -> str:
    tried = counts["correct"] + counts["try again"]
    hardest = (counts["try again"] / tried.where(tried > 0)).fillna(0).sort_values(ascending=False, kind="stable")
    worst = hardest.index[0] if len(hardest) and hardest.iloc[0] > 0 else None
    text = f"Takeaway: {int(counts['correct'].sum())} correct answers and {int(counts['try again'].sum())} still to revise"
    return text + (f"; the exercise most often still wrong is {worst}." if worst else "; nothing is still wrong.")


def stance_agreement_chart(table: pd.DataFrame) -> go.Figure:
    """Bars: each student's Cohen's kappa with the gold stance labels."""
    figure = go.Figure(go.Bar(x=table["student"], y=table["kappa with gold"], marker_color=SIDE_COLOURS["US"],
                              customdata=table[["items labelled"]].values,
                              hovertemplate="%{x}: kappa %{y} over %{customdata[0]} items<extra></extra>"))
    figure.update_layout(title="Stance labels: agreement with the experts", xaxis_title="student",
                         yaxis_title="Cohen's kappa (1 = perfect, 0 = chance)", yaxis_range=[-0.2, 1], **_LAYOUT)
    return figure


@takeaway
def stance_agreement_takeaway(table: pd.DataFrame) -> str:
    if table.empty:
        return "Takeaway: no stance labels handed in yet."
    kappas = table["kappa with gold"].dropna()
    return (f"Takeaway: {len(table)} students labelled stance; kappa with the experts ranges from {kappas.min():.2f} "
            f"to {kappas.max():.2f} (median {kappas.median():.2f}).")
