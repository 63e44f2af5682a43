"""Not the app: the local servers and clients that tests, bench and deploy start and drive."""
