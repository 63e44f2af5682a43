from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "containers",
    "`st.tabs`, `st.expander` and `st.popover` take a `key` and an `on_change`. With "
    '`on_change="rerun"` or a callback, the container keeps its state like a widget: the open '
    "tab is in `st.session_state[key]`, `.open` tells your code what is showing, and your code "
    "can open it. Switch tabs, then press **Open Totals**:",
)
show_snippet(lesson, "containers_small.py")
prose("## The complete pattern: three tabs, only the open one runs")
show_snippet(lesson, "containers_tabs.py")

prose(
    "## Expanders and popovers",
    "An expander's or popover's key holds `True` while it is open. Open and close **Order "
    "details**: the callback logs each change. **Open the details from code** writes `True` to "
    "the key in a button's callback. The **Settings** popover draws its slider only while it is "
    "open. The plain expander has no `on_change`: opening it does not rerun the script (the run "
    "count stays) and its `.open` is `None`.",
)
show_snippet(lesson, "containers_expander_popover.py")

prose(
    "## Keep the open tab in the URL",
    'With `bind="query-params"` (Streamlit 1.65 or newer, tabs and expanders only) the open '
    "tab goes into the address as `?cont_section=Orders`. Open **Orders**, then reload the page "
    "or share the link: the same tab opens. A tab name that does not exist is ignored and removed "
    "from the address.",
)
show_snippet(lesson, "containers_tab_in_url.py")

how_it_works(
    """
| `on_change` | State in `st.session_state[key]` | User click reruns | `.open` | Content runs |
|---|---|---|---|---|
| `"ignore"` (default) | no | no | `None` | always |
| `"rerun"` | yes | yes | `True` / `False` | where you check `.open` |
| a callback | yes, callback first | yes | `True` / `False` | where you check `.open` |

1. `if tab.open:` around a tab's content skips the work of the tabs nobody is looking at: the
   counts under the tabs grow only for the open one.
2. Writing the key in a callback opens a tab or an expander on the next run. It does not call
   the container's `on_change`: that runs only when the user clicks.
3. `bind="query-params"` makes tabs and expanders keep state even with `on_change="ignore"`,
   and reads the URL when a new session starts.
4. `key` and `on_change` arrived in Streamlit 1.55, `bind` in 1.65; popovers have no `bind`.
"""
)

pitfalls(
    [
        "A widget drawn only inside an open container is dropped when the container closes, "
        'like any widget that is not drawn: give it `persist_state="page"` (the **Rows per '
        "page** slider) or keep its value in a key of your own.",
        "A stored tab label that is no longer among the tabs (you renamed a tab) falls back to "
        "the default tab.",
        "The label is part of a stateful container's identity even with a key: renaming an "
        "expander closes it.",
    ]
)
lesson_link("widget-identity", "Why widgets reset: identity and keys")
