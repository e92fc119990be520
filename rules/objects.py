"""Harm by things other than buildings — 堆放物、林木、地面施工和地下设施致害.

Civil Code art. 1255 (Tort Liability Law art. 88 from 2010-07-01): stacked things that collapse,
roll or slide down — the one who stacked them is liable unless it proves it was not at fault.
Art. 1257 (TLL art. 90, which speaks only of trees that break): a tree that breaks or falls, or
drops fruit — its owner or manager, likewise. Art. 1258 (TLL art. 91; General Principles art. 125
for works): the builder digging or installing underground facilities in a public place or road
is liable unless it proves it set up clear signs and took safety measures (before 2021 the texts
say "without signs and measures": the victim's case to show); the manager of a manhole or other
underground facility is liable unless it proves it did its duty of management.

From 2004-05-01 to 2010-06-30 the SPC's 2003 personal-injury interpretation art. 16 put stacked
things and trees under GPCL art. 126's presumption — for personal injury only; falling fruit
stayed there until 2020. Where no presumption governs the facts on the date, fault liability
(CC art. 1165 and its predecessors) decides: the keeper answers only for neglect shown.
"""

from liability.rulebase import Not, OneOf, absent, caused_harm, derived, fact, finding, outside, rule, v

from .fault import fair_share

DOCTRINE = "tort"

# --- who answers: the manager of the thing, else its owner; the one who stacked; the builder -----
# (A tree's keeper cites no tree article: which one governs depends on how the tree did harm.)
for _kind, _also in (("tree-harm", ()), ("underground-facility", ("CC-1258.2",))):
    rule(
        f"objects.{_kind}-manager-answers",
        cites=["CC-1165", *_also],
        doctrine=DOCTRINE,
        when=[fact("e", "event", kind=_kind), fact("x", "thing", k=v.e.thing, manager=Not(None))],
        then=lambda e, x: [derived("keeper", event=e.k, party=x.manager, basis="manager")],
        zh="{x.manager}是{e.thing}的管理人，对其状况负责。",
        en="{x.manager} manages {e.thing} and answers for its state.",
    )
    rule(
        f"objects.{_kind}-owner-answers",
        cites=["CC-1165", *_also],
        doctrine=DOCTRINE,
        when=[fact("e", "event", kind=_kind), fact("x", "thing", k=v.e.thing, manager=None, owner=Not(None))],
        then=lambda e, x: [derived("keeper", event=e.k, party=x.owner, basis="owner")],
        zh="{e.thing}无管理人，由所有人{x.owner}负责。",
        en="{e.thing} has no manager: its owner {x.owner} answers for it.",
    )

rule(
    "objects.stacker-answers",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="stack-collapse")],
    then=lambda e: [derived("keeper", event=e.k, party=e.actor, basis="stacker")],
    zh="{e.actor}是堆放人，对堆放物负责。",
    en="{e.actor} stacked the things and answers for them.",
)

rule(
    "objects.builder-answers",
    cites=["CC-1258.1"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="ground-works")],
    then=lambda e: [derived("keeper", event=e.k, party=e.actor, basis="builder")],
    zh="{e.actor}是施工人。",
    en="{e.actor} did the works.",
)


# --- the presumptions ------------------------------------------------------------------------------
PERSONAL_ONLY = "SPCPI2003-16"  # the 2003 interpretation governs personal-injury cases only


def _presumption(provision: str, rebuttal_field: str, *, proved: bool | None, shown_field: str | None = None):
    """The conclusion of a presumption of fault: liable unless rebutted (``proved`` False or
    unknown), not liable once rebutted (``proved`` True) — each with the marker that fault need
    not be shown for this harm."""

    def then(k, e, c, h, law):
        if law[provision] == PERSONAL_ONLY and h.kind != "personal":
            return outside(
                provision,
                f"{law[provision]}（最高人民法院2003年人身损害赔偿司法解释第十六条）只适用于人身损害，{h.k}不是人身损害，依过错责任判断。",
                f"{law[provision]} (the SPC's 2003 personal-injury interpretation, art. 16) reaches personal injury only; {h.k} is not, so fault decides.",
            )
        marker = derived("presumption", event=e.k, harm=h.k)
        if proved:
            return [marker, finding("not-liable", k.party, h.k, basis="presumption-rebutted")]
        shown = shown_field is not None and getattr(e, shown_field) is True
        return [
            marker,
            finding(
                "liable",
                k.party,
                h.k,
                basis="presumed-fault",
                presumed=not shown,
                rebuttal=None if shown else f"events.{e.k}.{rebuttal_field}=true",
            ),
        ]

    return then


