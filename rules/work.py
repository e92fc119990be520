"""Work contracts — 承揽合同 (a paid repair in a flat).

Civil Code arts. 770, 781, 511 (Contract Law arts. 251, 262, 62 from 1999-10-01): a repair the owner
orders is a work contract, apart from the property-service contract. Where the result falls short of
the quality required, the orderer may choose repair, redoing, a reduced remuneration or damages
(CC 781); a remuneration not agreed beforehand is the market price of the place of performance
(CC 511(2)) — the company that did not say the job was charged cannot name its own price (seed 003,
案例描述1: state the fee first, follow up the repair).
"""

from liability.rulebase import derived, fact, finding, rule, v

DOCTRINE = "contract"


def _quality(r, h):
    if r.defective == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.defective", party=r.contractor, harm=h.k, about="none")]
    if r.defective is False:
        return [finding("not-liable", r.contractor, h.k, basis="work-as-required")]
    out = [finding("obligation", r.contractor, h.k, degree="repair-or-redo", basis="defective-work")]
    if h.amount != "none":
        out.append(finding("liable", r.contractor, h.k, basis="defective-work"))
    return out


rule(
    "work.defective-result",
    cites=["CC-781", "CC-770"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="work-contract"),
        fact("h", "harm", thing=v.r.thing, victim=v.r.orderer),
    ],
    then=_quality,
    zh="{r.contractor}为{r.orderer}修理{r.thing}（承揽）：工作成果不符合质量要求的，定作人可以请求修理、重作、减少报酬，有损失的并可请求赔偿。",
    en="{r.contractor} repaired {r.thing} for {r.orderer} (a work contract): a result short of the quality required may be repaired or redone, the remuneration reduced, and a loss compensated.",
)


def _price(r, h):
    if r.price_agreed == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.price_agreed", party=r.orderer, harm=h.k, about="none")]
    degree = "pay-agreed-price" if r.price_agreed is True else "pay-market-price"
    return [finding("obligation", r.orderer, h.k, degree=degree, basis="remuneration")]


rule(
    "work.remuneration",
    cites=["CC-511", "CC-770"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="work-contract"),
        fact("h", "harm", kind="economic", thing=v.r.thing, victim=v.r.contractor),
    ],
    then=_price,
    zh="{r.orderer}应当向{r.contractor}支付修理{r.thing}的报酬：事先约定的，按照约定；未约定的，按照履行地的市场价格（工作成果不合格的，可以请求减少报酬）。",
    en="{r.orderer} owes {r.contractor} the remuneration for repairing {r.thing}: as agreed, or where none was agreed, the local market price (less, where the result fell short).",
)
