# A script's own scratch lists, filled by a helper during one run and used in the same run.
import streamlit as st

arrivals = []
waits = []


def simulate(n):
    for i in range(n):
        arrivals.append(i)
        waits.append(i % 3)


simulate(st.slider("Visitors", 1, 50, 10))
st.line_chart(waits)
