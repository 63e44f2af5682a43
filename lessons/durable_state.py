import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)
from app.lesson_parts.two_servers import table_rows

lesson = lesson_header(
    "durable-state",
    "Session state ends with the session: a reload, a new tab, a server restart or another "
    "server starts empty. To keep a user's data beyond that, save it in a database and give "
    "the user a **token** that finds it again. Here the token travels in the URL.",
    "**Try it:** add an item and reload the browser tab: the list is read back from the "
    "SQLite row its token finds, once per session.",
)
smallest, complete = st.tabs(["The smallest version", "The complete pattern"])
with smallest:
    show_snippet(lesson, "durable_state_small.py")
with complete:
    st.markdown(
        "The same idea with what a real store needs: a size cap, expiry, a database that may "
        "be down, a token a user can rotate or forget, and a `version` column against lost "
        "updates. **Try it:** add two items, then reload the browser tab. The list comes back "
        "from the database; *Added in this session* starts again at 0, because it lives in "
        "session state."
    )
    show_snippet(lesson, "durable_state_store.py")


prose("## What a real store must handle")
security, two_tabs, servers, production = st.tabs(
    ["The token is a key", "Two tabs at once", "More than one server", "Production database"]
)

with two_tabs:
    prose(
        "Each tab loads its own copy of the row into its session state. If both save, "
        "the one that saves last overwrites the other's change: a **lost update**. The fix is "
        "a `version` column: a save says which version it started from "
        "(`... WHERE token = :token AND version = :version`), and when another tab saved "
        "first the database changes no row, so the app tells the user to reload.",
        "**Try it:** *Add milk* in tab A, then *Add eggs* in tab B: B's stale copy wins and "
        "milk is gone. Switch the version check on and do the same: B is refused, *Reload* "
        "B, add again, and both items are kept. The complete pattern above does the same "
        "check: open it in a second browser tab with the same link and add in both.",
    )
    show_snippet(lesson, "durable_state_two_tabs.py")


with security:
    st.markdown(
        """
The token is a **bearer secret**: whoever has the URL is that user, with no password.
- It is `secrets.token_urlsafe(32)`: 32 random bytes, 43 URL-safe characters. Nobody can
  guess one.
- **Share without your state:** the link under *Share this link* is the page without the
  token. Never share the address bar: it hands over your list.
- **New token** moves your row to a fresh token; the old link then opens nothing. Use it
  when a link leaked.
- **Forget me** deletes your row from the database and the token from the address bar.
- A token the app did not issue is never adopted: a made-up, mistyped or tampered token
  loads nothing, and your next save gets a fresh token. Otherwise someone could send you a
  link with a token they know and read what you save under it.
- What is stored is JSON, at most 2,000 bytes per user, and a row nobody opened for 30 days
  is deleted (any visit sweeps them, at most once an hour). JSON cannot run code when
  loaded, unlike a pickle.
- A row is made by the first save, never by a visit, and the store holds at most 10,000
  rows: past that a new list is refused with a message, and what you typed stays.
- If the database cannot be reached, the page says so and keeps your list, what you typed
  and the link; the server log gets the error without the token. The next click tries
  again, and a missing SQLite file is made again.

Bad links get a clear message and an empty list, never an error:
"""
    )
    st.table(
        [
            {"the link's token": "missing", "what the user sees": "an empty list, no message"},
            {"the link's token": "not 43 URL-safe characters", "what the user sees": "not valid"},
            {
                "the link's token": "well formed, but no row (never saved, forgotten, "
                "rotated, tampered)",
                "what the user sees": "no saved list belongs to this link",
            },
            {
                "the link's token": "row not opened for 30 days",
                "what the user sees": "expired: the row is deleted",
            },
            {
                "the link's token": "any, while the database cannot be reached",
                "what the user sees": "the saved lists cannot be reached right now; the "
                "link is kept and loaded on the next run that reaches the database",
            },
        ]
    )
    st.markdown(
        "Why not a cookie? Streamlit reads cookies (`st.context.cookies`, read-only) but "
        "has no API to set one, nor one for the browser's localStorage. The URL needs "
        "nothing extra, and its risk is in plain sight."
    )

