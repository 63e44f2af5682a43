"""'Reset this lesson' as a first visit: the lesson's keys, its session caches, and what only
the browser holds (the tab a learner had open, the files in an uploader).

Deleting a widget's key resets the widget on the server; the browser keeps two things of its
own. A tab bar remembers its open tab while it stays mounted, so the router draws each page
in a box whose key carries a round the reset advances: a new key is a new box, drawn afresh
with every tab bar on its first tab. An uploader keeps its files for as long as its key is
drawn, so a lesson's uploader keys carry a value of the lesson's own (its catalog row's
`renewed_keys`): a round the reset advances instead of deleting, or a random id it deletes.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from app.catalog import Lesson
from app.frame.state import delete_keys, release_session_resources
from app.frame.timeline import TIMELINE_KEYS

# How many resets this session has seen; part of the page box's key.
PAGE_ROUND_KEY = "_page_round"


def page_box() -> DeltaGenerator:
    """The box the router draws a page in (class st-key-_page_<round>): a reset gives it a new
    key, so the browser draws the page anew instead of keeping its open tabs."""
    return st.container(key=f"_page_{st.session_state.get(PAGE_ROUND_KEY, 0)}")


def first_visit(lesson: Lesson) -> None:
    """Callback for "Reset this lesson": delete the lesson's keys (and the frame's record of its
    runs), advance its int renewed keys, release this session's resources its snippets cache (a
    background job) and renew the page box, before the rerun, so the page renders as on a
    first visit."""
    advanced = {
        key: st.session_state[key] + 1
        for key in lesson.renewed_keys
        if isinstance(st.session_state.get(key), int)
    }
    delete_keys((*lesson.reset_keys, *TIMELINE_KEYS))
    # Set again after the deletion, one past the value the browser's widget was drawn with.
    for key, value in advanced.items():
        st.session_state[key] = value
    release_session_resources(snippet.path for snippet in lesson.snippets)
    st.session_state[PAGE_ROUND_KEY] = st.session_state.get(PAGE_ROUND_KEY, 0) + 1
