import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "reload",
    "Session state lives in the server's memory, attached to one browser connection (a "
    "WebSocket). A reload, a URL typed into the address bar, a bookmark or a new tab opens a "
    "**new** connection, and the server gives it a **new session** with an empty "
    "`st.session_state`.",
    "## The smallest version",
    "Add a few clicks and pick **large**, then reload the browser tab: the clicks start "
    "over, the size comes back from the URL.",
)
show_snippet(lesson, "reload_small.py")
prose(
    "## The complete pattern: see it happen",
    "Click **Count a click** a few times, type a note and pick a fruit. Then reload the browser "
    "tab: the session number goes up, clicks and note start over, and the fruit comes back "
    "from the URL.",
)
show_snippet(lesson, "reload_new_session.py")

prose("## What survives a reload")
st.table(
    [
        {"where the value lives": "st.session_state (keys and widget values)", "reload": "lost"},
        {"where the value lives": 'a widget with bind="query-params" (1.55+)', "reload": "kept"},
        {"where the value lives": "st.query_params", "reload": "kept"},
        {"where the value lives": "st.cache_data / st.cache_resource (global)", "reload": "kept"},
        {"where the value lives": 'a cache with scope="session"', "reload": "lost"},
        {"where the value lives": "a file or a database", "reload": "kept"},
    ]
)
st.markdown(
    "The URL is the only thing the browser brings to a new session. Put the few values a user "
    "expects to find again (filters, the selected tab) in the URL, as the sticky "
    "filters lesson does. Global caches survive because they belong to the server process, not "
    'to a session, and every user shares them; a `scope="session"` cache belongs to the '
    "session and goes with it."
)
lesson_link("filters")

how_it_works(
    """
1. The page opens a WebSocket to the server; the server creates a session for it and runs
   your script with an empty `st.session_state`.
2. Every click and every page switch inside the app (sidebar, `st.switch_page`) travels over
   that same connection, so the session and its state stay.
3. A reload throws the page away. The new page opens a new connection and gets a new session:
   the guard `if "reload_session_number" not in st.session_state` is true again.
4. `bind="query-params"` writes the widget's value into the URL, and a new session reads it
   from there before the widget is drawn.

`st.context` has no session id in 1.67 (it offers headers, cookies, url, locale, timezone,
theme...), so the demo numbers sessions itself with a counter in `st.cache_resource`.
"""
)

pitfalls(
    [
        "Restarting or redeploying the server ends every session and empties every cache; "
        "only the URL and what you saved to disk or a database is left.",
        "A short network drop is not a reload: the browser reconnects to its old session if it "
        "comes back within `server.disconnectedSessionTTL` seconds (120 by default).",
        "A bound query parameter with a value the widget does not offer (a tampered URL) is "
        "ignored: the widget shows its default and the app keeps running.",
        "Do not put secrets or large data in the URL: it is visible, shareable and limited "
        "in length.",
    ]
)
