"""Profiles: the person (or people, on a shared laptop) using this data folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from competence_app.domain.model import Profile
from competence_app.i18n import translate
from competence_app.settings import CURRENT_PERSON
from competence_app.store import preferences
from competence_app.store.clock import new_id, now_iso
from competence_app.store.columns import list_column, string_list
from competence_app.store.rows import all_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

CURRENT_PROFILE_KEY = CURRENT_PERSON.key  # the erase removes it with the person


def _row_to_profile(row: dict) -> Profile:
    return Profile(
        id=row["id"],
        name=row["name"],
        self_words=string_list(row["self_words"]),
        created_at=row["created_at"],
    )


def create_profile(db: Database, name: str = "", self_words: list[str] | None = None) -> Profile:
    stamp = now_iso()
    profile = Profile(id=new_id(), name=name.strip(), self_words=list(self_words or []))
    profile.created_at = stamp
    with db.atomic():
        db["profiles"].insert(
            {
                "id": profile.id,
                "name": profile.name,
                "self_words": list_column(profile.self_words),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        preferences.write(db, CURRENT_PERSON, profile.id)
    return profile


def update_profile(db: Database, profile: Profile) -> None:
    db["profiles"].update(
        profile.id,
        {
            "name": profile.name.strip(),
            "self_words": list_column(profile.self_words),
            "updated_at": now_iso(),
        },
    )


def list_profiles(db: Database) -> list[Profile]:
    return [_row_to_profile(r) for r in all_rows(db, "SELECT * FROM profiles ORDER BY created_at")]


def current_profile(db: Database) -> Profile | None:
    """The profile last used, or the first one, or None on a first run."""
    wanted = preferences.read(db, CURRENT_PERSON)
    profiles = list_profiles(db)
    for profile in profiles:
        if profile.id == wanted:
            return profile
    return profiles[0] if profiles else None


def set_current_profile(db: Database, profile_id: str) -> None:
    preferences.write(db, CURRENT_PERSON, profile_id)


def display_name(profile: Profile, index: int) -> str:
    """A name to show in lists, even for someone who chose not to give one."""
    return profile.name or translate("store", "Person {number}").format(number=index + 1)
