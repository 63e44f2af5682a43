"""What every lesson page runs in: the router, the lesson frame, the inspector and its helpers."""
