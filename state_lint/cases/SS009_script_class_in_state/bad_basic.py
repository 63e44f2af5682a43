import streamlit as st


class Point:
    pass


st.session_state.setdefault("point", Point())  # [SS009]
st.write(f"isinstance: {isinstance(st.session_state.point, Point)}")
