# A custom component sets its key when drawn; the read runs only after a click, and the click
# comes after a run that drew it.
import streamlit as st

counter = st.components.v2.component("counter", html="<button>+1</button>")
if st.button("Reset the counter"):
    st.session_state["counter_1"]["count"] = 0
counter(key="counter_1")
st.write("Count:", st.session_state.counter_1)
