import streamlit as st

# Nothing set this key yet, so += reads a missing key: KeyError.
st.session_state["err_visits_unset"] += 1
st.write("Visits:", st.session_state["err_visits_unset"])
