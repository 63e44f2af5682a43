import streamlit as st

from components.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    show_snippet,
)
from components.serializable import (
    SAMPLE_KINDS,
    pickle_outcome,
    sample,
    store_if_serializable,
    streamlit_verdict,
)

OPTION = "runner.enforceSerializableSessionState"

lesson = lesson_header("serializable")

enforced = st.get_option(OPTION)
st.markdown(
    f"This app runs with `{OPTION} = {str(enforced).lower()}` "
    "(in `.streamlit/config.toml`). With the option on, Streamlit pickles every value in "
    "`st.session_state` when a script run ends, and the run fails with "
    "`UnserializableSessionStateError` if one of them cannot be pickled. It is off by "
    "default; turn it on to catch such a value in the very run that stores it."
)

st.header("Try a value", anchor=False)
st.markdown(
    "Pick a value and store it. The page asks Streamlit's own check first, so a value that "
    "would fail is refused and never reaches `st.session_state`."
)
kind = st.radio("Value to try", SAMPLE_KINDS, horizontal=True, key="ser_kind")
with sample(kind) as value:
    st.markdown(f"`pickle.dumps` → {pickle_outcome(value)}")
    if st.button("Store it as `ser_value`", icon=":material/save:"):
        refusal = store_if_serializable("ser_value", value)
        if refusal is None:
            st.success(f"Stored the {kind} as `ser_value`; the run ends without an error.")
        else:
            st.error(
                f"Refused: Streamlit would raise **{type(refusal).__name__}**:\n\n{refusal}",
                icon=":material/block:",
            )

st.subheader("All seven at a glance", anchor=False)
rows = []
for each in SAMPLE_KINDS:
    with sample(each) as value:
        refusal = streamlit_verdict("ser_value", value)
        rows.append(
            {
                "value": each,
                "pickle.dumps": pickle_outcome(value),
                "at the end of the run": ("passes" if refusal is None else type(refusal).__name__),
            }
        )
st.table(rows)

st.header("The pattern: check before you store", anchor=False)
show_snippet(lesson, "serializable_check_first.py")

st.header("What happens without the check", anchor=False)
st.markdown(
    "This snippet stores a lambda. The script runs to its last line; then Streamlit's check "
    "fails and the run ends with the error below. (The page ran Streamlit's check itself and "
    "removed the lambda, so this page keeps working.)"
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
