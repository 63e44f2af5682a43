# The widget is drawn in one branch, the state write is in the other: they never meet in a run.
import streamlit as st

st.selectbox("Bin peaks", ["auto", True, False], key="bin_peaks")
if st.session_state["bin_peaks"] is True:
    st.number_input("Number of bins", 1, 10000, 50, key="num_bins")
else:
    st.session_state["num_bins"] = 50
