import streamlit as st

# Raises streamlit.errors.UnserializableSessionStateError: with
# runner.enforceSerializableSessionState = true, Streamlit pickles
# every value when the run ends, and a lambda cannot be pickled.
st.session_state.ser_callback = lambda x: x * 2

st.write("The script itself ran to the end.")
