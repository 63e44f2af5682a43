import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "cache-vs-state",
    "They solve different problems. Session state is **memory per user session**; a cache is "
    "**memory per server process**, keyed by the function and its arguments.",
    "## One counter per session, one for everybody",
    "Click, then open this page in a second tab (a new session): its own counter starts at 0, "
    "the shared one counts every click from every tab.",
)
smallest, complete = st.tabs(["The smallest version", "The complete pattern"])
with smallest:
    show_snippet(lesson, "cache_vs_state_small.py")
with complete:
    st.markdown(
        "The same two counters with a lock inside a class, and a button that clears the "
        "shared one: clearing the cache leaves every session's own counter alone."
    )
    show_snippet(lesson, "cache_vs_state_counters.py")

prose(
    "## A slow query, cached with st.cache_data",
    "The query sleeps for one second. Run it twice: the second call for a region comes from "
    "the cache in milliseconds, for every session. A new region is a new argument, so the "
    "body runs once more.",
)
show_snippet(lesson, "cache_vs_state_slow_query.py")

prose(
    "## cache_data hands out copies, cache_resource one object",
    "Both functions return the same list. **Append LATAM** to each: `cache_data` gives every "
    "call a fresh copy unpickled from the cache, so its result never changes; `cache_resource` "
    "gives every call the same object, so its list grows for every session (up to 10 items).",
)
show_snippet(lesson, "cache_vs_state_copies.py")

prose(
    '## Session-scoped caches: scope="session"',
    'Both decorators take `scope="session"` (Streamlit 1.53 and newer): each session gets its '
    "own entries, removed when its connection drops (`on_release` runs then, to close a "
    "resource). Use it for per-user objects that cannot be pickled, such as a connection. Add "
    "a note, then open a second tab: its database is empty.",
)
show_snippet(lesson, "cache_vs_state_scope.py")

how_it_works(
    """
| Need | Use |
|---|---|
| Keep a user's current filters | `st.session_state` |
| Remember which step a user is on | `st.session_state` |
| Avoid rerunning a slow query | `st.cache_data` |
| Reuse a model across users | `st.cache_resource` |

- **`st.session_state`** is a dictionary per browser session, gone when the session ends.
- **`st.cache_data`** stores the *pickled* return value per function and arguments, for the
  whole server process: a repeated call skips the body and unpickles a copy.
- **`st.cache_resource`** stores the return value itself: every call, from every session, gets
  the same object, so what you mutate must be thread-safe (the shared counter takes a lock).
- `my_function.clear()` empties one function's cache; `st.cache_data.clear()` and
  `st.cache_resource.clear()` empty all of them.
"""
)

pitfalls(
    [
        "Do not put a user's data in `st.cache_resource` or a module-level variable: every "
        "user sees it and changes it.",
        "A cached function must not read `st.session_state`: the cache key is only its "
        "arguments, so the first session's value is returned to everyone. Pass it in.",
        "A cache lives in the server process: it survives reloads and new sessions, but not a "
        "server restart, and each server replica has its own.",
    ]
)
