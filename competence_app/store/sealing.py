"""A profile locked with a passphrase: its free text sealed at rest.

On a shared laptop anyone at the keyboard, or anyone with a copy of the data folder,
could read another person's stories. A person may lock their profile: every free-text
field of theirs (declared once, in SEALED) is then stored encrypted with AES-GCM (an
authenticated cipher: a changed byte is noticed, never silently decrypted), under a
key derived from the passphrase with scrypt (memory-hard, so guessing is slow even on
special hardware). Levels, dates and other numbers stay plain, so the app can still
tell how far a reflection has got without the passphrase.

There is no back door: without the passphrase the words cannot be read back, by
anyone. The key lives only in this process's memory, for the open database.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING

from competence_app.i18n import translate

if TYPE_CHECKING:
    from sqlite_utils import Database

# Every free-text column that can hold a person's words, and how a row finds its owner.
# A new free-text field is added here, and is then sealed like the rest.
SEALED: dict[str, tuple[str, ...]] = {
    "reflections": ("label",),
    "competence_answers": ("example",),
    "role_answers": ("notes",),
    "goals": ("title", "why", "evidence", "who_can_help"),
    "goal_actions": ("text",),
    "goal_supports": ("detail",),
    "plans": ("drains", "restores", "talk_to", "mentor_name", "mentor_how"),
    "feedback_rounds": ("giver_name", "competences", "goals", "strengths", "focus", "next_steps"),
    "involvements": (
        "organisation",
        "title",
        "impact",
        "debrief_what",
        "debrief_so_what",
        "debrief_now_what",
    ),
}
# SQL that selects a table's rows of one profile (:p), with their rowid.
_OWNED = {
    "reflections": "SELECT rowid, * FROM reflections WHERE profile_id = :p",
    "competence_answers": "SELECT rowid, * FROM competence_answers WHERE reflection_id IN "
    "(SELECT id FROM reflections WHERE profile_id = :p)",
    "role_answers": "SELECT rowid, * FROM role_answers WHERE reflection_id IN "
    "(SELECT id FROM reflections WHERE profile_id = :p)",
    "goals": "SELECT rowid, * FROM goals WHERE profile_id = :p",
    "goal_actions": "SELECT rowid, * FROM goal_actions WHERE goal_id IN "
    "(SELECT id FROM goals WHERE profile_id = :p)",
    "goal_supports": "SELECT rowid, * FROM goal_supports WHERE goal_id IN "
    "(SELECT id FROM goals WHERE profile_id = :p)",
    "plans": "SELECT rowid, * FROM plans WHERE profile_id = :p",
    "feedback_rounds": "SELECT rowid, * FROM feedback_rounds WHERE profile_id = :p",
    "involvements": "SELECT rowid, * FROM involvements WHERE profile_id = :p",
}

MARK = "sealed:1:"
# scrypt's cost: 2**15 blocks of 8 x 128 bytes is 32 MiB of memory per guess, and about
# a tenth of a second on a laptop; kept with each profile so it can be raised later.
COST = "scrypt:15:8:1"
_CHECK = "companion-passphrase-check"
# database file -> profile id -> key; in this process's memory only, never written.
_KEYRING: dict[str, dict[str, bytes]] = {}


class LockedError(Exception):
    """The profile is locked and its passphrase has not been given; for people."""


class WrongPassphraseError(LockedError):
    """The passphrase given does not open the profile."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive_key(passphrase: str, salt: bytes, cost: str = COST) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    _, log_n, r, p = cost.split(":")
    return Scrypt(salt=salt, length=32, n=2 ** int(log_n), r=int(r), p=int(p)).derive(
        passphrase.encode("utf-8")
    )


def _aad(profile_id: str, where: str) -> bytes:
    # Binding each value to its owner and its column: a sealed value copied into another
    # field or another person's row does not open.
    return f"{profile_id}|{where}".encode()


