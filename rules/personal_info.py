"""Personal information — 个人信息保护.

A property company collects residents' faces for a face-recognition gate, posts a CCTV still of a
resident or owners' names and phone numbers in the owners' group, hands owners' data to a third party:
event ``act`` with ``act: personal-information``; its actor is the processor (the company, not its
staff).

The claims differ, and so do their conditions:

- **Stop and delete.** Processing without the consent the law requires infringes the person's rights
  and interests in its personal information; the person may require the processor to stop and delete
  it — an order, needing no fault and no money loss. Civil Code arts. 1034, 1035 (consent of the person
  or its guardian), 1037 para. 2 (deletion) from 2021-01-01; from 2021-11-01 also Personal Information
  Protection Law arts. 13 (the grounds for processing), 47 (deletion), and for faces and other sensitive
  information arts. 28, 29 (separate consent); for faces from 2021-08-01 the SPC's face-recognition
  provisions (法释〔2021〕15号) art. 2 (processing faces on consent without separate consent infringes
  personality rights). From 2017-10-01 to 2020-12-31 General Provisions art. 111 (obtain it lawfully;
  no unlawful collection, use, provision or publication). Before 2017-10-01 the book has no rule: the
  claim lies outside it (the rule does not conclude), never "not liable".
- **Another ground than consent** (a contract, a statutory duty, a public-health emergency, information
  already lawfully public, a reasonable act for the public interest or the person's own rights: CC 1036,
  PIPL 13) is the processor's to show: until shown, there is none, and a finding that rests on that says
  so (``presumed``, rebutted by ``other_lawful_basis``). Consent given (for sensitive information,
  separately) — no infringement on this ground. Consent unknown — asked, never "not liable"; for faces
  from 2021-08-01 the processor must prove the consent it relies on (SPC 法释〔2021〕15号 art. 6 para. 2):
  until it does, the order stands, presumed, rebutted by the consent shown.
- **Another way in.** Where the manager makes face recognition the only way in and out, a resident who
  does not agree may require another reasonable means (SPC 法释〔2021〕15号 art. 10, for processing from
  2021-08-01); where one was offered (a card), that claim fails — as the Ningbo Zhenhai court held.
- **Damages** where a money harm is claimed need fault (CC 1165; TLL 6 before 2021) — asked when unknown;
  from 2021-11-01 the processor's fault is presumed unless it proves none (PIPL art. 69 para. 1).

The generic fault rules (rules/fault.py) do not ask ``fault`` of these acts: the order is decided here.
"""

from liability.rulebase import NoneOf, Not, OneOf, by_fault, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"
ACT = "personal-information"


def _no_basis_shown(a) -> dict:
    """The finding rests on the processor not having shown another ground than consent (its burden)."""
    if a.other_lawful_basis == "unknown":
        return dict(presumed=True, rebuttal=f"events.{a.k}.other_lawful_basis=true")
    return {}


def _delete(a, h, **presumption) -> list:
    return [finding("obligation", a.actor, h.k, degree="delete-personal-information", basis="personal-information", **presumption)]


def _consent(a, c, h):
    if a.consent == "unknown":
        return [derived("question", fact=f"events.{a.k}.consent", party=a.actor, harm=h.k, about=a.k)]
    if a.consent is True:
        return [finding("not-liable", a.actor, h.k, basis="consented")]
    return _delete(a, h, **_no_basis_shown(a))


def _face_consent(a, c, h, law):
    """Faces from 2021-08-01: the processor must prove the consent it relies on (SPCFR art. 6 para.
    2) — until it does, the order stands, presumed, rebutted by the consent shown."""
    if a.consent == "unknown" and law["SPCFR-6"] is not None:
        return _delete(a, h, presumed=True, rebuttal=f"events.{a.k}.consent=true")
    return _consent(a, c, h)


_WITHOUT_CONSENT = (
    # (rule id, the information processed, provisions: the first is the norm, what it concludes)
    (
        "personal-info.processed-without-consent",
        NoneOf("face", "sensitive"),  # ordinary, or not said: the general articles reach every kind
        ["CC-1035", "CC-1034", "CC-1037", "PIPL-13", "PIPL-47"],
        _consent,
        "",
        "",
    ),
    (
        "personal-info.sensitive-without-separate-consent",
        "sensitive",
        ["CC-1035", "CC-1034", "CC-1037", "PIPL-13", "PIPL-28", "PIPL-29", "PIPL-47"],
        _consent,
        "（敏感个人信息：2021年11月1日起须单独同意）",
        " (sensitive information: from 2021-11-01, a separate consent)",
    ),
    (
        "personal-info.face-without-separate-consent",
        "face",
        ["CC-1035", "CC-1034", "CC-1037", "SPCFR-2", "SPCFR-6", "PIPL-13", "PIPL-28", "PIPL-29", "PIPL-47"],
        _face_consent,
        "（人脸信息：2021年8月1日起须单独同意，同意由处理者举证）",
        " (facial information: from 2021-08-01, a separate consent, which the processor must prove)",
    ),
)

