import datetime
import pickle
import threading

import pandas as pd
import streamlit as st

KINDS = ["dict", "DataFrame", "date", "lambda", "lock", "generator"]


def sample(kind: str) -> object:
    """A fresh value of each kind to try."""
    if kind == "dict":
        return {"theme": "dark", "page_size": 25}
    if kind == "DataFrame":
        return pd.DataFrame({"region": ["APAC"], "sales": [120]})
    if kind == "date":
        return datetime.date(2026, 1, 31)
    if kind == "lambda":
        return lambda x: x * 2
    if kind == "lock":
        return threading.Lock()
    return (n * n for n in range(3))


def pickle_problem(value: object) -> str | None:
    """None if pickle accepts the value, else why not. Streamlit
    runs this same check on every key when a run ends."""
    try:
        pickle.dumps(value)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


kind = st.radio(
    "Value to try", KINDS, horizontal=True, key="ser_kind"
)
problem = pickle_problem(sample(kind))
st.write("`pickle.dumps`:", problem or "OK")
if st.button("Store it as ser_value"):
    if problem is None:
        st.session_state.ser_value = sample(kind)
        st.success(f"Stored the {kind} as `ser_value`.")
    else:
        st.error(f"Not stored, the run would fail: {problem}")

verdicts = [pickle_problem(sample(each)) or "OK" for each in KINDS]
table = pd.DataFrame({"value": KINDS, "pickle.dumps": verdicts})
st.dataframe(table, hide_index=True)
