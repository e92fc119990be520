"""The incident model: what happened, as a handler writes it down. Immutable, typed, validated.

An incident says who the parties are, which things were involved, which relationships bound the
parties, what each did or failed to do (events) and what harm resulted. It never names a
doctrine: the rule base decides which law applies.

Facts that may be unknown are three-valued: ``true``, ``false`` or ``"unknown"`` (the default when
a fact is left out). Unknown is never read as false.
"""


import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from .errors import Problem

UNKNOWN = "unknown"
LAW_BEGINS = dt.date(1987, 1, 1)  # the General Principles of Civil Law: where the statute library begins

Fact = Annotated[
    StrictBool | Literal["unknown"],
    Field(description="true / false / unknown（未知）", json_schema_extra={"default": UNKNOWN}),
]
Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64, pattern=r"^[\w][\w\-.]*$"),
    Field(description="标识：字母、数字、汉字、-、_、. / identifier: letters, digits, -, _, ."),
]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True, regex_engine="python-re")


# --------------------------------------------------------------------------------------- parties
class PartyKind(StrEnum):
    """Who a party is. Rules look at relationships more than at kinds; the kind says what a
    party is in the world (an owner, a company), not which doctrine applies."""

    owner = "owner"  # 业主
    tenant = "tenant"  # 承租人
    occupant = "occupant"  # 实际使用人
    property_service_company = "property-service-company"  # 物业服务企业
    developer = "developer"  # 建设单位 / 开发商
    builder = "builder"  # 施工单位
    contractor = "contractor"  # 承揽人 / 装修公司
    worker = "worker"  # 工作人员 / 雇员
    employer = "employer"  # 用人单位 / 雇主
    service_provider = "service-provider"  # 家政等劳务服务机构
    custodian = "custodian"  # 保管人
    visitor = "visitor"  # 访客
    owners = "owners"  # 全体业主：共有部分的共有人（由业主大会、业主委员会代表）/ the owners together, co-owners of the common parts
    public_authority = "public-authority"  # 公安、行政机关
    unknown_person = "unknown-person"  # 身份不明的人
    other = "other"


# Kinds of party that are organisations: a civil capacity (full, limited, none) is a natural person's,
# and one that hires a worker is an employing unit, never an individual receiving another's labour.
ORGANISATIONS = frozenset({"property-service-company", "developer", "builder", "owners", "public-authority"})


class Party(Frozen):
    id: Id
    kind: PartyKind = Field(description="当事人类别 / kind of party")
    name: str | None = Field(None, description="名称 / name as the file shows it")
    capacity: Literal["full", "limited", "none", "unknown"] = Field(
        UNKNOWN,
        description="民事行为能力（自然人）：完全、限制、无；未成年人可以只填年龄（age），按事发时的法律确定；单位不填 / a natural person's capacity: full, limited (a minor of 8 or more; before 2017-10-01, of 10 or more), none (a minor under 8; before 2017-10-01, under 10; or a person who cannot understand his acts); for a minor the age alone will do, the law of the incident's date decides; leave out for organisations",
    )
    age: int | None = Field(
        None,
        ge=0,
        le=150,
        description="年龄（事发时，周岁）：民事行为能力未填的，不满十六周岁的未成年人按事发时的法律确定（2017年10月1日前不满十周岁、此后不满八周岁的，无民事行为能力；其余限制民事行为能力）；十六、十七周岁的，是否以自己的劳动收入为主要生活来源须查明；成年人的民事行为能力不据年龄推定 / age in full years on the incident date: where capacity is left out, a minor under 16 has the capacity the law of that date gives (none under 10 before 2017-10-01, under 8 from then; limited above); at 16 or 17, whether he lives on his own labour income is a question; an adult's capacity is never assumed from the age",
    )
    reachable: Fact = Field(
        UNKNOWN,
        description="能够找到并有能力赔偿；false：下落不明（如未抓获的窃贼）或者无力赔偿。只影响“受害人实际可以向谁获得赔偿”，不影响责任 / can be found and can pay; false: whereabouts unknown (a burglar never caught) or unable to pay. It changes what the victim can actually recover, never who is liable",
    )
    members: int | None = Field(
        None,
        ge=2,
        le=100_000,
        description="一方代表的户数或人数（如判决分担的22户可能加害的住户）；用于计算每户的数额，不影响责任 / how many households or persons a collective party stands for (e.g. the 22 households that could have thrown the object); gives the sum per household, never changes who is liable",
    )


# ---------------------------------------------------------------------------------------- things
class ThingKind(StrEnum):
    unit = "unit"  # 专有部分：房屋 / a flat or other exclusive part
    pipe = "pipe"  # 管道
    drain = "drain"  # 下水道、地漏
    window = "window"
    door = "door"
    wall = "wall"
    common_part = "common-part"  # 共有部分
    equipment = "equipment"  # 设施设备
    vehicle = "vehicle"
    belongings = "belongings"  # 室内物品、动产
    animal = "animal"  # 饲养的动物
    building = "building"
    tree = "tree"  # 林木
    underground_facility = "underground-facility"  # 窨井等地下设施
    stack = "stack"  # 堆放物
    identity_card = "identity-card"  # 居民身份证
    other = "other"


class Thing(Frozen):
    id: Id
    kind: ThingKind = Field(description="物的类别 / kind of thing")
    name: str | None = Field(None, description="名称 / name")
    owner: Id | None = Field(None, description="所有人（当事人标识）/ owner (party id)")
    co_owners: list[Id] = Field(
        default_factory=list,
        description="与所有人共有此物的其他共有人（如夫妻共有的房屋、车辆）/ the others who own it together with the owner (e.g. spouses' flat or vehicle) (party ids)",
    )
    manager: Id | None = Field(None, description="管理人 / manager (party id)")
    occupant: Id | None = Field(None, description="使用人、占有人 / user or occupier (party id)")
    part_of: Id | None = Field(None, description="所属之物 / the thing this is part of (thing id)")
    producer: Id | None = Field(
        None, description="生产者：为流通而生产此物者（产品责任；建筑物不是产品）/ who made it for circulation (product liability; a building is no product)"
    )
    defective: Fact = Field(
        UNKNOWN,
        description="产品存在缺陷（存在危及人身、财产安全的不合理危险，或不符合保障安全的国家、行业标准）/ the product was defective: an unreasonable danger to persons or property, or below the safety standard",
    )


# ------------------------------------------------------------------------------- relationships
class _Relationship(Frozen):
    ROLES: ClassVar[dict[str, str]] = {}  # field -> the collection its ids refer to

    id: Id
    since: dt.date | None = Field(None, description="成立日期 / from")
    until: dt.date | None = Field(None, description="终止日期 / until")


class PropertyServiceContract(_Relationship):
    """物业服务合同：the company serves the owners of an estate."""

    ROLES: ClassVar[dict[str, str]] = {"provider": "parties", "clients": "parties"}
    kind: Literal["property-service-contract"]
    provider: Id = Field(description="物业服务人 / the property-service company (party id)")
    clients: list[Id] = Field(min_length=1, description="业主 / owners served (party ids)")


