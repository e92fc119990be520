"""Utility supply — 供用电、水、气、热力合同.

Civil Code arts. 648–656 (Contract Law arts. 176–184 from 1999-10-01): the supply contract binds the
utility and the user it supplies. A supplier that must interrupt the supply (planned or temporary
maintenance, lawful rationing) must tell the users in advance, and compensates their loss where it
did not (CC 652; CL 180); where the supply fails through a natural disaster or the like, it must
repair promptly, and compensates the loss of a slow repair (CC 653; CL 181). Water, gas and heat
follow the rules on power (CC 656; CL 184). The property company is no party to these contracts: a
utility's interruption or delay is not its doing (it answers only for its own failures, found by
other rules).
"""

from liability.rulebase import Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "contract"


def _asked(e, h, field):
    return [derived("question", fact=f"events.{e.k}.{field}", party=e.actor, harm=h.k, about=e.k)]


def _notice(e, r, c, h):
    if e.notified == "unknown":
        return _asked(e, h, "notified")
    if e.notified is True:
        return [finding("not-liable", e.actor, h.k, basis="notified-in-advance")]
    return [finding("liable", e.actor, h.k, basis="supply-contract")]


def _repair(e, r, c, h):
    if e.repaired_in_time == "unknown":
        return _asked(e, h, "repaired_in_time")
    if e.repaired_in_time is True:
        return [finding("not-liable", e.actor, h.k, basis="repaired-in-time")]
    return [finding("liable", e.actor, h.k, basis="supply-contract")]


# The supplier and the user of each contract: power under the power-supply articles; water, gas and
# heat under them by reference.
for _utility, _which, _extra in (("power", "power", []), ("other", Not("power"), ["CC-656"])):
    rule(
        f"supply.interruption-without-notice-{_utility}",
        cites=["CC-652", *_extra],
        doctrine=DOCTRINE,
        when=[
            fact("e", "event", kind="supply-interruption", natural_cause=False),
            fact("r", "rel", kind="supply-contract", utility=_which, supplier=v.e.actor),
            *caused_harm(by=v.e.k, victim=v.r.user),
        ],
        then=_notice,
        zh="{e.actor}中断供应（检修、限电等原因）应当事先通知使用人{r.user}；未事先通知造成{h.k}的，应当赔偿。",
        en="{e.actor}, interrupting the supply (maintenance, rationing), had to tell its user {r.user} in advance; having not, it compensates {h.k}.",
    )
    rule(
        f"supply.natural-outage-{_utility}",
        cites=["CC-653", *_extra],
        doctrine=DOCTRINE,
        when=[
            fact("e", "event", kind="supply-interruption", natural_cause=True),
            fact("r", "rel", kind="supply-contract", utility=_which, supplier=v.e.actor),
            *caused_harm(by=v.e.k, victim=v.r.user),
        ],
        then=_repair,
        zh="因自然灾害等原因断供，{e.actor}应当及时抢修；未及时抢修造成{r.user}的{h.k}的，应当赔偿。",
        en="The supply failed through natural causes: {e.actor} had to repair promptly; failing that, it compensates {r.user}'s {h.k}.",
    )

rule(
    "supply.cause-unknown",
    cites=["CC-652"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="supply-interruption", natural_cause="unknown"),
        fact("r", "rel", kind="supply-contract", supplier=v.e.actor),
        *caused_harm(by=v.e.k, victim=v.r.user),
    ],
    then=lambda e, r, c, h: _asked(e, h, "natural_cause"),
    zh="{e.actor}中断供应的原因（检修、限电，还是自然灾害）尚不清楚：它决定{e.actor}应当事先通知还是应当及时抢修。",
    en="Why {e.actor} stopped the supply (maintenance or rationing, or a natural disaster) is unknown: it decides whether it had to give notice or to repair promptly.",
)

# A utility's own doing — an interruption, a delay in connecting — is not the property company's: the
# supply contract binds the utility and the user, and the company is no party to it.
rule(
    "supply.not-the-property-company",
    cites=["CC-648"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="supply-contract"),
        fact("e", "event", actor=v.r.supplier),
        *caused_harm(by=v.e.k, victim=v.r.user),
        fact("x", "claim", harm=v.h.k, against=Not(v.r.supplier)),
        fact("p", "party", kind="property-service-company", k=v.x.against),
    ],
    then=lambda r, e, c, h, x, p: [finding("not-liable", p.k, h.k, basis="utility-supply")],
    zh="{e.k}是供应人{r.supplier}的行为；供用合同由供应人与使用人{r.user}订立，物业服务人{p.k}不是合同当事人，不因此对{h.k}承担责任。",
    en="{e.k} was the utility {r.supplier}'s doing; the supply contract binds it and the user {r.user}: the property company {p.k} is no party and does not answer for {h.k} on that ground.",
)
