"""Run the app on several processes behind nginx with sticky sessions: `python -m deploy`."""