for _id, _information, _cites, _then, _zh, _en in _WITHOUT_CONSENT:
    rule(
        _id,
        cites=_cites,
        doctrine=DOCTRINE,
        when=[
            fact("a", "event", kind="act", act=ACT, information=_information, other_lawful_basis=NoneOf(True)),
            *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        ],
        then=_then,
        zh=f"{{a.actor}}处理{{h.victim}}的个人信息（{{a.k}}）：未经本人同意{_zh}、处理者也未证明有同意以外的法定依据的，侵害其个人信息权益，应当停止处理并删除；经本人同意的，不因此构成侵害；是否同意尚不清楚的，须查明。",
        en=f"{{a.actor}} processed {{h.victim}}'s personal information ({{a.k}}): without the person's consent{_en}, and with no other ground in law shown by the processor, it infringed the person's rights in it and must stop and delete it; with consent, no infringement on that ground; whether it consented is to be established.",
    )

rule(
    "personal-info.other-lawful-basis",
    cites=["CC-1035", "CC-1036", "PIPL-13"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=ACT, other_lawful_basis=True),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("not-liable", a.actor, h.k, basis="lawful-basis-without-consent")],
    zh="{a.actor}处理{h.victim}的个人信息（{a.k}）有同意以外的法定依据（如合同或者法定义务所必需、应对突发公共卫生事件、合理处理已合法公开的信息、为公共利益或者本人合法权益合理实施），不因未经同意而构成侵害。",
    en="{a.actor} had a ground in law other than consent for processing {h.victim}'s personal information ({a.k}) — a contract or statutory duty that needed it, a public-health emergency, information lawfully public, a reasonable act for the public interest or the person's own rights: no infringement for want of consent.",
)


def _gate(a, c, h):
    if a.information == "unknown":
        return [derived("question", fact=f"events.{a.k}.information", party=a.actor, harm=h.k, about=a.k)]
    if a.access_control == "unknown":
        return [derived("question", fact=f"events.{a.k}.access_control", party=a.actor, harm=h.k, about=a.k)]
    if a.other_means_offered == "unknown":
        return [derived("question", fact=f"events.{a.k}.other_means_offered", party=a.actor, harm=h.k, about=a.k)]
    if a.other_means_offered is True:
        return [finding("not-liable", a.actor, h.k, basis="other-means-offered")]
    return [finding("obligation", a.actor, h.k, degree="offer-other-access", basis="face-gate")]


rule(
    "personal-info.face-gate-another-way-in",
    cites=["SPCFR-10"],
    doctrine=DOCTRINE,
    when=[
        # a resident who did not agree (or withdrew): one who agreed claims no other way in
        fact("a", "event", kind="act", act=ACT, information=OneOf("face", "unknown"), consent=False, access_control=NoneOf(False)),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=_gate,
    zh="{a.actor}以人脸识别作为出入的验证方式（{a.k}），{h.victim}不同意：以人脸识别为唯一验证方式的，应当向其提供其他合理的验证方式（如门禁卡）；已经提供的，该请求不能成立。",
    en="{a.actor} uses face recognition to let people in and out ({a.k}) and {h.victim} does not agree: where it is the only means, {a.actor} must offer another reasonable one (a card); where one was offered, that claim fails.",
)


def _damages(a, c, h, law):
    if law["PIPL-69"] is None:
        return by_fault(a, h, "personal-information-damages")
    if a.fault is False:
        return [finding("not-liable", a.actor, h.k, basis="no-fault")]
    presumed = a.fault == "unknown"
    return [
        finding(
            "liable", a.actor, h.k, basis="personal-information-damages",
            presumed=presumed, rebuttal=f"events.{a.k}.fault=false" if presumed else None,
        )
    ]


rule(
    "personal-info.damages",
    cites=["CC-1034", "CC-1165", "PIPL-69"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=ACT, consent=False, other_lawful_basis=NoneOf(True)),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), amount=Not(None)),
    ],
    then=_damages,
    zh="{a.actor}未经同意处理{h.victim}的个人信息（{a.k}），{h.victim}就{h.k}请求赔偿：赔偿须有过错；个人信息保护法施行后（2021年11月1日起）推定处理者有过错，其不能证明自己没有过错的，应当赔偿。",
    en="{a.actor} processed {h.victim}'s personal information without consent ({a.k}) and {h.victim} claims money for {h.k}: damages need fault; from 2021-11-01 (the Personal Information Protection Law) the processor's fault is presumed unless it proves it had none.",
)