class Lease(_Relationship):
    ROLES: ClassVar[dict[str, str]] = {"lessor": "parties", "lessee": "parties", "thing": "things"}
    kind: Literal["lease"]
    lessor: Id = Field(description="出租人 / lessor (party id)")
    lessee: Id = Field(description="承租人 / lessee (party id)")
    thing: Id | None = Field(None, description="租赁物 / leased thing (thing id)")


class Employment(_Relationship):
    """用人单位与工作人员（含雇佣关系）/ employer and worker."""

    ROLES: ClassVar[dict[str, str]] = {"employer": "parties", "employee": "parties", "dispatched_by": "parties"}
    kind: Literal["employment"]
    employer: Id = Field(description="用人单位（劳务派遣中为接受派遣的用工单位）/ employer (with a dispatched worker: the unit the worker was dispatched to) (party id)")
    employee: Id = Field(description="工作人员 / worker (party id)")
    dispatched_by: Id | None = Field(
        None, description="劳务派遣单位（工作人员由其派遣）/ the labour-dispatch agency that placed the worker (party id)"
    )
    dispatcher_at_fault: Fact = Field(
        UNKNOWN,
        description="劳务派遣单位有过错（如派遣不具备相应资格、未经培训的人员）/ the dispatch agency was at fault (e.g. placed someone unqualified or untrained)",
    )
    between_individuals: Fact = Field(
        UNKNOWN,
        description="个人之间形成的劳务关系：接受劳务的一方是自然人（如业主请的保姆、包工头雇的工人），不是用人单位 / the one receiving the work is a natural person (a household's help, a foreman's hand), not an employing unit",
    )
    employer_at_fault: Fact = Field(
        UNKNOWN,
        description="（个人之间的劳务关系）接受劳务一方对提供劳务一方自身所受的损害有过错：未提供安全的条件、工具或者防护，未作安全提示，指示不当等 / (labour between individuals) the one receiving the work was at fault in the provider's own injury: unsafe conditions, tools or protection, no warning, bad instructions",
    )


class RenovationContract(_Relationship):
    """装修（承揽）合同：the orderer hires a contractor to do work on a thing."""

    ROLES: ClassVar[dict[str, str]] = {"orderer": "parties", "contractor": "parties", "thing": "things"}
    kind: Literal["renovation-contract"]
    orderer: Id = Field(description="定作人 / the one who ordered the work (party id)")
    contractor: Id = Field(description="承揽人 / the contractor (party id)")
    thing: Id | None = Field(None, description="施工之物 / where the work is done (thing id)")
    # A fact another fact settles: knowingly choosing a contractor without the qualification or safe
    # working conditions is fault in the choice. The engine reads the settled fact as true, what-if
    # does not ask it, the loader refuses it as false.
    IMPLIED: ClassVar[dict[str, str]] = {"orderer_at_fault": "contractor_unqualified"}
    IMPLIED_WHY: ClassVar[str] = "an orderer who knew or ought to have known its contractor lacked the qualification or safe working conditions was at fault in its choice"
    orderer_at_fault: Fact = Field(
        UNKNOWN, description="定作人对定作、指示或者选任有过错 / the orderer was at fault in the order, its instructions or its choice of contractor"
    )
    contractor_unqualified: Fact = Field(
        UNKNOWN,
        description="承揽人没有相应资质或者安全生产条件，定作人（发包人、分包人）知道或者应当知道；这本身是选任过错（2004年5月至2020年底，承揽人的雇员因安全生产事故受害的，定作人与承揽人连带赔偿）/ the contractor lacked the qualification or safe working conditions the work needed, and the orderer knew or ought to have known — itself fault in the choice (from May 2004 to the end of 2020, the orderer answered jointly with the contractor for the contractor's hand injured in a work accident)",
    )


class MaintenanceUndertaking(_Relationship):
    """维修承诺：a party (e.g. the seller) undertook to maintain a thing."""

    ROLES: ClassVar[dict[str, str]] = {"promisor": "parties", "promisees": "parties", "thing": "things"}
    kind: Literal["maintenance-undertaking"]
    promisor: Id = Field(description="承诺维修的人 / who undertook to maintain (party id)")
    promisees: list[Id] = Field(min_length=1, description="受承诺人 / to whom (party ids)")
    thing: Id = Field(description="应维修之物 / the thing to maintain (thing id)")


class ServiceContract(_Relationship):
    """服务合同（家政等）：a provider serves a client."""

    ROLES: ClassVar[dict[str, str]] = {"provider": "parties", "client": "parties"}
    kind: Literal["service-contract"]
    provider: Id = Field(description="服务提供者 / provider (party id)")
    client: Id = Field(description="客户 / client (party id)")


class CustodyContract(_Relationship):
    """保管合同：the custodian keeps the depositor's thing (e.g. a car in a guarded car park)."""

    kind: Literal["custody-contract"]
    ROLES: ClassVar[dict[str, str]] = {"depositor": "parties", "custodian": "parties", "thing": "things"}
    depositor: Id = Field(description="寄存人 / depositor (party id)")
    custodian: Id = Field(description="保管人 / custodian (party id)")
    thing: Id = Field(description="保管物 / the thing kept (thing id)")
    paid: Fact = Field(UNKNOWN, description="有偿保管（收取保管费）/ a fee was charged")
    improper_custody: Fact = Field(UNKNOWN, description="保管不善 / the custodian kept it improperly")
    gross_negligence: Fact = Field(UNKNOWN, description="保管人有故意或者重大过失 / the custodian acted with intent or gross negligence")
    valuables: Fact = Field(
        UNKNOWN, description="保管物是货币、有价证券或者其他贵重物品 / the thing kept is money, securities or other valuables"
    )
    handed_to_third_party: Fact = Field(
        UNKNOWN, description="保管人未经约定将保管物转交第三人保管 / the custodian handed the thing to a third party to keep, without agreement"
    )
    undisclosed_defect: Fact = Field(
        UNKNOWN,
        description="损失因保管物的瑕疵或需特殊保管的性质所致，寄存人未告知 / the loss came from a defect of the thing, or its need of special care, that the depositor did not disclose",
    )
    valuables_declared: Fact = Field(
        UNKNOWN, description="寄存人已向保管人声明贵重物品（验收或者封存）/ the depositor declared the valuables to the custodian (checked or sealed)"
    )


class Sale(_Relationship):
    """买卖（商品房等）：the seller (e.g. the developer) sold a thing to the buyer."""

    kind: Literal["sale"]
    ROLES: ClassVar[dict[str, str]] = {"seller": "parties", "buyer": "parties", "thing": "things"}
    seller: Id = Field(description="出卖人 / seller (party id)")
    buyer: Id = Field(description="买受人 / buyer (party id)")
    thing: Id = Field(description="标的物 / the thing sold (thing id)")
    delivered_on: dt.date | None = Field(None, description="交付日期（保修期自此起算）/ delivered on (the seller's warranty runs from it)")
    warranty_years: int | None = Field(
        None, ge=0, le=100, description="约定的保修年限（长于法定最低期限时）/ the warranty agreed for this kind of defect, in years, where longer than the legal minimum"
    )


