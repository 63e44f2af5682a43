import streamlit as st

# With runner.enforceSerializableSessionState = true, Streamlit
# pickles every value when the run ends: a lambda cannot be pickled,
# so the run fails with UnserializableSessionStateError.
st.session_state.ser_callback = lambda x: x * 2

st.write("The script itself ran to the end.")
