"""The one-page reference: every session-state operation and the APIs around it, as data.

The reference page renders these rows and tests/test_reference.py runs them, so an example
on the page is the code that was run. Each row's sentence was checked against the pinned
Streamlit's source (site-packages/streamlit).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One row: an API name (what search finds), a one-line example, one sentence, and the
    lesson that shows it live. The rest is how the test runs it, never shown: `url` is the
    query string the session opens with, `setup` and `then` run around the example, which
    runs only `when` that condition holds; `act` is AppTest steps on `at` after the first
    run; `check` must then be true. `raises` is the class the example raises (a dotted path
    for Streamlit's own, as in a broken snippet's `# Raises` line)."""

    api: str
    example: str
    says: str
    lesson: str
    url: str = ""
    setup: str = ""
    when: str = ""
    then: str = ""
    check: str = ""
    act: str = ""
    raises: str | None = None


STATE = (
    Entry(
        "st.session_state.key",
        "st.session_state.count = 0",
        "Attribute access sets or reads a key that is a valid identifier and no dict "
        "method name (`get`, `items`, ...).",
        "quick-start",
        check='st.session_state["count"] == 0',
    ),
    Entry(
        'st.session_state["key"]',
        'st.session_state["count"] += 1',
        "Item access works for any key; reading one nothing set raises `KeyError`.",
        "quick-start",
        setup="st.session_state.count = 0",
        check="st.session_state.count == 1",
    ),
    Entry(
        "in",
        'ready = "count" in st.session_state',
        "True once your code or a keyed widget has set the key: the guard of a first run.",
        "quick-start",
        check="ready is False",
    ),
    Entry(
        "st.session_state.get",
        'theme = st.session_state.get("theme", "light")',
        "Reads a key, or gives the default without storing it.",
        "initialize",
        check='theme == "light" and "theme" not in st.session_state',
    ),
    Entry(
        "st.session_state.setdefault",
        'size = st.session_state.setdefault("size", 10)',
        "Stores the default only when the key is missing and returns the value kept.",
        "initialize",
        setup="st.session_state.size = 25",
        check="size == 25 and st.session_state.size == 25",
    ),
    Entry(
        "del st.session_state",
        'del st.session_state["rows"]',
        "Deletes a key; a missing one raises `KeyError`.",
        "too-much-data",
        setup="st.session_state.rows = [1, 2]",
        check='"rows" not in st.session_state',
    ),
    Entry(
        "st.session_state.pop",
        'rows = st.session_state.pop("rows", None)',
        "Deletes a key and returns its value; the default spares the `KeyError`.",
        "wizard",
        setup="st.session_state.rows = [1, 2]",
        then='again = st.session_state.pop("rows", None)',
        check='rows == [1, 2] and again is None and "rows" not in st.session_state',
    ),
    Entry(
        "st.session_state.clear",
        "st.session_state.clear()",
        "Deletes every key of this session, keyed widgets' values too.",
        "too-much-data",
        setup='st.session_state.rows = [1]\nst.text_input("Name", key="name")',
        check="len(st.session_state) == 0",
    ),
    Entry(
        "st.session_state.to_dict",
        "saved = st.session_state.to_dict()",
        "A plain dict of your keys and keyed widgets' values.",
        "reference",
        setup='st.session_state.rows = [1]\nst.text_input("Name", key="name")',
        check='saved == {"rows": [1], "name": ""}',
    ),
    Entry(
        "for key in st.session_state",
        "keys = sorted(st.session_state)",
        "Iterating gives the same keys as `to_dict`; `len()` counts them.",
        "too-much-data",
        setup='st.session_state.rows = [1]\nst.text_input("Name", key="name")',
        check='keys == ["name", "rows"] and len(st.session_state) == 2',
    ),
)

WIDGETS = (
    Entry(
        "key",
        'st.text_input("Name", key="name")',
        "The widget's value lives in `st.session_state.name`, from its first run.",
        "widget-keys",
        check='st.session_state.name == ""',
    ),
    Entry(
        "key (set from code)",
        'st.session_state.name = "Ada"',
        "Setting a widget's key before the widget is drawn sets its value.",
        "widget-keys",
        then='st.text_input("Name", key="name")',
        check='st.session_state.name == "Ada"',
    ),
    Entry(
        "on_click",
        'st.button("Add", on_click=add)',
        "The callback runs before the script reruns, so the whole rerun sees its change.",
        "callbacks",
        setup="def add():\n    st.session_state.n = st.session_state.get('n', 0) + 1",
        then="seen = st.session_state.get('n', 0)",
        act="at.button[0].click()",
        check="seen == 1",
    ),
    Entry(
        "on_change",
        'st.toggle("Dark", key="dark", on_change=log)',
        "Runs when the value changes; inside it the key already holds the new value.",
        "callbacks",
        setup="def log():\n    st.session_state.was = st.session_state.dark",
        act='at.toggle(key="dark").set_value(True)',
        check="st.session_state.get('was') is True",
    ),
    Entry(
        "args / kwargs",
        'st.button("+5", on_click=add, args=(5,))',
        "Hands the callback its arguments: `add(5)`; `kwargs={'n': 5}` passes them by name.",
        "callbacks",
        setup="def add(n):\n    st.session_state.n = st.session_state.get('n', 0) + n",
        act="at.button[0].click()",
        check="st.session_state.get('n') == 5",
    ),
)