class Guardianship(_Relationship):
    """监护：the guardian (a parent, as a rule) of a minor or of an adult without full capacity."""

    kind: Literal["guardianship"]
    ROLES: ClassVar[dict[str, str]] = {"guardian": "parties", "ward": "parties"}
    guardian: Id = Field(description="监护人 / the guardian (party id)")
    ward: Id = Field(description="被监护人 / the ward (party id)")
    duty_done: Fact = Field(
        UNKNOWN,
        description="监护人尽到了监护职责（被监护人致害的，可以减轻监护人的责任；被监护人受害而监护人未尽职责的，视为受害一方的过错）/ the guardian did its duty of care (where the ward harmed another, it reduces the guardian's liability; where the ward was harmed and the guardian failed it, that is the victim's side's fault)",
    )


class WorkContract(_Relationship):
    """承揽合同：a paid job on a thing (a repair in a flat the owner asked the company to do: an intercom,
    a tap) — apart from the property-service contract, which covers the common parts."""

    kind: Literal["work-contract"]
    ROLES: ClassVar[dict[str, str]] = {"orderer": "parties", "contractor": "parties", "thing": "things"}
    orderer: Id = Field(description="定作人 / the one who ordered the work (party id)")
    contractor: Id = Field(description="承揽人 / the one who did it (party id)")
    thing: Id = Field(description="工作的对象 / the thing worked on (thing id)")
    price_agreed: Fact = Field(UNKNOWN, description="事先约定了报酬 / the price was agreed beforehand")
    defective: Fact = Field(UNKNOWN, description="工作成果不符合质量要求（如修后即坏）/ the result fell short of the quality required (e.g. broke down again at once)")


class Mandate(_Relationship):
    """委托合同：the mandatary handles the mandator's affairs (an errand a company's staff run for an
    owner: a phone line moved, a parcel fetched, a document handed in)."""

    kind: Literal["mandate"]
    ROLES: ClassVar[dict[str, str]] = {"mandator": "parties", "mandatary": "parties", "thing": "things"}
    mandator: Id = Field(description="委托人 / the one whose affairs they are (party id)")
    mandatary: Id = Field(description="受托人 / the one who handles them (party id)")
    thing: Id | None = Field(None, description="为办理事务交付的物 / a thing handed over for it (thing id), e.g. an identity card")
    paid: Fact = Field(UNKNOWN, description="有偿委托（约定或收取报酬）/ a fee was agreed or charged")
    fault: Fact = Field(UNKNOWN, description="受托人处理事务有过错 / the mandatary was at fault in handling it")
    gross_negligence: Fact = Field(UNKNOWN, description="受托人有故意或者重大过失 / the mandatary acted with intent or gross negligence")


class SupplyContract(_Relationship):
    """供用电、水、气、热力合同：a utility supplies a user (the owner or occupier of a flat); the property
    company is no party to it (it may only collect the charges for the utility)."""

    kind: Literal["supply-contract"]
    ROLES: ClassVar[dict[str, str]] = {"supplier": "parties", "user": "parties"}
    supplier: Id = Field(description="供应人（供电、供水、供气、供热单位）/ the utility (party id)")
    user: Id = Field(description="使用人 / the user supplied (party id)")
    utility: Literal["power", "water", "gas", "heat"] = Field(description="供应的种类 / what is supplied")


class Negotiation(_Relationship):
    """缔约磋商：two parties talked about a contract (made or not); what one learned there of the other's
    business secrets or other information to be kept confidential it may not disclose or misuse."""

    kind: Literal["negotiation"]
    ROLES: ClassVar[dict[str, str]] = {"owner": "parties", "recipient": "parties", "thing": "things"}
    owner: Id = Field(description="信息所属的一方 / the party whose information it is (party id)")
    recipient: Id = Field(description="在磋商中知悉该信息的一方 / the party that learned it in the talks (party id)")
    thing: Id = Field(description="商业秘密或者其他应当保密的信息 / the business secret or other confidential information (thing id)")


class Branch(_Relationship):
    """分公司：the branch office of a company (物业公司的某某分公司). A branch is no legal person: its civil
    liability is the company's (Company Law art. 13 (2023; art. 14 of 2005–2018); Civil Code art. 74)."""

    kind: Literal["branch"]
    ROLES: ClassVar[dict[str, str]] = {"company": "parties", "branch": "parties"}
    company: Id = Field(description="设立分公司的公司（法人）/ the company, the legal person that set up the branch (party id)")
    branch: Id = Field(description="分公司（不具有法人资格）/ the branch office, not a legal person (party id)")


class Shareholding(_Relationship):
    """股东与公司：a shareholder of a company. Where the company has only that one shareholder, the
    shareholder answers jointly for the company's debts unless it proves the company's property separate
    from its own (Company Law art. 23 para. 3 (2023); art. 63 of 2013–2018, art. 64 of 2005)."""

    kind: Literal["shareholding"]
    ROLES: ClassVar[dict[str, str]] = {"company": "parties", "shareholder": "parties"}
    company: Id = Field(description="公司 / the company (party id)")
    shareholder: Id = Field(description="股东 / the shareholder (party id)")
    sole: Fact = Field(
        UNKNOWN,
        description="该股东是公司唯一的股东（一人公司；2024年7月1日前为一人有限责任公司）/ it is the company's only shareholder (a one-person company; before 2024-07-01 a one-person limited liability company)",
    )
    assets_separate: Fact = Field(
        UNKNOWN,
        description="股东已证明公司财产独立于股东自己的财产（未证明时与公司承担连带责任）/ the shareholder has proved that the company's property is separate from its own (if not, it answers jointly with the company)",
    )


Relationship = Annotated[
    Union[
        Branch,
        Shareholding,
        Negotiation,
        SupplyContract,
        WorkContract,
        Mandate,
        PropertyServiceContract,
        Lease,
        Employment,
        RenovationContract,
        MaintenanceUndertaking,
        ServiceContract,
        CustodyContract,
        Sale,
        Guardianship,
    ],
    Field(discriminator="kind"),
]


# ---------------------------------------------------------------------------------------- events
class _Event(Frozen):
    id: Id
    date: dt.date | None = Field(None, description="发生日期；缺省为事故日期 / date (default: incident date)")
    until: dt.date | None = Field(None, description="持续至 / continued until")
    description: str | None = Field(None, description="说明 / what happened, in words")


