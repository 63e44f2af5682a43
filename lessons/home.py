"""Landing page: the rerun cycle in one picture, then every lesson as a searchable card."""

import streamlit as st

from app.catalog import LESSONS, SECTIONS
from app.catalog.search import search_lessons
from app.frame.router import page_for
from app.predict.ui import progress_badge

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
