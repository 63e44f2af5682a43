from concurrent.futures import ThreadPoolExecutor

import streamlit as st

st.session_state.setdefault("thr_number", 21)
st.write(f"In the script: thr_number = {st.session_state.thr_number}")


def double_it() -> int:
    # Raises KeyError: this runs in a worker thread, which has no
    # script run context, so st.session_state here is not this
    # session's state.
    return st.session_state["thr_number"] * 2


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(double_it)
st.write(future.result())  # re-raises the worker's KeyError here
