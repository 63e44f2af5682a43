# crashes on the first run: the loop sets theme and lang, not page
import streamlit as st

for name in ("theme", "lang"):
    st.session_state.setdefault(name, "")
st.caption("Settings: page, theme, lang")
st.write(st.session_state.page)  # [SS004]
