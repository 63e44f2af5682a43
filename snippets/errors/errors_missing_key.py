import streamlit as st

# Fixed: give the key a value before the first read. setdefault never
# overwrites it.
st.session_state.setdefault("err_visits", 0)
st.session_state["err_visits"] += 1
st.write(
    f"Script runs in this session: {st.session_state['err_visits']}"
)
