"""Defects of a building sold — 出卖人的瑕疵责任（违约）.

Where a harm comes from a design or construction defect of a building or flat sold, the seller
(usually the developer, within the warranty) answers to the buyer for the breach: Civil Code
art. 577 (Contract Law art. 107 from 1999-10-01). Whether there is a defect is a fact to
establish; until it is, the developer's liability is an open question, never a guess.
"""

from liability.rulebase import Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "contract"

rule(
    "defects.seller-of-the-source",
    cites=["CC-577"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="leak"), fact("s", "rel", kind="sale", thing=v.e.source)],
    then=lambda e, s: [derived("seller-of", event=e.k, seller=s.seller, buyer=s.buyer)],
    zh="{e.source}由{s.seller}出卖给{s.buyer}。",
    en="{s.seller} sold {e.source} to {s.buyer}.",
)

rule(
    "defects.seller-of-the-unit",
    cites=["CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak"),
        fact("x", "thing", k=v.e.source, part_of=Not(None)),
        fact("s", "rel", kind="sale", thing=v.x.part_of),
    ],
    then=lambda e, x, s: [derived("seller-of", event=e.k, seller=s.seller, buyer=s.buyer)],
    zh="{e.source}是{s.seller}出卖给{s.buyer}的{x.part_of}的一部分。",
    en="{e.source} is part of {x.part_of}, which {s.seller} sold to {s.buyer}.",
)

rule(
    "defects.seller-of-the-building",
    cites=["CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak"),
        fact("x", "thing", k=v.e.source, part_of=Not(None)),
        fact("y", "thing", part_of=v.x.part_of),
        fact("s", "rel", kind="sale", thing=v.y.k),
    ],
    then=lambda e, x, y, s: [derived("seller-of", event=e.k, seller=s.seller, buyer=s.buyer)],
    zh="{e.source}是{s.seller}出卖的{y.k}所在建筑物{x.part_of}的共有部分。",
    en="{e.source} is a common part of {x.part_of}, the building in which {s.seller} sold {y.k}.",
)

rule(
    "defects.seller-liable-for-defect",
    cites=["CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("s", "seller-of"),
        fact("e", "event", k=v.s.event, design_defect=True),
        *caused_harm(by=v.e.k, victim=v.s.buyer),
    ],
    then=lambda s, e, c, h: [finding("liable", s.seller, h.k, basis="defect")],
    zh="{e.source}存在设计、建造缺陷，出卖人{s.seller}交付的房屋不符合约定，对{h.k}承担违约责任。",
    en="{e.source} has a design or construction defect: the seller {s.seller} delivered a defective building and is liable for {h.k}.",
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
