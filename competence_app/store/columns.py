"""How a list is kept in one column (JSON text), read and written the same way everywhere,
so the screens, the data file and an import all see the same list."""

from __future__ import annotations

import json


def string_list(stored: str | None) -> list[str]:
    """The texts in a JSON list column; anything unreadable counts as an empty list."""
    try:
        value = json.loads(stored or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def list_column(values: list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)
