"""The Assessment: the decision, the allocation and the reasoning chain, as typed data.

Everything a renderer shows, and everything ``--format json`` prints, is in here. Kinds of outcome
stay distinct, as courts keep them: liability (责任), supplementary liability (补充责任),
compensation without liability (补偿), recourse (追偿), not liable, and a loss the victim bears.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class OutcomeKind(StrEnum):
    liable = "liable"  # 承担责任
    supplementary = "supplementary"  # 补充责任
    compensates = "compensates"  # 补偿（无责任）
    recourse = "recourse"  # 追偿权
    not_liable = "not-liable"  # 不承担责任
    bears_own_loss = "bears-own-loss"  # 自行承担损失
    obligation = "obligation"  # 停止侵害、提供便利等义务（degree 说明何种义务）


OUTCOME_ZH = {
    "liable": "承担责任",
    "supplementary": "承担补充责任",
    "compensates": "给予补偿（非责任）",
    "recourse": "有权追偿",
    "not-liable": "不承担责任",
    "bears-own-loss": "自行承担损失",
    "obligation": "负有义务",
}
OUTCOME_EN = {
    "liable": "liable",
    "supplementary": "supplementary liability",
    "compensates": "compensates (not liability)",
    "recourse": "may recover",
    "not-liable": "not liable",
    "bears-own-loss": "bears own loss",
    "obligation": "must",
}
DEGREE_ZH = {
    "full": "全部",
    "main": "主要",
    "secondary": "次要",
    "equal": "平均",
    "proportionate": "按份（相应）",
    "appropriate": "适当",
    "joint": "连带",
    "aggravation": "扩大部分",
    "rest": "其余部分",
    "reduced": "相应减轻",
    "pending": "待定",
    "fair-share": "公平分担",
    "stop": "停止侵害",
    "permit-access": "提供必要便利（允许进入维修）",
    "relocate": "恢复原状、移位",
}
DEGREE_EN = {
    "full": "full",
    "main": "main",
    "secondary": "secondary",
    "equal": "equal",
    "proportionate": "proportionate",
    "appropriate": "appropriate",
    "joint": "joint and several",
    "aggravation": "for the part that grew",
    "rest": "the rest",
    "reduced": "reduced for the victim's fault",
    "pending": "pending open facts",
    "fair-share": "fair share",
    "stop": "stop the interference",
    "permit-access": "permit access for repairs",
    "relocate": "restore / relocate",
}


class ArticleInfo(_Out):
    id: str
    law: str
    law_zh: str
    law_en: str
    number: int
    title_zh: str
    title_en: str
    text_zh: str | None
    gloss_en: str | None
    checked: bool
    in_force: dt.date
    ends: dt.date | None


class Premise(_Out):
    """A fact a derivation used: an input fact (with where it is in the file) or a derived one."""

    kind: Literal["input", "derived"]
    fact: dict
    path: str | None = None  # for input facts: e.g. "events.1"
    derivations: list[int] = []  # for derived facts: the derivations that concluded it


class Derivation(_Out):
    id: int
    rule: str
    doctrine: str
    provisions: list[str]
    articles: list[str]
    law_date: dt.date
    premises: list[Premise]
    concludes: list[dict]
    zh: str
    en: str


class Finding(_Out):
    party: str
    harm: str
    kind: OutcomeKind
    degree: str | None = None
    share: Decimal | None = None  # percent, only where the law or the facts give a number
    amount: Decimal | None = None
    against: str | None = None  # for recourse
    basis: str | None = None
    presumed: bool = False
    rebuttal: str | None = None
    articles: list[str]
    derivations: list[int]


class Question(_Out):
    fact: str  # path of the unknown fact, e.g. "events.leak.fault"
    party: str | None
    harm: str | None
    about: str | None = None  # the event or relationship the fact belongs to
    derivations: list[int]


class ShareLine(_Out):
    party: str
    kind: OutcomeKind
    degree: str | None
    share: Decimal | None
    amount: Decimal | None


class Allocation(_Out):
    harm: str
    victim: str
    amount: Decimal | None
    lines: list[ShareLine]
    articles: list[str]
    zh: str
    en: str
    decided: bool


class TimeLawFinding(_Out):
    facts_date: dt.date
    decided_on: dt.date
    provision: str | None
    article: str | None
    zh: str
    en: str


class Blocked(_Out):
    rule: str
    provision: str
    law_date: dt.date
    zh: str
    en: str


class Assessment(_Out):
    title: str | None
    date: dt.date
    status: Literal["decided", "open"]
    time_law: TimeLawFinding
    names: dict[str, str]  # id -> display name, for parties, things, events and harms
    findings: list[Finding]
    allocations: list[Allocation]
    questions: list[Question]
    derivations: list[Derivation]
    blocked: list[Blocked]
    articles: dict[str, ArticleInfo]

    def findings_for(self, party: str) -> list[Finding]:
        return [f for f in self.findings if f.party == party]
