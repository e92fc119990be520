"""The duty of security — 安全保障义务.

Two routes, as courts take them.

To its clients — the owners it serves — the property-service company answers in contract: it must
provide the services the contract says, and where its failure to perform harms an owner's person or
property it bears the corresponding liability (Property Management Regulations art. 35, art. 36
before 2016; with Civil Code art. 577 / Contract Law art. 107 on liability for breach, and from
2021 Civil Code art. 942: reasonable measures to protect owners' safety). Where a third party did
the harm (a burglar, a dog's keeper), the company bears the share corresponding to its failure,
beside the third party's liability; where no one else did, its failure is the cause.

To others in the places it manages, it answers in tort: Civil Code art. 1198 (Tort Liability Law
art. 37 from 2010-07-01): the manager of a public place who fails its duty of security is liable;
where a third party did the harm, the third party is liable, and the manager bears a corresponding
supplementary liability (补充责任) — and, from 2021, may recover from the third party.

Either way the failure must be shown: whether the company could have done more is asked, never
assumed.
"""

from liability.allocation import BESIDE_THE_DOER, SAME_DEBT  # the manager's own part, within the doer's whole (GPCL 106(2))
from liability.rulebase import BOOKKEEPING, NoneOf, Not, absent, caused_harm, derived, fact, finding, personal_injury_only, rule, v

DOCTRINE = "tort"
CONTRACT = ["CC-577", "PMR-35", "CC-942"]

rule(
    "security.client",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("s", "serves")],
    then=lambda s: [derived("client", provider=s.provider, client=s.client)],
    zh="{s.client}是{s.provider}的物业服务合同相对方。",
    en="{s.client} is a client of {s.provider} under the property-service contract.",
)

# Breach and tort concur where the company's failure harms its own client (CC art. 186; CL art.
# 122): the client elects. A claim that does not say rests on the service contract.
rule(
    "security.claim-in-contract",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security"),  # only where a security failure is in issue
        fact("k", "client", provider=v.o.actor),
        fact("h", "harm", victim=v.k.client, ground=NoneOf("tort")),
    ],
    then=lambda o, k, h: [derived("contract-claim", provider=k.provider, harm=h.k)],
    zh="{h.k}的请求以{k.provider}与{k.client}之间的物业服务合同为依据（受害人未选择侵权）。",
    en="The claim for {h.k} rests on the service contract between {k.provider} and {k.client} (the victim did not elect tort).",
)

# Someone other than the manager is liable for the harm on another ground: a third party did it.
# (Another manager that failed its own duty of security is no third party: each answers for its
# own failure, and they share as separate tortfeasors. Nor is one that owes another's debt — the
# company its branch's, the sole shareholder its company's: rules/companies.py.)
rule(
    "security.third-party-did-the-harm",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act=True),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        fact("f", "finding", kind="liable", harm=v.h.k, party=Not(v.o.actor), basis=NoneOf("security-duty", BESIDE_THE_DOER, "property-service-contract", *sorted(SAME_DEBT))),
    ],
    then=lambda o, c, h, f: [derived("security-breach", party=o.actor, harm=h.k, third=f.party, event=o.k)],
    zh="{f.party}对{h.k}承担责任，{o.actor}作为管理人未尽到安全保障义务。",
    en="{f.party} is liable for {h.k}, and {o.actor}, the manager, failed its duty of security.",
)

# --- to its clients: the service contract -------------------------------------------------------
rule(
    "security.client-third-party-did-the-harm",
    cites=CONTRACT,
    doctrine="contract",
    stratum=2,
    when=[fact("s", "security-breach"), fact("k", "contract-claim", provider=v.s.party, harm=v.s.harm), fact("h", "harm", k=v.s.harm)],
    then=lambda s, k, h: [finding("liable", s.party, h.k, degree="proportionate", basis="property-service-contract")],
    zh="{s.third}对{h.k}承担责任；{s.party}未履行物业服务合同约定的安全防范义务，对其业主承担相应的违约责任。",
    en="{s.third} is liable for {h.k}; {s.party} failed the security its service contract owes its client and bears the corresponding liability for breach.",
)

rule(
    "security.client-own-failure",
    cites=CONTRACT,
    doctrine="contract",
    stratum=5,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act=True),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        fact("k", "contract-claim", provider=v.o.actor, harm=v.h.k),
        absent("security-breach", event=v.o.k, harm=v.h.k),
    ],
    then=lambda o, c, h, k: [finding("liable", o.actor, h.k, basis="property-service-contract")],
    zh="{o.actor}未履行物业服务合同约定的安全保障义务，造成业主的{h.k}，应当承担违约责任。",
    en="{o.actor} failed the security its service contract owes its client and so caused {h.k}: liable for breach.",
)

# --- to others: tort ----------------------------------------------------------------------------
# A third party's act the manager's failure of security let happen, claimed in tort; and the
# manager's own failure of security, with no third party.
BREACH_IN_TORT = [fact("s", "security-breach"), fact("h", "harm", k=v.s.harm), absent("contract-claim", provider=v.s.party, harm=v.h.k)]
OWN_FAILURE_IN_TORT = [
    fact("o", "event", kind="failure-to-act", duty="security", able_to_act=True),
    *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    absent("security-breach", event=v.o.k, harm=v.h.k),
    absent("contract-claim", provider=v.o.actor, harm=v.h.k),
]


