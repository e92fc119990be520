"""Co-users of a shared facility — 共用设施致害、致害人不明.

A common drain or soil stack blocks and floods a flat, and no one can say whose rubbish blocked
it. No article names the case. Before the Civil Code courts shared the loss among the users of
the facility (the victim among them, if a user) under the fair-sharing provision — General
Principles of Civil Law art. 132, Tort Liability Law art. 24 — excepting users shown not to have
caused it (a flat standing empty). Civil Code art. 1186 lets a loss be shared only as a law
provides; courts applying the Code have had the users who cannot show it was not them
compensate by analogy with art. 1254 (possible users of a building), with recourse against the
one who blocked it once found.
"""

from liability.rulebase import caused_harm, fact, finding, outside, rule, v

DOCTRINE = "tort"


def _share(e, u, c, h, law):
    if law["CC-1186"] == "CC-1186":
        return outside(
            "CC-1186",
            "民法典第一千一百八十六条只许依法律规定分担损失；民法典施行后，共用设施使用人的分担依规则shared-facility.users-compensate（类推第一千二百五十四条）。",
            "Civil Code art. 1186 shares a loss only as a law provides; from the Code on, the users' share follows rule shared-facility.users-compensate (art. 1254 by analogy).",
        )
    return _outcome(u, h, "co-user-fair-sharing")


def _outcome(u, h, basis):
    if u.excluded:
        return [finding("not-liable", u.party, h.k, basis="proved-not-them")]
    if u.party == h.victim:
        return [finding("bears-own-loss", u.party, h.k, degree="equal", basis=basis)]
    return [finding("compensates", u.party, h.k, degree="equal", basis=basis)]


rule(
    "shared-facility.users-share-before-2021",
    cites=["CC-1186"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", actor=None),
        fact("u", "possible-user", event=v.e.k),
        *caused_harm(by=v.e.k),
    ],
    then=_share,
    zh="共用设施由谁堵塞无法查明：依当时公平分担的规定，审判实践由共同使用人（受害人是使用人的，亦在其内）平均分担损失；{u.party}是使用人之一（能证明非其所致的除外）。",
    en="Who blocked the shared facility cannot be found: under the fair-sharing provision of the time, courts had its users (the victim too, if a user) share the loss equally; {u.party} is one of them (unless shown not to have caused it).",
)


def _compensate(e, u, c, h, law):
    if law["CC-1254"] != "CC-1254":
        return outside(
            "CC-1254",
            "民法典施行前，共用设施使用人依公平分担的规定分担损失（见规则shared-facility.users-share-before-2021）。",
            "Before the Civil Code the users shared the loss under the fair-sharing provision (rule shared-facility.users-share-before-2021).",
        )
    out = _outcome(u, h, "co-user-analogy")
    if not u.excluded and u.party != h.victim:
        out.append(finding("recourse", u.party, h.k, basis="against-the-thrower-once-found"))
    return out


rule(
    "shared-facility.users-compensate",
    cites=["CC-1254"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", actor=None),
        fact("u", "possible-user", event=v.e.k),
        *caused_harm(by=v.e.k),
    ],
    then=_compensate,
    zh="共用设施由谁堵塞无法查明：法院类推民法典第一千二百五十四条，由不能证明非其所致的使用人{u.party}给予补偿（受害人是使用人的，自担其份），查明堵塞者后可以向其追偿。",
    en="Who blocked the shared facility cannot be found: courts, by analogy with Civil Code art. 1254, have the users who cannot show it was not them — {u.party} among them — compensate (a victim who is a user bears its own part), with recourse against the one who blocked it once found.",
)
