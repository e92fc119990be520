"""The ``expect:`` block of an example file: the outcome the incident must produce.

The listed findings are exhaustive: every finding of the assessment must be listed (by party,
harm and kind), so an example fails when a rule starts concluding something new as surely as when
one stops. Articles listed for a finding must be among the articles it cites; ``cites`` and
``not_cites`` speak about the whole assessment.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .assessment import Assessment, OutcomeKind


class ExpectedFinding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    party: str
    harm: str
    kind: OutcomeKind
    degree: str | None = None
    share: Decimal | None = None
    presumed: bool | None = None
    articles: list[str] = Field(default_factory=list)


class Expectation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    status: Literal["decided", "open"] | None = None
    findings: list[ExpectedFinding] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list, description="paths of the facts left open")
    cites: list[str] = Field(default_factory=list)
    not_cites: list[str] = Field(default_factory=list)
    time_law: str | None = Field(None, description="article id of a transitional rule that chose the law")
    alternative: str | None = Field(None, description="article under which a discretionary alternative is shown")


def check(a: Assessment, e: Expectation) -> list[str]:
    """Every way the assessment differs from the expectation; empty when it matches."""
    out: list[str] = []
    if e.status is not None and a.status != e.status:
        out.append(f"status is {a.status!r}, expected {e.status!r}")
    got = {(f.party, f.harm, f.kind.value): f for f in a.findings}
    want = {(f.party, f.harm, f.kind.value): f for f in e.findings}
    for key, w in want.items():
        f = got.get(key)
        if f is None:
            out.append(f"missing finding: {key[0]} {key[2]} for {key[1]}")
            continue
        if w.degree is not None and f.degree != w.degree:
            out.append(f"{key[0]} {key[2]} for {key[1]}: degree {f.degree!r}, expected {w.degree!r}")
        if w.share is not None and f.share != w.share:
            out.append(f"{key[0]} {key[2]} for {key[1]}: share {f.share}, expected {w.share}")
        if w.presumed is not None and f.presumed != w.presumed:
            out.append(f"{key[0]} {key[2]} for {key[1]}: presumed {f.presumed}, expected {w.presumed}")
        missing = [x for x in w.articles if x not in f.articles]
        if missing:
            out.append(f"{key[0]} {key[2]} for {key[1]}: cites {f.articles}, missing {missing}")
    for key in got.keys() - want.keys():
        out.append(f"unexpected finding: {key[0]} {key[2]} for {key[1]}")
    asked = sorted(q.fact for q in a.questions)
    if sorted(set(e.questions)) != sorted(set(asked)):
        out.append(f"open questions {asked}, expected {sorted(set(e.questions))}")
    cited = set(a.articles)
    out += [f"does not cite {x}" for x in e.cites if x not in cited]
    out += [f"cites {x}, which it must not" for x in e.not_cites if x in cited]
    if e.time_law is not None and e.time_law not in a.time_law.articles:
        out.append(f"time-law articles {a.time_law.articles}, expected {e.time_law!r}")
    if e.alternative is not None:
        got_alt = [x.article for x in a.time_law.alternatives]
        if e.alternative not in got_alt:
            out.append(f"alternatives under {got_alt}, expected one under {e.alternative!r}")
    return out


def incident_file_schema() -> dict:
    """The JSON Schema of an incident file (an incident, and for examples an `expect:` block),
    generated from the models, with the zh / en descriptions of every field."""
    from pydantic import create_model

    from .model import Incident

    model = create_model(
        "IncidentFile",
        __base__=Incident,
        expect=(Expectation | None, Field(None, description="示例文件的预期结论 / the outcome an example must produce")),
    )
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "liability incident file"
    schema["description"] = "物业管理事故事实 / the facts of a property-management incident (liability assess FILE)"
    return schema
