import streamlit as st

st.session_state.setdefault("show_advanced", False)

if st.button("Toggle advanced options"):
    st.session_state.show_advanced = (
        not st.session_state.show_advanced
    )

if st.session_state.show_advanced:
    st.checkbox("Enable audit logging")
    st.checkbox("Use experimental prompt template")
