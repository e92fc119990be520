"""Renovation — 装饰装修管理.

No national text we could read expressly forbids pouring renovation waste into drains (see
docs/legal-notes.md). The Ministry of Construction's Measures on the Administration of
Residential Interior Renovation (住宅室内装饰装修管理办法, Decree No. 110, in force 2002-05-01,
amended 2011) require the owner, or owner and decorator, to sign a renovation management service
agreement with the property company covering, among other things, the removal and disposal of
waste (art. 16), and require renovation waste to be piled and removed at the prescribed place, in
the prescribed way and time (art. 27); the community's rules (管理规约) say the same. Their wording
was read from a third-party copy of the 2011 text and is marked unchecked. The seed book cites
art. 18 of the 1997 Trial Measures on Home Renovation (家庭居室装饰装修管理试行办法), which could
not be read here.

So the wrong is fault (Civil Code art. 1165 and its predecessors): dumping waste against the
renovation agreement, the Measures' waste rule and the community's rules is a breach of a
protective rule, and so fault, even where the worker's state of mind is not otherwise shown.
"""

from liability.rulebase import derived, fact, rule

DOCTRINE = "tort"

rule(
    "renovation.waste-against-the-rules",
    cites=["CC-1165", "RDM-16", "RDM-27"],
    doctrine=DOCTRINE,
    when=[fact("a", "event", kind="act", act="dumping-waste", forbidden_by_rules=True)],
    then=lambda a: [derived("wrongful-act", event=a.k, actor=a.actor, basis="forbidden")],
    zh="{a.actor}违反装饰装修管理服务协议、管理规约和装修废弃物按规定堆放、清运的规定，将废弃物倒入排水管道（{a.k}），有过错。",
    en="{a.actor} poured renovation waste into the drains ({a.k}) against the renovation management agreement, the community's rules and the rule that renovation waste be piled and removed as prescribed: fault.",
)
