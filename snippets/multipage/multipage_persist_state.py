import streamlit as st

# Streamlit 1.59+: keep this widget's value for the whole session,
# also while another page is shown. Needs a key.
st.text_input(
    "Nickname (persist_state)", key="mp_kept", persist_state="session"
)

st.text(f"Kept nickname: {st.session_state.mp_kept}")
