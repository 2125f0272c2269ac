"""ipywidgets for notebook 06 (your own article): paste or upload a text, edit its actor table, type stance targets.

Callbacks update widget values (HTML), they never print. Every piece of the student's text is escaped, and
a bad input shows a sentence in the widget, never a traceback. Each app keeps the last good value
(`.article`, `.rows`, `.targets`) so the notebook's later cells can use it when they are run again.

Called with `keep="<notebook>"`, each factory makes its app once per kernel session and returns the same app when
its cell runs again (from "Run Selected Cell and All Below", or "Run All"), so the pasted text, the edited table and
the typed targets survive a re-run. The actor editor is kept for one article and the target editor for one article
and table: after a new text (or a new table) they start afresh for it. Restarting the kernel starts everything
again.
"""
from html import escape

import ipywidgets as widgets
import pandas as pd

from framelab.corpus import actor_report_table, analyze_article
from framelab.actors import actor_rows_csv, parse_actor_csv, propose_actor_rows, require_actors
from framelab.article import check_own_text, read_own_article
from framelab.examples import example_article, example_targets, is_example, starting_actor_rows
from framelab.own_targets import own_evidence_table, parse_targets_csv, stance_holders, targets_csv
from framelab.article import MAX_CHARS, Article
from framelab.display import plural
from framelab.errors import FramelabError

_WIDE = {"width": "95%"}
_KEPT: dict[tuple, widgets.Widget] = {}  # (notebook, app, what it was made for) → the app made for it
_LABEL = {"description_width": "initial"}


def table_html(frame: pd.DataFrame) -> str:
    """A table as escaped HTML (pandas escapes cell text)."""
    return frame.to_html(index=False, escape=True, border=0, na_rep="–")


def _problem(error: Exception) -> str:
    if isinstance(error, FramelabError):
        return f'<p role="alert">⚠️ {escape(str(error))}</p>'
    return (f'<p role="alert">⚠️ framelab could not do this ({escape(type(error).__name__)}). Check the text or the '
            "table, or ask your teacher.</p>")


def _describe(article: Article) -> str:
    headline = f"“{escape(article.headline)}”" if article.headline else "no headline"
    dateline = escape(article.dateline) if article.dateline else "no dateline"
    return (f"<b>{escape(article.source)}</b>: {headline}, {dateline}, {plural(len(article.paragraphs), 'paragraph')}, "
            f"{plural(len(article.sentences), 'sentence')}, {plural(len(article.words), 'word')}")


class ArticleBox(widgets.VBox):
    """Paste a text or upload a .txt file. `.article` is the last text that passed the checks."""

    def __init__(self, article: Article):
        self.article = article
        self.text = widgets.Textarea(value=article.raw, description="Article text:", continuous_update=False,
                                     placeholder="Paste a news article: headline, dateline, paragraphs",
                                     layout={"width": "95%", "height": "14em"}, style=_LABEL)
        self.upload = widgets.FileUpload(accept=".txt,text/plain", multiple=False, description="Upload a .txt file",
                                         layout={"width": "auto"})  # a fixed width cuts the label
        self.status = widgets.HTML()
        self._pending: str | None = None  # the name of an uploaded file on its way into the text box
        super().__init__([self.text, self.upload, self.status])
        self.text.observe(self._typed, names="value")
        self.upload.observe(self._uploaded, names="value")
        self._show_ready()

    def _show_ready(self) -> None:
        where = " (the worked example, invented for the kit)" if is_example(self.article) else ""
        self.status.value = (f"<p>✅ Ready{where}: {_describe(self.article)}.<br>After you change the text, run the "
                             "cells below again (menu <i>Run ▸ Run Selected Cell and All Below</i>): the box keeps your text.</p>")

    def _use(self, text: str, source: str) -> None:
        try:
            article = read_own_article(text, source=source)
            require_actors(article, starting_actor_rows(article))
            self.article = article
        except Exception as error:  # noqa: BLE001 (a widget shows a sentence, never a traceback)
            self.status.value = (_problem(error) + f"<p>The cells below still use the previous text: "
                                 f"{escape(self.article.source)}.</p>")
            return
        self._show_ready()

    def _typed(self, _change=None) -> None:
        source, self._pending = self._pending or "pasted text", None
        self._use(self.text.value, source)

    def _uploaded(self, change) -> None:
        files = change["new"]
        if not files:
            return
        try:
            self._read_upload(files[0])
        finally:
            # Empty the button's value: otherwise uploading the same file again (after pasting another text) sets
            # an equal value, and traitlets reports no change, so nothing would happen.
            self.upload.value = ()

    def _read_upload(self, upload: dict) -> None:
        name, data = str(upload.get("name", "uploaded file")), bytes(upload.get("content", b""))
        try:
            if len(data) > 4 * MAX_CHARS:
                raise FramelabError(f"The file is {len(data):,} bytes; framelab reads one article of up to "
                                    f"{MAX_CHARS:,} characters. Split it into separate articles.")
            text = check_own_text(data)
        except Exception as error:  # noqa: BLE001
            self.status.value = (f"<p>Could not use <b>{escape(name)}</b>:</p>" + _problem(error)
                                 + f"<p>The cells below still use the previous text: {escape(self.article.source)}.</p>")
            return
        self._pending = name
        if self.text.value == text:
            self._typed()
        else:
            self.text.value = text  # runs _typed, which reads it as the file `name`


