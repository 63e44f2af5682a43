"""The Session State Patterns app: catalog, lesson frame, Predict and one-lesson parts."""
