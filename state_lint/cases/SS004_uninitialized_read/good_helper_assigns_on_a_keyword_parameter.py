# runs clean: the state is handed over by keyword and the helper assigns its keys by subscript
import streamlit as st


def start_day(day: str, *, store: dict) -> None:
    store["day"] = day
    store["orders"] = []


start_day("Monday", store=st.session_state)
st.write(st.session_state.day, len(st.session_state.orders))
