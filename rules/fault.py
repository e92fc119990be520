"""Fault liability — 过错责任.

Civil Code art. 1165 para. 1 (from 2021-01-01); before it Tort Liability Law art. 6 (2010-07-01)
and General Principles of Civil Law art. 106 para. 2 (1987-01-01): one who through fault
infringes another's civil rights and interests and causes harm is liable in tort.
"""

from liability.rulebase import Not, OneOf, derived, fact, finding, rule, v

DOCTRINE = "tort"

rule(
    "fault.leak-from-own-facilities",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", fault=True, actor=Not(None)),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.e.actor)),
    ],
    then=lambda e, c, h: [finding("liable", e.actor, h.k, basis="fault")],
    zh="{e.actor}对漏水{e.k}有过错，造成{h.k}，应当承担侵权责任。",
    en="{e.actor} was at fault for the leak {e.k}, which caused {h.k}: liable in tort.",
)

rule(
    "fault.leak-fault-unknown",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", fault="unknown", actor=Not(None)),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.e.actor)),
    ],
    then=lambda e, c, h: [derived("question", fact=f"events.{e.k}.fault", party=e.actor, harm=h.k, about=e.k)],
    zh="{e.actor}对漏水{e.k}是否有过错尚不清楚：有过错则对{h.k}承担责任。",
    en="Whether {e.actor} was at fault for the leak {e.k} is unknown: if so, it is liable for {h.k}.",
)

rule(
    "fault.leak-without-fault",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", fault=False, actor=Not(None)),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.e.actor)),
    ],
    then=lambda e, c, h: [finding("not-liable", e.actor, h.k, basis="no-fault")],
    zh="{e.actor}对漏水{e.k}没有过错，不依过错责任对{h.k}负责。",
    en="{e.actor} was not at fault for the leak {e.k}: not liable for {h.k} under fault liability.",
)

rule(
    "fault.own-leak-own-loss",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", actor=Not(None), natural_cause=OneOf(False, "unknown")),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor),
    ],
    then=lambda e, c, h: [finding("bears-own-loss", e.actor, h.k, basis="own-sphere")],
    zh="漏水{e.k}发生在{e.actor}自己负责的范围内，其自身损失{h.k}由其自行承担。",
    en="The leak {e.k} came from {e.actor}'s own sphere: it bears its own loss {h.k}.",
)
