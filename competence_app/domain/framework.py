"""The framework: competences, levels, roles, self-descriptions and supports.

The content lives in a TOML file so that an organisation can reword it or add
to it without touching code. Loading validates everything and reports
problems as FrameworkError with the file name and a plain explanation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from competence_app.i18n import translate

LEVEL_COUNT = 5
MAX_WEIGHT = 3

# Limits that keep a hostile or mistaken file from swamping memory or a screen, far above
# what the shipped frameworks use (their longest text is under 400 characters). Ids,
# names and versions fit what a share file allows (group/fileformat.py).
MAX_FILE_BYTES = 2 * 1024 * 1024
# The framework file's own format (not the content's "version"): a file may say
# `format_version = 1` in [framework]; one without it is version 1. A file written for a
# newer format is refused in the same words as any other file from a newer app.
FORMAT_VERSION = 1
MAX_TEXT = 5000
MAX_ENTRIES = 100  # competences, roles, prompts, words...
SHORT_TEXT = {"id": 100, "version": 40, "language": 20, "name": 200, "title": 200}
SHORT_ENTRIES = {"level_names": 200, "words": 200}


class FrameworkError(Exception):
    """The framework file is missing, unreadable or incomplete."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        heading = translate("framework", "The framework file {path} cannot be used:").format(
            path=self.path
        )
        super().__init__(f"{heading}\n{listing}")


@dataclass(frozen=True)
class Competence:
    id: str
    name: str
    meaning: str
    description: str
    levels: tuple[str, ...]
    prompts: tuple[str, ...]
    develop: tuple[str, ...]
    # The easy-read wording: short sentences, one idea each. Optional in the file;
    # empty means the standard wording is used (see Framework.worded).
    description_easy: str = ""
    levels_easy: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    description: str
    asks: str
    risks: str
    weights: dict[str, int]
    weights_reason: str

    def carrying_competences(self) -> list[str]:
        """Competence ids with the heaviest weight: the ones that carry the role."""
        top = max(self.weights.values(), default=0)
        return [cid for cid, w in self.weights.items() if w == top and w > 0]