def _presumption_rules(name: str, provision: str, event: dict, rebuttal_field: str, zh: tuple[str, str], en: tuple[str, str], shown_field: str | None):
    rule(
        f"objects.{name}-presumed",
        cites=[provision],
        doctrine=DOCTRINE,
        when=[
            fact("k", "keeper"),
            fact("e", "event", k=v.k.event, **event, **{rebuttal_field: OneOf(False, "unknown")}),
            *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        ],
        then=_presumption(provision, rebuttal_field, proved=False, shown_field=shown_field),
        zh=zh[0],
        en=en[0],
    )
    rule(
        f"objects.{name}-rebutted",
        cites=[provision],
        doctrine=DOCTRINE,
        when=[
            fact("k", "keeper"),
            fact("e", "event", k=v.k.event, **event, **{rebuttal_field: True}),
            *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        ],
        then=_presumption(provision, rebuttal_field, proved=True),
        zh=zh[1],
        en=en[1],
    )


_presumption_rules(
    "tree",
    "CC-1257",
    {"kind": "tree-harm", "manner": OneOf("breaking", "falling")},
    "proved_no_fault",
    (
        "{e.thing}折断、倾倒造成{h.k}，林木的管理人或者所有人{k.party}不能证明自己没有过错，应当承担侵权责任。",
        "{k.party}证明自己对{e.thing}的折断、倾倒没有过错（已尽养护之责），推定被推翻，不承担责任。",
    ),
    (
        "{e.thing} broke or fell and caused {h.k}; {k.party}, its manager or owner, has not proved it was not at fault: liable in tort.",
        "{k.party} proved it was not at fault for {e.thing} breaking or falling (it tended the tree): the presumption is rebutted, not liable.",
    ),
    "neglected",
)

_presumption_rules(
    "fruit",
    "CC-1257.fruit",
    {"kind": "tree-harm", "manner": "fruit"},
    "proved_no_fault",
    (
        "{e.thing}的果实坠落造成{h.k}，林木的管理人或者所有人{k.party}不能证明自己没有过错，应当承担侵权责任。",
        "{k.party}证明自己对{e.thing}果实坠落没有过错，推定被推翻，不承担责任。",
    ),
    (
        "Fruit dropped from {e.thing} and caused {h.k}; {k.party}, its manager or owner, has not proved it was not at fault: liable in tort.",
        "{k.party} proved it was not at fault for the fruit dropping from {e.thing}: the presumption is rebutted, not liable.",
    ),
    "neglected",
)

_presumption_rules(
    "stack",
    "CC-1255",
    {"kind": "stack-collapse"},
    "proved_no_fault",
    (
        "{e.actor}堆放的物品倒塌、滚落或者滑落造成{h.k}，堆放人不能证明自己没有过错，应当承担侵权责任。",
        "堆放人{k.party}证明自己没有过错，推定被推翻，不承担责任。",
    ),
    (
        "Things {e.actor} stacked collapsed, rolled or slid and caused {h.k}; the one who stacked them has not proved it was not at fault: liable in tort.",
        "{k.party}, who stacked them, proved it was not at fault: the presumption is rebutted, not liable.",
    ),
    "neglected",
)

_presumption_rules(
    "underground-facility",
    "CC-1258.2",
    {"kind": "underground-facility"},
    "duties_performed",
    (
        "{e.thing}造成{h.k}，管理人{k.party}不能证明尽到管理职责，应当承担侵权责任。",
        "管理人{k.party}证明已尽到对{e.thing}的管理职责，不承担责任。",
    ),
    (
        "{e.thing} caused {h.k}; its manager {k.party} has not proved it did its duty of management: liable in tort.",
        "{k.party}, the manager, proved it did its duty of management of {e.thing}: not liable.",
    ),
    None,
)


# --- works in a public place or road: signs and safety measures ----------------------------------
def _works(k, e, c, h, law):
    burden_on_builder = law["CC-1258.1"] == "CC-1258"  # "不能证明已经设置…": new in the Civil Code
    if e.signs_and_measures is True:
        return [finding("not-liable", k.party, h.k, basis="signs-and-measures")]
    if e.signs_and_measures is False:
        return [finding("liable", k.party, h.k, basis="no-signs-or-measures")]
    if burden_on_builder:
        return [
            finding(
                "liable", k.party, h.k, basis="no-signs-or-measures", presumed=True, rebuttal=f"events.{e.k}.signs_and_measures=true"
            )
        ]
    return [derived("question", fact=f"events.{e.k}.signs_and_measures", party=k.party, harm=h.k, about=e.k)]


