# The only writes come after the widget and raise (SS001, swallowed here), so the key never
# gets a session-state value and value= is not ignored.
import streamlit as st

name = st.text_input("Deck name", value="My deck", key="deck_name")
if st.button("Save"):
    try:
        st.session_state["deck_name"] = name.strip()  # [SS001]
    except Exception as exc:
        st.error(str(exc))
