from concurrent.futures import ThreadPoolExecutor

import streamlit as st

st.number_input("Number", value=21, step=1, key="thr_value")


def double_it(number: int) -> int:
    return number * 2  # works only on what it was given: no st.*


# Read state in the script, pass the value in, and write the
# result back in the script: only the script's thread touches st.*.
with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(double_it, st.session_state.thr_value)
st.session_state.thr_doubled = future.result()
st.write(f"Doubled by a worker: {st.session_state.thr_doubled}")
