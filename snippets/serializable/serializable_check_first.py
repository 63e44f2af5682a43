import pickle

import streamlit as st


def store_if_picklable(key: str, value: object) -> str | None:
    """Store value under key if pickle accepts it, else say why."""
    try:
        # The same test Streamlit runs after every script run.
        pickle.dumps(value)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    st.session_state[key] = value
    return None


left, right = st.columns(2)
if left.button("Store a dict"):
    settings = {"theme": "dark", "page_size": 25}
    problem = store_if_picklable("ser_settings", settings)
    if problem is None:
        st.success("Stored `ser_settings`.")
    else:
        st.error(problem)
if right.button("Store a lambda"):
    problem = store_if_picklable("ser_format", lambda x: f"{x:.2f}")
    if problem is None:
        st.success("Stored `ser_format`.")
    else:
        st.error(f"Not stored: {problem}")

keys = ("ser_settings", "ser_format")
stored = [key for key in keys if key in st.session_state]
st.write(f"Stored so far: {', '.join(stored) or 'nothing'}")
