"""The JSON Schema for editors: generated from the models, committed, and every example valid."""

from __future__ import annotations

import json

import jsonschema
import pytest

from liability.expect import incident_file_schema
from liability.loader import read_document

from conftest import EXAMPLES, ROOT

SCHEMA_FILE = ROOT / "schema" / "incident.schema.json"


def test_committed_schema_is_the_generated_one(cli):
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == incident_file_schema(), (
        "run `liability schema -o schema/incident.schema.json`"
    )
    r = cli("schema")
    assert r.returncode == 0 and json.loads(r.stdout) == incident_file_schema()


def _validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_validates_and_names_the_schema(path):
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/incident.schema.json")
    data, _, _ = read_document(path)
    errors = list(_validator().iter_errors(data))
    assert errors == [], [e.message for e in errors]


def test_a_typo_fails_the_schema():
    data, _, _ = read_document(EXAMPLES[0])
    data["events"][0]["faut"] = True
    data["dat"] = data.pop("date")
    messages = [e.message for e in _validator().iter_errors(data)]
    assert any("faut" in m for m in messages) and any("dat" in m for m in messages)


def test_every_field_is_described_in_both_languages():
    schema = incident_file_schema()

    def walk(node, path):
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if name in ("id", "kind", "expect") or path.startswith("$defs.Expect"):
                    continue
                desc = prop.get("description", "")
                assert "/" in desc, f"{path}.{name} lacks a zh / en description"
            for k, v in node.items():
                if k == "$defs":
                    for n, d in v.items():
                        walk(d, f"$defs.{n}")
    walk(schema, "")
