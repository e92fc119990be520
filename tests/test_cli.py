"""The CLI as a person meets it: a subprocess on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT

BASE = ROOT / "examples" / "break-in-2024.yaml"


def test_assess_prints_the_decision_in_chinese(cli):
    r = cli("assess", str(BASE))
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for text in ("301住户", "物业服务公司", "承担责任", "主要", "次要", "不承担责任", "《中华人民共和国民法典》第一百八十二条"):
        assert text in out, text
    assert "Traceback" not in out + r.stderr


def test_assess_in_english(cli):
    r = cli("assess", str(BASE), "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "not liable" in r.stdout and "Civil Code" in r.stdout and "Reasoning chain" in r.stdout


def test_assess_json_is_the_whole_assessment(cli):
    r = cli("assess", str(BASE), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["status"] == "decided"
    kinds = {(f["party"], f["harm"], f["kind"]) for f in data["findings"]}
    assert ("resident-301", "damage-201", "liable") in kinds
    assert ("company", "door-damage", "not-liable") in kinds
    assert data["time_law"]["steps"][0]["article"] == "SPCTE-1"
    f = next(f for f in data["findings"] if f["party"] == "company" and f["harm"] == "damage-201")
    assert "PMR2018-46" in f["articles"]
    # the chain reaches from the finding to the rule, the articles and the facts
    d = data["derivations"][f["derivations"][0]]
    assert d["rule"] == "property-service.failed-emergency-measures"
    assert any(p["kind"] == "input" and p["path"] == "events.1" for p in d["premises"])


def test_2008_copy_cites_the_law_of_2008(cli):
    r = cli("assess", str(ROOT / "examples" / "break-in-2008.yaml"), "--format", "json")
    assert r.returncode == 0, r.stderr
    cited = set(json.loads(r.stdout)["articles"])
    assert {"GPCL-129", "GPCL-106", "PMR2007-47"} <= cited
    assert not any(a.startswith(("CC-", "TLL-", "GPL-", "PMR2018")) for a in cited)


def test_open_facts_exit_1_and_are_listed(cli):
    r = cli("assess", str(ROOT / "examples" / "break-in-fault-unknown-2024.yaml"))
    assert r.returncode == 1
    assert "events.leak.fault" in r.stdout


BAD = {
    "bad-yaml.yaml": ("date: 2024-01-01\nparties: [a, b\nplace: x\n", 3, "started on line 2"),
    "wrong-type.yaml": (None, None, "parties.0.kind"),
    "missing-date.yaml": (None, None, "date: required field is missing"),
    "unknown-key.yaml": (None, None, "unknown key 'dat'"),
    "duplicate-key.yaml": ("date: 2024-01-01\ndate: 2024-01-02\n", 2, "duplicate key 'date'"),
    "empty.yaml": ("", 1, "file is empty"),
    "list.yaml": ("- 1\n- 2\n", 1, "expected a mapping"),
    "tag.yaml": ("date: !!python/object:os.system 'echo hi'\n", 1, "tags"),
    "latin1.yaml": (b"title: caf\xe9\n", 1, "not valid UTF-8"),
    "bad-ref.yaml": (None, None, "no party with id 'nobody'"),
    "bad-date.yaml": (None, None, "date"),
}


def _variant(name: str) -> str:
    text = BASE.read_text(encoding="utf-8")
    if name == "wrong-type.yaml":
        return text.replace("{id: lei, kind: owner,", "{id: lei, kind: landlord,")
    if name == "missing-date.yaml":
        return text.replace("date: 2024-10-03\nplace", "place")
    if name == "unknown-key.yaml":
        return text.replace("date: 2024-10-03\nplace", "dat: 2024-10-03\nplace")
    if name == "bad-ref.yaml":
        return text.replace("victim: lei", "victim: nobody")
    if name == "bad-date.yaml":
        return text.replace("date: 2024-10-03\nplace", "date: 2024-13-45\nplace")
    raise KeyError(name)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_one_located_line_exit_2(cli, tmp_path: Path, name):
    content, line, needle = BAD[name]
    path = tmp_path / name
    if content is None:
        content = _variant(name)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    r = cli("assess", str(path))
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout
    lines = r.stderr.strip().splitlines()
    assert len(lines) >= 1
    # a problem's first line names the file; long details go on in one indented line after it
    assert lines[0].startswith(str(path)) and all(ln.startswith((str(path), "    ")) for ln in lines), lines
    assert needle in " ".join(ln.strip() for ln in lines), lines
    if line is not None:
        assert lines[0].startswith(f"{path}:{line}:"), lines[0]


def test_error_names_the_line_of_the_field(cli, tmp_path: Path):
    path = tmp_path / "typo.yaml"
    text = BASE.read_text(encoding="utf-8").replace("    knew: true", "    knows: true")
    path.write_text(text, encoding="utf-8")
    r = cli("assess", str(path))
    assert r.returncode == 2
    line_no = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("    knows:"))
    assert r.stderr.strip() == f"{path}:{line_no}: events.1.knows: unknown key 'knows'; did you mean 'knew'?"


def test_a_key_of_another_kind_of_event_is_named_as_such(cli, tmp_path: Path):
    """A key valid for other kinds of event but not this one (``thing`` on a failure-to-act) lists what
    this kind allows — it used to answer "did you mean 'thing'?"."""
    path = tmp_path / "kind.yaml"
    text = BASE.read_text(encoding="utf-8").replace("    knew: true", "    knew: true\n    thing: flat-201", 1)
    path.write_text(text, encoding="utf-8")
    r = cli("assess", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    line_no = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("    thing: flat-201"))
    assert r.stderr.startswith(f"{path}:{line_no}: events.1.thing: unknown key 'thing'; allowed: "), r.stderr
    assert "did you mean 'thing'" not in r.stderr and "regarding" in r.stderr


def test_a_government_measure_cannot_lack_a_lawful_ground(cli, tmp_path: Path):
    """A lawful government measure is itself a lawful ground: saying both is a located error, not a guess."""
    src = Path(__file__).resolve().parent.parent / "examples" / "epidemic-side-gates-closed-2022.yaml"
    path = tmp_path / "contradiction.yaml"
    text = src.read_text(encoding="utf-8").replace("government_measure: true,", "government_measure: true, lawful_ground: false,")
    path.write_text(text, encoding="utf-8")
    r = cli("assess", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    line_no = next(i for i, ln in enumerate(text.splitlines(), 1) if "lawful_ground: false" in ln)
    assert r.stderr.startswith(f"{path}:{line_no}: events.0.lawful_ground: carrying out a lawful government measure"), r.stderr


def test_a_knowingly_unqualified_contractor_cannot_be_a_faultless_choice(cli, tmp_path: Path):
    """Knowingly choosing a contractor without the qualification or safe working conditions is fault in
    the choice: saying the orderer was not at fault beside it is a located error, not a guess."""
    src = Path(__file__).resolve().parent.parent / "examples" / "hand-of-unqualified-carpenter-owner-knew-2008.yaml"
    path = tmp_path / "contradiction.yaml"
    text = src.read_text(encoding="utf-8").replace("contractor_unqualified: true}", "contractor_unqualified: true, orderer_at_fault: false}")
    path.write_text(text, encoding="utf-8")
    r = cli("assess", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    line_no = next(i for i, ln in enumerate(text.splitlines(), 1) if "orderer_at_fault: false" in ln)
    assert r.stderr.startswith(f"{path}:{line_no}: relationships.0.orderer_at_fault: an orderer who knew"), r.stderr


@pytest.mark.parametrize("what", ["missing", "directory"])
def test_unreadable_paths(cli, tmp_path: Path, what):
    path = tmp_path / "nope.yaml" if what == "missing" else tmp_path
    r = cli("assess", str(path))
    assert r.returncode == 2
    assert r.stderr.strip().startswith(str(path)) and "Traceback" not in r.stderr


def test_json_input_is_accepted(cli, tmp_path: Path):
    import yaml

    data = yaml.safe_load(BASE.read_text(encoding="utf-8"))
    data.pop("expect")
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(data, default=str, ensure_ascii=False, indent=1), encoding="utf-8")
    r = cli("assess", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["status"] == "decided"


def test_usage_errors_exit_2(cli):
    assert cli("assess").returncode == 2
    assert cli("assess", str(BASE), "--format", "pdf").returncode == 2
    r = cli("assess", str(BASE), "--decided-on", "yesterday")
    assert r.returncode == 2 and "--decided-on" in r.stderr
