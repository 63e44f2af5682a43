"""Shared machinery around the snippets: catalog, lesson frame, inspector, timeline, state."""