@dataclass(frozen=True)
class Item:
    """A named entry in a simple list: a support, a barrier or a kind of impact."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    language: str
    title: str
    credit: str
    level_names: tuple[str, ...]
    competences: tuple[Competence, ...]
    roles: tuple[Role, ...]
    self_descriptions: tuple[str, ...]
    supports: tuple[Item, ...] = ()
    barriers: tuple[Item, ...] = ()
    impacts: tuple[Item, ...] = ()
    source: Path | None = field(default=None, compare=False)
    easy_read: bool = False
    # The framework as loaded, kept so that easy read can be switched off again.
    original: Framework | None = field(default=None, compare=False, repr=False)

    def worded(self, easy: bool) -> Framework:
        """This framework with its descriptions and level sentences in the chosen wording.

        Screens and documents read `description` and `levels` and need not know which
        wording is on. A competence without easy-read text keeps its standard wording,
        so an organisation's own framework works without any.
        """
        base = self.original or self
        if not easy:
            return base
        competences = tuple(
            replace(
                c,
                description=c.description_easy or c.description,
                levels=c.levels_easy or c.levels,
            )
            for c in base.competences
        )
        return replace(base, competences=competences, easy_read=True, original=base)

    def competence(self, competence_id: str) -> Competence:
        for competence in self.competences:
            if competence.id == competence_id:
                return competence
        raise KeyError(competence_id)

    def role(self, role_id: str) -> Role:
        for role in self.roles:
            if role.id == role_id:
                return role
        raise KeyError(role_id)


class _Reader:
    """Collects every problem in one pass so the author can fix them all at once."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def text(self, table: dict, key: str, where: str, required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problems.append(
                    translate("framework", "{where}: '{key}' is missing.").format(
                        where=where, key=key
                    )
                )
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problems.append(
                translate("framework", "{where}: '{key}' must be some text.").format(
                    where=where, key=key
                )
            )
            return ""
        self._short_enough(value, SHORT_TEXT.get(key, MAX_TEXT), where, key)
        return value.strip()

    def _short_enough(self, value: str, most: int, where: str, key: str) -> bool:
        if len(value) <= most:
            return True
        self.problems.append(
            translate(
                "framework", "{where}: '{key}' must be at most {count} characters long."
            ).format(where=where, key=key, count=most)
        )
        return False

    def _few_enough(self, value: list, where: str, key: str) -> bool:
        if len(value) <= MAX_ENTRIES:
            return True
        self.problems.append(
            translate("framework", "{where}: '{key}' must have at most {count} entries.").format(
                where=where, key=key, count=MAX_ENTRIES
            )
        )
        return False

    def texts(
        self,
        table: dict,
        key: str,
        where: str,
        exact: int | None = None,
        required: bool = True,
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if required:
                self.problems.append(
                    translate("framework", "{where}: '{key}' is missing.").format(
                        where=where, key=key
                    )
                )
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problems.append(
                translate("framework", "{where}: '{key}' must be a list of texts.").format(
                    where=where, key=key
                )
            )
            return ()
        most = SHORT_ENTRIES.get(key, MAX_TEXT)
        if not self._few_enough(value, where, key) or not all(
            self._short_enough(v, most, where, key) for v in value
        ):
            return ()
        if exact is not None and len(value) != exact:
            self.problems.append(
                translate(
                    "framework",
                    "{where}: '{key}' must have exactly {exact} entries, it has {count}.",
                ).format(where=where, key=key, exact=exact, count=len(value))
            )
        elif not value:
            self.problems.append(
                translate("framework", "{where}: '{key}' must not be empty.").format(
                    where=where, key=key
                )
            )
        return tuple(v.strip() for v in value)

    def tables(self, data: dict, key: str, required: bool = True) -> list[dict]:
        value = data.get(key)
        if value is None:
            if required:
                self.problems.append(
                    translate("framework", "The [[{key}]] entries are missing.").format(key=key)
                )
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(
                translate("framework", "'{key}' must be a list of [[{key}]] tables.").format(
                    key=key
                )
            )
            return []
        if not self._few_enough(value, f"[[{key}]]", key):
            return []
        return value

    def ident(self, table: dict, where: str, seen: set[str]) -> str:
        ident = self.text(table, "id", where)
        if ident and ident in seen:
            self.problems.append(
                translate("framework", "{where}: the id '{id}' is used twice.").format(
                    where=where, id=ident
                )
            )
        seen.add(ident)
        return ident


def parse_framework(data: dict, source: Path | str = "<framework>") -> Framework:
    """Build a Framework from parsed TOML, raising FrameworkError listing every problem."""
    r = _Reader()
    meta = data.get("framework")
    if not isinstance(meta, dict):
        raise FrameworkError(
            source, [translate("framework", "The [framework] section is missing.")]
        )
    _check_format_version(meta, source)
    level_names = r.texts(meta, "level_names", "[framework]", exact=LEVEL_COUNT)

    competences: list[Competence] = []
    seen: set[str] = set()
    for index, table in enumerate(r.tables(data, "competences"), start=1):
        where = _where(translate("framework", "Competence {number}"), index, table)
        competences.append(
            Competence(
                id=r.ident(table, where, seen),
                name=r.text(table, "name", where),
                meaning=r.text(table, "meaning", where),
                description=r.text(table, "description", where),
                levels=r.texts(table, "levels", where, exact=LEVEL_COUNT),
                prompts=r.texts(table, "prompts", where),
                develop=r.texts(table, "develop", where),
                description_easy=r.text(table, "description_easy", where, required=False),
                levels_easy=r.texts(table, "levels_easy", where, exact=LEVEL_COUNT, required=False),
            )
        )
    if not competences and "competences" in data:
        r.problems.append(translate("framework", "There must be at least one competence."))
    competence_ids = [c.id for c in competences]

    roles: list[Role] = []
    seen_roles: set[str] = set()
    for index, table in enumerate(r.tables(data, "roles"), start=1):
        where = _where(translate("framework", "Role {number}"), index, table)
        weights = _read_weights(r, table, where, competence_ids)
        roles.append(
            Role(
                id=r.ident(table, where, seen_roles),
                name=r.text(table, "name", where),
                description=r.text(table, "description", where),
                asks=r.text(table, "asks", where),
                risks=r.text(table, "risks", where),
                weights=weights,
                weights_reason=r.text(table, "weights_reason", where, required=False),
            )
        )

    words: tuple[str, ...] = ()
    section = data.get("self_descriptions")
    if isinstance(section, dict):
        words = r.texts(section, "words", "[self_descriptions]")
    else:
        r.problems.append(translate("framework", "The [self_descriptions] section is missing."))

    lists = {}
    for key in ("supports", "barriers", "impacts"):
        items = []
        seen_items: set[str] = set()
        for index, table in enumerate(r.tables(data, key, required=(key == "supports")), 1):
            where = _item_label(key).format(number=index)
            items.append(
                Item(
                    id=r.ident(table, where, seen_items),
                    name=r.text(table, "name", where),
                    description=r.text(table, "description", where, required=False),
                )
            )
        lists[key] = tuple(items)

    framework = Framework(
        id=r.text(meta, "id", "[framework]"),
        version=r.text(meta, "version", "[framework]"),
        language=r.text(meta, "language", "[framework]", required=False) or "en",
        title=r.text(meta, "title", "[framework]"),
        credit=r.text(meta, "credit", "[framework]"),
        level_names=level_names,
        competences=tuple(competences),
        roles=tuple(roles),
        self_descriptions=words,
        supports=lists["supports"],
        barriers=lists["barriers"],
        impacts=lists["impacts"],
        source=Path(source),
    )
    if r.problems:
        raise FrameworkError(source, r.problems)
    return framework


def _kind():
    from competence_app import filecheck

    return filecheck.Kind(translate("framework", "a framework file"), MAX_FILE_BYTES)


def _check_format_version(meta: dict, source: Path | str) -> None:
    from competence_app import filecheck

    try:
        filecheck.check_header(
            meta,
            _kind(),
            Path(source).name,
            format_id=None,
            newest=FORMAT_VERSION,
            version_key="format_version",
            version_required=False,
        )
    except filecheck.FileRefusedError as refusal:
        raise FrameworkError(source, [refusal.message]) from None


def _where(label: str, index: int, table: dict) -> str:
    """The place of a problem, e.g. "Competence 3 (Listening)", with the name if given."""
    where = label.format(number=index)
    name = table.get("name")
    if isinstance(name, str):
        where += f" ({name if len(name) <= 60 else name[:59] + '…'})"
    return where


def _item_label(key: str) -> str:
    return {
        "supports": translate("framework", "Support {number}"),
        "barriers": translate("framework", "Barrier {number}"),
        "impacts": translate("framework", "Impact {number}"),
    }[key]


def _read_weights(r: _Reader, table: dict, where: str, competence_ids: list[str]) -> dict:
    raw = table.get("weights")
    if not isinstance(raw, dict):
        r.problems.append(
            translate("framework", "{where}: the [roles.weights] table is missing.").format(
                where=where
            )
        )
        return {}
    weights: dict[str, int] = {}
    for cid, value in raw.items():
        if cid not in competence_ids:
            r.problems.append(
                translate(
                    "framework", "{where}: the weight '{id}' names no competence in this file."
                ).format(where=where, id=cid if len(cid) <= 60 else cid[:59] + "…")
            )
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WEIGHT:
            r.problems.append(
                translate(
                    "framework",
                    "{where}: the weight for '{id}' must be a whole number from 0 to {highest}.",
                ).format(where=where, id=cid, highest=MAX_WEIGHT)
            )
        else:
            weights[cid] = value
    missing = [cid for cid in competence_ids if cid not in raw]
    if missing:
        r.problems.append(
            translate("framework", "{where}: no weight is given for {ids}.").format(
                where=where, ids=", ".join(missing)
            )
        )
    if raw and not any(weights.values()):
        r.problems.append(
            translate(
                "framework", "{where}: at least one competence needs a weight above 0."
            ).format(where=where)
        )
    # Keep the framework's competence order so explanations read consistently.
    return {cid: weights[cid] for cid in competence_ids if cid in weights}


def load_framework(path: Path | str, cache: Path | None = None) -> Framework:
    """Read and validate a framework file: an ordinary file of at most MAX_FILE_BYTES,
    read by the app's one reader (competence_app.filecheck), so a device, a pipe, a huge
    or deeply nested file or an endless number is refused at once with a plain reason.
    `cache`: where the parsed file may be kept between runs (filecheck.read_toml)."""
    from competence_app import filecheck

    path = Path(path)
    try:
        data = filecheck.read_toml(path, _kind(), path.name, cache=cache)
    except filecheck.FileRefusedError as refusal:
        raise FrameworkError(path, [refusal.message]) from None
    try:
        return parse_framework(data, path)
    except FrameworkError:
        if cache is None:
            raise
        return load_framework(path)  # the kept copy may be what is wrong: the file decides


def default_framework_path(language: str = "en") -> Path:
    from competence_app.paths import default_framework_file

    return default_framework_file(language)
