"""Reputation — 名誉权.

Civil Code arts. 1024 (no organisation or individual may infringe another's reputation by insult,
defamation or the like) and 1000 (removing the effects, restoring the reputation and apologising, in
measure with the act and its reach); before 2021 General Principles arts. 101 and 120 (stop the
infringement, restore the reputation, remove the effects, apologise, and damages). A notice a
property company posts naming residents as wrongdoers is the everyday case (seed 000 案例四): where
what it says is untrue or insulting, it must come down, with an apology; true and measured, it is no
infringement of reputation (a claim on privacy is not in this book). Damages follow fault
(rules/fault.py), orders do not.
"""

from liability.rulebase import Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"


def _reputation(a, c, h):
    if a.false_or_insulting == "unknown":
        return [derived("question", fact=f"events.{a.k}.false_or_insulting", party=a.actor, harm=h.k, about=a.k)]
    if a.false_or_insulting is True:
        return [finding("obligation", a.actor, h.k, degree="retract-and-apologise", basis="reputation")]
    return [finding("not-liable", a.actor, h.k, basis="not-defamatory")]


rule(
    "personality.reputation",
    cites=["CC-1024", "CC-1000"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="publication"),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=_reputation,
    zh="{a.actor}公开指称{h.victim}（{a.k}）：内容失实或者带有侮辱的，侵害其名誉权，应当停止侵害（撤下）、消除影响、恢复名誉、赔礼道歉；内容真实且无侮辱的，不构成对名誉权的侵害。",
    en="{a.actor} publicly named {h.victim} ({a.k}): if what it said was untrue or insulting, it infringed the person's reputation and must take it down, remove the effects, restore the reputation and apologise; if true and not insulting, it infringed no reputation.",
)