with servers:
    st.markdown(
        "Session state lives in the memory of one server process. Run two servers and "
        "each has its own sessions, while the database is shared. Two `streamlit run` "
        "servers on two ports of one machine, sharing one SQLite file (and, in a second run, "
        "one PostgreSQL database), showed this, step by step:"
    )
    st.table(table_rows())
    st.markdown(
        """
- The same link on server B finds the list (the database is shared) in a **new session**
  (*added in this session* is 0 there): B has never seen A's session.
- A's session is untouched by B; its next save is refused because B saved in between,
  and *Reload* brings B's item.

**Sticky sessions.** Behind a load balancer with several processes, make it sticky (the
same browser goes to the same process). This project's deploy recipe runs two processes
behind nginx that way, and a browser followed there keeps its session through clicks, page
switches, an upload and a reconnect after a dropped connection: every request reaches the
process that holds it. A reconnect that reaches the other process instead starts a new
session there (the what-survives lesson's *other server* column). Stickiness does not carry
a session across a restart, and the same link opened in another browser is a new session
wherever it lands, as on B above: then only the database brings the list back.
"""
    )

with production:
    st.markdown(
        """
The demo keeps a SQLite file in `./durable_state/`, made on first use (the
`DURABLE_STATE_DIR` environment variable moves it). SQLite is one file on one machine, and
each write locks the whole file. For a real deployment, and for servers on several machines,
use **PostgreSQL**:

1. `pip install sqlalchemy psycopg2-binary`
2. In `.streamlit/secrets.toml` (keep it out of version control), add a section
   `[connections.durable]` with a line
   `url = "postgresql+psycopg2://app:PASSWORD@db.internal:5432/app"`.
3. Nothing else changes: the snippet reads that URL and `st.connection` uses it.

Any SQLAlchemy URL works (MySQL, SQL Server, ...) with its driver installed: the table uses
only portable SQL, a `VARCHAR` key, `TEXT`, `INTEGER` and `BIGINT`.
"""
    )

how_it_works(
    """
1. On the first run of a session (`"durable_token" not in st.session_state`), the snippet
   reads `st.query_params["durable_token"]`, checks its shape and loads the row into session
   state. Each reload, new tab or bookmark is a new session and does this again.
2. The first save creates the token, inserts the row and writes the token into the URL
   with `st.query_params`; from then on the address bar is the user's key.
3. Every save is `UPDATE ... SET version = version + 1 WHERE token = :token AND
   version = :version`. One changed row: saved. None: someone else saved first.
4. `st.connection("durable", type="sql", url=...)` creates one SQLAlchemy engine per server
   process (it is cached like `st.cache_resource`); `conn.session` runs the statements.
5. Every store call is inside `try: ... except SQLAlchemyError`. A failure sets a message,
   logs the driver's error with tokens redacted, and drops the engine's connections and the
   cached `create_table`, so the next call starts afresh.
"""
)

pitfalls(
    [
        "`conn.query()` caches its result like `st.cache_data` (forever without `ttl`): "
        "reading state with it shows an old row. Read and write with `conn.session`.",
        "A token kept only in `st.session_state` dies with the session: put it in the URL "
        "(or another place the browser brings back).",
        "Never adopt a token from the URL that you did not issue; make a fresh one.",
        "Saving the whole copy without a version check silently loses the other tab's "
        "changes; the user sees no error.",
        "Session state still matters: it holds the working copy and the version, so a rerun "
        "does not query the database.",
        "An uncaught database error shows the SQL and its parameters, the user's token among "
        "them, on the page and in the log. Catch `SQLAlchemyError`, say what happened, and "
        "log it without the token.",
    ]
)
lesson_link("reload")
lesson_link("cache-vs-state")
