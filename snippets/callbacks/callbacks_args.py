import streamlit as st

st.session_state.setdefault("votes", {"cats": 0, "dogs": 0})
st.session_state.setdefault("last_vote", "")


def vote(animal: str, *, weight: int = 1) -> None:
    st.session_state.votes[animal] += weight
    st.session_state.last_vote = f"{animal} +{weight}"


cats, dogs, super_dogs = st.columns(3)
cats.button("Vote cats", on_click=vote, args=("cats",))
dogs.button("Vote dogs", on_click=vote, args=("dogs",))
super_dogs.button(
    "Super-vote dogs",
    on_click=vote,
    args=("dogs",),
    kwargs={"weight": 3},
)

st.write("Votes:", st.session_state.votes)
if st.session_state.last_vote:
    st.caption(f"Last vote: {st.session_state.last_vote}")
