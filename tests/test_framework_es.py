"""The Spanish framework file mirrors the English one in structure and data.

Only the wording may differ: ids, order, weights and the number of levels,
prompts and development ideas must be identical, so that answers saved in one
language read correctly in the other.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from competence_app.domain.framework import load_framework

FRAMEWORK_DIR = Path(__file__).resolve().parent.parent / "resources" / "framework"
EN_PATH = FRAMEWORK_DIR / "citizen-leadership.toml"
ES_PATH = FRAMEWORK_DIR / "citizen-leadership.es.toml"


@pytest.fixture(scope="module")
def en():
    return load_framework(EN_PATH)


@pytest.fixture(scope="module")
def es():
    return load_framework(ES_PATH)


def test_language_and_identity(en, es):
    assert es.language == "es"
    assert en.language == "en"
    assert es.id == en.id
    assert es.version == en.version
    assert len(es.level_names) == len(en.level_names)


def test_same_competence_ids_in_order(en, es):
    assert [c.id for c in es.competences] == [c.id for c in en.competences]


def test_same_role_ids_in_order(en, es):
    assert [r.id for r in es.roles] == [r.id for r in en.roles]


def test_identical_weights(en, es):
    for en_role, es_role in zip(en.roles, es.roles, strict=True):
        assert es_role.weights == en_role.weights, en_role.id
        assert list(es_role.weights) == list(en_role.weights), en_role.id


def test_same_number_of_levels_prompts_and_ideas(en, es):
    for en_c, es_c in zip(en.competences, es.competences, strict=True):
        assert len(es_c.levels) == len(en_c.levels), en_c.id
        assert len(es_c.prompts) == len(en_c.prompts), en_c.id
        assert len(es_c.develop) == len(en_c.develop), en_c.id


@pytest.mark.parametrize("section", ["supports", "barriers", "impacts"])
def test_same_item_ids(en, es, section):
    assert [i.id for i in getattr(es, section)] == [i.id for i in getattr(en, section)]


def test_same_number_of_self_descriptions(en, es):
    assert len(es.self_descriptions) == len(en.self_descriptions)


def test_level_sentences_are_translated(en, es):
    for en_c, es_c in zip(en.competences, es.competences, strict=True):
        for number, (en_level, es_level) in enumerate(
            zip(en_c.levels, es_c.levels, strict=True), start=1
        ):
            assert es_level != en_level, f"{en_c.id} level {number} is not translated"


def test_raw_files_have_the_same_shape():
    """Belt and braces: compare the parsed TOML keys, not only what the loader keeps."""
    en_raw = tomllib.loads(EN_PATH.read_text(encoding="utf-8"))
    es_raw = tomllib.loads(ES_PATH.read_text(encoding="utf-8"))

    def shape(value):
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        if isinstance(value, list):
            return [shape(v) for v in value]
        return type(value).__name__

    assert shape(es_raw) == shape(en_raw)


def test_easy_read_wording_mirrors_the_english(en, es):
    for en_c, es_c in zip(en.competences, es.competences, strict=True):
        assert bool(es_c.description_easy) == bool(en_c.description_easy), en_c.id
        assert len(es_c.levels_easy) == len(en_c.levels_easy), en_c.id
        assert es_c.description_easy != en_c.description_easy, en_c.id
        for number, (en_level, es_level) in enumerate(
            zip(en_c.levels_easy, es_c.levels_easy, strict=True), start=1
        ):
            assert es_level != en_level, f"{en_c.id} easy level {number} is not translated"


def test_spanish_text_uses_one_kind_of_quotation_mark():
    """Angle quotes «» only: no straight or curly quotes inside the Spanish texts."""
    raw = tomllib.loads(ES_PATH.read_text(encoding="utf-8"))

    def texts(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from texts(item)
        elif isinstance(value, list):
            for item in value:
                yield from texts(item)

    for text in texts(raw):
        assert not set(text) & set("'\"“”‘’"), text
