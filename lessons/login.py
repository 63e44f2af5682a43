import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)


def login_configured() -> bool:
    """Whether this server has an `[auth]` section; only its presence is read, never a value."""
    try:
        return "auth" in st.secrets
    except FileNotFoundError:
        return False


lesson = lesson_header(
    "login",
    "`st.login()` sends the browser to an OpenID Connect provider and back: a **new page "
    "load, so a new session**, and everything in `st.session_state` is gone. `st.logout()` "
    "does the same. `st.user` is read from an identity cookie when a session starts.",
    "**Try it:** type a note, count a click, then *Log in* and type any name on the "
    "provider's form. You come back on the app's **home page** (Streamlit always returns to "
    "the root URL, without the query string): open this lesson again and the note and the "
    "count are empty."
    if login_configured()
    else "**Login is not set up on this server**, so *Log in* only says so. To try it, run "
    '`python -m pip install -e ".[auth]" && python -m ops.login_provider`: it starts a '
    "local OpenID provider and the app, and prints the address. What the browser tests saw "
    "is under *What a browser showed*.",
)
show_snippet(lesson, "login_basics.py")

prose(
    "## Keep what matters beyond the session",
    "The redirect ends the session, so keep a draft somewhere the next session finds it. "
    "The URL is one place, but only a tab that does not take part in the login keeps its "
    "URL: log in in a new tab, then reload this one. Data a user must find again belongs "
    "in a database, keyed by `st.user.sub`: the provider's stable, unique id (names and "
    "emails change and are not unique). A logout is written there too, so this user's "
    "**other tabs** notice it on their next rerun.",
)
carry, per_user, caches, seen = st.tabs(
    ["Keep a draft", "Notes per user", "Caches and the user", "What a browser showed"]
)
with carry:
    show_snippet(lesson, "login_carry.py", expanded=False)
    st.markdown(
        "Until it reloads, this tab still shows *Log in in a new tab*: `st.user` is read "
        "from the identity cookie only when a session starts."
    )
with per_user:
    show_snippet(lesson, "login_per_user.py", expanded=False)
    st.markdown(
        "`st.logout()` ends the session that calls it. Another tab of the same browser keeps "
        "its session, and `st.user` there still shows the old user until that tab reloads: "
        "it never reads the cookie again. Here each rerun reads one row to find out; that is "
        "one query per rerun of every logged-in session. To notice without a click, run the "
        "check in a fragment with `run_every`: then every open tab runs that query once per "
        "tick, whether anyone looks or not."
    )
with caches:
    show_snippet(lesson, "login_cache.py", expanded=False)
    st.markdown(
        "`st.cache_data` is shared by every session of the server process. Its key is the "
        "function's code and arguments: a function that reads `st.user` inside returns "
        "whatever the first caller got. Pass `st.user.sub` in."
    )
with seen:
    st.markdown(
        "Chromium against `python -m ops.login_provider`'s setup (tests/e2e/test_login.py):"
    )
    st.table(
        [
            {"step": step, "seen": seen}
            for step, seen in (
                ("type a note, count a click, log in", "root URL; note and count empty"),
                ("draft in the URL, log in in a new tab", "tab reloaded: logged in, draft kept"),
                ("two users log in, two browsers at once", "each sees only their own notes"),
                ("the same user opens a second tab", "their notes there too"),
                ("log out", "identity cookie gone; a new, empty session"),
                ("the user's other tab, on a rerun", "still logged in; the notes demo warns"),
                ("that tab reloaded", "logged out"),
                ("a 2nd user, cache without the user", "the 1st user's orders, not theirs"),
                ("identity cookie `_streamlit_user`", "HttpOnly: no script reads it"),
            )
        ]
    )

how_it_works(
    """
1. *Log in* sends the browser to `/auth/login`, then to the provider. The provider sends it
   back to `/oauth2callback`; Streamlit sets the signed, `HttpOnly` cookie `_streamlit_user`
   and redirects to the app's root. The page loads anew: a new session reads the cookie into
   `st.user`.
2. *Log out* deletes the cookie, empties `st.user` in this session and redirects (through the
   provider's logout page when it has one): again a new session.
3. Other sessions of the browser are not told. Each keeps the `st.user` it read when it
   started, until it reloads.
"""
)
pitfalls(
    [
        "Keeping what the user typed in session state across a login: the redirect ends the "
        "session. Save it first, somewhere the new session can find it.",
        "Keying per-user data by `st.user.name` or `email`, e.g. in a module-level dict: two "
        "people share a name, and a global dict is shared by every session of the process.",
        "`st.cache_data` that reads `st.user` inside: the first user's data for everyone.",
        "Checking `st.user` once, at the top of one page of a multipage app: check it on every "
        "page (or in the entry file that `st.navigation` runs on every rerun).",
        "Printing `st.secrets` or `st.user.tokens`: the `[auth]` secrets and tokens are keys "
        "to your users' accounts.",
    ]
)
lesson_link("durable-state")
lesson_link("reload")