rule(
    "objects.ground-works",
    cites=["CC-1258.1"],
    doctrine=DOCTRINE,
    when=[
        fact("k", "keeper"),
        fact("e", "event", k=v.k.event, kind="ground-works"),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
    ],
    then=_works,
    zh="{k.party}在公共场所或者道路上施工造成{h.k}：设置明显标志并采取安全措施的不承担责任，否则应当承担侵权责任（民法典起由施工人证明已经设置）。",
    en="{k.party}'s works in a public place or road caused {h.k}: with clear signs and safety measures it is not liable, otherwise it is (from 2021 the builder must prove it set them up).",
)


# --- where no presumption governs the harm on the date: fault decides ----------------------------
# (kind of event, the fact that shows fault, the value of it that does, and how the rule says why)
FAULT_SHOWN_BY = (
    ("tree-harm", "neglected", True, ("没有推定过错的规定适用于{h.k}", "No presumption of fault governs {h.k}")),
    ("stack-collapse", "neglected", True, ("没有推定过错的规定适用于{h.k}", "No presumption of fault governs {h.k}")),
    ("underground-facility", "duties_performed", False, ("当时没有地下设施的专门规定", "No article on underground facilities governed then")),
)

for _kind, _field, _faulty, (_why_zh, _why_en) in FAULT_SHOWN_BY:
    for _name, _value, _then, _zh, _en in (
        (
            "neglect",
            _faulty,
            lambda k, e, c, h: [finding("liable", k.party, h.k, basis="neglect")],
            "；{k.party}疏于养护、看管或者管理，有过错，应当对{h.k}承担侵权责任。",
            "; {k.party} neglected its care of the thing, which is fault: liable for {h.k}.",
        ),
        (
            "neglect-unknown",
            "unknown",
            lambda k, e, c, h, _f=_field: [derived("question", fact=f"events.{e.k}.{_f}", party=k.party, harm=h.k, about=e.k)],
            "，须由受害人证明{k.party}有过错：其是否尽到养护、看管或者管理之责尚不清楚。",
            ", so the victim must show fault: whether {k.party} took due care of the thing is unknown.",
        ),
        (
            "no-neglect",
            not _faulty,
            lambda k, e, c, h: [finding("not-liable", k.party, h.k, basis="no-fault")],
            "；{k.party}已尽养护、看管或者管理之责，没有过错，不承担责任。",
            "; {k.party} took due care of the thing: no fault, not liable.",
        ),
    ):
        # (one who stacked and proved it was not at fault is not asked about neglect)
        _proof = {"proved_no_fault": OneOf(False, "unknown")} if _kind == "stack-collapse" else {}
        rule(
            f"objects.{_kind}-{_name}",
            cites=["CC-1165"],
            doctrine=DOCTRINE,
            stratum=3,
            when=[
                fact("k", "keeper"),
                fact("e", "event", k=v.k.event, kind=_kind, **{_field: _value}, **_proof),
                *caused_harm(by=v.e.k, victim=Not(v.k.party)),
                absent("presumption", event=v.e.k, harm=v.h.k),
            ],
            then=_then,
            zh=_why_zh + _zh,
            en=_why_en + _en,
        )


rule(
    "objects.stack-collapse-proved-no-fault",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=3,
    when=[
        fact("e", "event", kind="stack-collapse", proved_no_fault=True),
        fact("k", "keeper", event=v.e.k),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        absent("presumption", event=v.e.k, harm=v.h.k),
    ],
    then=lambda e, k, c, h: [finding("not-liable", k.party, h.k, basis="no-fault")],
    zh="没有推定过错的规定适用于{h.k}；{k.party}已证明自己没有过错，不承担侵权责任。",
    en="No presumption of fault governs {h.k}; {k.party} has shown it was not at fault: not liable in tort.",
)


# Stacked things that fell without anyone's fault, 1988-2020: the one who stacked them may be made to
# share the loss (SPC 1988 opinions art. 155 with GPCL art. 132; TLL art. 24); not from 2021, when
# CC art. 1186 shares a loss only as a law provides (rule review 36).
rule(
    "objects.stack-fair-share",
    cites=["CC-1186"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="stack-collapse", proved_no_fault=True),
        *caused_harm(by=v.e.k, victim=Not(v.e.actor), victim_at_fault=OneOf(False, "unknown")),
    ],
    then=lambda e, c, h, law: fair_share(e.actor, h.k, law),
    zh="堆放物倒塌，{e.actor}与受害人对{h.k}都没有过错：依当时的法律，可以根据实际情况由双方分担损失。",
    en="The stack fell and neither {e.actor} nor the victim was at fault for {h.k}: under the law of the time the loss may be shared as the circumstances warrant.",
)
