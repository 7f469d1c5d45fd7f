"""Whatever it is given, the importer answers with ExchangeError and leaves the database alone."""

from __future__ import annotations

import copy
import json
import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_exchange_samples import V1_FILE, document_of, file_digest, sample_person

from competence_app.exchange import FORMAT_ID, SCHEMA_VERSION, ExchangeError, import_data
from competence_app.exchange.upgrades import oldest_readable
from competence_app.store.database import open_database, open_memory

# A modest count keeps CI quick; FUZZ_EXAMPLES=100000 runs the long fuzz by hand.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2000"))

# Whole numbers at and beyond every documented range, up to far past what SQLite
# stores (2**63 - 1) and what Python converts from text without being asked (4,300 digits).
huge_integers = st.one_of(
    st.sampled_from([2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**40, 10**99, 10**100]),
    st.integers(min_value=2**62, max_value=10**120),
    st.integers(max_value=-(2**62), min_value=-(10**120)),
)

# Small values keep 2,000 examples to a few seconds; size adds little here,
# since every branch of the checks is reached by shape, not by length.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | huge_integers
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)

# Right format id and a version this app reads, so the values reach the upgrades
# (from an older version) and the field-by-field checks.
headed = st.fixed_dictionaries(
    {
        "format": st.just(FORMAT_ID),
        "schema_version": st.sampled_from(range(oldest_readable(), SCHEMA_VERSION + 1)),
    },
    optional={key: json_values for key in ("profile", "reflections", "plan", "exported_at")},
)


def places(value, path=()):
    """Every (path, is-a-key-of-an-object) inside a JSON value."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        yield path + (key,), isinstance(value, dict)
        if isinstance(child, dict | list):
            yield from places(child, path + (key,))


# Replacements of another JSON type. None is left out (several fields may be
# null) and so is a whole number in place of null (a null level may become 3),
# so that every mutation below is a real mistake the importer must catch.
REPLACEMENTS = {
    "text": "🙂 not what belongs here",
    "number": 7,
    "negative": -1,
    "huge": 10**40,
    "past SQLite": 2**63,
    "fraction": 1.5,
    "truth": True,
    "list": [],
    "object": {},
}


def kind_of(value) -> str:
    if isinstance(value, bool):
        return "truth"
    if isinstance(value, int):
        return "number"
    return {str: "text", list: "list", dict: "object", type(None): "null"}[type(value)]


def mutations(valid: dict):
    spots = list(places(valid))

    @st.composite
    def mutated(draw) -> bytes:
        document = copy.deepcopy(valid)
        path, in_object = draw(st.sampled_from(spots))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        original = parent[path[-1]]
        if in_object and draw(st.booleans()):
            del parent[path[-1]]  # every field is required
        else:
            kind = kind_of(original)
            allowed = [
                name
                for name in REPLACEMENTS
                if name != kind
                and not (kind == "null" and name == "number")
                and not (kind != "number" and name in ("negative", "huge", "past SQLite"))
            ]
            parent[path[-1]] = REPLACEMENTS[draw(st.sampled_from(allowed))]
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

    return mutated()


def numbers_at(valid: dict):
    """The valid file with one of its whole numbers out of range (1e40, 2**63, ...)."""
    spots = [
        path
        for path, _ in places(valid)
        if kind_of(_at(valid, path)) == "number" and path[-1] != "schema_version"
    ]

    @st.composite
    def mutated(draw) -> bytes:
        document = copy.deepcopy(valid)
        path = draw(st.sampled_from(spots))
        _at(document, path[:-1])[path[-1]] = draw(huge_integers)
        return _encode(document)

    return mutated()


def long_numbers_in(valid: dict):
    """The valid file with a whole number of hundreds or thousands of digits in it."""
    raw = _encode(valid)

    @st.composite
    def mutated(draw) -> bytes:
        digits = draw(st.sampled_from([101, 400, 4301, 5000, 50_000]))
        where = raw.index(b'"current_page": ') + len(b'"current_page": ')
        return raw[:where] + b"1" + b"0" * (digits - 1) + raw[where + 1 :]

    return mutated()


def _at(document, path):
    for key in path:
        document = document[key]
    return document


@pytest.fixture(scope="module")
def guarded(tmp_path_factory, framework):
    """A database with someone's data in it, and a valid file of each version to mutate."""
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_database(folder / "fuzz.sqlite3")
    person = sample_person(db, framework, name="Robin")
    valid = document_of(db, person.id, framework)
    # A file for another person, so mutations are not just "already up to date".
    valid["profile"]["id"] = "00000000-0000-4000-8000-0000000000ff"
    for index, reflection in enumerate(valid["reflections"]):
        reflection["id"] = f"00000000-0000-4000-8000-00000000010{index}"
    # Its goals, actions and supports are new too, so that a file whose only fault is a
    # number reaches the very end of the import (where a number SQLite cannot hold
    # would fail) instead of being refused earlier as another person's goals.
    for index, goal in enumerate(valid["plan"]["goals"]):
        goal["id"] = f"00000000-0000-4000-8000-00000000020{index}"
        for kind, letter in (("actions", "a"), ("supports", "b")):
            for number, item in enumerate(goal[kind]):
                item["id"] = f"00000000-0000-4000-8000-0000000{letter}{index:02d}{number:02d}"
    # The unchanged file is sound and new to this database: every refusal below comes
    # from the one change made to it.
    import_data(open_memory(), _encode(valid))
    # Mistakes in an old file must be caught after its upgrade as well.
    old = json.loads(V1_FILE.read_text("utf-8"))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield db, folder / "fuzz.sqlite3", (valid, old)
    db.close()


def test_the_importer_only_ever_raises_its_own_error_and_changes_nothing(guarded):
    db, path, (valid, old) = guarded
    before = file_digest(path)
    changes = db.conn.total_changes
    ran = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(
        st.one_of(
            st.binary(max_size=300),
            json_values.map(_encode),
            headed.map(_encode),
            mutations(valid),
            mutations(old),
            numbers_at(valid),
            long_numbers_in(valid),
        )
    )
    def check(content: bytes) -> None:
        ran.append(1)
        with pytest.raises(ExchangeError) as refused:
            import_data(db, content)
        assert str(refused.value).strip()
        # Cheap per example: not one row written, no transaction left open.
        assert db.conn.total_changes == changes
        assert not db.conn.in_transaction

    started = time.perf_counter()
    check()
    elapsed = time.perf_counter() - started
    assert len(ran) >= EXAMPLES
    assert file_digest(path) == before
    print(f"{len(ran)} fuzz examples in {elapsed:.1f} s")


def _encode(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")
