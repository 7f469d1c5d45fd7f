"""Storage: SQLite through sqlite-utils. No Qt here; every function takes the database."""
