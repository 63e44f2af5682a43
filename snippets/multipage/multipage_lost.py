import streamlit as st

# A plain key: your code sets it and no widget owns it.
st.session_state.setdefault("mp_clicks", 0)
if st.button("Add one"):
    st.session_state.mp_clicks += 1

# A keyed widget: Streamlit owns this key and deletes it at the end of
# the first run that does not draw the widget (another page, or an
# `if`).
st.text_input("Nickname", key="mp_nickname")

st.write("Clicks (plain key):", st.session_state.mp_clicks)
st.text(f"Nickname (widget key): {st.session_state.mp_nickname}")