def _beyond_2003_interpretation(h, law):
    return personal_injury_only(
        h,
        law,
        "CC-1198",
        "SPCPI2003-6",
        "2003年人身损害赔偿司法解释第六条的安全保障义务只及于人身损害，不适用于财产损失（对业主可依物业服务合同主张）。",
        "The 2003 interpretation's duty of security (art. 6) reaches personal injury only, not harm to property (a client may claim under the service contract).",
    )


def beside_the_doer(party, h, doer, law, basis="security-duty"):
    """One that failed a duty of security where another did the harm, by the law of the date of
    ``law["CC-1198"]``: supplementary, with recourse under the 2003 interpretation and the Civil Code
    (not the TLL); before 2004 its own part within the doer's whole; under the 2003 interpretation,
    personal injury only."""
    beyond = _beyond_2003_interpretation(h, law)
    if beyond:
        return beyond
    if law["CC-1198"] == "GPCL-106":
        # Before 2004 no supplementary liability: the manager answers for its own fault — a part
        # within the whole the one who did the harm answers for, never a share taken off it (rule
        # review 38, its variant).
        return [finding("liable", party, h.k, degree="proportionate", basis=BESIDE_THE_DOER)]
    out = [finding("supplementary", party, h.k, degree="proportionate", basis=basis)]
    if law["CC-1198"] in ("CC-1198", "SPCPI2003-6"):  # recourse: the 2003 interpretation and the Civil Code, not the TLL
        out.append(finding("recourse", party, h.k, against=doer, basis="security-duty-recourse"))
    return out


def _supplementary(s, h, law):
    return beside_the_doer(s.party, h, s.third, law)


def _own_failure(o, c, h, law):
    return _beyond_2003_interpretation(h, law) or [finding("liable", o.actor, h.k, basis="security-duty")]


rule(
    "security.supplementary-liability",
    cites=["CC-1198"],
    doctrine=DOCTRINE,
    stratum=2,
    when=BREACH_IN_TORT,
    then=_supplementary,
    zh="因第三人{s.third}的行为造成损害，由第三人承担侵权责任；{s.party}未尽到安全保障义务，承担相应的补充责任，承担后可以向第三人追偿。",
    en="The third party {s.third} is liable for the harm; {s.party}, which failed its duty of security, bears a corresponding supplementary liability and may then recover from the third party.",
)

rule(
    "security.manager-liable-for-own-failure",
    cites=["CC-1198"],
    doctrine=DOCTRINE,
    stratum=5,
    when=OWN_FAILURE_IN_TORT,
    then=_own_failure,
    zh="{o.actor}作为管理人未尽到安全保障义务，造成{h.k}，应当承担侵权责任。",
    en="{o.actor}, the manager, failed its duty of security and caused {h.k}: liable in tort.",
)

# Harm to property, 2004-05-01 to 2010-06-30: the 2003 interpretation's duty of security reached
# personal injury only; the manager's own fault toward a visitor's property was still a tort under
# GPCL art. 106 para. 2, as before 2004 (rule review 38).
def _property_by_fault(kind_of_liability):
    def then(x, h, law):
        if law["CC-1198"] != "SPCPI2003-6" or h.kind == "personal":
            return []
        return [finding("liable", x, h.k, degree=kind_of_liability, basis=BESIDE_THE_DOER if kind_of_liability else "security-duty")]

    return then


rule(
    "security.property-loss-by-fault-2004-2010",
    cites=["CC-1165"],
    reads=["CC-1198"],
    doctrine=DOCTRINE,
    stratum=2,
    when=BREACH_IN_TORT,
    then=lambda s, h, law: _property_by_fault("proportionate")(s.party, h, law),
    zh="第三人{s.third}造成{h.k}（财产损失）；{s.party}未尽到安全保障义务，有过错，依民法通则第一百零六条第二款承担相应的责任。",
    en="The third party {s.third} caused {h.k} (harm to property); {s.party} failed its duty of security, which is fault: a corresponding liability under GPCL art. 106 para. 2.",
)

rule(
    "security.own-failure-property-2004-2010",
    cites=["CC-1165"],
    reads=["CC-1198"],
    doctrine=DOCTRINE,
    stratum=5,
    when=OWN_FAILURE_IN_TORT,
    then=lambda o, c, h, law: _property_by_fault(None)(o.actor, h, law),
    zh="{o.actor}未尽到安全保障义务，造成{h.k}（财产损失），有过错，依民法通则第一百零六条第二款承担责任。",
    en="{o.actor} failed its duty of security and caused {h.k} (harm to property): fault, liable under GPCL art. 106 para. 2.",
)


# --- was it a failure at all? --------------------------------------------------------------------
rule(
    "security.could-not-act",
    cites=["CC-1165", "CC-1198", "CC-942"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act=False),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="duty-met")],
    zh="{o.actor}已尽到合理限度内的安全保障义务（无法采取更多措施），对{h.k}不承担责任。",
    en="{o.actor} did what its duty of security reasonably required (it could not do more): not liable for {h.k}.",
)

