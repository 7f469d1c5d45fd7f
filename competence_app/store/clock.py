"""Timestamps as stored: local time, ISO 8601, to the second."""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def new_id() -> str:
    import uuid  # with platform, which it loads, about 6 ms the first page does not need

    return str(uuid.uuid4())
