"""Timestamps as stored: local time, ISO 8601, to the second."""

from __future__ import annotations

import uuid
from datetime import datetime


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def new_id() -> str:
    return str(uuid.uuid4())
