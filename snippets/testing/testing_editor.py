import pandas as pd
import streamlit as st

stock = pd.DataFrame(
    {"item": ["Coffee", "Tea", "Cake"], "count": [12, 30, 4]}
)
# The edits live in session state under the editor's key.
edited = st.data_editor(
    stock, key="testing_editor", hide_index=True, disabled=["item"]
)
st.write(f"Items in stock: {int(edited['count'].sum())}")
low = edited.loc[edited["count"] < 5, "item"].tolist()
if low:
    st.warning("Running low: " + ", ".join(low))
