"""Writing one profile's data file: read a consistent snapshot, check it, write it atomically.

The records, with the update times that merging needs, come from store.records.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from competence_app import APP_NAME, __version__, files
from competence_app.domain.framework import Framework
from competence_app.exchange.fileformat import (
    FILE_SUFFIX,
    FORMAT_ID,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    DataFileWriteError,
    ExchangeError,
)
from competence_app.exchange.validation import problems_in
from competence_app.i18n import translate
from competence_app.store import records
from competence_app.store.clock import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


def export_data(
    db: Database,
    profile_id: str,
    framework: Framework,
    output: Path,
    seal_with: str | None = None,
) -> Path:
    """Write the profile's data file and return where it went.

    `output` may be a folder (a dated file name is chosen) or a file name; the
    name is given the .companion.json ending if it lacks it. The file appears
    whole or not at all. `seal_with` locks the whole file with that passphrase.
    """
    document = build_document(db, profile_id, framework)
    problems = problems_in(document)
    if problems:
        # Never write a file this app could not read back.
        raise ExchangeError(
            translate(
                "exchange",
                "Your data cannot be saved as a data file, because some of it is in a shape the "
                "file format does not allow. Your data has not been changed.",
            ),
            problems,
        )
    payload = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if len(payload) > MAX_FILE_BYTES:
        raise ExchangeError(
            translate(
                "exchange",
                "Your data would make a file of {size} MB, larger than a "
                "data file can be ({limit} MB). Your data has not been "
                "changed.",
            ).format(size=len(payload) // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    if seal_with:
        from competence_app.exchange.sealed import seal

        payload = seal(payload, seal_with)
    target = target_path(Path(output), document["profile"]["name"])
    write_atomically(target, payload)
    return target


def target_path(output: Path, profile_name: str) -> Path:
    if output.is_dir():
        slug = re.sub(r"[^\w]+", "-", profile_name, flags=re.UNICODE).strip("-_").lower()
        return output / f"{slug[:40] or 'my-data'}-{date.today().isoformat()}{FILE_SUFFIX}"
    if output.name.endswith(FILE_SUFFIX):
        return output
    stem = output.name[: -len(".json")] if output.name.endswith(".json") else output.name
    return output.with_name(stem + FILE_SUFFIX)


def write_atomically(target: Path, payload: bytes) -> None:
    """Whole or not at all, owner-only: a crash or a full disk leaves the old file or the new.
    A failure is told in the app's one wording of a failed save (files.explain)."""
    try:
        files.write_atomically(target, payload)
    except files.WriteFailedError as failure:
        raise DataFileWriteError(
            files.explain(failure, translate("exchange", "the data file"))
        ) from failure


def build_document(db: Database, profile_id: str, framework: Framework) -> dict:
    """The whole data file for one profile, as plain JSON values."""
    # One read transaction: a save from the window during the export cannot
    # leave the file with half of a change.
    with db.atomic():
        profile = records.profile_record(db, profile_id)
        if profile is None:
            raise ExchangeError(
                translate(
                    "exchange",
                    "There is no profile with the id {id} in this data folder, so "
                    "there is nothing to save.",
                ).format(id=profile_id)
            )
        reflections = records.reflection_records(db, profile_id)
        plan = records.plan_record(db, profile_id)
        packs = records.feedback_pack_records(db, profile_id)
        rounds = records.feedback_round_records(db, profile_id)
        involvement = records.involvement_records(db, profile_id)
    for reflection in reflections:
        _in_framework_order(reflection, framework)
    return {
        "format": FORMAT_ID,
        "schema_version": SCHEMA_VERSION,
        "app": {"name": APP_NAME, "version": __version__},
        "framework": {"id": framework.id, "version": framework.version},
        "exported_at": now_iso(),
        "profile": profile,
        "reflections": reflections,
        "plan": plan,
        "feedback_packs": packs,
        "feedback_rounds": rounds,
        "involvement": involvement,
    }


def _in_framework_order(reflection: dict, framework: Framework) -> None:
    """The framework's order reads naturally; ids from other frameworks follow, sorted."""
    competence_order = {c.id: i for i, c in enumerate(framework.competences)}
    role_order = {r.id: i for i, r in enumerate(framework.roles)}
    reflection["competences"].sort(
        key=lambda a: (
            competence_order.get(a["competence_id"], len(competence_order)),
            a["competence_id"],
        )
    )
    reflection["roles"].sort(
        key=lambda a: (role_order.get(a["role_id"], len(role_order)), a["role_id"])
    )
