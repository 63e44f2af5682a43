import streamlit as st

# The old trick: re-assign the widget's key to itself before the
# widget. It only protects the value if these two lines run on EVERY
# page (or in the router file). Here they run on this page only.
if "mp_trick" in st.session_state:
    st.session_state.mp_trick = st.session_state.mp_trick

st.text_input("Nickname (old trick)", key="mp_trick")

st.text(f"Trick nickname: {st.session_state.mp_trick}")
