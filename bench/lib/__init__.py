"""What the suite and the probes share: servers and statistics, AppTest run server-like,
Chromium clicks, the agent API client, the bare lesson and the report table."""