class Leak(_Event):
    """漏水、跑水、污水外溢 / water or sewage escapes from a thing."""

    kind: Literal["leak"]
    source: Id = Field(description="漏水来源之物 / where it escapes from (thing id)")
    actor: Id | None = Field(
        None, description="对漏水来源负责的人 / the party whose conduct or keeping caused it (party id)"
    )
    fault: Fact = Field(UNKNOWN, description="该人有过错 / that party was at fault")
    in_course_of_work: Fact = Field(UNKNOWN, description="该人因执行工作任务而为 / that party did it in the course of its work (its employer answers)")
    natural_cause: Fact = Field(UNKNOWN, description="由自然原因引起 / caused by natural forces")
    design_defect: Fact = Field(
        UNKNOWN, description="来源之物存在设计、建造缺陷 / the source has a design or construction defect"
    )
    defect_kind: Literal["structure", "waterproofing", "heating-cooling", "pipes-installation", "other", "unknown"] = Field(
        UNKNOWN,
        description="缺陷的种类（决定最低保修期限）：structure 地基主体结构、waterproofing 屋面防水和防渗漏、heating-cooling 供热供冷、pipes-installation 管道设备安装和装修、other / the kind of defect (it decides the minimum warranty)",
    )
    neglected: Fact = Field(
        UNKNOWN,
        description="来源之物年久失修、疏于维护 / the source was left unmaintained by whoever had to maintain it",
    )
    continuing: Fact = Field(
        UNKNOWN,
        description="漏水在请求时仍在持续（受害人请求修复漏水源、排除妨碍）/ the water still comes through when the claim is made (the victim asks for the source to be repaired); true gives the order, otherwise it is not sought",
    )
    possible_users: list[Id] = Field(
        default_factory=list,
        description="共用设施（如共用下水管）的使用人，堵塞者不明时可能致害者 / users of a shared facility (a common drain) any of whom may have caused it, where the one who did is unknown (party ids; the victim may be one)",
    )
    proved_not_them: list[Id] = Field(
        default_factory=list, description="能够证明不是自己造成的使用人（如长期无人居住）/ users shown not to have caused it (e.g. the flat stood empty) (party ids)"
    )


class Fire(_Event):
    """火灾蔓延：a fire starts in or on a thing (a flat, a balcony, wiring) and spreads to others."""

    kind: Literal["fire"]
    source: Id = Field(description="起火之物、起火部位 / where it started (thing id); its occupant, else owner, keeps it")
    actor: Id | None = Field(
        None, description="引起火灾的人（如用火不慎、吸烟者）/ the party whose conduct started it (party id), if known"
    )
    fault: Fact = Field(UNKNOWN, description="该人有过错 / that party was at fault")
    in_course_of_work: Fact = Field(UNKNOWN, description="该人因执行工作任务而为 / that party did it in the course of its work (its employer answers)")
    natural_cause: Fact = Field(UNKNOWN, description="由自然原因引起（如雷击）/ caused by natural forces (e.g. lightning)")
    neglected: Fact = Field(
        UNKNOWN, description="起火之物的管理人疏于管理（如线路老化、堆放易燃物）/ the keeper neglected it (old wiring, piled flammables)"
    )


class Breakdown(_Event):
    """设施设备故障、停止运行 / equipment broke down or stopped: a supply cut off (power, water,
    heating), a lift stopped, the stair lights or an entrance door broken."""

    kind: Literal["breakdown"]
    source: Id = Field(description="发生故障的设施设备 / the equipment that broke down (thing id); its occupant, else its manager, else its owner keeps it")
    actor: Id | None = Field(None, description="造成故障的人 / the party whose conduct caused it (party id), if any")
    fault: Fact = Field(UNKNOWN, description="该人有过错 / that party was at fault")
    in_course_of_work: Fact = Field(UNKNOWN, description="该人因执行工作任务而为 / that party did it in the course of its work (its employer answers)")
    natural_cause: Fact = Field(UNKNOWN, description="由自然原因引起（如雷击、暴雨）/ caused by natural forces (lightning, a storm)")
    neglected: Fact = Field(
        UNKNOWN, description="设施设备的管理人疏于维护（如多年未保养）/ its keeper left it unmaintained (e.g. no servicing for years)"
    )


class SupplyInterruption(_Event):
    """中断供应：a utility stopped supplying power, water, gas or heat (or did not start it as agreed)."""

    kind: Literal["supply-interruption"]
    actor: Id = Field(description="供应人 / the utility that stopped (party id)")
    natural_cause: Fact = Field(UNKNOWN, description="因自然灾害等原因 / caused by a natural disaster or the like")
    notified: Fact = Field(
        UNKNOWN, description="（计划检修、临时检修、依法限电等中断）事先通知了使用人 / (a planned or lawful interruption) the users were told in advance"
    )
    repaired_in_time: Fact = Field(UNKNOWN, description="（自然原因断供）及时抢修 / (a natural outage) repaired promptly")


class FailureToAct(_Event):
    """不作为：负有义务者未采取措施 / a party with a duty did not act."""

    kind: Literal["failure-to-act"]
    actor: Id = Field(description="未作为的人 / the party who did not act (party id)")
    regarding: Id = Field(description="应当应对的事件 / the event it should have responded to (event id)")
    duty: Literal["emergency-measures", "repair", "inspection", "report", "security"] = Field(
        description="未履行的义务 / the duty not performed"
    )
    knew: Fact = Field(UNKNOWN, description="知道或者被告知 / knew or was told of the event")
    ought_to_have_known: Fact = Field(
        UNKNOWN,
        description="不知道但应当知道（缺陷明显、持续已久，或其巡查、检查本应发现）/ did not know but ought to have: the defect was visible or long-standing, or its patrols or inspections should have found it",
    )
    able_to_act: Fact = Field(UNKNOWN, description="能够采取措施 / could have acted")


class EmergencyMeasure(_Event):
    """紧急措施：为避免危险而损害他人之物 / harm done to avert a danger."""

    kind: Literal["emergency-measure"]
    actor: Id = Field(description="采取措施的人 / the party who acted (party id)")
    averts: Id = Field(description="所避免的危险事件 / the danger averted (event id)")
    thing: Id | None = Field(None, description="因措施受损之物 / the thing the measure damaged (thing id)")
    danger_present: Fact = Field(UNKNOWN, description="危险正在发生 / the danger was real and present")
    other_means: Fact = Field(UNKNOWN, description="有其他可行办法 / a milder means was available")
    excessive: Fact = Field(
        UNKNOWN, description="措施不当或者超过必要限度 / the measure was improper or beyond what was needed"
    )
    fault: Fact = Field(
        UNKNOWN,
        description="（没有正在发生的危险时）行为人有过错，如无合理理由相信存在危险 / (where there was no present danger) the actor was at fault, e.g. had no reasonable ground to believe in one",
    )
    beneficiary: Id | None = Field(
        None, description="因避险而受益的人（如其财产因此得以保全）/ who benefited from the measure (e.g. whose property it saved) (party id)"
    )


class ActKind(StrEnum):
    dumping_waste = "dumping-waste"  # 倾倒装修垃圾、废弃物
    removal = "removal"  # 强制清离人员
    cut_off_utilities = "cut-off-utilities"  # 停水、停电、停气、停暖
    handling_goods = "handling-goods"  # 处理、清洗、搬动他人物品
    noise = "noise"  # 噪声
    emission = "emission"  # 排放油烟、异味、烟尘、光等侵入相邻房屋
    publication = "publication"  # 张贴、公布点名通告等，公开指称他人
    personal_information = "personal-information"  # 收集、使用、公开、向他人提供个人信息（含人脸识别采集人脸）
    obstruction = "obstruction"  # 阻碍他人使用其房屋、车位、车辆（道闸拦车、拒录车牌、拒绝配合安装等）
    penalty = "penalty"  # 以"罚款"、"处罚"为名收取他人钱款
    refusing_access = "refusing-access"  # 拒绝进入维修
    installation = "installation"  # 安装（空调等）
    piercing = "piercing"  # 打穿、损坏管线
    drilling = "drilling"  # 打孔、凿墙
    other = "other"


