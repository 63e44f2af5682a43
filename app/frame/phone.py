"""The app on a narrow screen (a phone): the state beside each demo, code that wraps, tables
in a narrow form.

On a wide screen the sidebar's state inspector sits beside the demo; on a phone the sidebar
is a drawer over the page, closed while the learner uses a demo. So each demo box carries a
"State" popover showing the inspector's own listing, and CSS (the app's own, no user text)
shows it only below NARROW_PX, where the sidebar no longer sits beside the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from app.catalog import Lesson, Snippet
from app.frame.inspector import SEEN_KEY, format_views, lesson_state

# Streamlit lays the sidebar over the page below this width (its "md" breakpoint).
NARROW_PX = 768
EMPTY_STATE = "None of this lesson's keys are in `st.session_state` yet."


def phone_styles() -> None:
    """The app's narrow-screen rules; a style-only element takes no room on the page. A literal,
    so no value ever reaches HTML (768 px is NARROW_PX; tests/test_phone.py checks they agree)."""
    st.html(
        """<style>
@media (min-width: 768px) {
    [class*="st-key-_state_"], [class*="st-key-_narrow_"] { display: none; }
}
@media (max-width: 767.98px) {
    [class*="st-key-_wide_"] { display: none; }
    /* The highlighter sets white-space on the code element itself. */
    [data-testid="stMain"] [data-testid="stCode"] pre,
    [data-testid="stMain"] [data-testid="stCode"] code {
        white-space: pre-wrap !important; overflow-wrap: anywhere;
    }
}
</style>"""
    )


def state_key(snippet: Snippet) -> str:
    """Key of a demo's "State" popover (also its CSS class, st-key-_state_<name>)."""
    return f"_state_{snippet.path.stem}"


def state_popover(snippet: Snippet) -> DeltaGenerator | None:
    """A "State" popover at the top of a demo box; returns a slot to fill once the demo has
    run, or None while it is closed (a closed popover costs the page's reruns nothing)."""
    popover = st.popover(
        "State",
        icon=":material/data_object:",
        key=state_key(snippet),
        on_change="rerun",
        help="This lesson's keys in st.session_state, as the sidebar's inspector lists them.",
    )
    if not popover.open:
        return None
    with popover:
        return st.empty()


def show_state(slot: DeltaGenerator, lesson: Lesson) -> None:
    """The inspector's listing of the lesson's keys, in `slot`. The inspector marks what changed
    since its last listing, which it records: that record is put back, so the sidebar, drawn
    after the page, marks the same changes."""
    seen = st.session_state.get(SEEN_KEY)
    views = lesson_state(lesson)
    if seen is None:
        del st.session_state[SEEN_KEY]
    else:
        st.session_state[SEEN_KEY] = seen
    if views:
        slot.code(format_views(views), language=None, wrap_lines=True)
    else:
        slot.markdown(f":gray[:small[{EMPTY_STATE}]]")


def wide_table(rows: Sequence[Mapping[str, str]], *, key: str, narrow: str | None = None) -> None:
    """A table too wide for a phone: the table on a wide screen; below NARROW_PX, `narrow`
    (Markdown of the app's own), by default one line per row with each column's name."""
    with st.container(key=f"_wide_{key}"):
        st.table(rows)
    if narrow is None:
        narrow = "\n".join(
            "- " + " · ".join(f"{name}: **{value}**" for name, value in row.items() if value)
            for row in rows
        )
    with st.container(key=f"_narrow_{key}"):
        st.markdown(narrow)
