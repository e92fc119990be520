"""Allocation: from the findings on a harm to shares, with the articles that give them.

Numbers only where the law or the facts give them:
- one party liable on its own: full liability, 100 %;
- several parties liable by separate acts for one harm (Civil Code art. 1172; Tort Liability Law
  art. 12 from 2010-07-01): each bears the share that corresponds to its part; where the parts
  cannot be told apart, equal shares. The rule base tells parts apart qualitatively: the one
  whose act or thing is the source bears the main share, the one whose failure let the harm grow
  a secondary share (no numbers: the law gives none);
- before 2010-07-01 no statute gave equal shares: the allocation stays "proportionate to fault";
- appropriate liability, the rest, joint liability: qualitative;
- no party liable and nothing open: the loss stays with the victim.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .assessment import Allocation, Finding, OutcomeKind, Question, ShareLine
from .model import Harm
from .library import Registry

HUNDRED = Decimal(100)
SEPARATE_TORTS = "CC-1172"
CONTRACT_BASES = frozenset({"property-service-contract", "custodian", "mandatary", "not-mitigated", "confidentiality"})  # not-mitigated: contract damages less the growth (CC 591)
# A manager's own failure of security before the supplementary liability of 2004 (GPCL art. 106
# para. 2): a part within the whole the doer answers for, not a share of it (rule review 38).
BESIDE_THE_DOER = "security-duty-beside"
# A co-owner's debt is the owner's own, owed jointly and severally (CC art. 307): not a share beside it.
CO_OWNER = "co-owner"
ALONGSIDE = CONTRACT_BASES | {BESIDE_THE_DOER, CO_OWNER}
# The ward's own liability, paid from its own property first (CC 1188(2)): the same debt as its
# guardian's, never a share beside it.
WARD_OWN = "ward-own-property"
# The company answering for its branch (Company Law art. 13 / CC 74), the only shareholder answering
# jointly for its company (Company Law art. 23 para. 3): the branch's or the company's own debt, owed by
# one more party — never a share beside it (rules/companies.py).
BRANCH_COMPANY = "branch-company"
SOLE_SHAREHOLDER = "sole-shareholder"
SAME_DEBT = frozenset({BRANCH_COMPANY, SOLE_SHAREHOLDER})


def _same_debt(f: Finding) -> bool:
    """Owed only as another's debt (a ground of its own beside it makes the party a debtor in its own right)."""
    return bool(f.basis) and set(f.basis.split("+")) <= SAME_DEBT


def _amount(harm: Harm, share: Decimal | None) -> Decimal | None:
    if harm.amount is None or share is None:
        return None
    return (harm.amount * share / HUNDRED).quantize(Decimal("0.01"))