class Act(_Event):
    """作为：一方的行为 / something a party did."""

    kind: Literal["act"]
    # A fact another fact settles: a lawful government measure is a lawful ground. The engine reads the
    # settled fact as true, what-if does not ask it, the loader refuses it as false.
    IMPLIED: ClassVar[dict[str, str]] = {"lawful_ground": "government_measure"}
    IMPLIED_WHY: ClassVar[str] = "carrying out a lawful government measure is a lawful ground"
    act: ActKind = Field(description="行为类别 / what kind of act")
    actor: Id = Field(description="行为人 / who did it (party id)")
    thing: Id | None = Field(None, description="行为所及之物 / the thing acted on (thing id)")
    regarding: Id | None = Field(None, description="相关事件 / a related event (event id), e.g. the leak access was refused for")
    instructed_by: Id | None = Field(None, description="指示、委托该行为的人 / who asked or instructed it (party id)")
    instructor_knew: Fact = Field(
        UNKNOWN,
        description="指示者明知该行为侵害他人权益（如谎称物品无主）/ the one who instructed it knew it wronged another (e.g. said the goods were abandoned)",
    )
    instructor_ought_to_have_known: Fact = Field(
        UNKNOWN,
        description="指示者不知道但应当知道（如稍加核实即可知物品有主）/ the one who instructed it did not know but ought to have (a simple check would have shown whose the goods were)",
    )
    together_with: list[Id] = Field(
        default_factory=list, description="与之共同实施该行为的人（共同侵权）/ parties who did it together with the actor, by common design (party ids)"
    )
    to_press_for: list[Literal["rent", "property-fees", "other-debt"]] = Field(
        default_factory=list, description="为催交何种费用 / payments the act was meant to press for"
    )
    fault: Fact = Field(UNKNOWN, description="行为人有过错（故意或者过失）/ the actor was at fault")
    gross_negligence: Fact = Field(UNKNOWN, description="故意或者重大过失 / intent or gross negligence")
    in_course_of_work: Fact = Field(UNKNOWN, description="因执行工作任务 / done in the course of its work")
    excessive: Fact = Field(UNKNOWN, description="手段超过必要限度 / means beyond what was needed (e.g. force)")
    beyond_tolerance: Fact = Field(
        UNKNOWN, description="超出相邻关系应当容忍的限度 / beyond what neighbours must tolerate"
    )
    forbidden_by_rules: Fact = Field(
        UNKNOWN, description="违反装修管理规定、管理规约等 / forbidden by renovation rules or the community's rules"
    )
    lawful_ground: Fact = Field(
        UNKNOWN,
        description="（阻碍措施）有法律、业主共同决定的管理规约或者生效决定为依据；催缴费用不是依据 / (an obstruction) the measure rests on a lawful ground — the law, rules the owners adopted, a decision in force; pressing for a payment is none",
    )
    false_or_insulting: Fact = Field(
        UNKNOWN,
        description="（公开点名等）所公布的内容失实或者带有侮辱 / (a publication) what it said of the person was untrue or insulting",
    )
    government_measure: Fact = Field(
        UNKNOWN,
        description="执行政府依法实施的应急处置措施和其他管理措施（如疫情防控）；这本身就是合法依据 / it carried out an emergency or other management measure the government lawfully imposed (e.g. epidemic control) — itself a lawful ground",
    )
    information: Literal["face", "sensitive", "ordinary", "unknown"] = Field(
        UNKNOWN,
        description="（处理个人信息）所处理的信息：face 人脸信息；sensitive 其他敏感个人信息（其他生物识别信息、医疗健康、金融账户、行踪轨迹、不满十四周岁未成年人的信息等）；ordinary 其他个人信息（姓名、电话、住址、监控影像等）；unknown 未说明 / (personal information) what was processed: face — facial information; sensitive — other sensitive information (other biometrics, health, financial accounts, whereabouts, a child under fourteen's information…); ordinary — other personal information (name, phone number, address, CCTV images…); unknown — not said",
    )
    access_control: Fact = Field(
        UNKNOWN,
        description="（人脸识别）用作出入小区、楼栋的验证方式（门禁）/ (face recognition) used to check who may enter the estate or a building — an access gate",
    )
    consent: Fact = Field(
        UNKNOWN,
        description="（处理个人信息）取得了本人或者其监护人的同意，法律要求单独同意的为单独同意（人脸信息自2021年8月1日起；其他敏感个人信息，以及公开或者向他人提供个人信息，自2021年11月1日起）；未同意、拒绝或者已撤回同意的为 false / (personal information) the person, or its guardian, consented — by a separate consent where the law requires one (facial information from 2021-08-01; other sensitive information, and making information public or handing it to others, from 2021-11-01); false where it never consented, refused, or withdrew its consent",
    )
    other_lawful_basis: Fact = Field(
        UNKNOWN,
        description="（处理个人信息）有同意以外的法定依据，由处理者证明：为订立、履行本人作为一方当事人的合同所必需，为履行法定职责或者法定义务所必需，为应对突发公共卫生事件或者紧急情况下保护生命健康和财产安全所必需，在合理范围内处理本人自行公开或者其他已经合法公开的信息，为维护公共利益或者本人合法权益合理实施等；未证明的，不作依据 / (personal information) a ground in law other than consent, for the processor to show: necessary to make or perform a contract the person is party to, or to perform a statutory duty; necessary to meet a public-health emergency or to protect life, health or property in an emergency; reasonable processing of what the person or the law already made public; a reasonable act for the public interest or the person's own rights — until shown, there is none",
    )
    other_means_offered: Fact = Field(
        UNKNOWN,
        description="（人脸识别门禁）另提供了合理的出入验证方式（如门禁卡、密码）/ (a face-recognition gate) another reasonable way in was offered (a card, a code)",
    )


class Maintenance(_Event):
    """维护、检修 / a party maintained (or was due to maintain) a thing."""

    kind: Literal["maintenance"]
    actor: Id = Field(description="负责维护的人 / who maintains it (party id)")
    thing: Id = Field(description="维护之物 / the thing (thing id)")
    performed: Fact = Field(UNKNOWN, description="已按计划、按约定履行 / performed as scheduled or agreed")
    could_detect: Fact = Field(UNKNOWN, description="能够发现导致损害的隐患或者行为 / could have detected the cause of the harm")


