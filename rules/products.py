"""Product liability — 产品责任.

Civil Code art. 1202 (Tort Liability Law art. 41 from 2010-07-01; General Principles art. 122
before): harm caused by a defect of a product — its producer bears the tort liability, whether or
not at fault. Art. 1203 (TLL art. 43; GPCL art. 122 named the maker and the seller together): the
victim may claim against the producer or the seller, each for the whole; the one who paid has
recourse against the one the defect came from. Whether the product was defective is a fact to
establish (an investigation, an expert's report); until it is, the claim is open, never decided.

A product is a thing someone made for circulation — one with a ``producer`` in the incident; its
seller is the seller in a ``sale`` of it, or of the whole it is part of. Buildings are not
products (Product Quality Law art. 2): a flat sold with a defect is the seller's breach of
contract (``defects``).
"""

from liability.rulebase import BOOKKEEPING, Not, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"

# --- which products an event involves: what leaked, burnt or fell, its parts, the whole it is part of
rule(
    "products.in-the-incident",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("x", "thing", producer=Not(None))],
    then=lambda x: [derived("has-products")],
    zh="事故涉及产品（{x.k}）。",
    en="The incident involves products ({x.k}).",
)

for _kind, _field in (("leak", "source"), ("fire", "source"), ("falling-object", "thing")):
    rule(
        f"products.{_kind}-thing",
        cites=[],
        doctrine=BOOKKEEPING,
        when=[fact("p", "has-products"), fact("e", "event", kind=_kind)],
        then=lambda p, e, _field=_field: [derived("product-event", event=e.k, thing=getattr(e, _field))],
        zh=f"{{e.k}}涉及{{e.{_field}}}。",
        en=f"{{e.k}} involves {{e.{_field}}}.",
    )

rule(
    "products.involves-product",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("e", "product-event"), fact("x", "thing", k=v.e.thing, producer=Not(None))],
    then=lambda e, x: [derived("product-in", event=e.event, thing=x.k, party=x.producer, whole=x.k)],
    zh="{x.k}是{x.producer}生产的产品。",
    en="{x.k} is a product made by {x.producer}.",
)

rule(
    "products.involves-part",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("e", "product-event"), fact("x", "thing", part_of=v.e.thing, producer=Not(None))],
    then=lambda e, x: [derived("product-in", event=e.event, thing=x.k, party=x.producer, whole=x.part_of)],
    zh="{x.k}是{x.part_of}的部件，由{x.producer}生产。",
    en="{x.k}, a part of {x.part_of}, was made by {x.producer}.",
)

rule(
    "products.part-of-a-product",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("e", "product-event"),
        fact("x", "thing", k=v.e.thing, part_of=Not(None)),
        fact("w", "thing", k=v.x.part_of, producer=Not(None)),
    ],
    then=lambda e, x, w: [derived("product-in", event=e.event, thing=x.k, party=w.producer, whole=w.k)],
    zh="{x.k}是{w.producer}生产的{w.k}的部件。",
    en="{x.k} is a part of {w.k}, made by {w.producer}.",
)


rule(
    "products.defective-part",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("x", "thing", defective=True, part_of=Not(None))],
    then=lambda x: [derived("defective-part", whole=x.part_of, part=x.k)],
    zh="{x.part_of}的部件{x.k}存在缺陷。",
    en="{x.k}, a part of {x.part_of}, was defective.",
)

# The producer of the whole answers for a defect of a part it built in, as for its own.
rule(
    "products.whole-answers-for-part",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("p", "product-in"), fact("w", "thing", k=v.p.whole, producer=Not(None)), fact("x", "thing", k=v.p.thing, part_of=v.p.whole)],
    then=lambda p, w, x: [derived("product-in", event=p.event, thing=p.thing, party=w.producer, whole=w.k)],
    zh="{w.producer}生产的{w.k}装有{p.thing}，对其缺陷与自己生产的部分同样负责。",
    en="{w.producer} built {p.thing} into {w.k} and answers for its defects as for its own.",
)

