"""The schema's migrations by name, readable without loading sqlite-utils.

Start-up reads the person's first page with a read-only sqlite3 connection before
sqlite-utils is loaded (store.database.first_look). It may do so only when the
database is exactly this version: no migration missing (an older app's file, to be
upgraded first) and none unknown (a newer app's file, to be refused). The
migrations themselves are in store.migrations, which checks at import that this
list names all of them, in order.
"""

from __future__ import annotations

MIGRATION_SET = "competence_app"
MIGRATIONS = (
    "m001_initial",
    "m002_plan",
    "m003_sessions_and_look_back",
    "m004_profile_lock",
    "m005_feedback",
    "m006_involvement",
)
