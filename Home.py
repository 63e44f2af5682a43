"""Router: page config, navigation from the catalog (at the top), the sidebar inspector, the page.

Navigation sits at the top so the sidebar can hold the state inspector, which then stays in
sight beside the demo while the learner scrolls a lesson.
"""

import streamlit as st

from app.catalog import LESSONS
from app.frame.gc_tuning import freeze_startup_objects
from app.frame.inspector import inspector_for_demos, state_inspector
from app.frame.lesson import path_links
from app.frame.phone import phone_styles
from app.frame.reset import ask_for_the_next_run, forget_the_page, resetting
from app.frame.router import navigation_pages
from app.predict.ui import keep_progress_in_url, nav_titles, predict_block

freeze_startup_objects()  # once per process: cheap collections after every run

st.set_page_config(
    page_title="Session State Patterns",
    page_icon="🧠",  # an emoji is drawn in the browser: no icon fetched from outside
    layout="centered",
    # Beside the page on a wide screen; on a phone a drawer over it, so closed at first.
    initial_sidebar_state="auto",
)

sections, owner_by_url = navigation_pages(nav_titles())
current = st.navigation(sections, position="top")
keep_progress_in_url()
phone_styles()


def run_the_page() -> None:
    """The page, or in its place a note on the run that follows a reset."""
    if resetting():
        forget_the_page()
    else:
        current.run()


if current.url_path in owner_by_url:
    lesson = owner_by_url[current.url_path]
    # The inspector's place comes first, so each demo can redraw it when it reruns alone.
    with inspector_for_demos() as readout:
        run_the_page()
        if current.url_path == lesson.slug:  # the lesson's own page, not a companion page
            predict_block(lesson)
            path_links(lesson)
        state_inspector(lesson, readout)
else:
    run_the_page()
if current.url_path == "":
    with st.sidebar:
        st.subheader("State inspector", anchor=False)
        st.caption(
            f"Open any of the {len(LESSONS)} lessons: this panel then shows the keys it keeps "
            "in `st.session_state`, live, while you use its demos."
        )
ask_for_the_next_run()  # after a reset's note: last, see app/frame/reset.py