def seal_text(key: bytes, profile_id: str, where: str, text: str) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if text is None or text == "":
        return text  # an empty field says nothing, and stays searchable as empty
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(profile_id, where))
    return MARK + _b64(nonce + sealed)


def open_text(key: bytes | None, profile_id: str, where: str, value: str | None) -> str | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(value, str) or not value.startswith(MARK):
        return value
    if key is None:
        raise LockedError(
            translate("sealing", "This profile is locked: give its passphrase to open it.")
        )
    raw = base64.b64decode(value[len(MARK) :])
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], _aad(profile_id, where)).decode("utf-8")
    except InvalidTag as error:
        raise LockedError(
            translate("sealing", "Some of this profile's words cannot be opened with this key.")
        ) from error


# -- the keys of this process ------------------------------------------------------------


def _keys(db: Database) -> dict[str, bytes]:
    # By database file, not by connection: the app closes and reopens its database (after
    # a restore, say) without asking the person for their passphrase again.
    file = db.execute("PRAGMA database_list").fetchone()[2]
    return _KEYRING.setdefault(file or f"memory:{id(db.conn)}", {})


def _lock_row(db: Database, profile_id: str) -> tuple[str, str, str] | None:
    row = db.execute(
        "SELECT lock_salt, lock_check, lock_cost FROM profiles WHERE id = ?", [profile_id]
    ).fetchone()
    if row is None or not row[0]:
        return None
    return row


def is_locked(db: Database, profile_id: str) -> bool:
    """The profile has a passphrase (whether or not it was given in this session)."""
    return _lock_row(db, profile_id) is not None


def is_open(db: Database, profile_id: str) -> bool:
    """Its words can be read now: no passphrase, or the passphrase was given."""
    return not is_locked(db, profile_id) or profile_id in _keys(db)


def key_for(db: Database, profile_id: str) -> bytes | None:
    """The key to seal and open this profile's words, or None when it is not locked."""
    keys = _keys(db)
    if profile_id in keys:
        return keys[profile_id]
    if not is_locked(db, profile_id):
        return None
    raise LockedError(
        translate("sealing", "This profile is locked: give its passphrase to open it.")
    )


def unlock(db: Database, profile_id: str, passphrase: str) -> None:
    """Check the passphrase and keep the key for this session; WrongPassphraseError if not."""
    row = _lock_row(db, profile_id)
    if row is None:
        return
    salt, check, cost = row
    key = derive_key(passphrase, base64.b64decode(salt), cost)
    try:
        opened = open_text(key, profile_id, "check", check)
    except LockedError:
        opened = None
    if opened != _CHECK:
        raise WrongPassphraseError(
            translate("sealing", "That passphrase does not open this profile. Please try again.")
        )
    _keys(db)[profile_id] = key


def forget(db: Database, profile_id: str | None = None) -> None:
    """Drop the key (or every key): the profile must be unlocked again to be read."""
    keys = _keys(db)
    if profile_id is None:
        keys.clear()
    else:
        keys.pop(profile_id, None)


def wrong_try_delay(failures: int) -> float:
    """Seconds to wait before the next try: none for the first three, then doubling."""
    return 0.0 if failures < 3 else min(30.0, 2.0 ** (failures - 2))


# -- rows in and out ----------------------------------------------------------------------


def seal_values(db: Database, table: str, profile_id: str, values: dict) -> dict:
    """values with this table's free-text columns sealed, when the profile is locked."""
    key = key_for(db, profile_id)
    if key is None:
        return values
    sealed = dict(values)
    for column in SEALED.get(table, ()):
        if column in sealed and isinstance(sealed[column], str):
            sealed[column] = seal_text(key, profile_id, f"{table}.{column}", sealed[column])
    return sealed


def open_values(db: Database, table: str, profile_id: str, row: dict) -> dict:
    """row with its sealed columns opened (unchanged when nothing in it is sealed)."""
    columns = [
        c for c in SEALED.get(table, ()) if isinstance(row.get(c), str) and row[c].startswith(MARK)
    ]
    if not columns:
        return row
    key = key_for(db, profile_id)
    opened = dict(row)
    for column in columns:
        opened[column] = open_text(key, profile_id, f"{table}.{column}", row[column])
    return opened


