import streamlit as st

# Raises KeyError: nothing set this key yet, so += reads a missing
# key.
st.session_state["err_visits_unset"] += 1
st.write("Visits:", st.session_state["err_visits_unset"])
