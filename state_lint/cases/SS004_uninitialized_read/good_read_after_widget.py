# runs clean: the widget sets its key before the line below reads it
import streamlit as st

st.text_input("Name", key="name")
st.write("Hello", st.session_state.name)
