"""Defects of a building sold — 出卖人的瑕疵责任（违约）.

Where a harm comes from a design or construction defect of a building or flat sold, the seller
(usually the developer, within the warranty) answers to the buyer for the breach: Civil Code
art. 577 (Contract Law art. 107 from 1999-10-01). Whether there is a defect is a fact to
establish; until it is, the developer's liability is an open question, never a guess.
"""

import datetime as dt

from liability.facts import NONE
from liability.rulebase import BOOKKEEPING, Not, OneOf, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "contract"

rule(
    "defects.seller-of-the-source",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("e", "event", kind="leak"), fact("s", "rel", kind="sale", thing=v.e.source)],
    then=lambda e, s: [derived("seller-of", event=e.k, seller=s.seller, buyer=s.buyer, rel=s.k)],
    zh="{e.source}由{s.seller}出卖给{s.buyer}。",
    en="{s.seller} sold {e.source} to {s.buyer}.",
)

rule(
    "defects.seller-of-the-unit",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("e", "event", kind="leak"),
        fact("x", "thing", k=v.e.source, part_of=Not(None)),
        fact("s", "rel", kind="sale", thing=v.x.part_of),
    ],
    then=lambda e, x, s: [derived("seller-of", event=e.k, seller=s.seller, buyer=s.buyer, rel=s.k)],
    zh="{e.source}是{s.seller}出卖给{s.buyer}的{x.part_of}的一部分。",
    en="{e.source} is part of {x.part_of}, which {s.seller} sold to {s.buyer}.",
)

rule(
    "defects.seller-of-the-building",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("e", "event", kind="leak"),
        fact("x", "thing", k=v.e.source, part_of=Not(None)),
        fact("y", "thing", part_of=v.x.part_of),
        fact("s", "rel", kind="sale", thing=v.y.k),
    ],
    then=lambda e, x, y, s: [derived("seller-of", event=e.k, seller=s.seller, buyer=s.buyer, rel=s.k)],
    zh="{e.source}是{s.seller}出卖的{y.k}所在建筑物{x.part_of}的共有部分。",
    en="{e.source} is a common part of {x.part_of}, the building in which {s.seller} sold {y.k}.",
)

# The seller's warranty has periods (Construction Quality Regulations art. 40, from 2000-01-30, read
# by courts for the seller's warranty to the buyer from delivery): waterproofing and leak-proofing 5
# years, pipes, installation and decoration 2 years, heating and cooling 2 seasons, the main structure
# its design life — unless the sale promised longer. A defect that shows after them is not the
# seller's without a longer warranty; when the delivery date, the kind of defect or a longer
# warranty is unknown and decides it, it is asked (rule review 39).
MINIMUM_YEARS = {"waterproofing": 5, "pipes-installation": 2, "heating-cooling": 2, "other": 2}


def _years_between(start: str, end: str) -> float:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return (b - a).days / 365.25


def _within_warranty(s, r, e, h, law):
    """The seller's liability for the defect, within its warranty; a question where it turns on an
    unknown; not liable after the warranty ran out."""
    liable = [finding("liable", s.seller, h.k, basis="defect")]
    if law["CQR-40"] is None or e.defect_kind == "structure":
        return liable  # no national minimum yet; the main structure's is its design life
    if r.delivered_on == NONE:
        return [derived("question", fact=f"relationships.{r.k}.delivered_on", party=s.seller, harm=h.k, about=e.k)]
    age = _years_between(r.delivered_on, e.date)
    if age <= 1:
        return liable  # within every minimum period
    if e.defect_kind == "unknown":
        return [derived("question", fact=f"events.{e.k}.defect_kind", party=s.seller, harm=h.k, about=e.k)]
    agreed = r.warranty_years if r.warranty_years != NONE else None
    if age <= max(MINIMUM_YEARS[e.defect_kind], agreed or 0):
        return liable
    if agreed is None:
        return [derived("question", fact=f"relationships.{r.k}.warranty_years", party=s.seller, harm=h.k, about=e.k)]
    return [finding("not-liable", s.seller, h.k, basis="warranty-expired")]


