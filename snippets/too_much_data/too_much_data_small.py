import pickle

import streamlit as st

MAX_ROWS = 100_000  # a cap: every session keeps its own copy

st.session_state.setdefault("size_rows", [])
rows = st.session_state.size_rows

if st.button("Add 10,000 numbers", key="size_add"):
    rows.extend(range(10_000))
    del rows[MAX_ROWS:]
if st.button("Delete them", key="size_delete"):
    rows.clear()  # the only way the memory comes back

# What this key costs, in the server's memory, for this session.
size = len(pickle.dumps(rows))
st.write(f"{len(rows):,} numbers kept: {size:,} bytes pickled.")
