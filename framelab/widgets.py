"""ipywidgets apps. Callbacks update widget values (HTML), they never print, so notebooks stay
stable under nbval and no traceback ever lands in a widget."""
from html import escape

import ipywidgets as widgets

from framelab.article import Article
from framelab.display import context_lines_html
from framelab.errors import FramelabError
from framelab.reading import keyword_in_context, word_frequencies


def kwic_explorer(article: Article, start_word: str = "stability") -> widgets.VBox:
    """Pick or type a word; see every line where the article uses it (NLTK concordance)."""
    suggestions = list(word_frequencies(article, top=30)["word"])
    box = widgets.Combobox(value=start_word, options=suggestions, description="Word:",
                           placeholder="type a word", ensure_option=False,
                           style={"description_width": "initial"})
    result = widgets.HTML()

    def update(_change=None):
        try:
            result.value = context_lines_html(box.value, keyword_in_context(article, box.value))
        except FramelabError as error:
            result.value = f"<p>{escape(str(error))}</p>"

    box.observe(update, names="value")
    update()
    label = widgets.HTML("<b>Keyword in context</b>: every use of a word, with the words around it.")
    return widgets.VBox([label, box, result])


def widget_check() -> widgets.VBox:
    """A labelled slider whose readout sentence follows it: proof that widgets render here."""
    slider = widgets.IntSlider(value=3, min=0, max=10, description="Try me:")
    readout = widgets.HTML()

    def update(_change=None):
        readout.value = f"The slider is at <b>{slider.value}</b>. Widgets work on this machine."

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, readout])


def quote_explorer(article: Article, quotes) -> widgets.VBox:
    """Filter the attributions by speaker, kind and the rule that found them; the article shows each one underlined
    in its side's colour, labelled actor · kind · cue · rule, so a student can see why framelab decided what it did."""
    from framelab.charts import SIDE_COLOURS
    from framelab.display import layered_article_html

    actors = sorted({q.actor or "?" for q in quotes})
    kinds = sorted({q.kind for q in quotes})
    rules = sorted({q.rule for q in quotes if q.rule})
    actor_box = widgets.Dropdown(options=["all"] + actors, value="all", description="Speaker:")
    kind_box = widgets.Dropdown(options=["all"] + kinds, value="all", description="Kind:")
    rule_box = widgets.Dropdown(options=["all"] + rules, value="all", description="Rule:",
                                layout=widgets.Layout(width="auto"))
    summary, page = widgets.HTML(), widgets.HTML()

    def update(_change=None):
        chosen = [q for q in quotes if actor_box.value in ("all", q.actor or "?") and kind_box.value in ("all", q.kind)
                  and rule_box.value in ("all", q.rule)]
        marks = [(q.start, q.end, SIDE_COLOURS.get(q.side or "other", SIDE_COLOURS["other"]),
                  f"{q.actor or '?'} · {q.kind} · {q.cue or 'no cue'} · rule: {q.rule}") for q in chosen]
        summary.value = (f"<p><b>{len(chosen)}</b> attribution{'s' if len(chosen) != 1 else ''} shown "
                         f"(speaker: {escape(actor_box.value)}, kind: {escape(kind_box.value)}, "
                         f"rule: {escape(rule_box.value)}).</p>")
        page.value = layered_article_html(article, [], marks, labels=True)

    for box in (actor_box, kind_box, rule_box):
        box.observe(update, names="value")
    update()
    return widgets.VBox([widgets.HBox([actor_box, kind_box]), rule_box, summary, page])


def sentiment_explorer(article: Article, quotes) -> widgets.VBox:
    """Switch unit, threshold and masking; see which labels flip against VADER's defaults."""
    from framelab.display import flips_html
    from framelab.sentiment import label_flips

    unit = widgets.ToggleButtons(options=["quote", "sentence", "paragraph"], value="sentence", description="Unit:")
    threshold = widgets.ToggleButtons(options=[("±0.05", 0.05), ("±0.5", 0.5)], value=0.05, description="Threshold:")
    mask = widgets.Checkbox(value=False, description="Mask actor names (e.g. 'The United States' → 'ACTOR')",
                            style={"description_width": "initial"}, layout={"width": "auto"})
    result = widgets.HTML()

    def update(_change=None):
        result.value = flips_html(label_flips(article, quotes, unit.value, threshold.value, mask.value), unit.value)

    for control in (unit, threshold, mask):
        control.observe(update, names="value")
    update()
    return widgets.VBox([unit, threshold, mask, result])