def _kept(key: tuple, make):
    """The app kept under `key` (its notebook first), or a new one from make(), kept when key[0] is not None."""
    if key[0] is None:
        return make()
    if key not in _KEPT:
        for old in [k for k in _KEPT if k[:2] == key[:2]]:
            del _KEPT[old]  # an app made for an earlier text or table is not shown again
        _KEPT[key] = make()
    return _KEPT[key]


def article_box(article: Article | None = None, keep: str | None = None) -> ArticleBox:
    """The text box and upload button, starting with `article` (by default the worked example). With `keep` (the
    notebook's name), the same box, holding the student's last text, is returned every time the cell runs again."""
    return _kept((keep, "article"), lambda: ArticleBox(example_article() if article is None else article))


class ActorEditor(widgets.VBox):
    """The actor table as CSV to edit; the per-actor analysis below it follows every edit. `.rows` is the
    last table that parsed."""

    def __init__(self, article: Article, rows: list[dict]):
        self.article, self.rows = article, [dict(r) for r in rows]
        self.table = widgets.Textarea(value=actor_rows_csv(self.rows), description="Actor table (CSV):",
                                      continuous_update=False, layout={"width": "95%", "height": "14em"},
                                      style=_LABEL)
        self.reset = widgets.Button(description="Start again from framelab's guess", layout={"width": "auto"})
        self.result = widgets.HTML()
        where = ("the worked example's table, with the sides a reader filled in" if is_example(article)
                 else "framelab's guess: check every side")
        note = widgets.HTML(f"<p><b>Who is who.</b> One line per name: alias (as written in the text), actor, side, "
                            f"kind ({escape(', '.join(('person', 'country', 'institution', 'metonym', 'adjective')))})"
                            f", gender (m, f or empty). Click outside the box to apply. Starting table: "
                            f"{escape(where)}.</p>")
        super().__init__([note, self.table, self.reset, self.result])
        self.table.observe(self._edited, names="value")
        self.reset.on_click(self._start_again)
        self._edited()

    def _start_again(self, _button=None) -> None:
        self.table.value = actor_rows_csv(propose_actor_rows(self.article))

    def _edited(self, _change=None) -> None:
        try:
            rows = parse_actor_csv(self.table.value)
            require_actors(self.article, rows)
            report = analyze_article(self.article, rows)
        except Exception as error:  # noqa: BLE001
            self.result.value = _problem(error) + "<p>The cells below still use the last table that worked.</p>"
            return
        self.rows = rows
        unknown = (f" {report.outside_table} attribution{'s' if report.outside_table != 1 else ''} "
                   f"{'have' if report.outside_table != 1 else 'has'} a speaker who is not in the table."
                   if report.outside_table else "")
        counts = ", ".join(plural(n, word) for n, word in ((len(rows), "row"), (len({r["actor"] for r in rows}), "actor"),
                                                           (len({r["side"] for r in rows}), "side")))
        self.result.value = (f"<p>{counts}. {plural(report.attributions, 'attribution')} found.{escape(unknown)}</p>"
                             + table_html(actor_report_table(report)))


def actor_editor(article: Article, rows: list[dict] | None = None, keep: str | None = None) -> ActorEditor:
    """Edit the actor table of `article` (by default: the worked example's table, or framelab's guess). With `keep`
    (the notebook's name), the same editor, with the student's edits, is returned while the article is the same."""
    return _kept((keep, "actors", article.text),
                 lambda: ActorEditor(article, starting_actor_rows(article) if rows is None else rows))


class TargetEditor(widgets.VBox):
    """Stance targets as CSV (id,target,cues); the stance matrix and its evidence follow every edit."""

    def __init__(self, article: Article, rows: list[dict], targets):
        from framelab.actors import actor_mentions
        from framelab.quotes import find_quotes

        self.article, self.targets = article, tuple(targets)
        self.mentions = actor_mentions(article, rows)
        self.quotes = find_quotes(article, self.mentions)
        self.box = widgets.Textarea(value=targets_csv(self.targets), description="Targets (CSV):",
                                    continuous_update=False, layout={"width": "95%", "height": "7em"}, style=_LABEL)
        self.result = widgets.HTML()
        note = widgets.HTML("<p><b>Your targets.</b> One line per target: id, target, cue phrases separated by ';' "
                            "(the words that show the text is talking about it). Click outside the box to apply.</p>")
        super().__init__([note, self.box, self.result])
        self.box.observe(self._edited, names="value")
        self._edited()

    def _edited(self, _change=None) -> None:
        from framelab.stance import detect_stance, stance_matrix

        try:
            targets = parse_targets_csv(self.box.value)
            evidence = detect_stance(self.article, self.quotes, targets=targets, mentions=self.mentions)
            matrix = stance_matrix(evidence, stance_holders(self.mentions), targets).rename_axis(columns=None).reset_index()
        except Exception as error:  # noqa: BLE001
            self.result.value = _problem(error) + "<p>The cells below still use the last targets that worked.</p>"
            return
        self.targets = targets
        found = own_evidence_table(self.article, evidence, targets)
        self.result.value = (table_html(matrix) + f"<p>{len(found)} piece{'s' if len(found) != 1 else ''} of "
                             "evidence:</p>" + (table_html(found) if len(found) else "<p>none: try other cue "
                                                "phrases.</p>"))


def target_editor(article: Article, rows: list[dict], targets=None, keep: str | None = None) -> TargetEditor:
    """Type stance targets for `article` (by default the worked example's two targets). With `keep` (the notebook's
    name), the same editor, with the student's targets, is returned while the article and the table are the same."""
    return _kept((keep, "targets", article.text, actor_rows_csv(rows)),
                 lambda: TargetEditor(article, rows, example_targets() if targets is None else targets))
