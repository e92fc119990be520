"""What one learns while a contract is being made — 缔约过程中的保密义务.

Civil Code art. 501 (from 2021-01-01; Contract Law art. 43 from 1999-10-01, for business secrets):
a business secret, or other information to be kept confidential, that a party learns while a
contract is being made may not be disclosed or misused, whether or not the contract is made; whoever
does so compensates the other's loss. A property company that hears a developer's plans in talks
about managing its estate owes it that silence — toward a rival developer too. A company acts through
its staff: a disclosure its employee makes at work is the company's own breach. Before the Contract
Law the library holds no such rule: the claim is outside the rule book.
"""

from liability.rulebase import caused_harm, fact, finding, rule, v

DOCTRINE = "contract"


def _breach(r, h):
    return [finding("liable", r.recipient, h.k, basis="confidentiality")]


rule(
    "confidentiality.disclosed-what-it-learned",
    cites=["CC-501"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="negotiation"),
        fact("a", "event", kind="act", thing=v.r.thing, actor=v.r.recipient),
        *caused_harm(by=v.a.k, victim=v.r.owner),
    ],
    then=lambda r, a, c, h: _breach(r, h),
    zh="{r.recipient}在与{r.owner}订立合同的过程中知悉{r.thing}，无论合同是否成立，不得泄露或者不正当地使用；其{a.k}泄露、使用了该信息，应当赔偿{r.owner}的损失{h.k}。",
    en="{r.recipient} learned {r.thing} while negotiating a contract with {r.owner} and, made or not, may not disclose or misuse it; its {a.k} did: it compensates {r.owner}'s loss {h.k}.",
)

rule(
    "confidentiality.disclosed-by-its-staff",
    cites=["CC-501", "CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="negotiation"),
        fact("a", "event", kind="act", thing=v.r.thing, in_course_of_work=True),
        fact("w", "rel", kind="employment", employee=v.a.actor, employer=v.r.recipient),
        *caused_harm(by=v.a.k, victim=v.r.owner),
    ],
    then=lambda r, a, w, c, h: _breach(r, h),
    zh="{r.recipient}在与{r.owner}订立合同的过程中知悉{r.thing}；其工作人员{a.actor}执行工作任务时泄露、使用了该信息，即{r.recipient}违反保密义务，应当赔偿{r.owner}的损失{h.k}。",
    en="{r.recipient} learned {r.thing} while negotiating with {r.owner}; its employee {a.actor} disclosed or used it at work — the company's own breach of confidence: it compensates {r.owner}'s loss {h.k}.",
)