def sentiment_playground(start_text: str = "") -> widgets.VBox:
    """Type or edit a text; its VADER score, word contributions, rules and the formula update as you type."""
    from framelab.display import sentiment_html
    from framelab.sentiment import explain_sentiment, formula_text, playground_text

    box = widgets.Textarea(value=start_text, description="Your text:", continuous_update=True,
                           placeholder="Type or paste a quote", layout={"width": "95%", "height": "6em"},
                           style={"description_width": "initial"})
    result = widgets.HTML()

    def update(_change=None):
        try:
            score = explain_sentiment(playground_text(box.value))
            result.value = sentiment_html(score) + f"<p><small>{escape(formula_text(score))}</small></p>"
        except FramelabError as error:
            result.value = f"<p>⚠️ {escape(str(error))}</p>"

    box.observe(update, names="value")
    update()
    return widgets.VBox([box, result])


def stance_annotator(items, folder: str = "student_work") -> widgets.VBox:
    """Label each (actor, target) item FAVOR / AGAINST / NONE, compare with the gold and the detector
    (Cohen's kappa), and save the labels to a CSV file for the teacher."""
    from framelab.annotation import cohen_kappa, disagreements, save_labels
    from framelab.collect import record_stance_labels
    from framelab.stance import LABELS

    choices = {}
    rows = []
    for item in items.to_dict("records"):
        toggle = widgets.ToggleButtons(options=list(LABELS), value=None, description=item["item"],
                                       style={"description_width": "8em", "button_width": "6em"})
        choices[item["item"]] = toggle
        rows.append(widgets.VBox([widgets.HTML(f"<b>{escape(item['actor'])}</b> on <i>{escape(item['target name'])}"
                                               f"</i>: {escape(item['evidence'])}"), toggle]))
    compare = widgets.Button(description="Compare my labels", button_style="info")
    name = widgets.Text(description="Your name:", placeholder="first name and initial")
    save = widgets.Button(description="Save my labels")
    result, saved = widgets.HTML(), widgets.HTML()
    gold = dict(zip(items["item"], items["gold"]))
    detector = dict(zip(items["item"], items["detector"]))

    def labels() -> dict:
        return {item: toggle.value for item, toggle in choices.items()}

    def kappa_text(value) -> str:
        return "not defined yet (label at least two items)" if value is None else f"{value:.2f}"

    def on_compare(_button=None):
        mine = labels()
        record_stance_labels(mine)
        done = sum(1 for v in mine.values() if v)
        table = disagreements(items, mine)
        listed = "".join(f"<li><b>{escape(r['item'])}</b> ({escape(r['target name'])}): you {escape(str(r['yours']))}, "
                         f"gold {escape(r['gold'])}, detector {escape(r['detector'])}</li>"
                         for r in table.to_dict("records"))
        result.value = (f"<p>You labelled <b>{done} of {len(mine)}</b> items. Agreement (Cohen's kappa: 1 = perfect, "
                        "0 = no better than chance, below 0 = worse than chance): with the gold "
                        f"<b>{kappa_text(cohen_kappa(mine, gold))}</b>, with the detector "
                        f"<b>{kappa_text(cohen_kappa(mine, detector))}</b>.</p>"
                        + (f"<p>To discuss:</p><ul>{listed}</ul>" if listed else ""))

    def on_save(_button=None):
        record_stance_labels(labels())
        try:
            path = save_labels(labels(), name.value, folder)
            saved.value = f"<p>✅ Saved to <code>{escape(str(path))}</code>. Hand this file to your teacher.</p>"
        except FramelabError as error:
            saved.value = f"<p>⚠️ {escape(str(error))}</p>"

    compare.on_click(on_compare)
    save.on_click(on_save)
    on_compare()
    return widgets.VBox(rows + [compare, result, widgets.HBox([name, save]), saved])


