import streamlit as st

st.session_state.setdefault("testing_clicks", 0)


def add_one() -> None:
    st.session_state.testing_clicks += 1


st.button("Add one", key="testing_add_one", on_click=add_one)
st.write(f"Clicks: {st.session_state.testing_clicks}")
