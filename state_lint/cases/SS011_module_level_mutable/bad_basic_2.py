import streamlit as st

CART: dict[str, int] = {}


def add(item):
    CART[item] = CART.get(item, 0) + 1  # [SS011]


st.button("Add", on_click=add, args=("tea",))