class FallingObject(_Event):
    """脱落、坠落：a part of a building or something on it fell (not thrown by anyone)."""

    kind: Literal["falling-object"]
    thing: Id = Field(description="脱落、坠落之物 / what fell (thing id); its owner, manager and occupant answer")
    proved_no_fault: Fact = Field(
        UNKNOWN, description="所有人、管理人、使用人证明自己没有过错 / the owner, manager or user proved it was not at fault"
    )
    neglected: Fact = Field(UNKNOWN, description="年久失修、疏于管理 / left unrepaired or unmanaged")
    developer: Id | None = Field(None, description="建设单位（开发商）/ the developer who had the building built (party id)")
    quality_defect: Fact = Field(
        UNKNOWN, description="脱落系建筑工程质量缺陷所致（如鉴定结论）/ the fall came from a construction quality defect (e.g. an expert's finding)"
    )


class ThrownObject(_Event):
    """抛掷物、坠落物（难以确定侵权人）：something thrown or fallen from a building."""

    kind: Literal["thrown-object"]
    actor: Id | None = Field(None, description="查明的抛掷人 / the thrower, if identified (party id)")
    building: Id = Field(description="建筑物 / the building it came from (thing id)")
    possible_users: list[Id] = Field(
        default_factory=list, description="可能加害的建筑物使用人 / users of the building who may have thrown it (party ids)"
    )
    proved_not_them: list[Id] = Field(
        default_factory=list, description="能够证明自己不是侵权人的使用人 / users who proved it was not them (party ids)"
    )
    safety_measures_taken: Fact = Field(
        UNKNOWN, description="建筑物管理人采取了必要的安全保障措施 / the building's manager took the necessary safety measures"
    )


class Response(_Event):
    """及时处置：a party responded to an event (e.g. the company arrived and cleared a blockage)."""

    kind: Literal["response"]
    actor: Id = Field(description="处置的人 / who responded (party id)")
    regarding: Id = Field(description="所处置的事件 / the event responded to (event id)")
    in_time: Fact = Field(UNKNOWN, description="及时 / in time")


class WithholdingFees(_Event):
    """拒交物业费 / an owner withholds property fees."""

    kind: Literal["withholding-fees"]
    actor: Id = Field(description="拒交的业主 / the owner withholding (party id)")
    payee: Id = Field(description="物业服务人 / the property-service provider (party id)")
    ground: Literal["developer-default", "service-not-used", "service-not-provided", "poor-service", "none", "other"] = Field(
        description="拒交理由 / the reason the owner gives: developer-default (e.g. no property certificate), service-not-used (e.g. the flat stood empty), service-not-provided, poor-service, none, other"
    )
    service_provided: Fact = Field(
        UNKNOWN, description="物业服务人已按约定提供了服务 / the provider did provide the contracted services (as found)"
    )
    service_defective: Fact = Field(
        UNKNOWN, description="服务有不符合约定之处（如漏水久拖不修）/ the services fell short of the contract in part (as found)"
    )
    refused_to_withdraw: Fact = Field(
        UNKNOWN,
        description="（费用期间在物业服务合同终止之后）原物业服务人拒绝退出、移交 / (fees for a time after the service contract ended) the old provider refused to withdraw and hand over",
    )


class AnimalHarm(_Event):
    """饲养动物致害 / a kept animal harmed someone (its keeper: the thing's occupant, else its owner)."""

    kind: Literal["animal-harm"]
    animal: Id = Field(description="动物 / the animal (thing id, kind animal)")
    no_safety_measures: Fact = Field(
        UNKNOWN, description="违反管理规定未采取安全措施（如未拴绳）/ kept without the safety measures the rules require (e.g. no leash)"
    )
    banned_breed: Fact = Field(UNKNOWN, description="禁止饲养的烈性犬等危险动物 / a dangerous animal whose keeping is forbidden")
    victim_intent: Fact = Field(UNKNOWN, description="损害由被侵权人故意造成 / the victim caused it intentionally (e.g. provoked the animal)")
    victim_gross_negligence: Fact = Field(UNKNOWN, description="被侵权人有重大过失 / the victim was grossly negligent")


class TreeHarm(_Event):
    """林木致害：a tree broke or fell, or its fruit dropped, and harmed someone (its manager, else its owner, answers)."""

    kind: Literal["tree-harm"]
    thing: Id = Field(description="林木 / the tree (thing id, kind tree); its manager, else its owner, answers")
    manner: Literal["breaking", "falling", "fruit"] = Field(
        description="折断（含断枝）、倾倒、果实坠落 / how: a tree or branch broke, the tree fell over, or fruit dropped"
    )
    proved_no_fault: Fact = Field(
        UNKNOWN, description="林木的所有人或者管理人证明自己没有过错 / the owner or manager proved it was not at fault"
    )
    neglected: Fact = Field(UNKNOWN, description="疏于养护（枯死、病虫害、未修剪）/ left untended (dead, diseased, unpruned)")


class StackCollapse(_Event):
    """堆放物倒塌、滚落或者滑落：things stacked by a party collapsed, rolled or slid down."""

    kind: Literal["stack-collapse"]
    actor: Id = Field(description="堆放人 / the party who stacked them (party id)")
    thing: Id | None = Field(None, description="堆放物 / the stack (thing id)")
    proved_no_fault: Fact = Field(UNKNOWN, description="堆放人证明自己没有过错 / the one who stacked them proved it was not at fault")
    neglected: Fact = Field(UNKNOWN, description="堆放不当、疏于看管 / stacked badly or left unwatched")


class Collapse(_Event):
    """倒塌、塌陷：a building, structure or other facility collapsed or caved in (not a part falling off)."""

    kind: Literal["collapse"]
    thing: Id = Field(description="倒塌之物 / what collapsed (thing id): a building, structure or other facility")
    developer: Id | None = Field(None, description="建设单位 / the developer who had it built (party id)")
    builder: Id | None = Field(None, description="施工单位 / the builder (party id)")
    responsible: Id | None = Field(
        None, description="因其原因倒塌的所有人、管理人、使用人或者第三人（如拆改承重墙）/ the owner, manager, user or third party whose doing made it collapse (party id)"
    )
    quality_defect: Fact = Field(
        UNKNOWN, description="存在质量缺陷（建设单位、施工单位能够证明不存在的，为false）/ a quality defect: false where the developer and builder proved there was none"
    )
    proved_no_fault: Fact = Field(
        UNKNOWN, description="（2010年前）所有人、管理人证明自己没有过错 / (before 2010-07-01) the owner or manager proved it was not at fault"
    )


class RoadObstacle(_Event):
    """道路上的妨碍通行物：things piled, dumped or spilt on a road that obstructed passage."""

    kind: Literal["road-obstacle"]
    actor: Id = Field(description="堆放、倾倒、遗撒的人 / who piled, dumped or spilt them (party id)")
    thing: Id | None = Field(None, description="道路 / the road (thing id); its manager answers for its duties")
    public_road: Fact = Field(UNKNOWN, description="属于公共道路（小区内部道路未必是）/ a public road (an estate's own lane may not be)")
    fault: Fact = Field(UNKNOWN, description="行为人有过错 / the doer was at fault")
    duties_performed: Fact = Field(
        UNKNOWN, description="道路管理人尽到清理、防护、警示等义务 / the road's manager did its duties of clearing, protection and warning"
    )


