import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
    show_source,
)

lesson = lesson_header("multipage")
OTHER_PAGE = lesson.extra_pages[0]


# A real page switch, the same `st.switch_page` your app would call. It runs before the demos,
# so the switching run never executes them (see the old trick below for why that matters).
with st.sidebar:
    if st.button("Go to the other page", icon=":material/arrow_forward:", type="primary"):
        st.switch_page(OTHER_PAGE)

prose(
    "**Can I keep session state across pages?** Yes for keys your code sets. Not by default "
    "for widgets: a keyed widget's value is deleted as soon as a page runs without drawing it. "
    "Try each demo, press **Go to the other page** in the sidebar, then come back.",
    "## What survives a page switch",
    "Click **Add one** twice and type a nickname, then switch pages and come back: the count "
    "is still there, the nickname is empty again.",
)
show_snippet(lesson, "multipage_lost.py")

prose(
    '## Fix 1: `persist_state="session"` (Streamlit 1.59+)',
    "One argument tells Streamlit to keep the widget's value for the whole session, also "
    "while another page is shown. It needs a `key`. On 1.67, `text_input`, `text_area`, "
    "`number_input`, `slider`, `select_slider`, `selectbox`, `multiselect`, `radio`, "
    "`checkbox`, `toggle`, `pills`, `segmented_control`, `color_picker`, `date_input`, "
    "`time_input`, `datetime_input`, `pagination` and (since 1.67) `feedback` accept it; "
    "`button`, `download_button`, `file_uploader`, `data_editor` and `chat_input` do not.",
)
show_snippet(lesson, "multipage_persist_state.py")

prose(
    "## Fix 2: copy the value to a key no widget owns",
    "No new API needed: `mp_city` is a plain key, so nothing deletes it. The widget "
    "gets its own key, is filled from `mp_city` before it is drawn, and copies each change "
    "back in `on_change`.",
)
show_snippet(lesson, "multipage_copy_key.py")

prose(
    "## Fix 3: create the widget in the router file",
    "The entrypoint file (`streamlit run app.py`) runs on every page, so a widget created "
    "there, before `page.run()`, is drawn in every run and never cleaned up. Element ids "
    "include the page, so the *same* `st.text_input` call on two page files makes two "
    "different widgets; only the router's call is one widget for all pages. Run inside this "
    "page, the snippet's `st.navigation` would take over this app's own navigation, so it "
    "does not run here: download it below, run `streamlit run multipage_router.py` and "
    "switch pages in its sidebar.",
)
show_source(lesson, "multipage_router.py")

prose(
    "## The old trick: `st.session_state.k = st.session_state.k`",
    "Re-assigning a widget's key to itself turns its value into a plain key for one more run. "
    "On 1.67 that still works **only if the line runs on every page** (or in the router). "
    "Below it runs on this page only, which is how it is usually copied: type a nickname, go "
    "to the other page and back, and it is gone. Prefer `persist_state`.",
)
show_snippet(lesson, "multipage_old_trick.py")

how_it_works(
    """
At the end of every run, Streamlit deletes the state of each keyed widget that the run did
not draw, so a form you leave does not keep stale values. A page switch is just a run of a
different page file, so every widget of the page you left is deleted, together with its key in
`st.session_state`. Keys you set yourself (`st.session_state.x = ...`) are never cleaned up;
they live until the session ends or you delete them.

`persist_state="session"` exempts one widget from that cleanup. The copy pattern stores the
value under a plain key. The router pattern draws the widget in every run, so it is never
missing.
"""
)

pitfalls(
    [
        "The same widget call on two pages is two widgets: the element id includes the page, "
        "so its value does not follow you to the other page.",
        "`persist_state` needs a `key`; without one Streamlit raises an error. "
        '`persist_state="page"` keeps the value only while you stay on the page (for a widget '
        "hidden by an `if`) and drops it on a page switch.",
        "After `st.switch_page`, the first run of the new page sees a router widget at its "
        'default value (1.67); give that widget `persist_state="session"` too, or navigate '
        "with the sidebar or `st.page_link`.",
        "A reload or a typed URL is not a page switch: it starts a new session and every key "
        "is gone: see the reload lesson below.",
    ]
)
lesson_link("reload")
