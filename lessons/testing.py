import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet
from app.lesson_parts.snippet_tests import show_test

lesson = lesson_header(
    "testing",
    "`AppTest` (from `streamlit.testing.v1`) runs your script without a browser: set widget "
    "values, click buttons, call `run()`, then read what the script drew and what is in "
    "`st.session_state`. Each tab below is a small app and **its test**, the pytest file that "
    "runs it. Put both files in a folder and run `pytest`, or keep the test in your project's "
    "`tests/` folder: it also looks for its app one folder up, and where `pytest` runs. "
    "Every snippet in this app that is not broken on purpose has such a test: look under its "
    "code, on any lesson page.",
    "## The smallest version",
    "A button and its test: the test clicks it, runs the script, and reads the page and the state.",
)
show_snippet(lesson, "testing_small.py")
show_test(lesson, "testing_small.py")
prose("## The complete pattern: one app and its test per tab")

(
    basics_tab,
    forms_tab,
    pages_tab,
    links_tab,
    caches_tab,
    editor_tab,
    dialogs_tab,
    config_tab,
) = st.tabs(
    ["Clicks and state", "Forms", "Pages", "Links", "Caches", "Data editor", "Dialogs", "Config"]
)

with basics_tab:
    show_snippet(lesson, "testing_cart.py")
    st.markdown(
        "- `AppTest.from_file(path)` loads the script; `run()` runs it once, like a first "
        'visit. Find widgets by key: `at.button(key="testing_add")`.\n'
        "- `set_value(...)` and `click()` only queue the change: nothing happens until "
        "`run()`. The callbacks run first, then the script, as in the browser.\n"
        '- `at.session_state["testing_cart"]` reads state. Assign it **before** `run()` to '
        "start a test in the middle of a flow: a full cart, a later step, a signed-in user."
    )
    show_test(lesson, "testing_cart.py", folded=True)

with forms_tab:
    show_snippet(lesson, "testing_guests.py")
    st.markdown(
        "- Set the form's inputs, then press its submit button, and `run()` once. A `run()` "
        "in between drops what was typed, and the submit then sends an empty form.\n"
        "- `clear_on_submit` shows on the **next** submit under AppTest: right after a submit, "
        "`at.text_input(...).value` still holds the text, while the browser has already emptied "
        "the field. The next submit sends the cleared form."
    )
    show_test(lesson, "testing_guests.py", folded=True)

with pages_tab:
    show_snippet(lesson, "testing_login.py")
    st.markdown(
        "- The test builds a small app around the page: a router with `st.navigation` and a "
        "second page, in pytest's `tmp_path`.\n"
        '- `at.switch_page("views/account.py")` takes the page\'s file path as given to '
        "`st.Page`, relative to the main script. `run()` once before switching, and again "
        "after: `switch_page` does not run anything.\n"
        "- A key your code sets (`testing_user`) is there on the other page."
    )
    show_test(lesson, "testing_login.py", folded=True)

with links_tab:
    show_snippet(lesson, "testing_city_link.py")
    st.markdown(
        "- Fill `at.query_params` before the first `run()`: the script reads them as if the "
        "page was opened with that link.\n"
        "- After a run, `at.query_params` holds what the script wrote into "
        "`st.query_params`, so a test can check the link a user would share."
    )
    show_test(lesson, "testing_city_link.py", folded=True)

with caches_tab:
    show_snippet(lesson, "testing_visits.py")
    st.markdown(
        "- Caches live in the test process, not in an `AppTest`: a second `AppTest` gets the "
        "values the first one cached.\n"
        '- Every `AppTest` has the same session id, so a `scope="session"` cache '
        "(Streamlit 1.53+) is shared by all the `AppTest`s of a test run, although each one is "
        "a new session for `st.session_state`.\n"
        "- So empty the caches before each test, in an `autouse` fixture: "
        "`st.cache_data.clear()` and `st.cache_resource.clear()`."
    )
    show_test(lesson, "testing_visits.py", folded=True)

with editor_tab:
    show_snippet(lesson, "testing_editor.py")
    st.markdown(
        "- AppTest reads a data editor's table, but cannot type into it: `set_value` raises "
        "`AppTestError`.\n"
        "- Set the edits through state instead: assign the editor's key a dict with "
        "`edited_rows`, `added_rows` and `deleted_rows`, then `run()`. `st.data_editor` "
        "returns the table with those edits applied."
    )
    show_test(lesson, "testing_editor.py", folded=True)

with dialogs_tab:
    show_snippet(lesson, "testing_dialog.py")
    st.markdown(
        "- In your browser both buttons in the dialog work: try them.\n"
        "- Under AppTest, `run()` reruns the whole script. **Tidy up** is not pressed in that "
        "run, so the dialog is not drawn and an `if st.button(...)` inside it never fires.\n"
        "- An `on_click` callback does run: put the dialog's work in the callback, and keep "
        "only `st.rerun()` (which closes the dialog) under the `if`."
    )
    show_test(lesson, "testing_dialog.py", folded=True)

with config_tab:
    show_snippet(lesson, "testing_config.py")
    st.markdown(
        "- AppTest reads `.streamlit/config.toml` from the folder pytest runs in, once per "
        "process. This app turns `enforceSerializableSessionState` on; a test run from an "
        "empty folder has it off, as Streamlit's default.\n"
        "- To test with a config, start a process in a folder that has one, as this test "
        "does with `subprocess`.\n"
        "- An error's class is in `at.exception[0].proto.type`, as `module.Class` "
        "(`streamlit.errors.UnserializableSessionStateError`); built-in errors are bare "
        '(`KeyError`). `at.exception[0].type` is `"exception"`, the element\'s kind.'
    )
    show_test(lesson, "testing_config.py", folded=True)

how_it_works(
    """
`AppTest` runs the script in your test process, on a thread, with a session state of its own.
Each `run()` is one script run: the values you set and the buttons you clicked are sent as
widget states, callbacks run, the script runs, and the elements it drew are there to read
(`at.text`, `at.markdown`, `at.button`, `at.exception`, ...). A new `AppTest` is a new session.
What lives outside the session, caches and config, belongs to the process.
"""
)

pitfalls(
    [
        "`AppTest` stops a run that takes longer than 3 seconds (`default_timeout`) with an "
        "error; on a slow or busy machine that can be a first run that imports pandas. The "
        "tests here pass `default_timeout=30`.",
        "Find elements by key (`at.button(key=...)`) rather than by position: a new button "
        "above shifts every index.",
        "`run()` does not raise when the script fails: check `at.exception`, or a test can pass "
        "on a page that shows a traceback.",
    ]
)
