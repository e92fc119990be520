"""Co-owners answer together — 共有人的连带债务.

Civil Code art. 307 (from 2021-01-01; Property Law art. 102 from 2007-10-01): toward others, the
co-owners of an immovable or movable are jointly and severally liable for the debts that arise from
it, unless a law provides otherwise or the creditor knows they are not; among themselves they share
by their shares. A flat or a car owned by a couple is the everyday case: what its leak or its fire
costs a neighbour is owed by both. Before the Property Law no statute said so (the General
Principles' art. 78 knew co-ownership, not its external debts): the claim against the other
co-owner is then outside the rule book, never "not liable".
"""

from liability.allocation import CO_OWNER
from liability.rulebase import NoneOf, Not, OneOf, fact, finding, rule, v

DOCTRINE = "property"

rule(
    "co-ownership.joint-debt",
    cites=["CC-307"],
    doctrine=DOCTRINE,
    stratum=6,  # after every rule that finds the owner liable
    when=[
        fact("o", "co-owned"),
        fact("c", "cause", event=v.o.event),
        fact(
            "f",
            "finding",
            kind=OneOf("liable", "supplementary", "compensates"),
            party=v.o.owner,
            harm=v.c.harm,
            basis=NoneOf(CO_OWNER, "ward-own-property"),
        ),
        fact("h", "harm", k=v.f.harm, victim=Not(v.o.party)),
    ],
    then=lambda o, c, f, h: [
        finding(f.kind, o.party, h.k, degree=None if f.degree == "none" else f.degree, basis=CO_OWNER, against=o.owner)
    ],
    zh="{h.k}因共有的{o.thing}而生：{o.party}与所有人{o.owner}共有此物，对外承担连带债务（法律另有规定或者第三人知道共有人不具有连带债务关系的除外）。",
    en="{h.k} arises from {o.thing}, which {o.party} owns together with {o.owner}: toward others the co-owners are jointly and severally liable (unless a law provides otherwise or the creditor knows they are not).",
)
