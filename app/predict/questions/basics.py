"""Predict questions of the catalog's "Basics" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import (
    NOT_ON_PAGE,
    Click,
    PageLine,
    Question,
    Raised,
    Reload,
    Rerun,
    Right,
    SetValue,
    State,
    Value,
    Wrong,
)
from app.predict.questions.shared import ALREADY_THERE

SECTION = "Basics"

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "quick-start": (
        Question(
            id="quick-start.1",
            snippet="counter_without_state.py",
            prompt="You click **Increment (no session state)** three times. What does the line "
            "under the button say?",
            steps=(Click("Increment (no session state)", times=3),),
            observe=(PageLine("Count without session state:"),),
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
            id="quick-start.2",
            snippet="counter.py",
            prompt="You click **Increment** three times, then reload the browser tab. What does "
            "the counter show?",
            steps=(Click("Increment", times=3), Reload()),
            observe=(PageLine("Count:"),),
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
            id="initialize.1",
            snippet="initialize_setdefault.py",
            prompt="You set **Page size** to 50, then use anything else on the page so the "
            "script reruns. What is `st.session_state.page_size` now?",
            steps=(SetValue("Page size", 50), Rerun()),
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
            id="initialize.2",
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
            id="widget-keys.1",
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
                    (NOT_ON_PAGE, "streamlit.errors.StreamlitAPIException"),
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
            id="callbacks.1",
            snippet="callbacks_save_name.py",
            prompt="You type `'  Ada  '` (two spaces on each side) into **Your name**, press "
            "Enter, and click **Save**. What is in `submitted_name`?",
            steps=(SetValue("Your name", "  Ada  "), Click("Save")),
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
            id="callbacks.2",
            snippet="callbacks_on_change.py",
            prompt="You type 100 into **Celsius** and press Enter. What does **Fahrenheit** show?",
            steps=(SetValue("Celsius", 100.0),),
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
                    (NOT_ON_PAGE, ALREADY_THERE),
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
}
