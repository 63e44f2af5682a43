"""Predict questions of the catalog's "Patterns" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import (
    MISSING,
    NOT_ON_PAGE,
    Click,
    EditTable,
    PageLine,
    Question,
    Raised,
    Reload,
    Right,
    SetValue,
    State,
    SwitchPage,
    Upload,
    Value,
    Wrong,
)

SECTION = "Patterns"
SAMPLE_CSV = b"region,sales\nAPAC,120\nEMEA,95\n"

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "toggle": (
        Question(
            id="toggle.1",
            snippet="toggle_advanced.py",
            prompt="You click **Toggle advanced options**, tick **Enable audit logging**, then "
            "click **Toggle advanced options** twice (close, open). Is the box ticked?",
            steps=(
                Click("Toggle advanced options"),
                SetValue("Enable audit logging", True),
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
                    NOT_ON_PAGE,
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
            id="toggle.2",
            snippet="toggle_switch.py",
            prompt="In the keyed version you switch on **Show advanced settings**, tick "
            "**Audit logging**, then switch the toggle off and on. What is in "
            "`audit_logging`?",
            steps=(
                SetValue("Show advanced settings", True),
                SetValue("Audit logging", True),
                SetValue("Show advanced settings", False),
                SetValue("Show advanced settings", True),
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
            id="wizard.1",
            snippet="wizard.py",
            prompt="You click **Use sample data** and **Continue**, choose **revenue** as the "
            "column to predict, click **Back**, then **Continue** again. What is in "
            "`wizard_target`?",
            steps=(
                Click("Use sample data"),
                Click("Continue"),
                SetValue("Column to predict", "revenue"),
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
            id="filters.1",
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
            id="filters.2",
            snippet="filters_dashboard.py",
            prompt="You pick **EMEA**, open the reload lesson, and come back with its link to "
            "this lesson. What is in `selected_regions`?",
            app_page="lessons/filters.py",
            steps=(
                SetValue("Regions", ["EMEA"]),
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
            id="forms.1",
            snippet="forms_profile.py",
            prompt="You type `ada@example.com` into **Email** and press **Save profile**. What "
            "do `email` and `saved_email` hold?",
            steps=(SetValue("Email", "ada@example.com"), Click("Save profile")),
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
            id="forms.2",
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
            id="working-data.1",
            snippet="working_data.py",
            prompt="You delete the first row in the table and click **Apply changes**. Then you "
            "open the same page in a new tab. How many rows has the new tab's copy?",
            steps=(
                EditTable("working_editor", deleted_rows=(0,)),
                Click("Apply changes"),
                Reload(new_tab=True),
            ),
            observe=(PageLine("Your copy:", until=" ×"),),
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
            id="containers.1",
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
            id="uploads.1",
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
            id="uploads.2",
            snippet="uploads_csv.py",
            prompt="You upload `sales.csv`, then switch **Show the uploader** off and on. "
            "What is on the page?",
            steps=(
                Upload("CSV file", "sales.csv", SAMPLE_CSV),
                SetValue("Show the uploader", False),
                SetValue("Show the uploader", True),
            ),
            observe=(PageLine("Loaded:"), Value("CSV file")),
            options=(
                Wrong(
                    "Neither the table nor the file",
                    (NOT_ON_PAGE, None),
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
}
