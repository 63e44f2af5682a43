"""The Predict questions of every lesson: data for the one driver in app/predict/model.py.

Kept beside the catalog rather than in it: a question is a small script (steps, what to look at,
options), and the catalog stays the index of lessons. A question's id is `<lesson slug>.<n>`
(1-based, in the order below), which the progress in the URL uses: add new questions at the end
of a lesson's tuple so the ids of the others stay.

Every `value` below is checked against a real run by tests/test_predict.py: the Right one must be
what Streamlit 1.67 does after the steps, no Wrong one may be.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.predict.model import (
    MISSING,
    NOT_SHOWN,
    Click,
    EditTable,
    Enter,
    Filled,
    Keys,
    Question,
    Raised,
    Reload,
    Rerun,
    Right,
    Shown,
    State,
    SwitchPage,
    Upload,
    Value,
    Wrong,
)

SAMPLE_CSV = b"region,sales\nAPAC,120\nEMEA,95\n"
ALREADY_THERE = "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
WIDGET_KEYS = ("survive_widget", "survive_page", "survive_session", "survive_url")

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "quick-start": (
        Question(
            snippet="counter_without_state.py",
            prompt="You click **Increment (no session state)** three times. What does the line "
            "under the button say?",
            steps=(Click("Increment (no session state)", times=3),),
            observe=(Shown("Count without session state:"),),
            options=(
                Wrong(
                    "3",
                    "Count without session state: 3",
                    "Tempting: each click adds one. But `naive_count = 0` runs again on every "
                    "rerun, so each run starts from 0.",
                ),
                Right("1", "Count without session state: 1"),
                Wrong(
                    "0",
                    "Count without session state: 0",
                    "Tempting if the click seems lost. But in the run a click causes, "
                    "`st.button` returns `True`, so that run adds one before it writes.",
                ),
            ),
            why="Every click reruns the script from the top, so the plain variable starts at 0 "
            "again and the click's run adds one: 1, every time. Only a key in "
            "`st.session_state` is kept from one run to the next.",
            see="The same counter without session state",
        ),
        Question(
            snippet="counter.py",
            prompt="You click **Increment** three times, then reload the browser tab. What does "
            "the counter show?",
            steps=(Click("Increment", times=3), Reload()),
            observe=(Shown("Count:"),),
            options=(
                Wrong(
                    "Count: 3",
                    "Count: 3",
                    "Tempting: session state survives reruns. But a reload is not a rerun: it "
                    "opens a new session, whose state starts empty.",
                ),
                Wrong(
                    "Count: 4",
                    "Count: 4",
                    "Tempting if a reload replays the last click. It sends no click: the new "
                    "session's first run only finds `count` missing.",
                ),
                Right("Count: 0", "Count: 0"),
            ),
            why="A reload opens a new connection, and the server gives it a new session with an "
            "empty `st.session_state`. The guard finds no `count` and sets it to 0.",
            see="Pitfalls",
        ),
    ),
    "initialize": (
        Question(
            snippet="initialize_setdefault.py",
            prompt="You set **Page size** to 50, then use anything else on the page so the "
            "script reruns. What is `st.session_state.page_size` now?",
            steps=(Enter("Page size", 50), Rerun()),
            observe=(State("page_size"),),
            options=(
                Right("50", 50),
                Wrong(
                    "25",
                    25,
                    "Tempting: the `setdefault` line runs again on every rerun. But it only "
                    "sets a key that is missing, and `page_size` is there.",
                ),
                Wrong(
                    "5, the `min_value`",
                    5,
                    "Tempting: a number input without `value=` starts at `min_value`. A keyed "
                    "widget starts from its key, which `setdefault` filled.",
                ),
            ),
            why="`setdefault` writes 25 only when `page_size` is missing, which is true on the "
            "session's first run only. After that the key holds what the widget sent: 50.",
            see="Pattern 2: setdefault",
        ),
        Question(
            snippet="initialize_missing_item_broken.py",
            prompt='The script reads `st.session_state["accent_color"]`, a key nothing set. '
            "What happens?",
            steps=(),
            observe=(Raised(),),
            options=(
                Wrong(
                    "It reads `None`",
                    None,
                    "Tempting: `st.session_state.get()` returns `None` for a missing key. "
                    "Square brackets have no default.",
                ),
                Right("`KeyError`", "KeyError"),
                Wrong(
                    "`AttributeError`",
                    "AttributeError",
                    "That is what the dot form `st.session_state.accent_color` raises; square "
                    "brackets raise `KeyError`, as a dict does.",
                ),
            ),
            why="Square brackets read session state like a dict, so a missing key raises "
            "`KeyError`. Give every key a value first: a guard, `setdefault` or a helper.",
            see="What reading a missing key raises",
        ),
    ),
    "widget-keys": (
        Question(
            snippet="widget_keys_value_conflict.py",
            prompt='`team` already holds `"Data"` in session state, and the text input with '
            'that key also gets `value="Platform"`. What happens on the first run?',
            steps=(),
            observe=(Value("Team"), Raised()),
            options=(
                Wrong(
                    "The box shows Platform",
                    ("Platform", None),
                    "Tempting: `value=` looks like the widget's start value. But the key "
                    "already holds a value, and that value wins.",
                ),
                Right("The box shows Data, no error", ("Data", None)),
                Wrong(
                    "An error: a default given twice",
                    (NOT_SHOWN, "streamlit.errors.StreamlitAPIException"),
                    "Tempting: Streamlit does warn about it. The warning goes to the server's "
                    "log only; the page runs and shows the key's value.",
                ),
            ),
            why="When a keyed widget's key already has a value, Streamlit draws the widget with "
            "that value and ignores `value=`. The only trace is a warning in the server's log.",
            see="A keyed widget that also gets `value=`",
        ),
    ),
    "callbacks": (
        Question(
            snippet="callbacks_save_name.py",
            prompt="You type `'  Ada  '` (two spaces on each side) into **Your name**, press "
            "Enter, and click **Save**. What is in `submitted_name`?",
            steps=(Enter("Your name", "  Ada  "), Click("Save")),
            observe=(State("submitted_name"),),
            options=(
                Wrong(
                    "`'  Ada  '`",
                    "  Ada  ",
                    "Tempting: that is what you typed. But `save_name` stores "
                    "`name.strip()`, so the spaces are gone.",
                ),
                Wrong(
                    "`''`: the callback runs after the script",
                    "",
                    "Tempting if callbacks ran last. They run first, before the rerun the click "
                    "causes, so that run already has the name.",
                ),
                Right("`'Ada'`", "Ada"),
            ),
            why="Streamlit calls `save_name` before the rerun that the click causes, and it "
            "stores the name without its spaces. The script then runs from the top and finds "
            "`'Ada'`.",
            see="The order of execution",
        ),
        Question(
            snippet="callbacks_on_change.py",
            prompt="You type 100 into **Celsius** and press Enter. What does **Fahrenheit** show?",
            steps=(Enter("Celsius", 100.0),),
            observe=(Value("Fahrenheit"), Raised()),
            options=(
                Right("212.0", (212.0, None)),
                Wrong(
                    "68.0: you did not touch it",
                    (68.0, None),
                    "Tempting: only Celsius changed. But its `on_change` callback writes "
                    "`fahrenheit` before the run, and the box is drawn from that key.",
                ),
                Wrong(
                    "An error: a widget's key was written",
                    (NOT_SHOWN, ALREADY_THERE),
                    "Tempting: writing a key after its widget exists raises. A callback runs "
                    "before any widget of the next run is created, so it may.",
                ),
            ),
            why="Celsius's `on_change` callback runs before the rerun and writes "
            "`fahrenheit = 212.0`. Callbacks run before any widget is created, so the "
            "Fahrenheit box is drawn from the new value.",
            see="on_change: keep two inputs in sync",
        ),
    ),
    "toggle": (
        Question(
            snippet="toggle_advanced.py",
            prompt="You click **Toggle advanced options**, tick **Enable audit logging**, then "
            "click **Toggle advanced options** twice (close, open). Is the box ticked?",
            steps=(
                Click("Toggle advanced options"),
                Enter("Enable audit logging", True),
                Click("Toggle advanced options", times=2),
            ),
            observe=(Value("Enable audit logging"),),
            options=(
                Wrong(
                    "Yes, still ticked",
                    True,
                    "Tempting: the same checkbox, the same label. But a widget that a run does "
                    "not draw is cleaned up, and reopening draws a fresh one.",
                ),
                Right("No, unticked again", False),
                Wrong(
                    "The section is closed: the flag lags one click",
                    NOT_SHOWN,
                    "Tempting: a button's change often shows one click late. Here its `if` "
                    "runs above the section, so the flag flips before the section is drawn.",
                ),
            ),
            why="Closing the section ran the script without drawing the checkboxes, so "
            "Streamlit dropped their values at the end of that run. Reopening draws new "
            "checkboxes, which start unticked.",
            see="A button that flips a flag",
        ),
        Question(
            snippet="toggle_switch.py",
            prompt="In the keyed version you switch on **Show advanced settings**, tick "
            "**Audit logging**, then switch the toggle off and on. What is in "
            "`audit_logging`?",
            steps=(
                Enter("Show advanced settings", True),
                Enter("Audit logging", True),
                Enter("Show advanced settings", False),
                Enter("Show advanced settings", True),
            ),
            observe=(State("audit_logging"),),
            options=(
                Wrong(
                    "`False`, the default",
                    False,
                    "Tempting: hidden widgets lose their values, as in the first demo. "
                    '`persist_state="page"` keeps this one while it is hidden.',
                ),
                Wrong(
                    "No such key: it went with the widget",
                    MISSING,
                    "Tempting: the key belongs to the widget. With `persist_state`, Streamlit "
                    "keeps it in the runs that do not draw the widget.",
                ),
                Right("`True`", True),
            ),
            why='The checkbox has a key and `persist_state="page"`, so Streamlit keeps its '
            "value in the runs that do not draw it. Reopening the section draws it ticked.",
            see="A keyed toggle that remembers the hidden values",
        ),
    ),
    "wizard": (
        Question(
            snippet="wizard.py",
            prompt="You click **Use sample data** and **Continue**, choose **revenue** as the "
            "column to predict, click **Back**, then **Continue** again. What is in "
            "`wizard_target`?",
            steps=(
                Click("Use sample data"),
                Click("Continue"),
                Enter("Column to predict", "revenue"),
                Click("Back"),
                Click("Continue"),
            ),
            observe=(State("wizard_target"),),
            options=(
                Right("`'revenue'`", "revenue"),
                Wrong(
                    "`'units'`, the first numeric column",
                    "units",
                    "Tempting: step 1 does not draw this widget, and undrawn widgets lose their "
                    'values. It has `persist_state="session"`, which keeps it.',
                ),
                Wrong(
                    "`None`: Back starts the step again",
                    None,
                    "Tempting: going back feels like a reset. Back only changes `wizard_step`; "
                    "only Start over or new data delete the choices.",
                ),
            ),
            why='The step 2 widgets have `persist_state="session"`, so their values are kept '
            "while other steps hide them. Back and Continue only change `wizard_step`.",
            see="How it works",
        ),
    ),
    "filters": (
        Question(
            snippet="filters_dashboard.py",
            prompt="Someone sends you a link ending in "
            "`?selected_regions=EMEA&selected_regions=Mars`. What is in `selected_regions` "
            "when the page opens?",
            url={"selected_regions": ["EMEA", "Mars"]},
            steps=(),
            observe=(State("selected_regions"),),
            options=(
                Wrong(
                    "`['EMEA', 'Mars']`",
                    ["EMEA", "Mars"],
                    "Tempting: the widget starts from the URL. Values that are not among its "
                    "options are dropped; the snippet names them in a warning.",
                ),
                Right("`['EMEA']`", ["EMEA"]),
                Wrong(
                    "`[]`: a link with a bad value is ignored",
                    [],
                    "Tempting: one bad value might spoil the link. Streamlit drops only the "
                    "unknown value and keeps EMEA.",
                ),
            ),
            why='With `bind="query-params"`, a new session takes the widget\'s value from the '
            "URL. Values that are not options are dropped silently, so the snippet reads the "
            "URL first to tell the user.",
            see="How it works",
        ),
        Question(
            snippet="filters_dashboard.py",
            prompt="You pick **EMEA**, open the reload lesson, and come back here. What is in "
            "`selected_regions`?",
            app_page="lessons/filters.py",
            steps=(
                Enter("Regions", ["EMEA"]),
                SwitchPage("lessons/reload.py", "go to the reload lesson"),
                SwitchPage("lessons/filters.py", "come back to this lesson"),
            ),
            observe=(State("selected_regions"),),
            options=(
                Right("`['EMEA']`", ["EMEA"]),
                Wrong(
                    "`[]`",
                    [],
                    "Tempting: a keyed widget's value is deleted when a page does not draw it. "
                    'A widget with `bind="query-params"` is kept while another page is shown.',
                ),
            ),
            why="A page switch is a run of another page in the same session, and Streamlit "
            'keeps a `bind="query-params"` widget\'s value while that page is shown. Coming '
            "back draws the multiselect with EMEA.",
            see="How it works",
        ),
    ),
    "forms": (
        Question(
            snippet="forms_profile.py",
            prompt="You type `ada@example.com` into **Email** and press **Save profile**. What "
            "do `email` and `saved_email` hold?",
            steps=(Enter("Email", "ada@example.com"), Click("Save profile")),
            observe=(State("email"), State("saved_email")),
            options=(
                Wrong(
                    "`''` and `''`",
                    ("", ""),
                    "Tempting: nothing ran while you typed. The submit sends the typed value "
                    "with it.",
                ),
                Wrong(
                    "`'ada@example.com'` and `''`",
                    ("ada@example.com", ""),
                    "Tempting if the callback ran before the form's values arrive. They arrive "
                    "first, then the submit button's callback runs.",
                ),
                Right(
                    "`'ada@example.com'` and `'ada@example.com'`",
                    ("ada@example.com", "ada@example.com"),
                ),
            ),
            why="On submit all the form's values arrive at once, then the submit button's "
            "callback copies `email` into `saved_email`, then the script reruns once. Typing "
            "inside the form ran nothing.",
            see="How it works",
        ),
        Question(
            snippet="forms_callback_broken.py",
            prompt="The form gives its text input an `on_change` callback. What happens when "
            "the script runs?",
            steps=(),
            observe=(Raised(),),
            options=(
                Wrong(
                    "Nothing yet: it runs when the form is submitted",
                    None,
                    "Tempting: that is when a form sends its values. Streamlit refuses the "
                    "callback itself, as soon as the widget is drawn.",
                ),
                Right(
                    "`StreamlitInvalidFormCallbackError`",
                    "streamlit.errors.StreamlitInvalidFormCallbackError",
                ),
            ),
            why="Inside `st.form`, only `st.form_submit_button` may have a callback, and the "
            "check runs when the widget is created. Put the logic in the submit button's "
            "`on_click`.",
            see="Only the submit button may have a callback",
        ),
    ),
    "working-data": (
        Question(
            snippet="working_data.py",
            prompt="You delete the first row in the table and click **Apply changes**. Then you "
            "open the same page in a new tab. How many rows has the new tab's copy?",
            steps=(
                EditTable("working_editor", deleted_rows=(0,)),
                Click("Apply changes"),
                Reload(new_tab=True),
            ),
            observe=(Shown("Your copy:", until=" ×"),),
            options=(
                Wrong(
                    "71: the data is cached, so the edit is shared",
                    "Your copy: 71 rows",
                    "Tempting: every session gets the data from one `st.cache_data` "
                    "function. Each call returns a copy; your edit changed only yours.",
                ),
                Right("72, as loaded", "Your copy: 72 rows"),
            ),
            why="`st.cache_data` makes the table once, then hands each call a fresh copy, and "
            "each session keeps its own copy in `working_df`. The new tab is a new session, "
            "so it starts from the loaded data.",
            see="How it works",
        ),
    ),
    "containers": (
        Question(
            snippet="containers_tabs.py",
            prompt="You click **Show the raw data**, whose callback writes `cont_tab`. What "
            "are `cont_tab` and the tab-click counter `cont_tab_clicks` then?",
            steps=(Click("Show the raw data"),),
            observe=(State("cont_tab"), State("cont_tab_clicks")),
            options=(
                Wrong(
                    "`'Raw data'` and 1",
                    ("Raw data", 1),
                    "Tempting: the open tab changed, and `on_change` is the tabs' change "
                    "callback. It runs only when the user clicks a tab.",
                ),
                Wrong(
                    "`'Summary'` and 0: code cannot switch tabs",
                    ("Summary", 0),
                    "Tempting: tabs used to live in the browser only. With a key and "
                    "`on_change`, writing the key opens that tab on the next run.",
                ),
                Right("`'Raw data'` and 0", ("Raw data", 0)),
            ),
            why="The button's callback writes `cont_tab`, and the next run opens that tab. The "
            "tabs' `on_change` runs only when the user clicks a tab, so the counter stays at 0.",
            see="How it works",
        ),
    ),
    "uploads": (
        Question(
            snippet="uploads_read_only_broken.py",
            prompt="To empty a file uploader, the script writes `None` to its key before "
            "drawing it. What happens?",
            steps=(),
            observe=(Raised(),),
            options=(
                Wrong(
                    "The uploader starts empty",
                    None,
                    "Tempting: writing a key resets most widgets. An uploader's value is "
                    "read-only; give the uploader a new key to empty it.",
                ),
                Right(
                    "`StreamlitValueAssignmentNotAllowedError`",
                    "streamlit.errors.StreamlitValueAssignmentNotAllowedError",
                ),
                Wrong(
                    "`KeyError`",
                    "KeyError",
                    "Tempting: the key does not exist yet. Writing a missing key creates it; "
                    "only reading one raises `KeyError`.",
                ),
            ),
            why="A file uploader's value can only be changed by the user: a value assigned to "
            "its key makes the uploader raise when it is drawn. Change its key to empty it.",
            see="The uploader's value is read-only",
        ),
        Question(
            snippet="uploads_csv.py",
            prompt="You upload `sales.csv`, then switch **Show the uploader** off and on. "
            "What is on the page?",
            steps=(
                Upload("CSV file", "sales.csv", SAMPLE_CSV),
                Enter("Show the uploader", False),
                Enter("Show the uploader", True),
            ),
            observe=(Shown("Loaded:"), Value("CSV file")),
            options=(
                Wrong(
                    "Neither the table nor the file",
                    (NOT_SHOWN, None),
                    "Tempting: hidden widgets lose their values. The table is in `upl_table`, "
                    "a key no widget owns, which nothing deletes.",
                ),
                Right("The table, and an empty uploader", ("Loaded: sales.csv", None)),
                Wrong(
                    "The table, and the file still in the uploader",
                    ("Loaded: sales.csv", "sales.csv"),
                    "Tempting: the uploader has a key. A keyed widget that a run does not draw "
                    "still loses its value.",
                ),
            ),
            why="Hiding the uploader dropped its value, so it comes back empty. The parsed "
            "table was copied into `upl_table`, a key of the script's own, so it stays.",
            see="How it works",
        ),
    ),
    "cache-vs-state": (
        Question(
            snippet="cache_vs_state_copies.py",
            prompt="On a fresh server you click **Append LATAM to both results** twice. What "
            "do the two cached functions return now?",
            steps=(Click("Append LATAM to both results", times=2),),
            observe=(Shown("st.cache_data now returns"), Shown("st.cache_resource now returns")),
            options=(
                Wrong(
                    "Both lists end in LATAM, LATAM",
                    (
                        "st.cache_data now returns ['APAC', 'EMEA', 'LATAM', 'LATAM']",
                        "st.cache_resource now returns ['APAC', 'EMEA', 'LATAM', 'LATAM']",
                    ),
                    "Tempting: both cache the same list. `st.cache_data` hands every call a "
                    "fresh copy, so the appends changed copies.",
                ),
                Right(
                    "cache_data's list is unchanged, cache_resource's ends in LATAM, LATAM",
                    (
                        "st.cache_data now returns ['APAC', 'EMEA']",
                        "st.cache_resource now returns ['APAC', 'EMEA', 'LATAM', 'LATAM']",
                    ),
                ),
                Wrong(
                    "Both lists are unchanged",
                    (
                        "st.cache_data now returns ['APAC', 'EMEA']",
                        "st.cache_resource now returns ['APAC', 'EMEA']",
                    ),
                    "Tempting: cached results feel read-only. `st.cache_resource` returns the "
                    "one object itself, so an append changes it for everyone.",
                ),
            ),
            why="`st.cache_data` stores a pickled result and unpickles a new copy for each "
            "call, so the appends went to copies. `st.cache_resource` returns the same object "
            "to every call and every session, so both appends stay.",
            see="cache_data hands out copies, cache_resource one object",
        ),
    ),
    "what-survives": (
        Question(
            snippet="what_survives_stores.py",
            prompt="You press **Store a new value everywhere**, go to the other page and come "
            "back. Which of the four text inputs still hold the value?",
            app_page="lessons/what_survives.py",
            steps=(
                Click("Store a new value everywhere"),
                SwitchPage("lessons/what_survives_other.py", "go to the other page"),
                SwitchPage("lessons/what_survives.py", "come back to this lesson"),
            ),
            observe=(Filled(WIDGET_KEYS),),
            options=(
                Wrong(
                    "All four: they all have a key",
                    WIDGET_KEYS,
                    "Tempting: a key keeps a value across reruns. A keyed widget's value is "
                    "deleted when a page runs without drawing it.",
                ),
                Wrong(
                    'All but the plain keyed widget: `persist_state="page"` too',
                    WIDGET_KEYS[1:],
                    'Tempting: it persists. `persist_state="page"` keeps a hidden widget\'s '
                    "value only while you stay on its page.",
                ),
                Right(
                    '`persist_state="session"` and `bind="query-params"`',
                    WIDGET_KEYS[2:],
                ),
                Wrong(
                    "None: a page switch starts over",
                    (),
                    "Tempting: a new page feels like a new start. A page switch is a run in "
                    "the same session; only undrawn widgets are cleaned up.",
                ),
            ),
            why="At the end of the other page's run, Streamlit deleted the values of the "
            'widgets it did not draw, except those with `persist_state="session"` and those '
            'bound with `bind="query-params"`. The plain key `survive_plain` survives too.',
            see="What survives what",
            tab="The whole matrix",
        ),
    ),
    "durable-state": (
        Question(
            snippet="durable_state_two_tabs.py",
            prompt="Without the version check, you click **Add milk** in tab A, then **Add "
            "eggs** in tab B. What is in the store?",
            steps=(Click("Add milk"), Click("Add eggs")),
            observe=(Shown("In the store:"),),
            options=(
                Wrong(
                    "milk, eggs",
                    "In the store: milk, eggs",
                    "Tempting: both saves said Saved. Tab B saved its own copy, which never "
                    "had milk, over the row.",
                ),
                Right("eggs: milk is lost", "In the store: eggs"),
                Wrong(
                    "milk: the first save wins",
                    "In the store: milk",
                    "Tempting: milk was there first. Without a check nothing stops B's later "
                    "save from replacing it.",
                ),
            ),
            why="Each tab saves its whole copy, and B's copy was loaded before A added milk. "
            "The last save wins and milk is lost without an error: a lost update.",
            see="Two tabs at once",
        ),
        Question(
            snippet="durable_state_two_tabs.py",
            prompt="Now with **Check the version before saving** on: **Add milk** in tab A, then "
            "**Add eggs** in tab B. What is in the store?",
            steps=(
                Enter("Check the version before saving (the fix)", True),
                Click("Add milk"),
                Click("Add eggs"),
            ),
            observe=(Shown("In the store:"),),
            options=(
                Right("milk: B is refused", "In the store: milk"),
                Wrong(
                    "eggs: the last save still wins",
                    "In the store: eggs",
                    "Tempting: B saves last. Its UPDATE names the version it loaded, which A's "
                    "save replaced, so it changes no row.",
                ),
                Wrong(
                    "milk, eggs: the check merges them",
                    "In the store: milk, eggs",
                    "Tempting: both items get kept in the end. The check only refuses the "
                    "stale save; B must reload and add again.",
                ),
            ),
            why="A's save moved the row to version 2, and B's save asked for version 1, so the "
            "database changed no row and B was told to reload. Nothing is lost; B adds again "
            "after reloading.",
            see="Two tabs at once",
        ),
    ),
    "errors": (
        Question(
            snippet="errors_widget_modified_broken.py",
            prompt='The script draws **City (broken)**, then sets its key to `"Paris"`. What '
            "happens?",
            steps=(),
            observe=(Value("City (broken)"), Raised()),
            options=(
                Wrong(
                    "The box shows Paris",
                    ("Paris", None),
                    "Tempting: the key is the widget's value. Once the widget exists in a run, "
                    "its key is locked for the rest of that run.",
                ),
                Wrong(
                    "The box stays empty until the next run",
                    ("", None),
                    "Tempting: late writes often show one run late. Here Streamlit refuses the "
                    "write itself and raises.",
                ),
                Right(
                    "`StreamlitWidgetAlreadyInstantiatedError`",
                    ("", ALREADY_THERE),
                ),
            ),
            why="A keyed widget's key can be written before the widget is created in a run, "
            "never after. The assignment below the widget raises; set it in a callback instead.",
            see="2. Modifying a widget's key after the widget is created",
        ),
        Question(
            snippet="errors_widget_modified.py",
            prompt="You click **Set city to Paris**, whose callback writes the text input's "
            "key. What does **City** show?",
            steps=(Click("Set city to Paris"),),
            observe=(Value("City"), Raised()),
            options=(
                Right("Paris", ("Paris", None)),
                Wrong(
                    "An error: the widget already exists",
                    ("Berlin", ALREADY_THERE),
                    "Tempting after the broken version. A callback runs before the next run "
                    "creates the widget, so the write is allowed.",
                ),
                Wrong(
                    "Berlin: `setdefault` puts it back",
                    ("Berlin", None),
                    "Tempting: the `setdefault` line runs on every run. It only sets a missing "
                    "key, and Paris is there.",
                ),
            ),
            why="The callback runs before the rerun, when no widget of that run exists yet, so "
            "it may write `err_city`. The text input is then drawn from the key: Paris.",
            see="2. Modifying a widget's key after the widget is created",
        ),
    ),
    "multipage": (
        Question(
            snippet="multipage_lost.py",
            prompt="You type `Ada` as **Nickname** and click **Add one** twice, then go to the "
            "other page and back. What do `mp_clicks` and `mp_nickname` hold?",
            app_page="lessons/multipage.py",
            steps=(
                Enter("Nickname", "Ada"),
                Click("Add one", times=2),
                SwitchPage("lessons/multipage_other.py", "go to the other page"),
                SwitchPage("lessons/multipage.py", "come back to this lesson"),
            ),
            observe=(State("mp_clicks"), State("mp_nickname")),
            options=(
                Wrong(
                    "2 and `'Ada'`",
                    (2, "Ada"),
                    "Tempting: both are keys of the same session. A widget's key is deleted "
                    "when a page runs without drawing the widget.",
                ),
                Right("2 and `''`", (2, "")),
                Wrong(
                    "0 and `''`",
                    (0, ""),
                    "Tempting: a new page feels like a fresh start. A page switch is a run in "
                    "the same session: keys your code set stay.",
                ),
            ),
            why="The other page ran without drawing the nickname box, so Streamlit deleted its "
            "key at the end of that run; `mp_clicks` is a plain key, which nothing deletes. "
            "Back here, the box is drawn again, empty.",
            see="What survives a page switch",
        ),
    ),
    "reload": (
        Question(
            snippet="reload_new_session.py",
            prompt="The page is open at `?reload_fruit=cherry`. You click **Count a click** "
            "twice, type `buy milk` as the note, then reload the tab. What is on the page?",
            url={"reload_fruit": "cherry"},
            steps=(
                Click("Count a click", times=2),
                Enter("Note (kept in session state only)", "buy milk"),
                Reload(),
            ),
            observe=(
                Shown("Clicks in this session:"),
                State("reload_fruit"),
                State("reload_note"),
            ),
            options=(
                Wrong(
                    "2 clicks, cherry, buy milk",
                    ("Clicks in this session: 2", "cherry", "buy milk"),
                    "Tempting: a reload looks like a rerun. It opens a new connection, and the "
                    "server starts a new, empty session.",
                ),
                Wrong(
                    "0 clicks, apple, no note",
                    ("Clicks in this session: 0", "apple", ""),
                    "Tempting: a reload loses everything. The URL survives, and the fruit is "
                    "bound to it.",
                ),
                Right(
                    "0 clicks, cherry, no note",
                    ("Clicks in this session: 0", "cherry", ""),
                ),
                Wrong(
                    "0 clicks, cherry, buy milk",
                    ("Clicks in this session: 0", "cherry", "buy milk"),
                    "Tempting: browsers refill typed fields after a reload. The note lives only "
                    "in session state, which the new session does not have.",
                ),
            ),
            why="A reload starts a new session whose state is empty, so the clicks and the "
            "note are gone. The URL is all the new session gets, and the bound fruit comes "
            "back from it.",
            see="What survives a reload",
        ),
    ),
    "too-much-data": (
        Question(
            snippet="too_much_data_cache.py",
            prompt="You choose **EMEA** in **Orders from**. Which keys does this session keep "
            "in `st.session_state`?",
            steps=(Enter("Orders from", "EMEA"),),
            observe=(Keys(),),
            options=(
                Right("Only `size_region`", ("size_region",)),
                Wrong(
                    "`size_region` and the orders",
                    ("orders", "size_region"),
                    "Tempting: the script holds a 100,000-row table. `orders` is a variable of "
                    "one run; the table lives once in the server's cache.",
                ),
                Wrong(
                    "None: `st.cache_data` keeps the choice too",
                    (),
                    "Tempting: the data is cached. The choice belongs to this user: the keyed "
                    "select box keeps it in session state.",
                ),
            ),
            why="The big table is loaded by `st.cache_data`, once per server and shared by "
            "every session. The session keeps only the user's choice, a few bytes.",
            see="Share big data with `st.cache_data` instead",
        ),
    ),
    "serializable": (
        Question(
            snippet="serializable_lambda_broken.py",
            prompt="With this app's `enforceSerializableSessionState = true`, the script stores "
            "a lambda, then writes a last line. What happens?",
            steps=(),
            observe=(Shown("The script itself ran"), Raised()),
            options=(
                Wrong(
                    "It fails at the assignment; the last line never shows",
                    (NOT_SHOWN, "streamlit.errors.UnserializableSessionStateError"),
                    "Tempting: that is where the lambda goes in. Streamlit checks the values "
                    "only when the run ends.",
                ),
                Right(
                    "The last line shows, then the run fails",
                    (
                        "The script itself ran to the end.",
                        "streamlit.errors.UnserializableSessionStateError",
                    ),
                ),
                Wrong(
                    "Nothing fails",
                    ("The script itself ran to the end.", None),
                    "True with Streamlit's default settings. With the option on, every value "
                    "in session state must pickle, and a lambda does not.",
                ),
            ),
            why="With the option on, Streamlit pickles every value in `st.session_state` "
            "after the script's last line. The lambda fails that check, so the run ends with "
            "`UnserializableSessionStateError`.",
            see="What happens without the check",
        ),
    ),
    "troubleshooting": (
        Question(
            snippet="troubleshooting_stale_read.py",
            prompt="You click **Like (inline)** once. What does the page say, and what is in "
            "`ts_likes`?",
            steps=(Click("Like (inline)"),),
            observe=(Shown("Likes:"), State("ts_likes")),
            options=(
                Wrong(
                    "Likes: 1, and 1",
                    ("Likes: 1", 1),
                    "Tempting: the click changed the state in this run. The line that shows it "
                    "ran above the button, before the `if` added one.",
                ),
                Right("Likes: 0, but 1 in state", ("Likes: 0", 1)),
                Wrong(
                    "Likes: 0, and 0: the click was lost",
                    ("Likes: 0", 0),
                    "Tempting: nothing seems to happen. The `if` did add one, after the line "
                    "was drawn; the next run shows it.",
                ),
            ),
            why="The script writes the count above the button, and the button's `if` adds one "
            "further down, in the same run. The state is right, the page one click behind.",
            see="Why does my state not update immediately?",
        ),
        Question(
            snippet="troubleshooting_reset_every_run.py",
            prompt="You type `Paris` into **City (reset every run)** and press Enter. What is "
            "in `ts_city_reset`?",
            steps=(Enter("City (reset every run)", "Paris"),),
            observe=(State("ts_city_reset"), Raised()),
            options=(
                Wrong(
                    "`'Paris'`",
                    ("Paris", None),
                    "Tempting: you typed it. The unguarded line at the top runs on every "
                    "rerun and writes Berlin before the widget is drawn.",
                ),
                Right("`'Berlin'`", ("Berlin", None)),
                Wrong(
                    "An error: the script writes a widget's key",
                    ("Berlin", ALREADY_THERE),
                    "Tempting: writing a widget's key can raise. Before the widget is created "
                    "in a run, it is allowed.",
                ),
            ),
            why='`st.session_state.ts_city_reset = "Berlin"` has no guard, so it runs on every '
            "rerun, before the widget, and replaces what you typed. Set defaults once.",
            see="Why does my text input keep resetting?",
        ),
    ),
    "widget-identity": (
        Question(
            snippet="widget_identity_condition.py",
            prompt="You switch on **Offer a discount**, set both discounts to 20, switch it "
            "off and on again. What are `wid_discount` and `wid_discount_kept`?",
            steps=(
                Enter("Offer a discount", True),
                Enter("Discount % (key only)", 20),
                Enter("Discount % (key + persist_state)", 20),
                Enter("Offer a discount", False),
                Enter("Offer a discount", True),
            ),
            observe=(State("wid_discount"), State("wid_discount_kept")),
            options=(
                Wrong(
                    "20 and 20",
                    (20, 20),
                    "Tempting: both have a key. A key does not keep a widget that is not "
                    "drawn: its value is dropped at the end of that run.",
                ),
                Right("5 and 20", (5, 20)),
                Wrong(
                    "5 and 5",
                    (5, 5),
                    'Tempting: both were hidden. `persist_state="page"` keeps a hidden '
                    "widget's value while you stay on the page.",
                ),
            ),
            why="The run with the switch off drew neither input, so Streamlit dropped the value "
            'of the one without `persist_state`; it comes back at 5. `persist_state="page"` '
            "kept the other at 20.",
            see="Keyed widgets inside a condition",
        ),
    ),
    "threads": (
        Question(
            snippet="threads_session_state_broken.py",
            prompt="The script sets `thr_number = 21`, then a worker thread reads "
            '`st.session_state["thr_number"]`. What does the thread get?',
            steps=(),
            observe=(Raised(),),
            options=(
                Wrong(
                    "21, and the page shows 42",
                    None,
                    "Tempting: the key is set one line above. In a thread you start, "
                    "`st.session_state` is an empty stand-in, not your session.",
                ),
                Right("`KeyError`", "KeyError"),
                Wrong(
                    "An error saying threads are not allowed",
                    "streamlit.errors.StreamlitAPIException",
                    "Tempting: Streamlit does not support `st.*` in your threads. It does not "
                    "refuse them: the read just finds no key.",
                ),
            ),
            why="Streamlit finds the session from the thread that makes the call, and a thread "
            "you start has no script run context. Read state in the script and pass values in.",
            see="How it works",
        ),
    ),
    "shared-state": (
        Question(
            snippet="shared_state_classes.py",
            prompt="An `Order` made on the first run is kept in a cache. You click **Rerun**. "
            "What does `isinstance(kept, Order)` say?",
            steps=(Click("Rerun"),),
            observe=(Shown("isinstance(kept, Order):"),),
            options=(
                Wrong(
                    "True",
                    "isinstance(kept, Order): True",
                    "Tempting: the object was made from `Order`. Each run executes "
                    "`class Order:` again and makes a new class.",
                ),
                Right("False", "isinstance(kept, Order): False"),
            ),
            why="Every run executes the script anew, so `class Order:` makes a new class each "
            "time. The kept object belongs to the first run's class, which is not this run's.",
            see="How it works",
        ),
    ),
    "chat": (
        Question(
            snippet="chat.py",
            prompt="The chat holds one question and its answer. You rate the answer thumbs "
            "up, open another lesson, and come back. What does the answer's rating show?",
            app_page="lessons/chat.py",
            given={
                "messages": [
                    {"role": "user", "content": "What is session state?"},
                    {
                        "role": "assistant",
                        "content": "Memory for one browser session.",
                        "id": 0,
                        "feedback": None,
                        "interrupted": False,
                    },
                ],
                "chat_next_id": 1,
            },
            given_text="the chat already holds one question and its answer",
            steps=(
                Enter(None, 1, key="chat_feedback_0", name="the answer"),
                SwitchPage("lessons/multipage.py", "go to another lesson"),
                SwitchPage("lessons/chat.py", "come back to the chat"),
            ),
            observe=(Value(None, key="chat_feedback_0"),),
            options=(
                Wrong(
                    "No rating: the widget lost it",
                    None,
                    "Tempting: a page switch deletes a widget's value. The callback copied the "
                    "rating into the message, and `default=` draws it again.",
                ),
                Right("Thumbs up", 1),
                Wrong(
                    "The answer is gone",
                    NOT_SHOWN,
                    "Tempting: the chat widgets were deleted. `messages` is a plain key, which "
                    "a page switch does not delete.",
                ),
            ),
            why="The rating's `on_change` copied it into the answer in `messages`, a plain key "
            "that survives the page switch. Back here, `default=` draws the rating from it.",
            see="How it works",
            tab="Pages and reloads",
        ),
    ),
    "fragments": (
        Question(
            snippet="fragments_counters.py",
            prompt="You click **Add one outside** twice. What do the two run counters say?",
            steps=(Click("Add one outside", times=2),),
            observe=(Shown("Page runs:"), Shown("Fragment runs:")),
            options=(
                Wrong(
                    "Page runs: 3, Fragment runs: 1",
                    ("Page runs: 3", "Fragment runs: 1"),
                    "Tempting: a fragment reruns on its own. That is when its own widgets are "
                    "used; a full run runs the fragment too.",
                ),
                Right(
                    "Page runs: 3, Fragment runs: 3",
                    ("Page runs: 3", "Fragment runs: 3"),
                ),
            ),
            why="A click outside the fragment reruns the whole script, and the fragment is part "
            "of it. Only a widget inside the fragment reruns the fragment alone.",
            see="How it works",
        ),
    ),
    "dialogs": (
        Question(
            snippet="dialogs_confirm_delete.py",
            prompt="You click **Delete** next to Bread, then **Delete** in the dialog. What are "
            "`dlg_items` and `dlg_result`?",
            steps=(
                Click("Delete", key="dlg_delete_2", where="next to Bread"),
                Click("Delete", key="dlg_yes", where="in the dialog"),
            ),
            observe=(State("dlg_items"), State("dlg_result")),
            options=(
                Wrong(
                    "Unchanged: a dialog cannot change the page's state",
                    ({1: "Apples", 2: "Bread", 3: "Coffee"}, "Nothing deleted yet."),
                    "Tempting: a dialog feels like a separate window. It runs in the same "
                    "session, and its button's callback writes the state.",
                ),
                Right(
                    "Bread is gone, and the result says so",
                    ({1: "Apples", 3: "Coffee"}, "Deleted Bread."),
                ),
                Wrong(
                    "Bread is gone, the result still says nothing was deleted",
                    ({1: "Apples", 3: "Coffee"}, "Nothing deleted yet."),
                    "Tempting: the result line is drawn above the list, as in a stale read. The "
                    "callback writes both keys before the rerun draws anything.",
                ),
            ),
            why="The dialog's button runs its `on_click` callback first, which deletes Bread "
            "and writes the result. `st.rerun()` then closes the dialog, and the page reads "
            "both from state.",
            see="How it works",
        ),
    ),
    "testing": (
        Question(
            snippet="testing_cart.py",
            prompt='A test sets `at.session_state["testing_cart"] = {"Tea": 2}` before its '
            "first `at.run()`. What total does the page show?",
            given={"testing_cart": {"Tea": 2}},
            given_text="a test set testing_cart to {'Tea': 2} before the first run",
            steps=(),
            observe=(Shown("Total:"),),
            options=(
                Wrong(
                    "Total: 0.00 €",
                    "Total: 0.00 €",
                    "Tempting: the script starts by setting the cart. It uses `setdefault`, "
                    "which leaves the test's cart alone.",
                ),
                Right("Total: 5.00 €", "Total: 5.00 €"),
                Wrong(
                    "An error: the script owns that key",
                    NOT_SHOWN,
                    "Tempting: a test seems to reach into the app. Assigning state before "
                    "`run()` is how AppTest starts a test in the middle of a flow.",
                ),
            ),
            why="State a test assigns before `run()` is in the session when the script starts, "
            "and `setdefault` keeps it. That is how a test starts in the middle of a flow.",
            see="How it works",
            tab="Clicks and state",
        ),
    ),
    "check-your-code": (
        Question(
            snippet="check_your_code_demo.py",
            prompt="You click **Add one** three times. What does the total say?",
            steps=(Click("Add one", times=3),),
            observe=(Shown("Total:"),),
            options=(
                Wrong(
                    "Total: 3",
                    "Total: 3",
                    "Tempting: three clicks, three calls. `on_click=add_one()` calls it while "
                    "the page is drawn and passes `None`.",
                ),
                Wrong(
                    "Total: 0",
                    "Total: 0",
                    "Tempting: the top line resets the total every run. It does, but "
                    "`add_one()` then runs in that same run.",
                ),
                Right("Total: 1", "Total: 1"),
            ),
            why="The first line sets the total to 0 on every run, and `add_one()` with "
            "parentheses runs once in every run, while the button gets no callback. So every "
            "run shows 1, clicked or not.",
            see="Check it",
        ),
        Question(
            snippet="check_your_code_demo.py",
            prompt="You click **Reset**, then **Really reset?**. Does the page say “Reset done.”?",
            steps=(Click("Reset"), Click("Really reset?")),
            observe=(Shown("Reset done."),),
            options=(
                Wrong(
                    "Yes",
                    "Reset done.",
                    "Tempting: you clicked both, in order. The second click reruns the script, "
                    "and in that run **Reset** is `False` again.",
                ),
                Right("No", NOT_SHOWN),
            ),
            why="A button is `True` only in the run its own click causes. Clicking **Really "
            "reset?** starts a run in which **Reset** is `False`, so the inner `if` never runs.",
            see="How it works",
        ),
    ),
}


def all_questions() -> Iterator[tuple[str, str, Question]]:
    """(question id, lesson slug, question) for every question, lesson by lesson."""
    for slug, questions in QUESTIONS.items():
        for number, question in enumerate(questions, start=1):
            yield f"{slug}.{number}", slug, question


def questions_for(slug: str) -> tuple[tuple[str, Question], ...]:
    """The lesson's questions with their ids (empty for a lesson without questions)."""
    return tuple(
        (f"{slug}.{number}", question)
        for number, question in enumerate(QUESTIONS.get(slug, ()), start=1)
    )


def question_by_id(question_id: str) -> Question | None:
    slug, _, number = question_id.rpartition(".")
    questions = QUESTIONS.get(slug, ())
    if not number.isdigit() or not 1 <= int(number) <= len(questions):
        return None
    return questions[int(number) - 1]


def question_words(slug: str) -> str:
    """Everything a lesson's questions say, for search."""
    return " ".join(question.words() for question in QUESTIONS.get(slug, ()))
