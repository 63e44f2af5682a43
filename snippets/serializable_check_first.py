import pickle

import streamlit as st


def store_if_picklable(key: str, value: object) -> str | None:
    """Store value under key only if pickle accepts it; otherwise return why not."""
    try:
        pickle.dumps(value)
    except Exception as exc:  # the same test Streamlit runs after every script run
        return f"{type(exc).__name__}: {exc}"
    st.session_state[key] = value
    return None


left, right = st.columns(2)
if left.button("Store a dict"):
    problem = store_if_picklable("ser_settings", {"theme": "dark", "page_size": 25})
    st.success("Stored `ser_settings`.") if problem is None else st.error(problem)
if right.button("Store a lambda"):
    problem = store_if_picklable("ser_format", lambda x: f"{x:.2f}")
    st.success("Stored `ser_format`.") if problem is None else st.error(f"Not stored: {problem}")

stored = [key for key in ("ser_settings", "ser_format") if key in st.session_state]
st.write(f"Stored so far: {', '.join(stored) or 'nothing'}")
