# async_to_sync(handler) returns a plain function: that is what on_click gets.
import streamlit as st
from asgiref.sync import async_to_sync


class Controller:
    async def handle_prediction_click(self):
        st.session_state.predicted = True


controller = Controller()
st.button("Start", on_click=async_to_sync(controller.handle_prediction_click))
