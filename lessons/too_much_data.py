import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "too-much-data",
    "Session state lives in the server's memory, and **every session has its own copy**. "
    "A 10 MB table kept in state costs 10 MB per open tab: 100 users, 1 GB. Nothing is "
    "freed until the session ends or you delete the key.",
    "## The smallest version",
    "Add numbers and watch what the list costs this session; delete them and the bytes go away.",
)
show_snippet(lesson, "too_much_data_small.py")
prose(
    "## The complete pattern: grow a table in session state",
    "Add rows and watch the meter below; delete the table and the bytes go away.",
)
show_snippet(lesson, "too_much_data_grow.py")

prose(
    "## A size meter for this session",
    "The size of each key as `len(pickle.dumps(value))`, the bytes it would take to "
    "serialize it. Keys starting with `_` belong to this app's lesson frame.",
)
# The meter is shown here but runs last, below: named here, it is listed in the order shown.
METER = "too_much_data_meter.py"
meter_box = st.container()

prose(
    "## Share big data with `st.cache_data` instead",
    "The orders table is loaded once per server by `st.cache_data` and shared by every "
    "session. The session only keeps the region the user picked: look for `size_region` in "
    "the meter.",
)
show_snippet(lesson, "too_much_data_cache.py")

# The meter runs last, so it measures what every demo above has stored in this run.
with meter_box:
    show_snippet(lesson, METER)

how_it_works(
    """
- **Keep per-user working data** in session state: choices, ids, a draft, the current step,
  a small result. Store the filter, not the filtered table; recompute views from it.
- **Move shared data to `st.cache_data`** (or `st.cache_resource` for a model or a
  connection): one copy in the server instead of one per session. `st.cache_data` hands each
  call a fresh copy, which is dropped when the run ends; it is not kept per session.
- **Delete what you no longer need** with `del st.session_state["size_table"]` (or
  `st.session_state.pop(key, None)`): the key goes away and Python can free the memory.
"""
)

pitfalls(
    [
        "Uploaded files, DataFrames and model outputs are the usual culprits; store a path, "
        "an id or a summary instead when you can.",
        "A list that you append to on every rerun (a chat log, an event history) grows without "
        "limit; cap it, for example `del history[:-100]`.",
        "Session state is not saved anywhere: a large value is not safer there than in a "
        "cache, only more expensive.",
    ]
)
