"""The "Predict, then run" block at the end of every lesson, and the learner's progress.

The router draws the block after the lesson page ran (Home.py), so lesson files stay as they
are. The block is a keyed expander with `on_change="rerun"`: closed, it draws nothing and costs
nothing (the containers lesson's pattern). The learner picks an option, checks it, then presses
"Run it": the snippet is driven through the question's steps by the worker process
(app/predict/worker.py) and the page shows the run, step by step.

Progress is `{question id: option picked}` in session state. So that a reload keeps it, the
router also writes it into the URL (`?predict=quick-start.1b,...`) on every run, and a new
session reads it back: the pattern of the reload lesson, where the URL is the only thing a reload
brings to the new session.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from app.catalog import LESSONS, Lesson
from app.paths import snippet_path
from app.predict import questions
from app.predict.model import Question, Right, Wrong
from app.predict.questions import ID_FORM, QUESTIONS, question_by_id, questions_for
from app.predict.worker import Worker, WorkerError

PROGRESS_KEY = "_predict_progress"  # {question id: index of the option picked}
REVEALED_KEY = "_predict_shown"  # ids of the questions whose real run is revealed
URL_PARAM = "predict"
LETTERS = "ABCDE"
TIMELINE_WIDTH = 60  # characters of what was seen that fit on one line of the timeline
_ENTRY = re.compile(rf"({ID_FORM})([a-e])")
_MAX_ENTRIES = sum(len(questions) for questions in QUESTIONS.values())


# Progress -------------------------------------------------------------------------------------


def parse_progress(values: list[str]) -> dict[str, int]:
    """`["quick-start.1b,callbacks.2a"]` -> `{"quick-start.1": 1, "callbacks.2": 0}`. Entries
    that name no question or no option of it are ignored: the URL is whatever a link says."""
    answers: dict[str, int] = {}
    for entry in ",".join(values).split(",")[: _MAX_ENTRIES * 2]:
        match = _ENTRY.fullmatch(entry.strip())
        if match is None:
            continue
        question_id, letter = match.groups()
        question = question_by_id(question_id)
        if question is not None and LETTERS.index(letter.upper()) < len(question.options):
            answers[question_id] = LETTERS.index(letter.upper())
    return answers


def format_progress(answers: dict[str, int]) -> str:
    """The URL form of the answers, in lesson order: `quick-start.1b,callbacks.2a`."""
    order = [question_id for lesson in LESSONS for question_id, _ in questions_for(lesson.slug)]
    return ",".join(
        f"{question_id}{LETTERS[answers[question_id]].lower()}"
        for question_id in order
        if question_id in answers
    )


def progress() -> dict[str, int]:
    """This session's answers. A session's first run takes them from the URL."""
    if PROGRESS_KEY not in st.session_state:
        st.session_state[PROGRESS_KEY] = parse_progress(st.query_params.get_all(URL_PARAM))
    return st.session_state[PROGRESS_KEY]


def keep_progress_in_url() -> None:
    """Write the answers into the URL (the router calls it on every run, on every page: a page
    switch starts the new page without the old page's query string)."""
    text = format_progress(progress())
    if text and st.query_params.get(URL_PARAM) != text:
        st.query_params[URL_PARAM] = text
    elif not text and URL_PARAM in st.query_params:
        del st.query_params[URL_PARAM]


@dataclass(frozen=True)
class Mark:
    """How a lesson's questions went: how many right, answered, in all."""

    right: int
    answered: int
    total: int

    @property
    def all_right(self) -> bool:
        return self.right == self.total


def lesson_mark(slug: str, answers: dict[str, int] | None = None) -> Mark | None:
    """The lesson's mark (by this session's answers unless given), or None while none of its
    questions is answered."""
    questions = questions_for(slug)
    answers = progress() if answers is None else answers
    answered = [(qid, question) for qid, question in questions if qid in answers]
    if not answered:
        return None
    right = sum(answers[qid] == question.answer for qid, question in answered)
    return Mark(right=right, answered=len(answered), total=len(questions))


def nav_titles(answers: dict[str, int] | None = None) -> dict[str, str]:
    """Navigation titles of the lessons with answers: `Title ✓` when every question is answered
    right, else `Title · 1/2` (right out of all)."""
    answers = progress() if answers is None else answers
    titles: dict[str, str] = {}
    if not answers:  # the common case, on every rerun of every page: nothing to mark
        return titles
    for lesson in LESSONS:
        mark = lesson_mark(lesson.slug, answers)
        if mark is not None:
            suffix = "✓" if mark.all_right else f"· {mark.right}/{mark.total}"
            titles[lesson.slug] = f"{lesson.title} {suffix}"
    return titles


def progress_badge(slug: str) -> None:
    """A badge for the lesson's card on the home page, once a question is answered."""
    mark = lesson_mark(slug)
    if mark is None:
        return
    if mark.all_right:
        st.badge("Predict: all right", icon=":material/check_circle:", color="green")
    else:
        st.badge(
            f"Predict: {mark.right} of {mark.total} right",
            icon=":material/pending:",
            color="orange",
        )


# The block ------------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, on_release=lambda worker: worker.stop())
def _worker() -> Worker:
    """One worker process per server, started when a learner first presses "Run it" (and
    stopped if this cache is cleared)."""
    return Worker()


@st.cache_data(show_spinner=False, max_entries=256)
def real_run(question_id: str, fingerprint: str) -> dict[str, Any]:
    """The question's real run. The same question always runs the same way on a fresh server,
    so a run is kept per server until its snippet or the questions change (`fingerprint`)."""
    return _worker().run(question_id)


_QUESTION_FILES = tuple(sorted(Path(questions.__file__).parent.glob("*.py")))


def fingerprint(question: Question) -> str:
    """Changes when the snippet or the question data change (a new run is made then)."""
    files = (snippet_path(question.snippet), *_QUESTION_FILES)
    return ":".join(str(os.stat(path).st_mtime_ns) for path in files)


_WORD = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+|\d+")


def heading_anchor(heading: str) -> str:
    """The id Streamlit's frontend gives a heading with this Markdown text, for an in-page link:
    its words in kebab case (`KeyError` is two words, `st.cache_data` three, apostrophes go),
    as ids read from Chromium show (tests/e2e/test_predict.py)."""
    text = re.sub(r"[`*'’]", "", heading)
    return "-".join(word.lower() for word in _WORD.findall(text))


def choice_key(question_id: str) -> str:
    return f"_predict_choice_{question_id}"


def option_labels(question: Question) -> list[str]:
    """The radio's options: `A. text`, ... (strings, so the widget's state pickles)."""
    return [f"{LETTERS[i]}. {option.text}" for i, option in enumerate(question.options)]


def _check(question_id: str) -> None:
    question = question_by_id(question_id)
    choice = st.session_state.get(choice_key(question_id))
    if question is not None and choice in option_labels(question):
        progress()[question_id] = option_labels(question).index(choice)


def _reveal_run(question_id: str) -> None:
    revealed = st.session_state.setdefault(REVEALED_KEY, [])
    if question_id not in revealed:
        revealed.append(question_id)


def _try_again(question_id: str) -> None:
    progress().pop(question_id, None)
    st.session_state.pop(choice_key(question_id), None)
    revealed = st.session_state.get(REVEALED_KEY, [])
    if question_id in revealed:
        revealed.remove(question_id)


def predict_block(lesson: Lesson) -> None:
    """The lesson's questions in a closed expander at the end of its page."""
    questions = questions_for(lesson.slug)
    if not questions:
        return
    block = st.expander(
        "Predict, then run",
        icon=":material/psychology_alt:",
        key=f"_predict_open_{lesson.slug}",
        on_change="rerun",
    )
    if not block.open:
        return
    with block:
        st.markdown(
            "Pick what you think happens, check it, then press **Run it**: the snippet is "
            "driven through the same steps by AppTest, on a fresh server, and you see its "
            "state after each step."
        )
        for number, (question_id, question) in enumerate(questions, start=1):
            _question(question_id, question, number)
        st.caption(
            "Your answers are kept in this session and, so that a reload keeps them, in the "
            "address bar (`?predict=…`): a reload starts a new session, and the URL is the one "
            "thing it brings along (see the reload lesson). A small, public list fits in a URL; "
            "a database and a token (the durable-state lesson) would only add a place to keep "
            "it. **Reset this lesson** resets the demos, not your answers."
        )


def _question(question_id: str, question: Question, number: int) -> None:
    picked = progress().get(question_id)
    with st.container(border=True, key=f"_predict_q_{question_id.replace('.', '_')}"):
        st.markdown(f"**{number}.** {question.prompt}")
        st.caption(f"Snippet: `{question.snippet}`")
        if picked is None:
            st.radio(
                "Your prediction",
                options=option_labels(question),
                index=None,
                key=choice_key(question_id),
                label_visibility="collapsed",
            )
            st.button(
                "Check",
                key=f"_predict_check_{question_id}",
                on_click=_check,
                args=(question_id,),
                type="primary",
                disabled=st.session_state.get(choice_key(question_id)) is None,
            )
            return
        revealed = question_id in st.session_state.get(REVEALED_KEY, [])
        _review(question, picked, revealed=revealed)
        with st.container(horizontal=True):
            if not revealed:
                st.button(
                    "Run it",
                    key=f"_predict_run_{question_id}",
                    on_click=_reveal_run,
                    args=(question_id,),
                    type="primary",
                    icon=":material/play_arrow:",
                )
            st.button(
                "Try again",
                key=f"_predict_again_{question_id}",
                on_click=_try_again,
                args=(question_id,),
                icon=":material/replay:",
            )
        if revealed:
            _run(question_id, question)


def _review(question: Question, picked: int, *, revealed: bool) -> None:
    """The options after Check: the learner's pick marked right or wrong; once the run is
    revealed, the right one too, and why each wrong one tempts."""
    lines = []
    for i, option in enumerate(question.options):
        label = f"**{LETTERS[i]}. {option.text}**"
        if i == picked and isinstance(option, Right):
            lines.append(f":green[:material/check_circle:] {label}: your answer, right.")
        elif i == picked:
            lines.append(f":red[:material/cancel:] {label}: your answer. {option.why}")
        elif isinstance(option, Right) and revealed:
            lines.append(f":green[:material/check_circle:] {label}: what the run shows.")
        elif isinstance(option, Wrong) and revealed:
            lines.append(f":gray[:material/radio_button_unchecked:] {label}: {option.why}")
        else:
            lines.append(f":gray[:material/radio_button_unchecked:] {label}")
    st.markdown("\n\n".join(lines))
    if revealed:
        return
    if isinstance(question.options[picked], Right):
        st.success("Right. Now run it and watch it happen.", icon=":material/check_circle:")
    else:
        st.error("Not quite. Run it to see what really happens.", icon=":material/cancel:")


def _run(question_id: str, question: Question) -> None:
    try:
        with st.spinner("Running the snippet with AppTest…"):
            run = real_run(question_id, fingerprint(question))
    except WorkerError as exc:
        st.error(f"The run could not be made: {exc}", icon=":material/error:")
        return
    lines = []
    for step_number, (step, seen) in enumerate(run["moments"]):
        lines.append(f"{step_number}. {step}")
        joined = " · ".join(seen)
        if len(joined) <= TIMELINE_WIDTH:
            lines.append(f"   → {joined}")
        else:
            lines.extend(f"   {'→' if i == 0 else ' '} {text}" for i, text in enumerate(seen))
    what = (
        f"this lesson's page (with `{question.snippet}`), inside the app,"
        if question.app_page
        else f"`{question.snippet}`"
    )
    st.markdown(
        f"**What really happened:** {what} driven by AppTest through these steps on a fresh "
        f"server (Streamlit {st.__version__}), and what was there after each."
    )
    st.code("\n".join(lines), language=None, wrap_lines=True)
    answer = question.answer
    if run["matches"] != [answer]:
        st.warning(
            "This run does not end on the marked answer: the answer key is wrong for this "
            "Streamlit version. Trust the run.",
            icon=":material/warning:",
        )
        return
    where = f" (tab **{question.tab}**)" if question.tab else ""
    st.markdown(
        f"**Why {LETTERS[answer]}:** {question.why} "
        f"More in [{question.see}](#{heading_anchor(question.see)}){where}."
    )
