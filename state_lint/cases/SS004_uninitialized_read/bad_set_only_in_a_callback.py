# crashes on the first run: the callback has not run yet when the result is shown
import streamlit as st


def predict() -> None:
    st.session_state.result = "positive"


st.button("Predict", on_click=predict)
st.write("Prediction:", st.session_state.result)  # [SS004]
