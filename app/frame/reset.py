"""'Reset this lesson' as a first visit: the lesson's keys, its session caches, and what only
the browser holds (what a learner typed, the tab a tab bar has open, an uploader's files).

Deleting a widget's key resets the widget on the server only: Streamlit sends a value to the
browser when the script writes it, so the browser keeps showing what the learner entered and
sends it again with the next click. What the browser forgets is a widget a run did not draw
(the what-survives lesson: "not drawn one run"). So the run after a reset draws no page, only
a note, and asks at once for the next run, which draws the page as on a first visit.
"""

from __future__ import annotations

import streamlit as st

from app.catalog import Lesson
from app.frame.state import delete_keys, release_session_resources
from app.frame.timeline import TIMELINE_KEYS

# Set by the reset: the next run draws no page. Then set while that run waits for the next.
RESETTING_KEY = "_resetting"
ARMED_KEY = "_reset_armed"
RESETTING_NOTE = "Resetting the lesson…"


def first_visit(lesson: Lesson) -> None:
    """Callback for "Reset this lesson": delete the lesson's keys (and the frame's record of its
    runs) and release this session's resources its snippets cache (a background job), before
    the rerun; that run draws no page (`resetting`), so the one after it is a first visit."""
    delete_keys((*lesson.reset_keys, *TIMELINE_KEYS))
    release_session_resources(snippet.path for snippet in lesson.snippets)
    st.session_state[RESETTING_KEY] = True


def resetting() -> bool:
    """True in the run right after a reset: the router then calls `forget_the_page` instead
    of running the page."""
    return bool(st.session_state.pop(RESETTING_KEY, False))


def forget_the_page() -> None:
    """Draw a note instead of the page, so the browser forgets every widget of it."""
    st.caption(RESETTING_NOTE)
    st.session_state[ARMED_KEY] = "note"


def ask_for_the_next_run() -> None:
    """Last in the run that drew the note: run again once this run has finished. A rerun
    asked for in this run would cut it short, and the browser forgets widgets only at a run's
    end; so a fragment's timer asks, and every request the browser sends carries its widgets'
    values: the first one must leave after the browser has forgotten them. Drawn last, the
    timer starts as the run ends, and fires NEXT_RUN_AFTER seconds later. A run that drew the
    page before the timer fired (a click) ends the wait."""
    armed = st.session_state.get(ARMED_KEY)
    if armed == "note":
        _next_run()
    elif armed is not None:
        del st.session_state[ARMED_KEY]


# Seconds between the note's fragment being drawn and the request for the next run. The
# browser must have read the run's end by then; a busy machine can delay that message, so
# this leaves a wide margin (a margin, not a signal: see the race noted in docs/FLAKES.md).
NEXT_RUN_AFTER = 0.5


@st.fragment(run_every=NEXT_RUN_AFTER)
def _next_run() -> None:
    # Called once inline by the note's run (which arms it), then by its timer, which asks.
    if st.session_state.get(ARMED_KEY) == "waiting":
        del st.session_state[ARMED_KEY]
        st.rerun(scope="app")
    st.session_state[ARMED_KEY] = "waiting"