# --- the seller: the victim may claim the whole from it too, with recourse -------------------------
rule(
    "products.seller-of-product",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("p", "product-in"), fact("s", "rel", kind="sale", thing=v.p.whole)],
    then=lambda p, s: [derived("product-seller", event=p.event, thing=p.thing, party=s.seller)],
    zh="{s.seller}出卖了{p.whole}。",
    en="{s.seller} sold {p.whole}.",
)


# --- the producer without fault (CC 1202), and the seller for the whole (CC 1203) ----------------
# A defect of the thing, or of a part built into it, decides; an unknown defect is asked.
for _type, _role, _provision, _zh, _en in (
    (
        "product-in", "producer", "CC-1202",
        ("{p.thing}存在缺陷，造成{h.k}：生产者{p.party}承担侵权责任（不问过错）。",
         "{p.thing}是否存在缺陷尚未查明：存在缺陷的，生产者{p.party}对{h.k}承担侵权责任。",
         "{p.thing}不存在缺陷：生产者{p.party}对{h.k}不承担产品责任。"),
        ("{p.thing} was defective and caused {h.k}: its producer {p.party} is liable, fault or no fault.",
         "Whether {p.thing} was defective is not established: if it was, its producer {p.party} is liable for {h.k}.",
         "{p.thing} was not defective: its producer {p.party} is not liable for {h.k} as producer."),
    ),
    (
        "product-seller", "seller", "CC-1203",
        ("因{p.thing}的缺陷造成{h.k}，被侵权人也可以向销售者{p.party}请求赔偿；缺陷由生产者造成的，销售者赔偿后有权向生产者追偿。",
         "{p.thing}是否存在缺陷尚未查明：存在缺陷的，销售者{p.party}也对{h.k}承担责任。",
         "{p.thing}不存在缺陷：销售者{p.party}对{h.k}不承担产品责任。"),
        ("{h.k} came from a defect of {p.thing}: the victim may also claim from the seller {p.party}, who has recourse against the producer where the defect was the producer's.",
         "Whether {p.thing} was defective is not established: if it was, the seller {p.party} answers for {h.k} too.",
         "{p.thing} was not defective: the seller {p.party} is not liable for {h.k} as seller."),
    ),
):
    rule(
        f"products.{_role}-liable",
        cites=[_provision],
        doctrine=DOCTRINE,
        when=[fact("p", _type), fact("x", "thing", k=v.p.thing, defective=True), *caused_harm(by=v.p.event)],
        then=lambda p, x, c, h, _role=_role: [finding("liable", p.party, h.k, degree="joint", basis=f"product-{_role}")],
        zh=_zh[0],
        en=_en[0],
    )
    rule(
        f"products.{_role}-defect-unknown",
        cites=[_provision],
        doctrine=DOCTRINE,
        stratum=2,
        when=[
            fact("p", _type),
            fact("x", "thing", k=v.p.thing, defective="unknown"),
            *caused_harm(by=v.p.event),
            absent("defective-part", whole=v.x.k),  # a defective part makes the whole defective
        ],
        then=lambda p, x, c, h: [derived("question", fact=f"things.{x.k}.defective", party=p.party, harm=h.k, about=p.event)],
        zh=_zh[1],
        en=_en[1],
    )
    rule(
        f"products.{_role}-no-defect",
        cites=[_provision],
        doctrine=DOCTRINE,
        when=[fact("p", _type), fact("x", "thing", k=v.p.thing, defective=False), *caused_harm(by=v.p.event)],
        then=lambda p, x, c, h: [finding("not-liable", p.party, h.k, basis="no-product-defect")],
        zh=_zh[2],
        en=_en[2],
    )

# A defective product behind a fall is "another responsible" (CC art. 1253 second sentence): the
# owner or user presumed liable answers the victim and recovers from the producer.
rule(
    "products.defect-behind-a-fall",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("p", "product-in"),
        fact("e", "event", k=v.p.event, kind="falling-object"),
        fact("x", "thing", k=v.p.thing, defective=True),
        fact("c", "cause", event=v.e.k),
    ],
    then=lambda p, e, x, c: [derived("wronged", harm=c.harm, actor=p.party)],
    zh="{c.harm}由{p.party}生产的{p.thing}的缺陷造成。",
    en="{c.harm} came from a defect of {p.thing}, made by {p.party}.",
)
