"""Acting together, instigating and helping — 共同侵权、教唆帮助.

Civil Code arts. 1168 (two or more who jointly commit a tort are jointly and severally liable)
and 1169 (one who instigates or helps another to commit a tort is jointly and severally liable
with it). Tort Liability Law arts. 8 and 9 (2010-07-01 to 2020-12-31); before them General
Principles of Civil Law art. 130. An instruction or a written authorisation from the one who
instigated is no defence for the one who carried the wrong out.
"""

from liability.rulebase import Not, caused_harm, fact, finding, rule, v

DOCTRINE = "tort"

rule(
    "joint.instigator-and-doer",
    cites=["CC-1169", "CC-1168"],
    doctrine=DOCTRINE,
    when=[
        fact("w", "wrongful-act", basis=Not("excessive")),
        fact("a", "event", k=v.w.event, instructed_by=Not(None)),
        *caused_harm(by=v.w.event, victim=Not(v.a.instructed_by)),
    ],
    then=lambda w, a, c, h: [
        finding("liable", a.instructed_by, h.k, degree="joint", basis="instigated"),
        finding("liable", w.actor, h.k, degree="joint", basis="carried-out"),
    ],
    zh="{a.instructed_by}指使{w.actor}实施{w.event}，{w.actor}明知而为之；二者对{h.k}承担连带责任，委托书不能免除实施者的责任。",
    en="{a.instructed_by} instructed {w.actor} to do {w.event}, and {w.actor} did it: both are jointly and severally liable for {h.k}; the authorisation is no defence.",
)
