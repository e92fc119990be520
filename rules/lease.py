"""The lessor's duty — 出租人的义务.

Civil Code art. 708 (from 2021-01-01); Contract Law art. 216 (1999-10-01 to 2020-12-31): the
lessor shall deliver the leased thing and keep it fit for the agreed use during the lease. Cutting
off the leased flat's water or power breaks that duty; the lessee's remedy is damages for breach
(Civil Code art. 577; Contract Law art. 107), whatever the lessee owes in rent.
"""

from liability.rulebase import Not, caused_harm, fact, finding, rule, v

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