def framing_highlighter(article: Article, start: str = "verbs by class") -> widgets.VBox:
    """The article with a chosen layer underlined (actors by side, verbs by class, or the two frames' evidence:
    narration coded in data/framing/narration_frames.csv and the sides' quotes coded in entman_frames.csv) and,
    optionally, the reporter's own voice shaded. `start` is the layer shown first. The frames layer needs the seed
    article's codings; on another text it is not offered."""
    from framelab.actors import find_mentions
    from framelab.charts import FRAME_COLOURS, SIDE_COLOURS, VERB_CLASS_COLOURS
    from framelab.display import layered_article_html
    from framelab.framing import frame_spans, verb_uses
    from framelab.quotes import find_quotes

    mentions = find_mentions(article)
    quotes = find_quotes(article, mentions)
    uses = verb_uses(article, quotes, mentions)
    try:
        frames = frame_spans(article, quotes)
    except FramelabError:
        frames = None
    options = ["actors", "verbs by class"] + (["frames"] if frames else []) + ["nothing"]
    layer = widgets.ToggleButtons(options=options, value=start if start in options else "verbs by class",
                                  description="Underline:")
    shade = widgets.Checkbox(value=True, description="Shade the reporter's own voice (grey, italic)",
                             style={"description_width": "initial"}, layout={"width": "auto"})
    legend, page = widgets.HTML(), widgets.HTML()

    def update(_change=None):
        if layer.value == "actors":
            inner = [(m.start, m.end, SIDE_COLOURS.get(m.side, SIDE_COLOURS["other"]), f"{m.alias} → {m.actor}")
                     for m in mentions if m.role == "actor"]
            colours = {side: c for side, c in SIDE_COLOURS.items() if side != "reporter"}
        elif layer.value == "verbs by class":
            inner = [(u.start, u.end, VERB_CLASS_COLOURS.get(u.verb_class, "#999999"),
                      f"{u.side}: {u.lemma} ({u.verb_class})") for u in uses if u.end > u.start]
            colours = VERB_CLASS_COLOURS
        elif layer.value == "frames":
            inner = [(start, end, FRAME_COLOURS[frame], label) for start, end, frame, label in frames]
            colours = FRAME_COLOURS
        else:
            inner, colours = [], {}
        outer = [(q.start, q.end, "reporter") for q in quotes if q.kind == "reporter"] if shade.value else []
        legend.value = " ".join(f'<span style="border-bottom: 3px solid {c}; padding: 0 4px">{escape(name)}</span>'
                                for name, c in colours.items())
        page.value = layered_article_html(article, outer, inner)

    layer.observe(update, names="value")
    shade.observe(update, names="value")
    update()
    return widgets.VBox([layer, shade, legend, page])


def rewrite_lab(article: Article, paragraph: int = 14) -> widgets.VBox:
    """Edit one paragraph; see the framing measures before and after, side by side, with the edit marked."""
    from framelab.display import word_diff_html
    from framelab.framing import compare_framing, rewrite_paragraph

    choice = widgets.Dropdown(options=[(f"¶{p.number}", p.number) for p in article.paragraphs], value=paragraph,
                              description="Paragraph:")
    box = widgets.Textarea(value=article.paragraph(paragraph).text, description="Rewrite it:",
                           continuous_update=False, layout={"width": "95%", "height": "7em"},
                           style={"description_width": "initial"})
    diff, result = widgets.HTML(), widgets.HTML()

    def load(_change=None):
        box.value = article.paragraph(choice.value).text
        update()

    def update(_change=None):
        original = article.paragraph(choice.value).text
        try:
            table = compare_framing(article, rewrite_paragraph(article, choice.value, box.value))
        except FramelabError as error:
            diff.value, result.value = "", f"<p>⚠️ {escape(str(error))}</p>"
            return
        changed = table[table["changed"]]
        diff.value = "<p><b>Your edit:</b> " + (word_diff_html(original, box.value) if box.value.split() !=
                                                 original.split() else "(no change yet)") + "</p>"
        summary = (f"<p><b>{len(changed)}</b> measure{'s' if len(changed) != 1 else ''} changed"
                   f"{' (marked 🔄)' if len(changed) else ''}.</p>")
        rows = "".join(f"<tr style=\"{'background:#FFF4E5' if r['changed'] else ''}\"><td>{'🔄' if r['changed'] else ''}"
                       f"</td><td>{escape(str(r['side']))}</td><td>{escape(str(r['measure']))}</td>"
                       f"<td>{escape(str(r['before']))}</td><td>{escape(str(r['after']))}</td></tr>"
                       for r in table.to_dict("records"))
        result.value = (summary + "<table><tr><th></th><th>side</th><th>measure</th><th>before</th><th>after</th>"
                        f"</tr>{rows}</table>")

    choice.observe(load, names="value")
    box.observe(update, names="value")
    update()
    label = widgets.HTML("<b>Rewrite lab</b>: change a paragraph, then click outside the box to compare.")
    return widgets.VBox([label, choice, box, diff, result])
