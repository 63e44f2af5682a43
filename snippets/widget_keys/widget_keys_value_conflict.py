import streamlit as st

# Needs Streamlit 1.56 or newer: before it, Streamlit also shows
# the warning below on the page.

# The key already has a value in session state...
st.session_state.setdefault("team", "Data")

# ...and the widget also gets value=. The session-state value wins
# and value= is ignored; Streamlit only logs a warning on the server.
# Pick one: initialize the key, or pass value=.
st.text_input("Team", value="Platform", key="team")
st.text(f"Team in session state: {st.session_state.team}")
