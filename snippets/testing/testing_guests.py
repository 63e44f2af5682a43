import streamlit as st

st.session_state.setdefault("testing_guests", [])


def add_guest() -> None:
    name = st.session_state.testing_guest.strip()
    if name:
        seats = st.session_state.testing_seats
        st.session_state.testing_guests.append(f"{name}: {seats}")


# clear_on_submit empties the form after each submit.
with st.form("testing_guest_form", clear_on_submit=True):
    st.text_input("Guest", key="testing_guest")
    st.number_input("Seats", 1, 4, key="testing_seats")
    st.form_submit_button("Add guest", on_click=add_guest)

for guest in st.session_state.testing_guests:
    st.text(guest)
