import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_before_after,
)

lesson = lesson_header(
    "errors",
    "Each **broken** snippet really runs here, on the installed Streamlit: the page shows "
    "its error as Streamlit wrote it (in your app it would stop the script). The **Fixed** "
    "tab runs the fix live.",
)

show_before_after(
    lesson,
    "errors_missing_key_broken.py",
    "errors_missing_key.py",
    title="1. Missing key",
    intro=(
        "Reading a key before anything set it raises `KeyError` (and `AttributeError` with dot "
        "notation). `+= 1` reads first, so it fails too. Initialize with a guard or `setdefault`."
    ),
)

show_before_after(
    lesson,
    "errors_widget_modified_broken.py",
    "errors_widget_modified.py",
    title="2. Modifying a widget's key after the widget is created",
    intro=(
        "Once a keyed widget exists in a run, its key is locked for the rest of that run. Set the "
        "value *before* the widget is created, or in a callback: callbacks run before the next run "
        "creates the widget. Click **Set city to Paris** below."
    ),
)

show_before_after(
    lesson,
    "errors_button_value_broken.py",
    "errors_button_value.py",
    title="3. Setting a button's value through session state",
    intro=(
        "On 1.67 these are read-only in session state: `st.button`, `st.download_button`, "
        "`st.link_button`, `st.form_submit_button`, `st.menu_button`, `st.form`, "
        "`st.file_uploader`, `st.camera_input`, `st.audio_input`, `st.data_editor`, and "
        "`st.altair_chart`, `st.vega_lite_chart`, `st.pydeck_chart` and `st.echarts_chart` "
        "with `on_select`. A value assigned to their key makes the widget raise when it is "
        "created (`st.chat_input` accepts one). Keep what the click means under a key of your own."
    ),
)

prose(
    "## 4. Two limits that raise nothing",
    "**Losing state after a reload.** A reload, a typed URL or a new tab opens a new session "
    'that starts empty. Values that must survive go in the URL (`bind="query-params"`) or '
    "in storage outside the session:",
)
lesson_link("reload")
st.markdown(
    "**Storing too much data.** Session state is server memory, one copy per session: ten "
    "users holding the same 200 MB DataFrame hold 2 GB. Share data with `st.cache_data`, "
    "`del` what you no longer need:"
)
lesson_link("too-much-data")

show_before_after(
    lesson,
    "errors_form_callback_broken.py",
    "errors_form_callback.py",
    title="Callbacks inside a form",
    intro=(
        "Widgets in an `st.form` send their values only when the form is submitted, so only "
        "`st.form_submit_button` may have a callback. Move the logic to the submit button."
    ),
)

show_before_after(
    lesson,
    "errors_duplicate_key_broken.py",
    "errors_duplicate_key.py",
    title="Two widgets with the same key",
    intro=(
        "A key names one widget's value, so two elements with the same key in one run raise "
        "`StreamlitDuplicateElementKey`. Give every widget its own key."
    ),
)

how_it_works(
    """
The key of a widget is the widget's value, and Streamlit guards it by **when** you touch it:

- **before** the widget is created in a run (top of the script, or in any callback): you may
  assign it, except for read-only widgets such as buttons;
- **after** the widget is created in that run: you may read it, never assign it;
- a key must name exactly one widget per run.

Plain keys that no widget uses have no such rules, but they must exist before you read them.
"""
)

pitfalls(
    [
        "Catching these errors with `try`/`except` in your app hides a bug; fix the order "
        "instead (initialize first, write in callbacks).",
        "The message says *which* key: `st.session_state['err_city_broken']` above. Search the "
        "script for every place that assigns that key.",
        "The same assignment that works in a callback raises when moved into "
        "`if st.button(...):` below the widget: that code runs after the widget exists.",
        'Keys built in a loop collide when a value repeats: `key=f"qty_{item}"` for two rows '
        "with the same item raises `StreamlitDuplicateElementKey`. Build keys from unique ids.",
    ]
)
