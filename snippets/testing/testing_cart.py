import streamlit as st

PRICES = {"Coffee": 3.5, "Tea": 2.5, "Cake": 4.0}

st.session_state.setdefault("testing_cart", {})


def add_to_cart() -> None:
    item = st.session_state.testing_item
    cart = st.session_state.testing_cart
    cart[item] = cart.get(item, 0) + st.session_state.testing_qty


def empty_cart() -> None:
    st.session_state.testing_cart = {}


st.selectbox("Item", list(PRICES), key="testing_item")
st.number_input("Quantity", 1, 10, key="testing_qty")
add, empty = st.columns(2)
add.button("Add to cart", key="testing_add", on_click=add_to_cart)
empty.button(
    "Empty the cart",
    key="testing_empty",
    on_click=empty_cart,
    disabled=not st.session_state.testing_cart,
)

cart = st.session_state.testing_cart
for item, quantity in cart.items():
    st.text(f"{quantity} × {item}")
total = sum(PRICES[item] * n for item, n in cart.items())
st.write(f"Total: {total:.2f} €")
