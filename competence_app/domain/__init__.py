"""Plain data and pure functions: no Qt, no SQL."""
