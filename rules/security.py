"""The duty of security — 安全保障义务.

Civil Code art. 1198 (Tort Liability Law art. 37 from 2010-07-01): the operator or manager of a
public place who fails its duty of security is liable for the harm; where a third party did the
harm, the third party is liable, and the manager who failed its duty bears a corresponding
supplementary liability (补充责任) — and, from 2021, may recover from the third party. Courts apply
it to property-service companies for the common areas they manage (theft, assault, falls), with
Civil Code art. 942 (reasonable measures to protect owners' safety).
"""

from liability.rulebase import Not, OneOf, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"

rule(
    "security.third-party-did-the-harm",
    cites=["CC-1198"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act=OneOf(True, "unknown")),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        fact("w", "wrongful-act", actor=Not(v.o.actor)),
        fact("c2", "cause", event=v.w.event, harm=v.h.k),
    ],
    then=lambda o, c, h, w, c2: [derived("security-breach", party=o.actor, harm=h.k, third=w.actor, event=o.k)],
    zh="{w.actor}的行为造成{h.k}，{o.actor}作为管理人未尽到安全保障义务。",
    en="{w.actor}'s act caused {h.k}, and {o.actor}, the manager, failed its duty of security.",
)


def _supplementary(s, o, law):
    out = [finding("supplementary", s.party, s.harm, degree="proportionate", basis="security-duty")]
    if law["CC-1198"] == "CC-1198":  # the recourse sentence is new in the Civil Code
        out.append(finding("recourse", s.party, s.harm, against=s.third, basis="security-duty-recourse"))
    return out


rule(
    "security.supplementary-liability",
    cites=["CC-1198", "CC-942"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[fact("s", "security-breach"), fact("o", "event", k=v.s.event)],
    then=_supplementary,
    zh="因第三人{s.third}的行为造成损害，由第三人承担侵权责任；{s.party}未尽到安全保障义务，承担相应的补充责任，承担后可以向第三人追偿。",
    en="The third party {s.third} is liable for the harm; {s.party}, which failed its duty of security, bears a corresponding supplementary liability and may then recover from the third party.",
)

rule(
    "security.manager-liable-for-own-failure",
    cites=["CC-1198", "CC-942"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act=OneOf(True, "unknown")),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        absent("security-breach", event=v.o.k, harm=v.h.k),
    ],
    then=lambda o, c, h: [finding("liable", o.actor, h.k, basis="security-duty")],
    zh="{o.actor}作为管理人未尽到安全保障义务，造成{h.k}，应当承担侵权责任。",
    en="{o.actor}, the manager, failed its duty of security and caused {h.k}: liable in tort.",
)

rule(
    "security.could-not-act",
    cites=["CC-1198"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="security", able_to_act=False),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="duty-met")],
    zh="{o.actor}已尽到合理限度内的安全保障义务（无法采取更多措施），对{h.k}不承担责任。",
    en="{o.actor} did what its duty of security reasonably required (it could not do more): not liable for {h.k}.",
)
