import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "cache-vs-state",
    "They solve different problems. Session state is **memory per user session**; a cache is "
    "**memory per server process**, keyed by the function and its arguments.",
    "## One counter per session, one for everybody",
    "Click a few times, then open this page in a second browser tab (a new session): its own "
    "counter starts at 0, while the shared counter shows every click from every tab.",
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
    """
## Which one to use

| Need | Use |
|---|---|
| Keep a user's current filters | `st.session_state` |
| Remember which step a user is on | `st.session_state` |
| Avoid rerunning a slow query | `st.cache_data` |
| Reuse a model across users | `st.cache_resource` |

If the value is user-specific, use session state. If the goal is performance, or one object
for everybody, use caching.
""",
    "## A slow query, cached with st.cache_data",
    "The query sleeps for one second. Run it: the first call for a region runs the function "
    "body and takes about a second; run it again and the result comes from the cache in a few "
    "milliseconds, for you and for every other session. A new region is a new argument, so it "
    "runs the body once more. Clear the cache to start over.",
)
show_snippet(lesson, "cache_vs_state_slow_query.py")

prose(
    "## cache_data hands out copies, cache_resource one object",
    "Both functions return the same list. Click **Append LATAM**: the `cache_data` result "
    "is unchanged, because every call gets a fresh copy unpickled from the cache; the "
    "`cache_resource` list grows, for every session, because every call gets the same object. "
    "It stops at 10 items; **Reset the shared list** empties it for everyone.",
)
show_snippet(lesson, "cache_vs_state_copies.py")

prose(
    '## Session-scoped caches: scope="session"',
    'Both decorators take `scope="session"` (Streamlit 1.53 and newer): each session gets its '
    "own cache entries, removed when the session's connection drops (`on_release` runs then, "
    "so a resource can be closed). Use it for per-user objects that cannot be pickled, such as "
    "a connection: this app keeps session state serializable, so it could not store one there. "
    "Add a note, then open a second tab: its database is empty. Each database holds 20 notes.",
)
show_snippet(lesson, "cache_vs_state_scope.py")

how_it_works(
    """
- **`st.session_state`** is a dictionary per browser session. Nothing is shared, nothing is
  computed for you; it is gone when the session ends.
- **`st.cache_data`** stores the *pickled* return value per function and arguments, for the
  whole server process. A call with the same arguments skips the body and unpickles a copy.
- **`st.cache_resource`** stores the return value itself. Every call, from every session,
  gets the same object: ideal for models and clients, and anything you mutate must be
  thread-safe (the shared counter takes a lock).
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
        "Mutating a `st.cache_data` result changes only your copy; mutating a "
        "`st.cache_resource` object changes it for everyone.",
        "A cache lives in the server process: it survives reloads and new sessions, but not a "
        "server restart, and each server replica has its own.",
        'A `scope="session"` cache is dropped when the WebSocket disconnects, so a flaky '
        "connection can fill it more than once in one visit.",
    ]
)