rule(
    "security.able-to-act-unknown",
    cites=["CC-1165", "CC-1198", "CC-942"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act="unknown"),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [derived("question", fact=f"events.{o.k}.able_to_act", party=o.actor, harm=h.k, about=o.k)],
    zh="{o.actor}是否能够采取更多安全防范措施尚不清楚：能够而未采取的，对{h.k}承担责任（由受害人证明）。",
    en="Whether {o.actor} could have done more for security is unknown: if it could and did not, it answers for {h.k} (the victim's case to show).",
)


# --- a client's harm by a third party, with no failure of the company's entered ----------------------
# The company answers to its client for what a thief or an assailant did only where it failed the
# security its contract requires; whether it did is the client's case to show, and the handler may
# say so on the harm itself (``security_lapse``) instead of describing the failure as an event.
rule(
    "security.failure-entered",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("o", "event", kind="failure-to-act"), fact("k", "serves", provider=v.o.actor), fact("c", "cause", event=v.o.k)],
    then=lambda o, k, c: [derived("conduct-entered", party=o.actor, harm=c.harm)],
    zh="{o.actor}的不作为（{o.k}）是{c.harm}的原因之一。",
    en="{o.actor}'s failure to act ({o.k}) is among the causes of {c.harm}.",
)

rule(
    "security.response-entered",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("o", "event", kind="response"), fact("k", "serves", provider=v.o.actor), fact("c", "cause", event=v.o.regarding)],
    then=lambda o, k, c: [derived("conduct-entered", party=o.actor, harm=c.harm)],
    zh="{o.actor}对{o.regarding}的应对（{o.k}）已记录。",
    en="{o.actor}'s response ({o.k}) to {o.regarding} is entered.",
)


def _client_lapse(k, w, e, c, h, l):
    if w.actor == k.client:
        return []  # the client's own act: no third party's
    answered = derived("addressed", party=k.provider, harm=h.k)
    if h.security_lapse is True:
        return [finding("liable", k.provider, h.k, degree="proportionate", basis="property-service-contract"), answered]
    if h.security_lapse is False:
        return [finding("not-liable", k.provider, h.k, basis="duty-met"), answered]
    return [derived("question", fact=f"harms.{h.k}.security_lapse", party=k.provider, harm=h.k, about="none"), answered]


rule(
    "security.client-third-party-lapse",
    cites=CONTRACT,
    doctrine="contract",
    stratum=7,  # only where no other rule answers the claim (and before the book's silence is reported)
    when=[
        fact("k", "client"),
        fact("w", "wrongful-act", actor=Not(v.k.provider)),
        fact("e", "event", k=v.w.event, kind="act", act="other"),  # a theft, an assault — not a leak, a fire, works
        fact("c", "cause", event=v.w.event),
        fact("h", "harm", k=v.c.harm, victim=v.k.client, ground=NoneOf("tort")),
        fact("l", "claim", harm=v.h.k, against=v.k.provider),
        absent("conduct-entered", party=v.k.provider, harm=v.h.k),
        absent("addressed", party=v.k.provider, harm=v.h.k),
    ],
    then=_client_lapse,
    zh="{w.actor}的不法行为造成{h.k}；{k.provider}对其业主{k.client}仅在未尽到物业服务合同约定的安全防范义务时承担相应的违约责任：是否未尽到，由业主证明，须查明。",
    en="{w.actor}'s wrongful act caused {h.k}; {k.provider} answers to its client {k.client} only if it failed the security its service contract requires (the client's case to show), then for the corresponding part.",
)

rule(
    "security.client-breach-of-rules-lapse",
    cites=CONTRACT,
    doctrine="contract",
    stratum=7,  # only where no other rule answers the claim (and before the book's silence is reported)
    when=[
        # a breach of the rules by another (a crew's drilling, dumping) that the company had to stop and report
        fact("e", "event", kind="act", act=NoneOf("other", "penalty", "obstruction"), forbidden_by_rules=True),
        fact("w", "wrongful-act", event=v.e.k),
        fact("c", "cause", event=v.w.event),
        fact("h", "harm", k=v.c.harm),
        fact("k", "client", client=v.h.victim, provider=Not(v.w.actor)),
        fact("l", "claim", harm=v.h.k, against=v.k.provider),
        absent("conduct-entered", party=v.k.provider, harm=v.h.k),
        absent("addressed", party=v.k.provider, harm=v.h.k),
    ],
    then=lambda e, w, c, h, k, l: _client_lapse(k, w, e, c, h, l) if h.ground != "tort" else [],
    zh="{w.actor}违反管理规定的行为造成{h.k}；{k.provider}对其业主{k.client}仅在未尽到制止、报告等物业服务合同约定的义务时承担相应的违约责任：是否未尽到，由业主证明，须查明。",
    en="{w.actor}'s breach of the rules caused {h.k}; {k.provider} answers to its client {k.client} only if it failed to stop and report it as its service contract requires (the client's case to show), then for the corresponding part.",
)