def owner_of_reflection(db: Database, reflection_id: str) -> str:
    row = db.execute("SELECT profile_id FROM reflections WHERE id = ?", [reflection_id]).fetchone()
    return row[0] if row else ""


def owner_of_goal(db: Database, goal_id: str) -> str:
    row = db.execute("SELECT profile_id FROM goals WHERE id = ?", [goal_id]).fetchone()
    return row[0] if row else ""


# -- setting, changing and removing a passphrase ------------------------------------------


def _rewrite(db: Database, profile_id: str, old: bytes | None, new: bytes | None) -> None:
    """Open every sealed field with old (None: plain) and seal it with new (None: plain)."""
    for table, columns in SEALED.items():
        cursor = db.execute(_OWNED[table], {"p": profile_id})
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            record = dict(zip(names, row, strict=True))
            changes = {}
            for column in columns:
                value = record.get(column)
                if not isinstance(value, str) or value == "":
                    continue
                where = f"{table}.{column}"
                plain = open_text(old, profile_id, where, value)
                changes[column] = seal_text(new, profile_id, where, plain) if new else plain
            if changes:
                assignments = ", ".join(f"[{c}] = ?" for c in changes)
                db.execute(
                    f"UPDATE [{table}] SET {assignments} WHERE rowid = ?",
                    [*changes.values(), record["rowid"]],
                )


def set_passphrase(db: Database, profile_id: str, passphrase: str, current: str | None = None):
    """Lock the profile (or change its passphrase, given the current one), in one step.

    Every free-text field is re-sealed in one transaction: a crash leaves either all of
    the old or all of the new. Afterwards the freed pages and the write-ahead log are
    cleared, so no plain copy of the words stays in the database file.
    """
    if not passphrase:
        raise ValueError("empty passphrase")
    old = None
    if is_locked(db, profile_id):
        if current is None:
            raise LockedError(translate("sealing", "Give the current passphrase to change it."))
        unlock(db, profile_id, current)
        old = _keys(db)[profile_id]
    salt = os.urandom(16)
    key = derive_key(passphrase, salt, COST)
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        _rewrite(db, profile_id, old, key)
        db.execute(
            "UPDATE profiles SET lock_salt = ?, lock_check = ?, lock_cost = ? WHERE id = ?",
            [_b64(salt), seal_text(key, profile_id, "check", _CHECK), COST, profile_id],
        )
    _keys(db)[profile_id] = key
    _scrub(db)


def remove_passphrase(db: Database, profile_id: str, current: str) -> None:
    """Unlock for good: the words are stored plain again, in one transaction."""
    unlock(db, profile_id, current)
    key = _keys(db)[profile_id]
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        _rewrite(db, profile_id, key, None)
        db.execute(
            "UPDATE profiles SET lock_salt = '', lock_check = '', lock_cost = '' WHERE id = ?",
            [profile_id],
        )
    forget(db, profile_id)


def _scrub(db: Database) -> None:
    # secure_delete zeroed the freed pages; emptying the log and rebuilding the file
    # leaves no page that held the plain words.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def lock_profile(
    db: Database, data_dir, profile_id: str, passphrase: str, current: str | None = None
) -> None:
    """Set or change the passphrase, and replace the backups: the old ones hold the
    words as they were (in plain, before a first lock)."""
    from competence_app.store.erase import replace_copies

    set_passphrase(db, profile_id, passphrase, current)
    replace_copies(db, data_dir)


def unlock_profile_for_good(db: Database, data_dir, profile_id: str, current: str) -> None:
    """Remove the passphrase; the backups are replaced so each holds one kind of text."""
    from competence_app.store.erase import replace_copies

    remove_passphrase(db, profile_id, current)
    replace_copies(db, data_dir)