def allocate(
    harm: Harm, findings: list[Finding], questions: list[Question], registry: Registry, law_date: dt.date
) -> Allocation:
    mine = [f for f in findings if f.harm == harm.id]
    # What a company owes for its branch, or a sole shareholder for its company, is their debt: shown
    # beside it, outside the shares (unless nothing else is owed for the harm).
    owed = [f for f in mine if f.kind in (OutcomeKind.liable, OutcomeKind.supplementary, OutcomeKind.compensates)]
    same_debt = [f for f in owed if _same_debt(f)] if any(not _same_debt(f) for f in owed) else []
    mine = [f for f in mine if f not in same_debt]
    liable = [f for f in mine if f.kind == OutcomeKind.liable]
    # A liability in contract to the victim (the company's under the service contract, a custodian's),
    # where others are liable in tort for the same harm, stands beside theirs: it is no share of it.
    alongside = [f for f in liable if f.basis in ALONGSIDE] if any(f.basis not in ALONGSIDE for f in liable) else []
    wards = [f for f in liable if f.basis == WARD_OWN]
    liable = [f for f in liable if f not in alongside and f not in wards]
    if len(liable) == 1 and liable[0].degree == "joint":
        # Joint and several needs a second debtor: a sole liable party is simply liable (rule review 29).
        liable = [liable[0].model_copy(update={"degree": None})]
    own = [f for f in mine if f.kind == OutcomeKind.bears_own_loss]
    others = [f for f in mine if f.kind in (OutcomeKind.supplementary, OutcomeKind.compensates)]
    # A claim no rule reaches (outside the rule book) leaves the harm as undecided as an open fact.
    beyond = [f for f in mine if f.kind == OutcomeKind.outside]
    open_q = [q for q in questions if q.harm == harm.id or (q.harm is None and q.about in harm.caused_by)] + beyond
    articles: list[str] = []
    lines: list[ShareLine] = []

    def line(f: Finding, degree: str | None, share: Decimal | None) -> ShareLine:
        return ShareLine(party=f.party, kind=f.kind, degree=degree, share=share, amount=_amount(harm, share))

    if liable and open_q:
        # Facts still unknown may add a party or change the shares: no numbers yet.
        for f in liable:
            lines.append(line(f, f.degree if f.degree not in (None, "full") else "pending", None))
        zh = "尚有未查明的事实可能影响责任人或份额，份额待定。"
        en = "Facts still unknown may add a liable party or change the shares: shares pending."
    elif len(liable) == 1 and not own and liable[0].degree in (None, "full"):
        lines.append(line(liable[0], "full", HUNDRED))
        zh, en = "一方承担全部责任。", "One party is liable in full."
    elif liable and all(f.degree == "joint" for f in liable):
        for f in liable:
            lines.append(line(f, "joint", None))
        zh = "连带责任：受害人可以请求任何一方承担全部责任，内部按各自责任大小分担。"
        en = "Joint and several liability: the victim may claim the whole from any of them; they share it among themselves."
    elif len(liable) == 1 and own and liable[0].degree in (None, "full"):
        lines.append(line(liable[0], "reduced", None))
        zh, en = "受害人也有过错，相应减轻侵权人的责任。", "The victim's own fault reduces the liability."
    elif len(liable) > 1:
        degrees = {f.party: f.degree for f in liable}
        sources = [f for f in liable if f.degree in (None, "full")]
        growth = [f for f in liable if f.degree in ("aggravation", "secondary")]
        art = registry.resolve(SEPARATE_TORTS, law_date)
        if art is not None:
            articles.append(art.id)
        if sources and growth and len(sources) + len(growth) == len(liable):
            for f in sources:
                lines.append(line(f, "main" if len(sources) == 1 else "proportionate", None))
            for f in growth:
                lines.append(line(f, "secondary", None))
            zh = "数人分别侵权造成同一损害：引起损害者承担主要责任，未及时制止致损害扩大者承担次要责任。"
            en = (
                "Several parties caused one harm by separate acts: the source bears the main share, "
                "the party whose failure let it grow a secondary share."
            )
        elif all(d in (None, "full") for d in degrees.values()) and art is not None and harm.parts_indeterminable is not True:
            # Each bears the share of its own fault and part; equal shares only where the parts cannot
            # be told apart — a fact to establish, never a default (rule review 26).
            for f in liable:
                lines.append(line(f, "proportionate", None))
            zh = "数人分别侵权造成同一损害：各自承担相应的责任（能够确定责任大小的按大小，难以确定的平均承担）。"
            en = "Several caused one harm by separate acts: each bears its corresponding share (by the size of its part; equal only where the parts cannot be told apart)."
        elif all(d in (None, "full") for d in degrees.values()) and art is not None:
            if own:  # equal among themselves, but of what the victim's own fault leaves: no numbers
                shares: list[Decimal | None] = [None] * len(liable)
                zh = "责任大小难以确定，对受害人自身过错以外的部分平均承担责任。"
                en = "The parts cannot be told apart: equal shares of what the victim's own fault leaves."
            else:
                share = (HUNDRED / len(liable)).quantize(Decimal("0.01"))
                shares = [share] * len(liable)
                shares[-1] = HUNDRED - share * (len(liable) - 1)
                zh, en = "责任大小难以确定，平均承担责任。", "The parts cannot be told apart: equal shares."
            for f, s in zip(sorted(liable, key=lambda f: f.party), shares):
                lines.append(line(f, "equal", s))
        else:
            for f in liable:
                lines.append(line(f, f.degree if f.degree not in (None, "full") else "proportionate", None))
            zh, en = "各自承担相应的责任。", "Each bears the share corresponding to its part."
    elif liable:
        for f in liable:
            lines.append(line(f, f.degree, None))
        zh, en = "承担相应的责任。", "Liability as the finding states."
    else:
        zh = en = ""
    partial = {"aggravation", "appropriate", "secondary", "rest", "reduced-duty-done"}
    if liable and not own and all(f.degree in partial for f in liable) and not any(ln.degree == "main" for ln in lines):
        # Liable only for a part (the growth, an appropriate share): the rest stays with the victim.
        lines.append(ShareLine(party=harm.victim, kind=OutcomeKind.bears_own_loss, degree="rest", share=None, amount=None))
        zh += "其余损失由受害人自行承担。"
        en += " The victim bears the rest of its loss."
    lines += [line(f, f.degree, None) for f in own]
    lines += [line(f, f.degree, None) for f in others]
    lines += [line(f, None, None) for f in beyond]
    for f in alongside:
        lines.append(ShareLine(party=f.party, kind=f.kind, degree=f.degree, share=None, amount=None, alongside=True))
        if f.basis == CO_OWNER:
            zh += f"共有人与所有人对同一债务承担连带责任（{f.party}）。"
            en += f" A co-owner ({f.party}) owes the same debt as the owner, jointly and severally."
        elif f.basis == BESIDE_THE_DOER:
            zh += "管理人未尽安全保障义务，在直接侵权人承担的全部责任范围内承担与其过错相应的责任（受害人所得不超过其损失）。"
            en += " The manager, which failed its duty of security, answers for the part corresponding to its fault, within the whole the doer answers for (the victim recovers no more than its loss)."
        else:
            zh += "另有一方依其与受害人的合同承担相应的违约责任（受害人所得不超过其损失）。"
            en += " A party also answers to the victim under its contract with it, for the corresponding part (the victim recovers no more than its loss)."
    for f in wards:
        lines.append(ShareLine(party=f.party, kind=f.kind, degree=f.degree, share=None, amount=None, alongside=True))
        zh += "被监护人有财产的，赔偿费用先从其本人财产中支付，不足部分由监护人赔偿。"
        en += " A ward with property of its own pays from it first; its guardian pays the shortfall."
    obligations = [f for f in mine if f.kind == OutcomeKind.obligation]
    if obligations and not liable and not own and not open_q:
        # Answered by what a party must do (pay the fees, stop, relocate), not by shares of liability.
        zh = "由负有义务的一方履行（见结论），不涉及责任份额。"
        en = "Answered by what a party must do (see the findings), not by shares of liability."
    elif not liable and not own:
        if beyond:
            zh = "对部分当事人的请求超出规则库的范围，须由人工判断，无法确定由谁承担。"
            en = "A claim lies outside the rule book and must be decided by a person: who bears it is open."
        elif open_q:
            zh = "尚有未查明的事实，无法确定由谁承担。"
            en = "Facts still unknown decide who bears it."
        elif others:
            lines.append(ShareLine(party=harm.victim, kind=OutcomeKind.bears_own_loss, degree="rest", share=None, amount=None))
            zh = "无人对此损害承担责任；除补偿部分外，损失由受害人自行承担。"
            en = "No one is liable for this harm; beyond the compensation, the victim bears its loss."
        else:
            lines.append(
                ShareLine(party=harm.victim, kind=OutcomeKind.bears_own_loss, degree="full", share=HUNDRED, amount=harm.amount)
            )
            zh = "无人依法对此损害承担责任，损失由受害人自行承担。"
            en = "No rule puts this harm on another party: the victim bears its own loss."
    elif own and liable:
        zh += "其余损失由受害人自行承担。"
        en += " The victim bears the rest of its loss."
    elif own and not liable:
        zh, en = "损失由受害人自行承担。", "The victim bears its own loss."
    for f in same_debt:
        lines.append(ShareLine(party=f.party, kind=f.kind, degree=f.degree, share=None, amount=None, alongside=True))
        if BRANCH_COMPANY in f.basis.split("+"):
            zh += f"分公司不具有法人资格，其民事责任由公司（{f.party}）承担。"
            en += f" A branch is no legal person: its civil liability is borne by its company ({f.party})."
        else:
            zh += f"股东（{f.party}）不能证明公司财产独立于自己的财产，对公司的这一债务承担连带责任。"
            en += f" The company's only shareholder ({f.party}), not having proved the company's property separate from its own, is jointly liable for this debt of the company."
    outstanding = None
    if harm.already_paid:
        # A loss is made good once: what the victim has already received (an insurer's payment, a
        # party's advance) comes off what the liable parties still owe.
        paid = harm.already_paid
        if harm.amount is not None:
            outstanding = max(harm.amount - paid, Decimal(0))
            zh += f"受害人已获赔付{paid}元，应予扣除，尚待赔偿{outstanding}元。"
            en += f" The victim has already received CNY {paid}, which is deducted: CNY {outstanding} remains."
        else:
            zh += f"受害人已获赔付{paid}元，应从赔偿额中扣除。"
            en += f" The victim has already received CNY {paid}, to be deducted from the compensation."
    return Allocation(
        already_paid=harm.already_paid,
        outstanding=outstanding,
        harm=harm.id,
        victim=harm.victim,
        amount=harm.amount,
        lines=lines,
        articles=articles,
        zh=zh,
        en=en,
        decided=not open_q,
    )
