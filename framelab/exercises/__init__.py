"""Exercises with instant feedback. `check(exercise, answer)` never raises: an unanswered or malformed answer
gets a message, so a notebook with blank answers still runs clean. Model answers for teachers live in
lessons/*/answer_key.json, and a test runs each through `check`.
"""
from typing import Any

from framelab.collect import record_answer
from framelab.exercises import l01_reading, l02_who_speaks, l03_sentiment, l04_stance, l05_framing, l06_own_article
from framelab.exercises.core import Feedback, answer, answer_box, predict, prediction_box, reveal

_LESSONS = (l01_reading, l02_who_speaks, l03_sentiment, l04_stance, l05_framing, l06_own_article)
EXERCISES = {**l01_reading.EXERCISES, **l02_who_speaks.EXERCISES, **l03_sentiment.EXERCISES, **l04_stance.EXERCISES,
             **l05_framing.EXERCISES, **l06_own_article.EXERCISES}
# Judges for typed predictions (question → judge), used by reveal(); a lesson module may define PREDICTIONS.
PREDICTIONS = {question: judge for lesson in _LESSONS for question, judge in getattr(lesson, "PREDICTIONS", {}).items()}
__all__ = ["EXERCISES", "PREDICTIONS", "Feedback", "answer", "answer_box", "check", "predict", "prediction_box",
           "reveal"]


def check(exercise: str, answer: Any = ...) -> Feedback:
    """Feedback on `answer` to `exercise` (for example check("01.paragraph_count", 14))."""
    if exercise not in EXERCISES:
        return Feedback("cannot check", f"There is no exercise called {exercise!r}. Copy its name from the task.")
    if answer is ... or answer is None or (isinstance(answer, str) and not answer.strip()):
        return Feedback("not answered", "Not answered yet: replace the ... with your answer and run the cell again.")
    try:
        feedback = EXERCISES[exercise](answer)
    except Exception as error:  # noqa: BLE001 (feedback must never crash a student's notebook)
        feedback = Feedback("cannot check", f"This answer could not be checked ({type(error).__name__}). "
                                            "Try writing it more simply.")
    record_answer(exercise, answer, feedback.status)  # for save_my_work(name) at the end of the lesson
    return feedback
