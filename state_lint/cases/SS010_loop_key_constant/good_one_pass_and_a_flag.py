# A sidebar menu: the submenu buttons sit under `if page == "Reports" and <flag>`, so only the
# pass for "Reports" can draw them, whatever the flag says.
import streamlit as st

st.session_state.setdefault("reports_open", True)
for page in ["Home", "Reports", "Settings"]:
    st.button(page, key=f"menu_{page}")
    if page == "Reports" and st.session_state.reports_open:
        st.button("Monthly")
        st.button("Yearly", key="submenu_yearly")
