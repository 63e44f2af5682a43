import streamlit as st

st.session_state.setdefault("clicks", 0)


def add():
    st.session_state.clicks += 1


st.button("Add", on_click=add)
st.write(f"Clicks: {st.session_state.clicks}")
