import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

OPTION = "runner.enforceSerializableSessionState"

lesson = lesson_header("serializable")

enforced = st.get_option(OPTION)
prose(
    f"This app runs with `{OPTION} = {str(enforced).lower()}` "
    "(in `.streamlit/config.toml`). With the option on, Streamlit pickles every value in "
    "`st.session_state` when a script run ends, and the run fails with "
    "`UnserializableSessionStateError` if one of them cannot be pickled. It is off by "
    "default; turn it on to catch such a value in the very run that stores it.",
    "## The smallest version",
    "Make the same check first: store a value only if `pickle.dumps` accepts it. Store the "
    "dict, then try the lambda.",
)
show_snippet(lesson, "serializable_small.py")
prose(
    "## The complete pattern: try a value",
    "Pick a value and store it. The snippet runs the same check Streamlit runs, `pickle.dumps`, "
    "first, so a value that would fail is refused and never reaches `st.session_state`.",
)
show_snippet(lesson, "serializable_explorer.py")

prose("## The pattern: check before you store")
show_snippet(lesson, "serializable_check_first.py")

prose(
    "## What happens without the check",
    "This snippet stores a lambda. The script runs to its last line; then Streamlit's check "
    "fails and the run ends with the error below. (The page ran Streamlit's check itself and "
    "removed the lambda, so this page keeps working.)",
)
show_snippet(lesson, "serializable_lambda_broken.py")

how_it_works(
    """
- The check is `pickle.dumps(value)` for every key, after every script run, and only when
  the option is on. It does not run at the moment you assign the value, so the line at fault
  is not in the traceback: look for the key name in the message.
- Plain data pickles: numbers, strings, lists, dicts, DataFrames, dates, and instances of
  classes defined in a module you import.
- Behaviour and live resources do not: lambdas and nested functions, locks and threads, open
  files and connections, generators. Store the data they work on instead, and keep shared
  resources in `st.cache_resource`.
- A bad value stays in `st.session_state`, so every following run fails too, until you
  delete the key.
"""
)

pitfalls(
    [
        "A dataclass defined in the script file itself pickles on the run that created it and "
        "fails on the next rerun: each run defines a new class with the same name. Define it in "
        "a module you import, or store `dataclasses.asdict(obj)`.",
        "Streamlit reads the option from `.streamlit/config.toml` beside the script you run, "
        "which wins over the one in the folder you start `streamlit run` in (and over "
        "`~/.streamlit/config.toml`); an environment variable or a command-line flag wins over "
        "both. A copied script with none of them runs unchecked.",
        "Passing the check does not make a value small: see the lesson on data size below.",
    ]
)
lesson_link("too-much-data")
