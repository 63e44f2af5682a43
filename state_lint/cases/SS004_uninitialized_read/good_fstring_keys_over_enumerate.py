# runs clean: the fee band inputs get keys band_1_fee ... band_3_fee from the loop; the form
# data is read only after a click, when every input has been drawn
import streamlit as st

BANDS = [("Up to 3,000", "One month"), ("3,001 to 6,000", "One month"), ("Above", "Two months")]
for number, (salary, fee) in enumerate(BANDS, start=1):
    left, right = st.columns(2)
    left.text_input("Salary", value=salary, key=f"band_{number}_salary")
    right.text_input("Fee", value=fee, key=f"band_{number}_fee")


def collect() -> dict[str, str]:
    return {"first": st.session_state["band_1_fee"], "last": st.session_state["band_3_salary"]}


if st.button("Generate"):
    st.write(collect())
