"""Those one answers for: guardians of minors and of adults without full capacity — 监护人责任.

Civil Code art. 1188 (from 2021-01-01): where a person without or with limited capacity causes
harm to another, the guardian bears the tort liability; a guardian who did its duty of care may
have its liability reduced. Tort Liability Law art. 32 (2010-07-01) and General Principles of
Civil Law art. 133 (1987-01-01) said the same. The ward is the one who acted; the guardian is the
one who answers, in the ward's place (``against`` names the ward).
"""

from liability.rulebase import NoneOf, Not, OneOf, caused_harm, derived, fact, finding, rule, v

from .fault import no_wrong

DOCTRINE = "tort"
ANSWERED = OneOf("liable", "supplementary")


def _answers(kind, degree, g, harm):
    """The guardian's liability in its ward's place, reduced where it did its duty of care."""
    degree = "reduced-duty-done" if g.duty_done is True else degree
    out = [finding(kind, g.guardian, harm, degree=degree, basis="guardian", against=g.ward)]
    if g.duty_done == "unknown":
        out.append(derived("question", fact=f"relationships.{g.k}.duty_done", party=g.guardian, harm=harm, about="none"))
    return out


def _guardian(f, g, p):
    if p.capacity == "full":
        return [finding("not-liable", g.guardian, f.harm, basis="ward-of-full-capacity")]
    if p.capacity == "unknown":
        return [derived("question", fact=f"parties.{g.ward}.capacity", party=g.guardian, harm=f.harm, about="none")]
    return _answers(f.kind, None if f.degree == "none" else f.degree, g, f.harm)


rule(
    "guardian.answers-for-ward",
    cites=["CC-1188"],
    doctrine=DOCTRINE,
    stratum=5,
    when=[
        fact("f", "finding", kind=ANSWERED, basis=NoneOf("ward-own-property")),
        fact("g", "rel", kind="guardianship", ward=v.f.party),
        fact("p", "party", k=v.g.ward),
    ],
    then=_guardian,
    zh="{g.ward}造成的损害：无民事行为能力人、限制民事行为能力人造成他人损害的，由监护人{g.guardian}承担侵权责任（尽到监护职责的可以减轻）；被监护人的行为能力不明的，须查明；具有完全民事行为能力的，自己承担。",
    en="Harm caused by {g.ward}: a ward without full capacity — the guardian {g.guardian} bears the tort liability (reduced if it did its duty of care); the ward's capacity, if unknown, must be established; a ward of full capacity answers alone.",
)


# A child or other ward who did harm: its fault is no question — it may have none to speak of — and
# its guardian answers for the harm its act caused (the wrong is the act's, judged objectively).
rule(
    "guardian.ward-acted",
    cites=["CC-1188"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", fault="unknown", excessive=OneOf(False, "unknown")),
        fact("p", "party", k=v.a.actor, capacity=OneOf("none", "limited")),
        fact("g", "rel", kind="guardianship", ward=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    # (an act that wrongs no one — a child's piano within what neighbours must tolerate — is no one's tort)
    then=lambda a, p, g, c, h: [finding("not-liable", g.guardian, h.k, basis="no-wrong-by-ward")]
    if no_wrong(a)
    else [finding("not-liable", g.ward, h.k, basis="guardian-answers"), *_answers("liable", None, g, h.k)],
    zh="{g.ward}是无民事行为能力人或者限制民事行为能力人，其{a.k}造成{h.k}：不问其过错，由监护人{g.guardian}承担侵权责任（尽到监护职责的可以减轻）。",
    en="{g.ward} lacks full capacity and its {a.k} caused {h.k}: its fault is not asked; the guardian {g.guardian} bears the tort liability (reduced if it did its duty of care).",
)


# A ward whose capacity is not stated: whether its guardian answers for its act turns on it — asked
# (not "outside the rule book" for the guardian).
rule(
    "guardian.ward-capacity-unknown",
    cites=["CC-1188"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act"),
        fact("p", "party", k=v.a.actor, capacity="unknown"),
        fact("g", "rel", kind="guardianship", ward=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, p, g, c, h: [derived("question", fact=f"parties.{g.ward}.capacity", party=g.guardian, harm=h.k, about="none")],
    zh="{g.ward}的{a.k}造成{h.k}，其民事行为能力不明：无民事行为能力或者限制民事行为能力的，由监护人{g.guardian}承担侵权责任，须查明。",
    en="{g.ward}'s {a.k} caused {h.k} and its capacity is not stated: if it lacks full capacity its guardian {g.guardian} bears the liability — to be established.",
)


# The ward stays the one who did the harm: where it has property of its own, the compensation is
# paid from it first, and the guardian pays the shortfall (CC art. 1188(2); TLL art. 32(2); GPCL
# art. 133(2)). One debt, not two shares: the ward's line stands beside its guardian's.
rule(
    "guardian.ward-pays-from-own-property",
    cites=["CC-1188.2"],
    doctrine=DOCTRINE,
    stratum=6,
    when=[fact("f", "finding", kind="liable", basis="guardian")],
    then=lambda f: [finding("liable", f.against, f.harm, degree="own-property-first", basis="ward-own-property")],
    zh="{f.against}有财产的，赔偿费用从其本人财产中支付；不足部分，由监护人{f.party}赔偿。",
    en="Where {f.against} has property of its own, the compensation is paid from it; its guardian {f.party} pays the shortfall.",
)
