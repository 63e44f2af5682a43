"""A broken snippet and its fix, one after the other, for the pitfalls lessons."""

from __future__ import annotations

import streamlit as st

from components.catalog import Lesson
from components.lesson import show_snippet


def show_before_after(
    lesson: Lesson, broken: str, fixed: str, *, title: str, intro: str
) -> BaseException | None:
    """A section: heading, what goes wrong, then the broken snippet and the fixed one live.

    The broken one may raise (the frame shows only the class its catalog row declares) or only
    behave wrongly; either way the learner sees the failure live before the fix. Returns what
    the broken snippet raised, if anything.
    """
    st.header(title, anchor=False)
    st.markdown(intro)
    st.markdown("**Broken**")
    raised = show_snippet(lesson, broken)
    st.markdown("**Fixed**")
    show_snippet(lesson, fixed)
    return raised