class UndergroundFacility(_Event):
    """窨井等地下设施致害：a manhole or other underground facility harmed someone (e.g. a missing cover)."""

    kind: Literal["underground-facility"]
    thing: Id = Field(description="地下设施 / the facility (thing id); its manager, else its owner, answers")
    duties_performed: Fact = Field(
        UNKNOWN, description="管理人证明尽到了管理职责（巡查、加盖、警示）/ the manager proved it did its duty (inspection, covers, warnings)"
    )


class GroundWorks(_Event):
    """地面施工：digging, repairing or installing underground facilities in a public place or on a road."""

    kind: Literal["ground-works"]
    actor: Id = Field(description="施工人 / the party doing the works (party id)")
    signs_and_measures: Fact = Field(
        UNKNOWN, description="设置了明显标志并采取了安全措施 / clear signs were set up and safety measures taken"
    )


class Rescue(_Event):
    """见义勇为：为保护他人民事权益（制止侵害、救助）而行动 / acting to protect another's rights (stopping a wrong, saving someone)."""

    kind: Literal["rescue"]
    actor: Id = Field(description="保护他人的人 / the one who acted (party id)")
    beneficiary: Id | None = Field(None, description="受益人：被保护的人 / the one protected (party id)")
    regarding: Id | None = Field(None, description="所制止的侵害 / the wrong stopped (event id)")
    wrongdoer_unable: Fact = Field(
        UNKNOWN, description="没有侵权人、侵权人逃逸或者无力承担责任 / there is no wrongdoer, or it fled or cannot pay"
    )


class Nondisclosure(_Event):
    """未公开：物业服务人未向业主公开、报告应当公开的情况 / the provider did not disclose to the owners what it must (fees, the maintenance fund's use, the common parts' income, its services)."""

    kind: Literal["nondisclosure"]
    actor: Id = Field(description="未公开的物业服务人 / the provider that did not disclose (party id)")


class Gestio(_Event):
    """无因管理：没有法定或者约定义务，为避免他人利益受损失而管理其事务 / taking charge of another's affairs, without a duty, to keep that person from loss."""

    kind: Literal["gestio"]
    actor: Id = Field(description="管理人 / the one who took charge (party id)")
    beneficiary: Id = Field(description="受益人：事务的本人 / the one whose affairs they were (party id)")
    against_wishes: Fact = Field(
        UNKNOWN, description="管理不符合受益人真实（且合法）的意思 / it went against that person's true (and lawful) wishes"
    )
    took_charge: Fact = Field(
        True, description="管理人确已接手管理（false：被请求接手而拒绝）/ it did take charge (false: it was asked to and declined)"
    )
    broke_off: Fact = Field(UNKNOWN, description="接手后又中断管理 / having taken charge, it broke off")
    good_reason: Fact = Field(UNKNOWN, description="中断管理有正当理由 / it had good reason to break off")


Event = Annotated[
    Union[
        Leak, FailureToAct, EmergencyMeasure, Act, Maintenance, FallingObject, ThrownObject, Response, WithholdingFees, AnimalHarm,
        TreeHarm, StackCollapse, UndergroundFacility, GroundWorks, Fire, Collapse, RoadObstacle, Rescue, Gestio, Nondisclosure,
        Breakdown, SupplyInterruption,
    ],
    Field(discriminator="kind"),
]


# ----------------------------------------------------------------------------------------- harms
class Harm(Frozen):
    id: Id
    victim: Id = Field(description="受害人 / who suffered it (party id)")
    thing: Id | None = Field(None, description="受损之物 / the thing harmed (thing id)")
    kind: Literal["property", "personal", "economic", "nuisance"] = Field(
        "property", description="损害类别（nuisance：妨害安宁）/ kind of harm (nuisance: interference with quiet enjoyment)"
    )
    amount: Decimal | None = Field(None, ge=0, description="金额（元）/ amount in CNY, where known")
    caused_by: list[Id] = Field(min_length=1, description="造成损害的事件 / events that caused it (event ids)")
    claimed_against: list[Id] = Field(
        default_factory=list, description="受害人向其主张的人 / parties the victim claims against (party ids)"
    )
    victim_at_fault: Fact = Field(
        UNKNOWN, description="受害人对损害的发生或者扩大也有过错 / the victim's own fault contributed to the harm"
    )
    ground: Literal["contract", "tort", "unknown"] = Field(
        UNKNOWN,
        description="请求所依据的法律关系（违约与侵权竞合时由受害人选择）：contract 合同、tort 侵权；未说明的，两种依据结论相同时并列，结论不同时须查明 / the ground the claim rests on where breach and tort concur (the victim elects, CC 186 / CL 122); unknown: where both routes give the same answer they stand side by side, where they differ it is asked",
    )
    parts_indeterminable: Fact = Field(
        UNKNOWN,
        description="数人分别侵权，各自责任大小难以确定（则平均承担）/ where several caused it by separate acts, their parts cannot be told apart (then equal shares)",
    )
    each_sufficient: Fact = Field(
        UNKNOWN,
        description="数人分别侵权，每个人的行为都足以造成全部损害 / where several caused it by separate acts, each act alone would have caused all of it",
    )
    security_lapse: Fact = Field(
        UNKNOWN,
        description="第三人造成本损害时，受害人的物业服务人未尽到安全防范义务（门岗失守、巡查缺位、接报未处置等）；未记录具体的不作为事件时据此判断 / a third party did this harm and the victim's property-service provider failed the security its contract requires (gate unmanned, patrols skipped, a report ignored) — used where no failure-to-act event is entered",
    )
    during_work: Fact = Field(
        UNKNOWN,
        description="（受害人提供劳务时）受害时正在提供劳务 / (where the victim provides labour to another) it was hurt while doing that work",
    )
    loss_proven: Fact = Field(
        UNKNOWN,
        description="损失及其由所列事件造成已经证明；false：举证不能，赔偿请求不予支持（命令停止侵害等不受影响）/ the loss, and that the events listed caused it, are proven; false: the claim for compensation fails for want of proof (orders to stop or restore are not affected)",
    )
    foreseeable: Fact = Field(
        UNKNOWN,
        description="（按合同请求时）违约方订立合同时预见到或者应当预见到这一损失；否则不在违约赔偿之内 / (on the contract route) the party in breach foresaw, or ought to have foreseen, this loss when the contract was made; if not, contract damages do not reach it (CC 584, CL 113)",
    )
    mitigation_failed: Fact = Field(
        UNKNOWN,
        description="（按合同请求时）违约后受害人未采取适当措施，致损失扩大；扩大的部分不得请求赔偿（侵权时同一情形按受害人过错 victim_at_fault 填写）/ (on the contract route) after the breach the victim failed to take appropriate steps and the loss grew; the growth cannot be claimed (CC 591, CL 119, GPCL 114); in tort the same conduct is the victim's own fault (victim_at_fault)",
    )
    already_paid: Decimal | None = Field(
        None, ge=0, description="已获赔付、垫付的金额（保险、先行垫付）/ sums the victim has already received for it (insurer, advance), to be deducted"
    )
    description: str | None = Field(None, description="说明 / the harm, in words")


