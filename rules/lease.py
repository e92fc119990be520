"""The lessor's duty — 出租人的义务.

Civil Code art. 708 (from 2021-01-01); Contract Law art. 216 (1999-10-01 to 2020-12-31): the
lessor shall deliver the leased thing and keep it fit for the agreed use during the lease. Cutting
off the leased flat's water or power breaks that duty; the lessee's remedy is damages for breach
(Civil Code art. 577; Contract Law art. 107), whatever the lessee owes in rent.
"""

from liability.rulebase import BOOKKEEPING, Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "contract"

rule(
    "lease.lessor-cuts-off-utilities",
    cites=["CC-708", "CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="cut-off-utilities", thing=Not(None)),
        fact("r", "rel", kind="lease", thing=v.a.thing, lessor=v.a.instructed_by),
        *caused_harm(by=v.a.k, victim=v.r.lessee),
    ],
    then=lambda a, r, c, h: [finding("liable", r.lessor, h.k, degree="joint", basis="lessor-duty")],
    zh="出租人{r.lessor}指使停止租赁房屋的水电，违反在租赁期间保持租赁物符合约定用途的义务，对承租人的损失{h.k}承担责任。",
    en="The lessor {r.lessor} had the leased flat's utilities cut, breaking its duty to keep the flat fit for use: liable for the lessee's loss {h.k}.",
)

rule(
    "lease.lessor-itself-cuts-off-utilities",
    cites=["CC-708", "CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="cut-off-utilities", thing=Not(None)),
        fact("r", "rel", kind="lease", thing=v.a.thing, lessor=v.a.actor),
        *caused_harm(by=v.a.k, victim=v.r.lessee),
    ],
    then=lambda a, r, c, h: [finding("liable", r.lessor, h.k, basis="lessor-duty")],
    zh="出租人{r.lessor}停止租赁房屋的水电，违反保持租赁物符合约定用途的义务，对承租人的损失{h.k}承担责任。",
    en="The lessor {r.lessor} cut the leased flat's utilities, breaking its duty to keep it fit for use: liable for {h.k}.",
)

# The leased thing itself lets the lessee down: water through a cracked roof, a rotten pipe the
# lessor keeps. The lessor owes a thing fit for use throughout the lease (CC art. 708; CL art. 216;
# before the Contract Law the lease's own terms, GPCL art. 111) and answers for the lessee's loss in
# contract where the defect or want of upkeep was its side's — even in a storm, unless the storm
# alone did it.
# What is leased: the thing let, and its parts (the flat's own pipes and fittings).
rule(
    "lease.leased-thing",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("r", "rel", kind="lease", thing=Not(None))],
    then=lambda r: [derived("leased", thing=r.thing, rel=r.k, lessor=r.lessor, lessee=r.lessee)],
    zh="{r.thing}由{r.lessor}出租给{r.lessee}。",
    en="{r.thing} is let by {r.lessor} to {r.lessee}.",
)

rule(
    "lease.leased-part",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("r", "rel", kind="lease", thing=Not(None)), fact("x", "thing", part_of=v.r.thing)],
    then=lambda r, x: [derived("leased", thing=x.k, rel=r.k, lessor=r.lessor, lessee=r.lessee)],
    zh="{x.k}是出租的{r.thing}的一部分。",
    en="{x.k} is part of {r.thing}, which is let.",
)

for _name, _defect in (("design-defect", dict(design_defect=True)), ("neglected", dict(neglected=True))):
    rule(
        f"lease.leased-thing-unfit-{_name}",
        cites=["CC-577", "CC-708", "CC-712"],
        doctrine=DOCTRINE,
        when=[
            fact("e", "event", kind="leak", **_defect),
            fact("r", "leased", thing=v.e.source),
            *caused_harm(by=v.e.k, victim=v.r.lessee),
        ],
        then=lambda e, r, c, h: [finding("liable", r.lessor, h.k, basis="lessor-duty")],
        zh="租赁物{e.source}本身有缺陷或者失修，{e.k}致承租人受损（{h.k}）：出租人{r.lessor}违反在租赁期间保持租赁物符合约定用途的义务，承担违约责任。",
        en="The leased {e.source} itself was defective or unkept and {e.k} harmed the lessee ({h.k}): the lessor {r.lessor} broke its duty to keep it fit for use and is liable for breach.",
    )


# The lessee's side: it must keep the leased thing with care and, when the lease ends, give it back
# as use has left it (CC arts. 714, 733; CL arts. 222, 235). What it lost, spoiled or carried off
# of the leased thing — the flat or the lessor's furniture let with it — it answers for to the lessor
# in contract. Before the Contract Law no national statute set these duties for a residential lease:
# the claim is then outside the rule book.
def _lessee(l, h, e):
    """Liable for what it failed to keep with care (保管不善; CC 714, CL 222): not for wear from ordinary
    use without its fault (CC 733). The thing was in its keeping, so keeping it with care is for it to
    show: where its fault is unknown the liability stands, presumed (helper-35's audit)."""
    fault = e.get("fault", "unknown")
    if fault is False:
        return [finding("not-liable", l.lessee, h.k, basis="no-fault")]
    presumed = fault == "unknown"
    return [finding("liable", l.lessee, h.k, basis="lessee-duty", presumed=presumed, rebuttal=f"events.{e.k}.fault=false" if presumed else None)]


rule(
    "lease.lessee-answers-for-the-leased-thing",
    cites=["CC-714", "CC-733", "CC-577"],
    doctrine=DOCTRINE,
    when=[
        fact("l", "leased"),
        fact("h", "harm", thing=v.l.thing, victim=v.l.lessor),
        fact("c", "cause", harm=v.h.k),
        fact("e", "event", k=v.c.event, actor=v.l.lessee),
    ],
    then=lambda l, h, c, e: _lessee(l, h, e),
    zh="承租人{l.lessee}应当妥善保管租赁物{l.thing}，租赁期限届满时按使用后的状态返还；其{e.k}致租赁物毁损、灭失（{h.k}），对出租人{l.lessor}承担违约责任。",
    en="The lessee {l.lessee} must keep the leased {l.thing} with care and give it back as use has left it when the lease ends; its {e.k} damaged or lost it ({h.k}): liable to the lessor {l.lessor} for the breach.",
)