rule(
    "defects.seller-liable-for-defect",
    cites=["CC-577", "CQR-40"],
    doctrine=DOCTRINE,
    when=[
        fact("s", "seller-of"),
        fact("r", "rel", k=v.s.rel),
        fact("e", "event", k=v.s.event, design_defect=True),
        *caused_harm(by=v.e.k, victim=v.s.buyer),
    ],
    then=lambda s, r, e, c, h, law: _within_warranty(s, r, e, h, law),
    zh="{e.source}存在设计、建造缺陷，出卖人{s.seller}交付的房屋不符合约定，在保修期内对{h.k}承担违约责任（保修期自交付起算：防水防渗漏5年，管道、设备安装和装修2年，供热供冷2个采暖期、供冷期，主体结构为合理使用年限，约定更长的从约定）。",
    en="{e.source} has a design or construction defect: the seller {s.seller} delivered a defective building and is liable for {h.k} within its warranty (from delivery: leak-proofing 5 years, pipes, installation and decoration 2, heating and cooling 2 seasons, the main structure its design life, or longer as agreed).",
)

# Harm to anyone else (a neighbour below, a tenant): no contract with the seller, but the
# Construction Law art. 80 (from 1998-03-01) gives whoever is harmed within the building's service
# life by construction of unacceptable quality a claim against those responsible for it — the
# developer that built it and sold it, in tort, within the service life rather than the warranty
# (the warranty periods bound the builder's duty to repair). A private seller of a second-hand flat
# did not build it: not this rule.
rule(
    "defects.defect-harms-another",
    cites=["CNL-80"],
    doctrine="tort",
    when=[
        fact("s", "seller-of"),
        fact("d", "party", k=v.s.seller, kind=OneOf("developer", "builder")),
        fact("e", "event", k=v.s.event, design_defect=True),
        *caused_harm(by=v.e.k, victim=Not(v.s.buyer)),
    ],
    then=lambda s, d, e, c, h: [finding("liable", s.seller, h.k, basis="building-defect")] if h.victim != s.seller else [],
    zh="{e.source}存在设计、建造缺陷（建筑工程质量不合格），在建筑物合理使用寿命内造成{h.victim}的{h.k}：受害人有权向责任者即建造并出卖房屋的{s.seller}要求赔偿。",
    en="{e.source} has a design or construction defect (construction of unacceptable quality) and caused {h.k} to {h.victim} within the building's service life: the victim may claim from the one responsible, {s.seller}, which built and sold it.",
)

rule(
    "defects.defect-unknown",
    cites=["CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("s", "seller-of"),
        fact("e", "event", k=v.s.event, design_defect="unknown"),
        *caused_harm(by=v.e.k, victim=v.s.buyer),
    ],
    then=lambda s, e, c, h: [derived("question", fact=f"events.{e.k}.design_defect", party=s.seller, harm=h.k, about=e.k)],
    zh="{e.source}是否存在设计缺陷尚未查明：存在则{s.seller}对{h.k}承担责任，不存在则不承担。",
    en="Whether {e.source} has a design defect is not established: if it has, {s.seller} is liable for {h.k}; if not, it is not.",
)

rule(
    "defects.no-defect",
    cites=["CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("s", "seller-of"),
        fact("e", "event", k=v.s.event, design_defect=False),
        *caused_harm(by=v.e.k, victim=v.s.buyer),
    ],
    then=lambda s, e, c, h: [finding("not-liable", s.seller, h.k, basis="no-defect")],
    zh="{e.source}不存在设计、建造缺陷，出卖人{s.seller}对{h.k}不承担责任。",
    en="{e.source} has no design or construction defect: the seller {s.seller} is not liable for {h.k}.",
)


# Within the warranty the seller must also make the defect good where it still lets water through —
# repair as the remedy for a performance not as agreed (CC art. 582; CL art. 111; GPCL art. 111: 要求履行
# 或者采取补救措施), beside the damages.
rule(
    "defects.seller-must-repair",
    cites=["CC-582", "CQR-40"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        # (the defect is checked in `then`: one more constant here overflows the core's alpha stack)
        fact("e", "event", kind="leak", continuing=True),
        fact("s", "seller-of", event=v.e.k),
        fact("f", "finding", kind="liable", basis="defect", party=v.s.seller),
        fact("h", "harm", k=v.f.harm, victim=v.s.buyer),
    ],
    then=lambda e, s, f, h: [finding("obligation", s.seller, h.k, degree="repair-defect", basis="defect")] if e.design_defect is True else [],
    zh="{e.source}的缺陷仍在渗漏，在保修期内：出卖人{s.seller}应当修理，消除缺陷。",
    en="The defect in {e.source} still lets water through, within the warranty: the seller {s.seller} must repair it.",
)
