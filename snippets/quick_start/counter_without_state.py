import streamlit as st

# A plain variable is created again on every rerun, so it can never
# get past 1.
naive_count = 0

if st.button("Increment (no session state)", key="naive_increment"):
    naive_count += 1

st.write("Count without session state:", naive_count)
