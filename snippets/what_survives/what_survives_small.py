import streamlit as st

# A plain variable starts again on every run of the script.
plain = 0
plain += 1
# A session-state key lives as long as the session (a reload ends it).
st.session_state.setdefault("survive_small_runs", 0)
st.session_state.survive_small_runs += 1

shown = st.checkbox(
    "Show the text box", True, key="survive_small_show"
)
if shown:  # a widget's key is dropped in a run that does not draw it
    st.text_input(
        "Type, then hide and show", key="survive_small_text"
    )

st.write(f"Plain variable: {plain}")
st.write(
    f"Runs in this session: {st.session_state.survive_small_runs}"
)
