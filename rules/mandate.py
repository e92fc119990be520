"""Mandate — 委托合同.

Civil Code arts. 919 and 929 (Contract Law arts. 396 and 406 from 1999-10-01): the mandatary handles
the mandator's affairs; for the loss it causes the mandator it answers in a paid mandate for its
fault, in a gratuitous one only for intent or gross negligence — the errand a property company's staff
run for an owner as a favour is the everyday case (seed 004 Case 2: "help is a service pursuit").
The claim in contract; where the owner claims in tort instead (harm.ground), the tort rules decide.
"""

from liability.rulebase import derived, fact, finding, rule, v

DOCTRINE = "contract"


def _mandatary(r, h):
    if r.paid == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.paid", party=r.mandatary, harm=h.k, about="none")]
    field = "fault" if r.paid is True else "gross_negligence"
    value = getattr(r, field)
    if value == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.{field}", party=r.mandatary, harm=h.k, about="none")]
    if value is True:
        return [finding("liable", r.mandatary, h.k, basis="mandatary")]
    return [finding("not-liable", r.mandatary, h.k, basis="paid-mandate-no-fault" if r.paid is True else "gratuitous-mandate")]


rule(
    "mandate.mandatary-answers",
    cites=["CC-929", "CC-919"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="mandate"),
        fact("h", "harm", thing=v.r.thing, victim=v.r.mandator),
    ],
    then=_mandatary,
    zh="{r.mandatary}受{r.mandator}委托处理事务，造成{h.k}：有偿委托的，受托人有过错即应赔偿；无偿委托的，受托人有故意或者重大过失才应赔偿。",
    en="{r.mandatary} handled {r.mandator}'s affairs under a mandate and {h.k} followed: in a paid mandate the mandatary compensates for its fault; in a gratuitous one only for intent or gross negligence.",
)
