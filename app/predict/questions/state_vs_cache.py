"""Predict questions of the catalog's "State vs cache" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import (
    Click,
    Filled,
    PageLine,
    Question,
    Right,
    SetValue,
    SwitchPage,
    Wrong,
)

SECTION = "State vs cache"
WIDGET_KEYS = ("survive_widget", "survive_page", "survive_session", "survive_url")

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "cache-vs-state": (
        Question(
            id="cache-vs-state.1",
            snippet="cache_vs_state_copies.py",
            prompt="On a fresh server you click **Append LATAM to both results** twice. What "
            "do the two cached functions return now?",
            steps=(Click("Append LATAM to both results", times=2),),
            observe=(
                PageLine("st.cache_data now returns"),
                PageLine("st.cache_resource now returns"),
            ),
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
            id="what-survives.1",
            snippet="what_survives_stores.py",
            prompt="You press **Store a new value everywhere**, go to the other page and come "
            "back with its link. Which of the four text inputs still hold the value?",
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
            id="durable-state.1",
            snippet="durable_state_two_tabs.py",
            prompt="Without the version check, you click **Add milk** in tab A, then **Add "
            "eggs** in tab B. What is in the store?",
            steps=(Click("Add milk"), Click("Add eggs")),
            observe=(PageLine("In the store:"),),
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
            see="What a real store must handle",
            tab="Two tabs at once",
        ),
        Question(
            id="durable-state.2",
            snippet="durable_state_two_tabs.py",
            prompt="Now with **Check the version before saving** on: **Add milk** in tab A, then "
            "**Add eggs** in tab B. What is in the store?",
            steps=(
                SetValue("Check the version before saving (the fix)", True),
                Click("Add milk"),
                Click("Add eggs"),
            ),
            observe=(PageLine("In the store:"),),
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
            see="What a real store must handle",
            tab="Two tabs at once",
        ),
    ),
}
