import pickle

import streamlit as st


def can_store(value: object) -> bool:
    """The check Streamlit makes on session state, made first."""
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


values = {"a dict": {"page_size": 25}, "a lambda": lambda x: x * 2}
choice = st.radio("Value", list(values), key="ser_small_pick")
if st.button("Store it", key="ser_small_store"):
    if can_store(values[choice]):
        st.session_state.ser_small_value = values[choice]
        st.success(f"Stored {choice}.")
    else:
        st.error(f"Not stored: pickle refuses {choice}.")