KEEP = (
    Entry(
        'persist_state="session"',
        'st.text_input("Note", key="note", persist_state="session")',
        'Keeps the value while the widget is not drawn, across pages too; `"page"` '
        "keeps it on this page only.",
        "toggle",
        when='not st.session_state.get("hide")',
        act=(
            'at.text_input(key="note").input("hi").run()\n'
            'at.session_state["hide"] = True\n'
            "at.run()\n"
            'at.session_state["hide"] = False'
        ),
        check='st.session_state.note == "hi"',
    ),
    Entry(
        'bind="query-params"',
        'st.radio("Sort", ["new", "old"], key="sort", bind="query-params")',
        "Keeps the value in the URL as `?sort=old`: a reload or a shared link opens with it.",
        "filters",
        url="sort=old",
        check='st.session_state.sort == "old"',
    ),
    Entry(
        "st.query_params",
        'st.query_params["tab"] = "faq"',
        "Reads and writes the URL's query string as strings: what a reload brings along.",
        "reload",
        check='st.query_params.get("tab") == "faq"',
    ),
    Entry(
        'scope="session"',
        '@st.cache_data(scope="session")',
        "One cache per session (also for `st.cache_resource`), dropped when it ends.",
        "cache-vs-state",
        setup='calls = st.session_state.setdefault("calls", [])',
        then="def load(n):\n    calls.append(n)\n    return [n] * n\nrows = load(3)",
        act="at.run()",
        check="rows == [3, 3, 3] and calls == [3]",
    ),
    Entry(
        "st.context",
        "zone = st.context.timezone",
        "Read-only facts about the browser (headers, cookies, url, locale, timezone); "
        "no session id.",
        "reload",
        check="zone is None or isinstance(zone, str)",
    ),
)

ERRORS = (
    Entry(
        "KeyError",
        'st.session_state["theme"]',
        "`KeyError`: reading a key nothing has set yet.",
        "initialize",
        raises="KeyError",
    ),
    Entry(
        "AttributeError",
        "st.session_state.theme",
        "`AttributeError`: the same, read as an attribute.",
        "initialize",
        raises="AttributeError",
    ),
    Entry(
        "StreamlitWidgetAlreadyInstantiatedError",
        'st.session_state.name = "Ada"',
        "`StreamlitWidgetAlreadyInstantiatedError`: setting a widget's key after the "
        "widget is drawn in the run; use a callback.",
        "errors",
        setup='st.text_input("Name", key="name")',
        raises="streamlit.errors.StreamlitWidgetAlreadyInstantiatedError",
    ),
    Entry(
        "StreamlitValueAssignmentNotAllowedError",
        'st.button("Go", key="go")',
        "`StreamlitValueAssignmentNotAllowedError`: a button's, uploader's or form's "
        "key was set through session state before it was drawn.",
        "errors",
        setup="st.session_state.go = True",
        raises="streamlit.errors.StreamlitValueAssignmentNotAllowedError",
    ),
    Entry(
        "StreamlitDuplicateElementKey",
        'st.text_input("City", key="name")',
        "`StreamlitDuplicateElementKey`: two elements with one key in a run.",
        "errors",
        setup='st.text_input("Name", key="name")',
        raises="streamlit.errors.StreamlitDuplicateElementKey",
    ),
    Entry(
        "StreamlitInvalidFormCallbackError",
        'with st.form("f"): st.toggle("On", on_change=print)',
        "`StreamlitInvalidFormCallbackError`: a callback on a widget inside a form "
        "other than its submit button.",
        "errors",
        raises="streamlit.errors.StreamlitInvalidFormCallbackError",
    ),
    Entry(
        "UnserializableSessionStateError",
        "st.session_state.lock = threading.Lock()",
        "`UnserializableSessionStateError`: a value pickle refuses, with "
        "`runner.enforceSerializableSessionState` on.",
        "serializable",
        setup="import threading",
        raises="streamlit.errors.UnserializableSessionStateError",
    ),
)

TABLES: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    ("st.session_state", STATE),
    ("Widgets and callbacks", WIDGETS),
    ("Keep it longer: pages, URL, caches", KEEP),
    ("Errors (Streamlit 1.67 classes)", ERRORS),
)

ENTRIES: tuple[Entry, ...] = tuple(entry for _, entries in TABLES for entry in entries)


def search_names() -> tuple[str, ...]:
    """What search finds the reference by: every row's API name, and words for the rows whose
    name is a statement."""
    return (*(entry.api for entry in ENTRIES), "iteration", "iterate", "delete", "cheat sheet")
