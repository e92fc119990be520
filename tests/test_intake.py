"""Guided intake (`liability new`): the story first, then only the facts the decision turns on; going
back, saving and resuming; unknown answers written as `unknown`; the output checked before any
question. In process with scripted answers, and through the real CLI (a pseudo-terminal, stdin)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pexpect
import pytest

import liability
from liability import intake
from liability.model import Incident
from liability.whatif import unknown_facts

from conftest import ROOT, liability_command

# The upstairs leak of examples/break-in-2024.yaml, told from the skeleton's questions: Ms Lei's
# ceiling is damaged by water from the pipes of the flat above; she claims against its resident.
SKELETON = [
    ("date of the incident", "2024-10-03"),
    ("title", "楼上漏水"),
    ("party ids", "lei, resident, company"),
    ("lei: kind", "owner"), ("lei: name", "雷小姐"),
    ("resident: kind", "owner"), ("resident: name", ""),
    ("company: kind", "property-service-company"), ("company: name", ""),
    ("thing ids", "pipes, flat-201"),
    ("pipes: kind", "pipe"), ("pipes: owner, occupant, manager", "resident, resident"),
    ("flat-201: kind", "unit"), ("flat-201: owner, occupant, manager", "lei, lei"),
    ("links as thing.field=id", ""),
    ("relationship ids", "service"),
    ("service: kind", "property-service-contract"), ("service: provider", "company"), ("service: clients", "lei, resident"),
    ("event ids", "leak"),
    ("leak: kind", "leak"), ("leak: what happened", "301室漏水"), ("leak: source", "pipes"), ("leak: actor", "resident"),
    ("leak: possible_users", ""),
    ("harm ids", "damage"),
    ("damage: what harm", "天花板受损"), ("damage: victim", "lei"), ("damage: thing", "flat-201"), ("damage: kind", ""),
    ("damage: caused by", ""), ("damage: claimed against", "resident"), ("damage: amount", "5000"),
]
FACT_PROMPT = re.compile(r"^\s+((?:parties|things|relationships|events|harms)\.[^ .]+\.\w+) \(")
# A fact the decision on this story never turns on: the contract route's foreseeability.
IRRELEVANT = "harms.damage.foreseeable"


class Script:
    """Scripted answers: the skeleton's in order (each checked against its prompt), facts by path
    (unknown unless given). Records every prompt, and can stop (Ctrl-C) at a given one."""

    def __init__(self, facts: dict[str, str] | None = None, skeleton=SKELETON, interrupt_at: str | None = None, extra: list | None = None):
        self.skeleton = list(skeleton)
        self.facts = dict(facts or {})
        self.extra = list(extra or [])  # (prompt part, answer) pairs answered first wherever they match
        self.interrupt_at = interrupt_at
        self.prompts: list[str] = []
        self.said: list[str] = []
        self.i = 0

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if self.interrupt_at and self.interrupt_at in prompt:
            self.interrupt_at = None
            raise KeyboardInterrupt
        if self.extra and self.extra[0][0] in prompt:
            return self.extra.pop(0)[1]
        m = FACT_PROMPT.match(prompt)
        if m:
            return self.facts.get(m.group(1), "unknown")
        part, answer = self.skeleton[self.i]
        assert part in prompt, f"expected a question about {part!r}, was asked {prompt!r}"
        self.i += 1
        return answer

    def say(self, text: str) -> None:
        self.said.append(text)


def asked_facts(answers) -> list[str]:
    return [k.removeprefix("fact:") for k, _ in answers if k.startswith("fact:")]


def without(data: dict, facts: list[str]) -> dict:
    """The data with these facts taken out again (the skeleton, for the facts asked)."""
    import copy

    data = copy.deepcopy(data)
    for path in facts:
        group, ident, name = path.split(".")
        next(x for x in data[group] if x["id"] == ident).pop(name, None)
    return data


def named(data: dict) -> set[str]:
    incident = Incident.model_validate(data)
    a = liability.assess(incident, investigate=True)
    return {q.fact for q in a.questions} | {lead.fact for lead in a.leads}


# ----------------------------------------------------------------------------- in process
def test_skeleton_then_only_the_facts_the_engine_names():
    s = Script({"events.leak.fault": "true"})
    data, answers = intake.run(s.ask, s.say)
    asked = asked_facts(answers)
    assert asked and asked[0] == "events.leak.fault"
    skeleton = without(data, asked)
    assert not any(k in item for group in ("parties", "things", "relationships", "events", "harms")
                   for item in skeleton[group] for k in ("fault", "continuing", "victim_at_fault", "loss_proven")), "no three-valued fact in the skeleton"
    # Each fact asked was named, at that point, by the assessment's questions or leads (re-assessed here).
    so_far = skeleton
    for path in asked:
        assert path in named(so_far), f"{path} was asked, but the decision did not turn on it"
        value = next(x for x in data[path.split(".")[0]] if x["id"] == path.split(".")[1])[path.split(".")[2]]
        so_far = intake._with(so_far, path, value)
    assert len(set(asked)) == len(asked), "a fact asked twice"
    # At the end nothing unknown that the decision turns on is left un-asked.
    assert named(data) & set(unknown_facts(Incident.model_validate(data))) <= set(asked)
    # A fact the decision does not turn on is neither asked nor written.
    assert IRRELEVANT in unknown_facts(Incident.model_validate(skeleton)) and IRRELEVANT not in named(skeleton)
    assert IRRELEVANT not in asked and "foreseeable" not in intake.to_yaml(data)
    assert len(answers) <= 40  # the issue counted ~69 questions for a story like this one
    assert any("status: decided" in line for line in s.said)


def test_stop_ends_the_questions_and_writes_what_was_said():
    s = Script({"events.leak.fault": "true", "events.leak.continuing": "stop"})
    data, answers = intake.run(s.ask, s.say)
    assert asked_facts(answers) == ["events.leak.fault", "events.leak.continuing"]
    assert "continuing" not in data["events"][0] and data["events"][0]["fault"] is True


def test_an_unknown_answer_is_written_as_unknown_and_the_file_loads_and_assesses(tmp_path: Path):
    s = Script({"events.leak.fault": "unknown", "harms.damage.loss_proven": "true"})
    data, answers = intake.run(s.ask, s.say)
    assert "events.leak.fault" in asked_facts(answers)
    text = intake.to_yaml(data)
    assert re.search(r"^  fault: unknown$", text, re.M)
    assert re.search(r"^  loss_proven: true$", text, re.M)
    assert "Facts left out were not asked" in text
    path = tmp_path / "leak.yaml"
    path.write_text(text, encoding="utf-8")
    incident = liability.load(path)
    assert incident.events[0].fault == "unknown"
    a = liability.assess(incident, investigate=True)
    assert a.status == "open" and "events.leak.fault" in {q.fact for q in a.questions}


def test_going_back_asks_again_with_the_earlier_answer_as_default():
    # resident is first said to be a tenant; `<` at the next question goes back; Enter would keep
    # "tenant" (shown as the default), "owner" changes it. Then the same over a fact.
    skeleton = list(SKELETON)
    i = next(n for n, (p, _) in enumerate(skeleton) if p == "resident: kind")
    skeleton[i:i + 1] = [("resident: kind", "tenant"), ("resident: name", "<"), ("resident: kind", "owner")]
    s = Script({"events.leak.fault": "false"}, skeleton=skeleton)
    replies = iter(["<", "true"])  # at the fact after the fault: back; the fault again: true

    def ask(prompt: str) -> str:
        reply = s.ask(prompt)
        facts_so_far = [p for p in s.prompts if FACT_PROMPT.match(p)]
        return next(replies, reply) if len(facts_so_far) in (2, 3) else reply

    data, answers = intake.run(ask, s.say)
    again = [p for p in s.prompts if "resident: kind" in p]
    assert len(again) == 2 and again[1].rstrip().endswith("[tenant]:")
    assert next(p for p in data["parties"] if p["id"] == "resident")["kind"] == "owner"
    refault = [p for p in s.prompts if "events.leak.fault (" in p]
    assert len(refault) == 2 and "[false]" in refault[1]
    assert data["events"][0]["fault"] is True
    assert [k for k, _ in answers].count("parties.resident.kind") == 1


def test_back_at_the_first_question_stays_there():
    s = Script(skeleton=[("date of the incident", "<")] + SKELETON)
    data, _ = intake.run(s.ask, s.say)
    assert any("first question" in line for line in s.said)
    assert data["date"] == "2024-10-03"


def test_an_interrupted_interview_resumes_from_the_saved_answers_to_the_same_file(tmp_path: Path):
    facts = {"events.leak.fault": "true", "harms.damage.victim_at_fault": "false"}
    whole, _ = intake.run(Script(facts).ask, lambda _: None)
    out = tmp_path / "leak.yaml"
    first = Script(facts, interrupt_at="harms.damage.victim_at_fault")
    with pytest.raises(KeyboardInterrupt):
        intake.run(first.ask, first.say, save=lambda answers: intake.save_partial(out, answers))
    saved = intake.load_partial(out)
    assert saved and saved[-1][0] == "fact:events.leak.continuing"  # every answer up to the interruption
    rest = Script(facts, skeleton=[])  # the skeleton is not asked again
    data, answers = intake.run(rest.ask, rest.say, saved)
    assert [p for p in rest.prompts if not FACT_PROMPT.match(p)] == []
    assert rest.prompts and FACT_PROMPT.match(rest.prompts[0]).group(1) == "harms.damage.victim_at_fault"
    assert intake.to_yaml(data) == intake.to_yaml(whole)


def test_a_saved_answer_that_no_longer_fits_is_offered_not_replayed():
    # The saved answers say four parties; lei's, resident's and company's questions replay, police's
    # are asked, and from there every question offers its saved answer as the default (Enter keeps it).
    saved = intake.run(Script().ask, lambda _: None)[1]
    saved[2] = ("parties", "lei, resident, company, police")
    s = Script(skeleton=[("police: kind", "public-authority"), ("police: name", "")] + [(p, "") for p, _ in SKELETON[9:]])
    data, _ = intake.run(s.ask, s.say, saved)
    assert not any("lei: kind" in p for p in s.prompts)
    assert [p["id"] for p in data["parties"]] == ["lei", "resident", "company", "police"]
    assert data["harms"][0]["claimed_against"] == ["resident"] and data["things"][0]["owner"] == "resident"


def test_output_checks(tmp_path: Path):
    assert "does not exist" in intake.target_problem(tmp_path / "no" / "x.yaml")
    (tmp_path / "file").write_text("x")
    assert "not a directory" in intake.target_problem(tmp_path / "file" / "x.yaml")
    assert "is a directory" in intake.target_problem(tmp_path)
    assert intake.target_problem(tmp_path / "x.yaml") is None


def test_a_damaged_partial_file_is_refused_with_its_name(tmp_path: Path):
    out = tmp_path / "x.yaml"
    intake.partial_path(out).write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="partial.json"):
        intake.load_partial(out)


# ------------------------------------------------------------------------------- the CLI
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "200", "TERM": "dumb"}


def spawn(*args: str, cwd: Path = ROOT) -> pexpect.spawn:
    cmd = liability_command()
    return pexpect.spawn(cmd[0], [*cmd[1:], "new", *args], cwd=str(cwd), encoding="utf-8", timeout=60, env=ENV, dimensions=(50, 200))


def transcript(facts: dict[str, str]) -> list[tuple[str, str]]:
    """The exact prompts and answers of an in-process run: the CLI must show the same."""
    s = Script(facts)
    answers: list[str] = []

    def ask(prompt: str) -> str:
        answers.append(s.ask(prompt))
        return answers[-1]

    intake.run(ask, lambda _: None)
    return list(zip(s.prompts, answers))


def answer(child: pexpect.spawn, pairs) -> None:
    for prompt, reply in pairs:
        child.expect_exact(prompt.rstrip())
        child.sendline(reply)


FACTS = {"events.leak.fault": "true", "events.leak.continuing": "unknown", "harms.damage.victim_at_fault": "false"}


def test_cli_new_interrupted_then_resumed_writes_the_same_file_as_in_one_go(tmp_path: Path):
    pairs = transcript(FACTS)
    facts_from = next(i for i, (p, _) in enumerate(pairs) if FACT_PROMPT.match(p))

    one = tmp_path / "one.yaml"
    child = spawn("-o", str(one))
    child.expect_exact("`<` = back")
    answer(child, pairs)
    child.expect_exact("assess it now?")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not intake.partial_path(one).exists()

    two = tmp_path / "two.yaml"
    child = spawn("-o", str(two))
    # a slip and `<` on the way: the resident said to be a tenant, then corrected
    i = next(n for n, (p, _) in enumerate(pairs) if "resident: kind" in p)
    answer(child, pairs[:i])
    child.expect_exact(pairs[i][0].rstrip())
    child.sendline("tenant")
    child.expect_exact("resident: name")
    child.sendline("<")
    child.expect_exact("[tenant]:")
    child.sendline("owner")
    answer(child, pairs[i + 1:facts_from + 1])
    child.expect_exact(pairs[facts_from + 1][0].rstrip())
    child.sendcontrol("c")  # Ctrl-C at the second fact
    child.expect(pexpect.EOF)
    out = child.before
    child.close()
    assert child.exitstatus == 2
    assert "to resume: liability new -o" in out and "Traceback" not in out
    assert intake.partial_path(two).is_file() and not two.exists()

    child = spawn("-o", str(two))
    child.expect_exact("resume from the")
    child.sendline("y")
    answer(child, pairs[facts_from + 1:])
    child.expect_exact("assess it now?")
    child.sendline("y")
    child.expect("Reasoning chain|推理过程")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not intake.partial_path(two).exists(), "the partial file is removed once the incident is written"
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    text = two.read_text(encoding="utf-8")
    assert "continuing: unknown" in text and "victim_at_fault: false" in text
    a = liability.assess(liability.load(two))
    assert a.status == "decided"
    assert ("resident", "damage", "liable") in {(f.party, f.harm, f.kind.value) for f in a.findings}


def run_new(*args: str, stdin: str = "", cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*liability_command(), "new", *args], input=stdin, cwd=cwd, capture_output=True, text=True, timeout=60, env=ENV)


def test_cli_new_rejects_a_bad_output_before_the_first_question(tmp_path: Path):
    for target, why in [
        (tmp_path / "no-such-dir" / "x.yaml", "does not exist"),
        (tmp_path, "is a directory"),
    ]:
        r = run_new("-o", str(target), stdin="2024-10-03\n")
        assert r.returncode == 2, r
        assert why in r.stderr and "Traceback" not in r.stderr + r.stdout
        assert "date of the incident" not in r.stdout
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run_new("-o", str(blocker / "x.yaml"))
    assert r.returncode == 2 and "not a directory" in r.stderr and "date of the incident" not in r.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_cli_new_rejects_an_unwritable_directory(tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        r = run_new("-o", str(locked / "x.yaml"))
    finally:
        locked.chmod(0o700)
    assert r.returncode == 2 and "not writable" in r.stderr and "date of the incident" not in r.stdout


@pytest.mark.skipif(not Path("/sys").is_dir() or intake.target_problem(Path("/sys/x.yaml")) is None, reason="needs a read-only /sys")
def test_cli_new_rejects_a_read_only_directory():
    r = run_new("-o", "/sys/x.yaml")  # sysfs: no file can be made there, not even by root
    assert r.returncode == 2 and "not writable" in r.stderr and "date of the incident" not in r.stdout
    assert "Traceback" not in r.stderr


def test_cli_new_does_not_overwrite_an_existing_file_unless_confirmed(tmp_path: Path):
    existing = tmp_path / "incident.yaml"
    existing.write_text("keep me\n", encoding="utf-8")
    r = run_new("-o", str(existing), stdin="n\n")
    assert r.returncode == 2 and "not overwritten" in r.stderr and "Traceback" not in r.stderr
    assert "date of the incident" not in r.stdout
    assert existing.read_text(encoding="utf-8") == "keep me\n"
    r = run_new("-o", str(existing), stdin="y\n2024-10-03\n")  # confirmed: the questions begin (then EOF)
    assert "date of the incident" in r.stdout
    assert existing.read_text(encoding="utf-8") == "keep me\n", "nothing is written before the interview ends"


def test_cli_new_end_of_input_saves_and_says_how_to_resume(tmp_path: Path):
    out = tmp_path / "leak.yaml"
    r = run_new("-o", str(out), stdin="2024-10-03\n楼上漏水\nlei, resident\n")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "3 answers saved" in r.stderr and f"liability new -o {out}" in r.stderr
    assert [k for k, _ in intake.load_partial(out)] == ["date", "title", "parties"]
    r = run_new("-o", str(out), stdin="y\nowner\n")  # resumes at lei's kind
    assert "resuming: 3 answers" in r.stdout and "4 answers saved" in r.stderr
    assert not out.exists()
