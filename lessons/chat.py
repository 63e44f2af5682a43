import streamlit as st

from app.catalog import lesson_by_slug
from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_before_after,
    show_snippet,
)

lesson = lesson_header("chat")
# Where to keep a conversation that must outlive a reload: the durable-state lesson once it
# exists, until then the lesson that explains what a reload keeps.
DURABLE = "durable-state" if lesson_by_slug("durable-state") else "reload"

st.markdown(
    "A chat keeps its conversation in `st.session_state.messages`, a list of "
    '`{"role": ..., "content": ...}` dicts. Every rerun draws the whole list again, then '
    "answers the new question."
)
prose(
    "## The smallest chat",
    "Send a few messages. The turn is saved to the list before anything is drawn, and the "
    "whole list is drawn again on every run.",
)
show_snippet(lesson, "chat_small.py")
prose(
    "## The complete pattern",
    "Streamed answers, feedback on each answer, regenerate, clear, and what an interrupted "
    "answer leaves behind.",
)

chat_tab, interrupt_tab, mode_tab, pages_tab = st.tabs(
    ["The chat", "Interrupted answers", "submit_mode", "Pages and reloads"]
)

with chat_tab:
    st.markdown(
        "Ask a few questions. While an answer streams, rate an earlier answer: the click "
        "stops the answer, but the words already shown stay, marked *Interrupted*. "
        "**Regenerate last answer** replaces the last answer with a new one. Ask five "
        "questions to see the oldest turn dropped."
    )
    show_snippet(lesson, "chat.py")

with interrupt_tab:
    show_before_after(
        lesson,
        "chat_naive.py",
        "chat_saved.py",
        title="A click during an answer",
        intro=(
            "Any click reruns the script, and the rerun stops the running script at its next "
            "Streamlit call: the next streamed word. In each demo, ask something, then press "
            "**Click me during an answer** (or send a second question) before the answer "
            "ends. The naive version saves the turn after `st.write_stream` returns, which "
            "never happens: your question and the words you saw are gone. The fix saves the "
            "question and an empty reply marked `interrupted` *before* streaming, and adds "
            "each word to the reply once it is shown."
        ),
    )

with mode_tab:
    st.markdown(
        "`st.chat_input(submit_mode=...)` (Streamlit 1.59+) decides what the input allows "
        "while the script is still running after you sent a message:"
    )
    st.table(
        [
            {
                "submit_mode": '"submit" (default)',
                "while an answer runs": "You can send again; that rerun cuts the answer off.",
            },
            {
                "submit_mode": '"disable"',
                "while an answer runs": "The input is disabled until the run ends. "
                "Other widgets can still rerun.",
            },
            {
                "submit_mode": '"stop"',
                "while an answer runs": "The send button becomes a stop button: it ends "
                "the run, and no rerun follows.",
            },
        ]
    )
    st.markdown(
        "No mode writes to session state: each one only changes which reruns can happen "
        "during an answer. After a stop, the state keeps what the run saved before it "
        "stopped, so with the saved pattern the partial answer stays (still marked "
        "interrupted; the mark appears with the next rerun)."
    )
    show_snippet(lesson, "chat_submit_mode.py")

with pages_tab:
    st.markdown(
        "`messages` is a plain key: a page switch does not delete it. Ask something in "
        "**The chat**, open the lesson below, then come back with your browser's Back "
        "button: the conversation is still there, ratings included. The chat input and the "
        "feedback buttons are widgets, which a page switch deletes; each rating survives "
        "because its callback copied it into the answer, and `default=` draws it again."
    )
    lesson_link("multipage")
    st.markdown(
        "A reload starts a new session, and the conversation is gone. To keep it across "
        "reloads, store it outside the session:"
    )
    lesson_link(DURABLE)

how_it_works(
    """
1. `st.chat_input` returns your text once, in the run right after you send it, and `None` in
   every later run. Whatever must stay goes into session state in that run.
2. The history is drawn from `st.session_state.messages` on every run, so a rerun for any
   reason (a click, a rating, a page switch and back) shows the same conversation.
3. `st.write_stream` returns the text only after the last chunk. Every chunk it writes is a
   point where a waiting rerun stops the script, so code after it may never run.
4. The fix appends the question and an empty reply with `"interrupted": True` before the
   first word; `saved_as_shown` adds each word to that reply once it is on screen; the flag
   turns `False` after the last word.
5. Each answer has an id from the counter `chat_next_id`. Its `st.feedback` is keyed
   `chat_feedback_<id>`; the `on_change` callback copies the rating into the answer.
6. **Regenerate** removes the last answer in its callback; the script then answers any
   question left without an answer. **Clear conversation** empties the list.
7. Past `MAX_MESSAGES`, the oldest question and answer are deleted and `chat_dropped`
   counts them for the note above the chat. The demos in the other tabs keep the same cap,
   without the note.
"""
)

pitfalls(
    [
        "Key per-answer widgets by an id stored in the message, not by list position: when "
        "old turns are dropped, positions shift and ratings would move to other answers.",
        "`st.write_stream` renders text chunks as Markdown. Show the user's own text with "
        "`st.text`, never through Markdown.",
        "A widget inside `st.chat_message` is deleted with its value on a page switch or when "
        "its message is gone. Keep what matters in the message itself.",
        "A reload empties `messages` like every other key.",
        "A history without a cap grows with every question, and every rerun sends all of it "
        "to the browser again: cap the messages (`MAX_MESSAGES`) and each question "
        "(`max_chars` in the box, and cut again in the script: the browser stops at the "
        "limit, but a client other than the browser can send more).",
    ]
)
