"""Landing page: where to start, a search, the rerun cycle in a picture, every lesson as a card."""

import streamlit as st

from app.catalog import LESSONS, SECTIONS, Lesson, lesson_by_slug
from app.catalog.search import excerpt, rank, search_words
from app.frame.router import page_for
from app.predict.ui import lesson_mark, progress_badge

RERUN_CYCLE = """
flowchart LR
    A["User interacts<br/>(click, type, select)"] --> B["Callbacks run<br/>(on_click / on_change)"]
    B --> C["Script reruns<br/>top to bottom"]
    C --> D["st.session_state<br/>carries values into the run"]
    D --> E["Page is redrawn"]
    E --> A
"""

st.title("Session State Patterns")
st.markdown(
    "Every interaction reruns your Streamlit script from top to bottom. "
    "`st.session_state` is the per-session memory that survives those reruns. "
    "Each lesson below is a pattern you can try live, read, copy and download: "
    "the code shown is the file that runs."
)


def where_to_start() -> None:
    """Where a new learner starts, or, once Predict answers are kept, how far they got and
    the first lesson still unanswered."""
    marks = {lesson.slug: lesson_mark(lesson.slug) for lesson in LESSONS}
    answered = [mark for mark in marks.values() if mark is not None]
    with st.container(border=True, key="_start"):
        if not answered:
            st.markdown(
                f"**New here?** Start with the first lesson, then follow **Next** at the end "
                f"of each one: {len(LESSONS)} lessons in {len(SECTIONS)} sections."
            )
            target, label = LESSONS[0], f"Start here: {LESSONS[0].title}"
        else:
            right = sum(mark.all_right for mark in answered)
            st.markdown(
                f"**Your progress:** Predict answered on {len(answered)} of {len(LESSONS)} "
                f"lessons, all right on {right}. The answers are kept in this page's address "
                "(`?predict=…`): bookmark it to come back to them."
            )
            st.progress(len(answered) / len(LESSONS))
            target = next((lesson for lesson in LESSONS if marks[lesson.slug] is None), None)
            label = f"Continue: {target.title}" if target else ""
        if target is not None:
            st.page_link(page_for(target.slug), label=label, icon=":material/flag:")
        reference = lesson_by_slug("reference")
        if reference is not None:
            st.page_link(
                page_for(reference.slug),
                label=f"In a hurry? {reference.title}: every API on one page",
                icon=reference.icon,
            )


where_to_start()


# How many ranked results show before the "Show all" expander.
TOP = 5


def lesson_card(lesson: Lesson, why: str | None = None) -> None:
    """A card: the lesson's link and summary, and, for a search result, the line that matched
    (text the lessons wrote, never the query)."""
    with st.container(border=True, key=f"_card_{lesson.slug}"):
        st.page_link(page_for(lesson.slug), label=lesson.title, icon=lesson.icon)
        st.caption(lesson.summary)
        if why:
            st.caption(f":material/search: {why}")
        progress_badge(lesson.slug)


@st.fragment
def lesson_index() -> None:
    """Search box and cards; a fragment, so typing reruns only this part of the page. Without
    a query, the rerun picture and the cards by section; with one, the best matches first,
    right under the box."""
    query = st.text_input(
        "Search patterns",
        key="_search_patterns",
        type="search",
        live=True,
        placeholder="login, reset, lost after reload, KeyError, on_click…",
    )
    if not search_words(query):
        # The picture gives way to the results while the learner searches, so they show
        # right under the box.
        st.mermaid_chart(
            RERUN_CYCLE,
            alt="Interaction, then callbacks, then the script reruns top to bottom while "
            "st.session_state carries values into the next run.",
        )
        for section in SECTIONS:
            st.subheader(section, anchor=False)
            for lesson in LESSONS:
                if lesson.section == section:
                    lesson_card(lesson)
        return
    hits = rank(query)
    if not hits:
        st.info("No lesson matches that search. Try a shorter word, like “form” or “key”.")
        return
    words = search_words(query)
    st.caption(f"{len(hits)} of {len(LESSONS)} lessons match, best first.")
    for hit in hits[:TOP]:
        lesson_card(hit.lesson, excerpt(hit.line, words) if hit.line else None)
    if len(hits) > TOP:
        with st.expander(f"Show all {len(hits)} matches", key="_search_more"):
            for hit in hits[TOP:]:
                lesson_card(hit.lesson, excerpt(hit.line, words) if hit.line else None)


# The whole card opens its lesson: the page link's target is stretched over its card.
st.html(
    """
<style>
[class*="st-key-_card_"] { position: relative; }
[class*="st-key-_card_"]:hover { border-color: var(--st-primary-color, #6C4CE0); }
[class*="st-key-_card_"] [data-testid="stPageLink"] a::after {
    content: ""; position: absolute; inset: 0;
}
</style>
"""
)
lesson_index()
st.caption(f"{len(LESSONS)} lessons · Streamlit {st.__version__}")