# Which collection each id-valued field of an event points into.
EVENT_REFS: dict[str, str] = {
    "actor": "parties",
    "beneficiary": "parties",
    "instructed_by": "parties",
    "payee": "parties",
    "developer": "parties",
    "builder": "parties",
    "responsible": "parties",
    "possible_users": "parties",
    "proved_not_them": "parties",
    "together_with": "parties",
    "source": "things",
    "thing": "things",
    "building": "things",
    "animal": "things",
    "regarding": "events",
    "averts": "events",
}


# -------------------------------------------------------------------------------------- incident
class Incident(Frozen):
    """One incident: the facts a handler knows."""

    title: str | None = Field(None, description="标题 / title")
    date: dt.date = Field(description="事故日期（决定适用的法律）/ date of the incident (decides the law)")
    decided_on: dt.date | None = Field(
        None, description="处理（裁判）日期，缺省为今天 / the date the matter is decided (default: today)"
    )
    continuing_until: dt.date | None = Field(
        None, description="行为或者状态持续至 / the conduct or state continued until (if it did)"
    )
    damage_appeared: dt.date | None = Field(
        None, description="损害后果出现的日期（晚于事故时）/ the date the damage appeared, if later than the incident"
    )
    place: str | None = Field(None, description="地点 / place")
    parties: list[Party] = Field(min_length=1, description="当事人 / the parties")
    things: list[Thing] = Field(default_factory=list, description="相关之物 / the things involved")
    relationships: list[Relationship] = Field(
        default_factory=list, description="当事人之间的法律关系（合同、雇佣等）/ contracts, employment and other relationships"
    )
    events: list[Event] = Field(min_length=1, description="各方的作为、不作为及发生的事件 / what each party did or failed to do, and what happened")
    harms: list[Harm] = Field(min_length=1, description="损害 / the harms")

    def reference_problems(self) -> list[Problem]:
        """Every id that is duplicated or points at nothing (or at the wrong kind of thing)."""
        problems: list[Problem] = []
        seen: dict[str, str] = {}
        groups = {
            "parties": self.parties,
            "things": self.things,
            "relationships": self.relationships,
            "events": self.events,
            "harms": self.harms,
        }
        for group, items in groups.items():
            for i, item in enumerate(items):
                if item.id in seen:
                    problems.append(Problem(f"id {item.id!r} is already used at {seen[item.id]}", f"{group}.{i}.id"))
                else:
                    seen[item.id] = f"{group}.{i}"
        ids = {g: {x.id for x in items} for g, items in groups.items()}

        def need(value: str | None, group: str, path: str) -> None:
            if value is not None and value not in ids[group]:
                what = {"parties": "party", "things": "thing", "events": "event"}[group]
                known = ", ".join(sorted(ids[group])) or "none"
                problems.append(Problem(f"no {what} with id {value!r} (known: {known})", path))

        for group, items in (("events", self.events), ("relationships", self.relationships)):
            for i, x in enumerate(items):
                for settled, by in getattr(x, "IMPLIED", {}).items():
                    if getattr(x, by) is True and getattr(x, settled) is False:
                        problems.append(Problem(f"{x.IMPLIED_WHY}: {settled} cannot be false (or set {by} to false)", f"{group}.{i}.{settled}"))
        for i, t in enumerate(self.things):
            for f in ("owner", "manager", "occupant", "producer"):
                need(getattr(t, f), "parties", f"things.{i}.{f}")
            for j, c in enumerate(t.co_owners):
                need(c, "parties", f"things.{i}.co_owners.{j}")
                if t.owner is None:
                    problems.append(Problem("co-owners need the owner they share with (set owner)", f"things.{i}.co_owners"))
                elif c == t.owner:
                    problems.append(Problem(f"{c!r} is already the owner", f"things.{i}.co_owners.{j}"))
            need(t.part_of, "things", f"things.{i}.part_of")
        for i, r in enumerate(self.relationships):
            for f, group in r.ROLES.items():
                value = getattr(r, f)
                if isinstance(value, list):
                    for j, v in enumerate(value):
                        need(v, group, f"relationships.{i}.{f}.{j}")
                else:
                    need(value, group, f"relationships.{i}.{f}")
        for i, e in enumerate(self.events):
            fields = type(e).model_fields
            for f, group in EVENT_REFS.items():
                if f not in fields:
                    continue  # not a field of this kind of event
                value = getattr(e, f)
                for j, target in enumerate(value if isinstance(value, list) else [value]):
                    path = f"events.{i}.{f}" + (f".{j}" if isinstance(value, list) else "")
                    need(target, group, path)
                    if group == "events" and target == e.id:
                        problems.append(Problem("an event cannot refer to itself", path))
            if e.until is not None and e.until < (e.date or self.date):
                problems.append(Problem(f"until {e.until} is before the event's date", f"events.{i}.until"))
        for i, h in enumerate(self.harms):
            need(h.victim, "parties", f"harms.{i}.victim")
            need(h.thing, "things", f"harms.{i}.thing")
            for j, c in enumerate(h.caused_by):
                need(c, "events", f"harms.{i}.caused_by.{j}")
            for j, c in enumerate(h.claimed_against):
                need(c, "parties", f"harms.{i}.claimed_against.{j}")
        from .capacity import problems as capacity_problems  # (it reads the statute library: not at import)

        return problems + self.date_problems() + capacity_problems(self)

    def date_problems(self) -> list[Problem]:
        out = []
        # The library begins with the General Principles (1987-01-01): the engine cannot apply the
        # law of an earlier date, and facts cannot lie in the future.
        today = dt.date.today()
        for name in ("date", "continuing_until", "damage_appeared", "decided_on"):
            value = getattr(self, name)
            if value is not None and value < LAW_BEGINS:
                out.append(Problem(f"{name} {value} is before {LAW_BEGINS}, where the statute library begins (General Principles of Civil Law): the law of that date cannot be applied", name))
        if self.date > today:
            out.append(Problem(f"date {self.date} is in the future (today is {today}): facts must have happened", "date"))
        for i, e in enumerate(self.events):
            if e.date is not None and e.date < LAW_BEGINS:
                out.append(Problem(f"date {e.date} is before {LAW_BEGINS}, where the statute library begins", f"events.{i}.date"))
            if e.date is not None and e.date > today:
                out.append(Problem(f"date {e.date} is in the future (today is {today})", f"events.{i}.date"))
        for name in ("decided_on", "continuing_until", "damage_appeared"):
            value = getattr(self, name)
            if value is not None and value < self.date:
                out.append(Problem(f"{name} {value} is before the incident date {self.date}", name))
        if self.decided_on and self.damage_appeared and self.decided_on < self.damage_appeared:
            out.append(Problem(f"decided_on {self.decided_on} is before the damage appeared ({self.damage_appeared})", "decided_on"))
        return out

    def continues_until(self) -> dt.date | None:
        """The latest date any fact or state of the incident continued to, if any did."""
        dates = [d for d in [self.continuing_until, *(e.until for e in self.events)] if d is not None]
        return max(dates) if dates else None

    def event_date(self, event: _Event) -> dt.date:
        return event.date or self.date
