import functools

import streamlit as st


def vote_for(animal):
    return lambda: st.session_state.update(vote=animal)


def vote(animal):
    st.session_state.vote = animal


st.button("Cats", on_click=vote_for("cats"))
st.button("Dogs", on_click=functools.partial(vote, "dogs"))
