"""Landing page: the rerun cycle in one picture, then every lesson as a searchable card."""

import streamlit as st

from app.catalog import LESSONS, SECTIONS, lesson_by_slug
from app.catalog.search import search_lessons
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
st.mermaid_chart(
    RERUN_CYCLE,
    alt="Interaction, then callbacks, then the script reruns top to bottom while "
    "st.session_state carries values into the next run.",
)


@st.fragment
def lesson_index() -> None:
    """Search box and cards; a fragment, so typing reruns only this part of the page."""
    query = st.text_input(
        "Search patterns",
        key="_search_patterns",
        type="search",
        live=True,
        placeholder="counter, wizard, on_click, setdefault, cache…",
    )
    matches = search_lessons(query)
    if not matches:
        st.info("No lesson matches that search. Try a shorter word, like “form” or “key”.")
    for section in SECTIONS:
        section_matches = [lesson for lesson in matches if lesson.section == section]
        if not section_matches:
            continue
        st.subheader(section, anchor=False)
        for lesson in section_matches:
            with st.container(border=True, key=f"_card_{lesson.slug}"):
                st.page_link(page_for(lesson.slug), label=lesson.title, icon=lesson.icon)
                st.caption(lesson.summary)
                progress_badge(lesson.slug)


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
