# An imported module's list is one object for every session.
import streamlit as st  # noqa: F401 (state-lint checks files that import it)

CART = []


def add(item):
    CART.append(item)  # [SS011]
