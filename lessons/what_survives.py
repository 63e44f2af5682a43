import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)
from app.frame.phone import wide_table
from app.lesson_parts.survival import narrow_rows, table_rows

lesson = lesson_header("what-survives")
OTHER_PAGE = lesson.extra_pages[0]

prose(
    "## The smallest version",
    "Click the checkbox twice, or type in the box: every click reruns the script. The plain "
    "variable starts again each run, the session-state key keeps counting, and the text box's "
    "value is gone once a run has not drawn it.",
)
show_snippet(lesson, "what_survives_small.py")
prose("## The complete pattern: every store, every event")

try_it, matrix, explained = st.tabs(["Try it", "The whole matrix", "How it works"])

with try_it:
    st.markdown(
        "Press **Store a new value everywhere**, trigger one event (two are in the demo, three "
        "here, and the browser's Back button after the first), and read the list: `—` means "
        "that place lost the value."
    )
    go, reload, new_tab = st.columns(3)
    go.page_link(OTHER_PAGE, label="Go to the other page", icon=":material/arrow_forward:")
    # Static HTML, no text from the user: an empty href is this page's own address with its
    # query string, so the first link reloads this tab and the second opens it in a new one.
    reload.markdown('<a href="" target="_self">Reload this page</a>', unsafe_allow_html=True)
    new_tab.markdown('<a href="" target="_blank">Open it in a new tab</a>', unsafe_allow_html=True)
    show_snippet(lesson, "what_survives_stores.py")

with matrix:
    wide_table(table_rows(), key="matrix", narrow=narrow_rows())
    st.caption(
        "**resent**: the server lost the value, but the page still open in the browser sends "
        "the widget's value again with the next click (a reload would lose it)."
    )
    st.markdown(
        """
**Connection drop** (Wi-Fi gone, laptop asleep, a proxy timeout). The browser reconnects to
the *same* session if it is back within `server.disconnectedSessionTTL` seconds (120 by
default), so session state is all there. Session-scoped caches are not: Streamlit empties
them at every disconnect, and a `cache_resource(scope="session")` runs its `on_release`
and builds a new resource on the next run. Back after the TTL, it is a new session.

**Page switch, then Back.** The browser's Back button returns to this page in the same
session, but to an address without the `bind="query-params"` parameter, and that widget's
value is gone. The page link back (on the other page) keeps it; everything else fares the
same both ways.

**Server restart** (a deploy, a crash). Every session and every cache is gone. The open page
keeps showing the old values and no message appears; the next click runs your script in a
new, empty session. Of its state only the widgets on screen come back, because the browser
sends their values with that click. The demo spots this (a click in a session's first run)
and says so.

**Another server** (two copies behind one address, no sticky sessions). A reconnect that
lands on the other copy fares like a restart: that process has never seen the session, its
caches hold nothing this browser stored, and the next click starts a new session. Sticky
sessions keep a browser on one process (the durable-state lesson shows it behind nginx), and
what must outlive a process goes in a database both servers share: the durable row comes
back because both read the same file.
"""
    )

with explained:
    how_it_works(
        """
- **Session state** (plain keys and widget values) lives in the server's memory, in one
  session per open page. A reload or a new tab opens a new connection and gets a new, empty
  session; a page switch or a rerun stays in the same one.
- At the end of each run, Streamlit deletes the value of every keyed widget that the run did
  not draw. `persist_state="page"` exempts the widget while you stay on its page,
  `persist_state="session"` for the whole session, and a `bind="query-params"` widget is
  kept as well.
- **The URL** is all that a new page (a reload, a new tab) brings to its new session: a bound
  widget and the store's token come back from it.
- **Caches** belong to the server process: every session shares them, a reload keeps them,
  a restart empties them. `scope="session"` makes a cache private to one session and empties
  it whenever that session's connection drops.
- **A database** outlives the process and every server can open it. The random token in the
  URL says which row belongs to this browser.
"""
    )
    pitfalls(
        [
            "The token in the URL works like a password: whoever has the link reads and "
            "overwrites that browser's stored values. Do not share such a link.",
            "A new tab opened with the same URL shares the URL's values and the database row, "
            "not session state. The address typed without its query string starts from "
            "nothing, with a new token.",
            "`st.cache_data` and `st.cache_resource` are shared by every visitor: another "
            "learner pressing the button changes the value you see.",
            "After a restart, widget values sent back by the browser can make a lost session "
            "look intact: check a plain key your code sets once per session, as the demo does.",
        ]
    )
    lesson_link("reload")
    lesson_link("multipage")
    lesson_link("cache-vs-state")
