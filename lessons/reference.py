import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, pitfalls, show_snippet
from app.lesson_parts.reference import reference_tables

# Wide, for this page only (the router sets "centered" on every run): a table row then fits
# on one or two lines, and the tables fit in about two screens.
st.set_page_config(layout="wide")

lesson = lesson_header(
    "reference",
    "## Try the everyday operations",
    "`setdefault`, a keyed widget, `on_click`, `pop` and `to_dict` in one small app:",
)
show_snippet(lesson, "reference_ops.py", expanded=False)
reference_tables(lesson.slug)

how_it_works(
    "Every row's example is run by the test suite on the pinned Streamlit, from the same rows "
    "this page shows, so an example here is code that ran. Each sentence was checked against "
    "Streamlit's own source; the lesson named in the row shows it live."
)
pitfalls(
    [
        "Attribute access fails for keys that are not identifiers or that shadow a method "
        '(`st.session_state.get` is the method): use `st.session_state["get"]`.',
        "`st.session_state.clear()` deletes every key, widget values too: to reset one "
        "feature, `pop` its own keys (the demo's **Start over**).",
    ]
)
