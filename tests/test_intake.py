"""Guided intake through a real pseudo-terminal: answer the prompts, get a file `assess` decides."""

from __future__ import annotations

from pathlib import Path

import pexpect

import liability

from conftest import ROOT, liability_command

ANSWERS = [
    ("title", "楼上漏水"),
    ("date of the incident", "2024-13-03"),  # a bad date is asked again
    ("a date is YYYY-MM-DD", "2024-10-03"),
    ("party id", "lei"), ("kind", "landlord"), ("choose one of", "owner"), ("name", "雷小姐"),
    ("another party", "y"), ("party id", "lei"), ("already used", "resident"), ("kind", "owner"), ("name", ""),
    ("another party", "y"), ("party id", "company"), ("kind", "property-service-company"), ("name", ""),
    ("another party", "n"),
    ("add a thing", "y"), ("thing id", "pipes"), ("kind", "pipe"), ("name", ""),
    ("owner", "resident"), ("manager", "-"), ("occupant", "resident"),
    ("add a thing", "n"),
    ("add a relationship", "y"), ("relationship id", "service"), ("kind", "property-service-contract"),
    ("provider", "company"), ("clients", "lei, resident"),
    ("add a relationship", "n"),
    ("event id", "leak"), ("kind", "leak"), ("what happened", "301室漏水"),
    ("another event", "n"),
    ("source", "pipes"), ("actor", "resident"), ("fault", "true"), ("in_course_of_work", ""), ("natural_cause", "false"),
    ("design_defect", ""), ("defect_kind", ""), ("neglected", ""), ("continuing", ""), ("possible_users", ""), ("proved_not_them", ""),
    ("harm id", "damage"), ("victim", "lei"), ("thing harmed", "-"), ("kind", ""), ("description", "天花板受损"),
    ("caused by", "leak"), ("claimed against", "resident"), ("victim_at_fault", ""), ("amount", "5000"),
    ("another harm", "n"),
    ("assess it now", "y"),
]


def test_new_writes_a_file_that_assess_decides(tmp_path: Path):
    target = tmp_path / "incident.yaml"
    cmd = liability_command()
    child = pexpect.spawn(cmd[0], [*cmd[1:], "new", "-o", str(target)], cwd=str(ROOT), encoding="utf-8", timeout=30,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "160", "TERM": "dumb"}, dimensions=(50, 160))
    for prompt, answer in ANSWERS:
        child.expect(prompt)
        child.sendline(answer)
    child.expect("Reasoning chain|推理过程")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    a = liability.assess(liability.load(target))
    assert a.status == "decided"
    kinds = {(f.party, f.harm, f.kind.value) for f in a.findings}
    assert ("resident", "damage", "liable") in kinds
