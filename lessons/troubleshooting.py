import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_before_after,
    show_snippet,
)

lesson = lesson_header("troubleshooting")

show_before_after(
    lesson,
    "troubleshooting_stale_read.py",
    "troubleshooting_stale_read_fixed.py",
    title="Why does my state not update immediately?",
    intro=(
        "Click **Like (inline)** once: the count still says 0, although the state already holds 1 "
        "(see the inspector): the script reads it *above* the button, whose `if` block changes "
        "it further down. The app looks one click behind. A callback runs before the script, "
        "so every line sees the new value."
    ),
)

prose(
    "## Why does my text input keep resetting?",
    "Type a nickname and press Enter: it is gone. The key is built from a new random id on "
    "every run, so each run creates a brand-new, empty widget (and drops the old one).",
)
show_snippet(lesson, "troubleshooting_changing_key.py")
st.markdown(
    "Now change the city: it jumps back to Berlin. The assignment at the top runs on every "
    "rerun and overwrites what you typed before the widget is drawn. (The same assignment "
    "*after* the widget raises an error instead; see below.)"
)
show_snippet(lesson, "troubleshooting_reset_every_run.py")
st.markdown("**Fixed:** the same key on every run, and a default that is set only once.")
show_snippet(lesson, "troubleshooting_stable_input.py")
lesson_link("errors", "Common errors: modifying a widget's key after it is created")

prose(
    "## Can I persist session state across pages?",
    "Yes: every page shares one `st.session_state`, and plain keys survive a page switch. A "
    "**widget's** key is dropped when a page stops drawing that widget. The fixes:",
)
lesson_link("multipage")

prose(
    "## Frequently asked questions",
    "### What is st.session_state in simple terms?",
    "A dictionary-like object, one per browser tab, that the script finds again on every rerun.",
)
lesson_link("quick-start")

prose(
    "### How do I initialize st.session_state?",
    'Give each key a value before you read it: `if "key" not in st.session_state: ...` or '
    '`st.session_state.setdefault("key", value)`. Both leave an existing value alone.',
)
lesson_link("initialize")

prose(
    "### Does st.session_state survive reruns?",
    "Yes, that is its purpose. It does **not** survive a browser reload or a new tab: they "
    "start a new session.",
)
lesson_link("reload")

prose(
    "### What is the difference between session state and cache?",
    "Session state holds one user's data; a cache holds results (`st.cache_data`) or "
    "resources (`st.cache_resource`) shared by every user.",
)
lesson_link("cache-vs-state")

prose(
    "### Can I store a DataFrame in session state?",
    "Yes: it is a good home for a user's working data, such as the orders below, and it is "
    "picklable. Large data every user shares belongs in a cached function.",
)
lesson_link("too-much-data")
show_snippet(lesson, "troubleshooting_dataframe.py")

prose(
    "### Why did some of my very fast clicks not count?",
    "Clicks that arrive while a rerun is still waiting are merged into one rerun, and a "
    'button\'s "pressed" flag survives the merge once, with or without `on_click`. When '
    "every press must count, keep the number in a widget's value "
    "(`st.number_input(..., step=1)`): a merge keeps the newest value.",
)
lesson_link("quick-start", label="Try it on the counter")

how_it_works(
    """
Every symptom on this page comes from the **order** of one run:

1. callbacks of the interaction run first;
2. the script runs from top to bottom; a line sees only what happened above it;
3. a widget takes its value from its key, if the key was set before it was drawn;
4. at the end of the run, the keys of widgets that were not drawn are dropped.

Write state in callbacks, initialize with a guard, and keep keys the same on every run.
"""
)

pitfalls(
    [
        "`st.rerun()` after an inline update hides the stale read but runs the script twice "
        "for each click; a callback runs it once.",
        'Keys built from data (`key=f"input_{len(rows)}"`) change when the data changes, and '
        "the widget resets with them; build keys from stable ids.",
        "Initializing with `st.session_state.x = default` at the top, without a guard, resets "
        "`x` on every rerun, widget or not.",
    ]
)
