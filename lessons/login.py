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
    "**Try it:** type a note, count a click, then *Log in* and pick **alice** or **bob** on "
    "the provider's form (they come with a name and an email; a name you type gives only "
    "`sub` and `email`). You come back on the app's **home page** (Streamlit always returns to "
    "the root URL, without the query string): open this lesson again and the note and the "
    "count are empty."
    if login_configured()
    else "**Login is not set up on this server**, so *Log in* only says so. To try it, run:",
    ""
    if login_configured()
    else '```bash\npython -m pip install -e ".[auth]" && python -m ops.login_provider\n```',
    ""
    if login_configured()
    else "It starts a local OpenID provider and the app, and prints the address. What the "
    "browser tests saw is under *What a browser showed*.",
)
show_snippet(lesson, "login_basics.py")

prose(
    "## Keep what matters beyond the session",
    "The redirect ends the session, so keep a draft somewhere the next session finds it. "
    "The URL is one place, but only a tab that does not take part in the login keeps its "
    "URL: log in in a new tab, then reload this one. Data a user must find again belongs "
    "in a database, keyed by `st.user.sub`: the provider's stable, unique id (names and "
    "emails change and are not unique). A logout is written there too, so this user's "
    "**other tabs** can notice it.",
)
carry, stored, per_user, watch, seen = st.tabs(
    [
        "Keep a draft",
        "Draft in a database",
        "Notes per user",
        "Notice a logout",
        "What a browser showed",
    ]
)
with carry:
    show_snippet(lesson, "login_carry.py", expanded=False)
    st.markdown(
        "Until it reloads, this tab still shows *Log in in a new tab*: `st.user` is read "
        "from the identity cookie only when a session starts."
    )
with stored:
    show_snippet(lesson, "login_draft_store.py", expanded=False)
    st.markdown(
        "The same new-tab trick, but the URL carries only a random token; the draft waits "
        "in the durable-state lesson's store (SQLite unless `[connections.durable]` is set), "
        "so it can be long or private. A draft is kept for a day."
    )
with per_user:
    show_snippet(lesson, "login_per_user.py", expanded=False)
    st.markdown(
        "`st.logout()` ends the session that calls it. Another tab of the same browser keeps "
        "its session, and `st.user` there still shows the old user until that tab reloads: "
        "it never reads the cookie again. Here each rerun reads one row to find out: one "
        "query per rerun of every logged-in session, and nothing until the user clicks."
    )
with watch:
    show_snippet(lesson, "login_watch_logout.py", expanded=False)
    st.markdown(
        "To notice without a click, the check runs in `@st.fragment(run_every=5)`. The cost: "
        "every tab with the watch on reruns the fragment and sends one query every 5 seconds, "
        "looked at or not, for as long as it is open; ten open tabs, ten queries every 5 "
        "seconds. A shorter interval notices sooner and costs more. Once the logout is seen, "
        "a full rerun stops the timer."
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
                ("draft in the store, log in in a new tab", "tab reloaded: logged in, draft back"),
                ("two users log in, two browsers at once", "each sees only their own notes"),
                ("the same user opens a second tab", "their notes there too"),
                ("log out", "identity cookie gone; a new, empty session"),
                ("the user's other tab, on a rerun", "still logged in; the notes demo warns"),
                ("that tab, watch on, no click", "warns by its next 5 s tick; no reload"),
                ("that tab reloaded", "logged out"),
                ("a 2nd user, cache without the user", "the 1st user's orders, not theirs"),
                ("identity cookie `_streamlit_user`", "HttpOnly: no script reads it"),
            )
        ]
    )

prose(
    "## Pitfalls, live",
    "Each demo below shows a mistake that only bites with a second user, a renamed user or "
    "a link straight to a page. Log in first to see the first and last.",
)
by_name, one_page, caches = st.tabs(["Keyed by name", "One page checks", "Caches and the user"])
with by_name:
    show_snippet(lesson, "login_by_name.py", expanded=False)
    st.markdown(
        "A dict at module level of an imported module, like a `st.cache_resource` one, is "
        "shared by every session of the server process. Keyed by name, two people called "
        "*Sam Lee* read each other's notes, and a renamed user finds theirs gone. Key by "
        "`st.user.sub`."
    )
with one_page:
    broken, fixed = st.tabs(["Only the home page checks", "Every run checks"])
    with broken:
        show_snippet(lesson, "login_check_one_page.py", expanded=False)
    with fixed:
        show_snippet(lesson, "login_check_every_run.py", expanded=False)
    st.markdown(
        "Logged out, pick *Members*, or open a link that ends in `?login_page=Members`: the "
        "first demo shows the price list. Check `st.user` in the entry file, before "
        "`st.navigation(...).run()`, or at the top of every page. That does not notice a "
        "logout in another tab: `st.user` there is as old as the session (see *Notice a "
        "logout*)."
    )
with caches:
    show_snippet(lesson, "login_cache.py", expanded=False)
    st.markdown(
        "`st.cache_data` is shared by every session of the server process. Its key is the "
        "function's code and arguments: a function that reads `st.user` inside returns "
        "whatever the first caller got. Pass `st.user.sub` in."
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
        "people share a name, and a global dict is shared by every session of the process "
        "(*Keyed by name*).",
        "`st.cache_data` that reads `st.user` inside: the first user's data for everyone.",
        "Checking `st.user` on one page of a multipage app only: a link opens any page. Check "
        "it on every run, in the entry file before `st.navigation(...).run()` or on every "
        "page (*One page checks*).",
        "Printing `st.secrets` or `st.user.tokens`: the `[auth]` secrets and tokens are keys "
        "to your users' accounts.",
    ]
)
lesson_link("durable-state")
lesson_link("reload")
