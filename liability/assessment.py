"""The Assessment: the decision, the allocation and the reasoning chain, as typed data.

Everything a renderer shows, and everything ``--format json`` prints, is in here. Kinds of outcome
stay distinct, as courts keep them: liability (责任), supplementary liability (补充责任),
compensation without liability (补偿), recourse (追偿), not liable, and a loss the victim bears.
"""


import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)


class OutcomeKind(StrEnum):
    liable = "liable"  # 承担责任
    supplementary = "supplementary"  # 补充责任
    compensates = "compensates"  # 补偿（无责任）
    recourse = "recourse"  # 追偿权
    not_liable = "not-liable"  # 不承担责任
    bears_own_loss = "bears-own-loss"  # 自行承担损失
    obligation = "obligation"  # 停止侵害、提供便利等义务（degree 说明何种义务）
    outside = "outside"  # 规则库未涵盖：事实将其与损害相连，但没有规则就其得出结论（待定，不是"不承担责任"）


OUTCOME_ZH = {
    "liable": "承担责任",
    "supplementary": "承担补充责任",
    "compensates": "给予补偿（非责任）",
    "recourse": "有权追偿",
    "not-liable": "不承担责任",
    "bears-own-loss": "自行承担损失",
    "obligation": "负有义务",
    "outside": "规则库未涵盖（待定）",
}
OUTCOME_EN = {
    "liable": "liable",
    "supplementary": "supplementary liability",
    "compensates": "compensates (not liability)",
    "recourse": "may recover",
    "not-liable": "not liable",
    "bears-own-loss": "bears own loss",
    "obligation": "must",
    "outside": "outside the rule book (open)",
}
DEGREE_ZH = {
    "full": "全部",
    "main": "主要",
    "secondary": "次要",
    "equal": "平均",
    "proportionate": "按份（相应）",
    "appropriate": "适当",
    "joint": "连带",
    "aggravation": "扩大部分",
    "rest": "其余部分",
    "reduced": "相应减轻",
    "pending": "待定",
    "fair-share": "公平分担",
    "stop": "停止侵害",
    "remove-obstruction": "停止侵害、排除妨碍",
    "repair": "予以维修",
    "repair-or-redo": "修理或者重作（定作人也可以请求减少报酬）",
    "pay-agreed-price": "按照约定支付报酬",
    "pay-market-price": "按照履行地的市场价格支付报酬",
    "retract-and-apologise": "撤下通告，消除影响、恢复名誉、赔礼道歉",
    "delete-personal-information": "停止处理并删除其个人信息（已公开或者提供给他人的，予以撤回、删除）",
    "offer-other-access": "提供人脸识别以外的合理出入验证方式（如门禁卡、密码）",
    "repair-source": "修复漏水源至不再渗漏（排除妨碍、消除危险）",
    "repair-defect": "在保修期内修理，消除缺陷",
    "repair-at-common-cost": "共有部分的维修费用由业主共同负担：经业主共同决定使用维修资金（紧急情况下业主大会或者业主委员会可以申请使用），没有约定的按专有部分面积比例分摊",
    "clear": "清除所堆放之物，恢复通行",
    "permit-access": "提供必要便利（允许进入维修）",
    "relocate": "恢复原状、移位",
    "pay-fees": "交纳物业费",
    "pay-fees-reduced": "交纳物业费（按服务瑕疵相应减少）",
    "pay-fees-reduction-open": "交纳物业费（是否因服务瑕疵相应减少，待查明）",
    "stop-and-report": "制止并报告",
    "reduced-duty-done": "监护人尽到监护职责，相应减轻",
    "restore": "排除妨碍、恢复原状",
    "own-property-first": "有财产的，先从本人财产中支付",
    "reimburse": "偿还必要费用",
    "disclose": "向业主公开、报告",
    "return": "返还",
    "less-growth": "扣除受害人未防止而扩大的损失",
    "as-ordinary-goods": "未声明的贵重物品，可按一般物品赔偿",
}
DEGREE_EN = {
    "full": "full",
    "main": "main",
    "secondary": "secondary",
    "equal": "equal",
    "proportionate": "proportionate",
    "appropriate": "appropriate",
    "joint": "joint and several",
    "aggravation": "for the part that grew",
    "rest": "the rest",
    "reduced": "reduced for the victim's fault",
    "pending": "pending open facts",
    "fair-share": "fair share",
    "stop": "stop the interference",
    "remove-obstruction": "stop and remove the obstruction",
    "repair": "repair it",
    "repair-or-redo": "repair or redo the work (or the orderer may reduce the remuneration)",
    "pay-agreed-price": "pay the agreed remuneration",
    "pay-market-price": "pay the local market price",
    "retract-and-apologise": "take the notice down, remove the effects, restore the reputation, apologise",
    "delete-personal-information": "stop processing the person's information and delete it (withdraw and delete what was made public or handed to others)",
    "offer-other-access": "offer a reasonable way in other than face recognition (a card, a code)",
    "repair-source": "repair the source until no more water comes through",
    "repair-defect": "repair the defect, within the warranty",
    "repair-at-common-cost": "the common part's repair is the owners' common cost: from the maintenance fund by their joint decision (in an emergency on the assembly's or committee's application), shared by the area of each exclusive part unless agreed",
    "clear": "clear away what was piled, reopen the way",
    "permit-access": "permit access for repairs",
    "relocate": "restore / relocate",
    "pay-fees": "pay the property fees",
    "pay-fees-reduced": "pay the fees, reduced for the shortfall",
    "pay-fees-reduction-open": "pay the fees (whether reduced for a shortfall is to be established)",
    "stop-and-report": "stop it and report it",
    "reduced-duty-done": "reduced: the guardian did its duty",
    "restore": "clear it and restore it",
    "own-property-first": "paid first from its own property, if it has any",
    "reimburse": "repay the necessary expenses",
    "disclose": "disclose to the owners",
    "return": "return it",
    "less-growth": "less the growth the victim failed to prevent",
    "as-ordinary-goods": "undeclared valuables: may be compensated as ordinary goods",
}


BASIS_ZH = {
    "fault": "过错",
    "neglect": "疏于维护",
    "danger-causer": "引起险情",
    "justified-emergency-avoidance": "紧急避险",
    "excessive-avoidance": "避险过当",
    "natural-danger": "自然原因引起的险情",
    "no-emergency": "不构成紧急避险",
    "property-service-duty": "未履行物业服务应急义务",
    "unable-to-act": "无法采取措施",
    "did-not-know": "不知情",
    "no-fault": "无过错",
    "own-sphere": "自身范围内的损失",
    "employer": "用人单位责任",
    "acted-for-employer": "执行工作任务",
    "not-at-work": "不属于执行工作任务",
    "defective-work": "工作成果不符合质量要求",
    "work-as-required": "工作成果符合质量要求",
    "remuneration": "定作人支付报酬",
    "reputation": "侵害名誉权",
    "not-defamatory": "内容真实、无侮辱，不侵害名誉权",
    "personal-information": "未经同意处理个人信息，侵害个人信息权益",
    "consented": "经本人同意处理（敏感个人信息经单独同意），不因此构成侵害",
    "lawful-basis-without-consent": "有同意以外的法定依据，不因未经同意构成侵害",
    "face-gate": "以人脸识别为唯一出入验证方式，不同意者可以请求其他合理方式",
    "other-means-offered": "已提供其他合理出入方式（如门禁卡），该请求不成立",
    "personal-information-damages": "处理个人信息侵害其权益造成损害的赔偿",
    "mandatary": "受托人处理委托事务造成损失",
    "paid-mandate-no-fault": "有偿委托，受托人没有过错",
    "gratuitous-mandate": "无偿委托，受托人没有故意或者重大过失",
    "supply-contract": "违反供用合同",
    "notified-in-advance": "已事先通知",
    "repaired-in-time": "已及时抢修",
    "utility-supply": "供应人的行为，物业服务人不是供用合同当事人",
    "no-duty-to-take-charge": "没有接手照管的义务",
    "broke-off-for-good-reason": "有正当理由中断管理",
    "broke-off-gestio": "无正当理由中断管理",
    "no-wrong-at-work": "工作人员执行工作任务没有过错",
    "rescued-from": "因保护他人受到损害，由侵权人承担",
    "rescue-beneficiary": "受益人应当给予适当补偿",
    "rescue-beneficiary-discretion": "受益人可以给予适当补偿（法院酌定）",
    "beneficiary-may-compensate": "受益人可以补偿，但无义务",
    "gestio": "无因管理",
    "owners-right-to-know": "业主的知情权",
    "no-penalty-power": "无处罚权，所收钱款应返还",
    "against-true-wishes": "管理不符合受益人真实意思",
    "negligent-instruction": "指示者应当知道而不知道，有过错",
    "labour-recipient-third-party": "接受劳务一方（提供劳务者受第三人侵害）",
    "against-the-third-party": "向第三人追偿",
    "thrower-identified": "抛掷人已查明",
    "not-proven": "损失或因果关系未能证明",
    "lawful-measure": "措施有合法依据",
    "unlawful-measure": "措施没有合法依据",
    "not-mitigated": "违约后未防止损失扩大",
    "unforeseeable": "超出订立合同时可预见的损失",
    "employer-order": "工作人员执行工作任务的行为，由用人单位负责",
    "dispatcher-at-fault": "劳务派遣单位有过错",
    "dispatcher-without-fault": "劳务派遣单位无过错",
    "worker-gross-negligence": "工作人员重大过失",
    "orderer-without-fault": "定作人无过错",
    "orderer-at-fault": "定作人有过错",
    "unqualified-employer-chosen": "明知或者应知雇主无资质或安全生产条件，与雇主连带",
    "nuisance": "超出容忍限度",
    "within-tolerance": "在容忍限度内",
    "presumed-fault": "推定过错",
    "presumption-rebutted": "推定被推翻",
    "no-signs-or-measures": "未设明显标志和安全措施",
    "signs-and-measures": "已设明显标志和安全措施",
    "property-service-contract": "违反物业服务合同",
    "repair-duty": "未履行维修义务",
    "inspection-duty": "未履行检查义务",
    "report-duty": "未制止、未报告",
    "service-as-agreed": "已按约定提供服务",
    "defective-service": "服务有瑕疵",
    "service-not-provided": "未提供服务",
    "stacker": "堆放人",
    "unauthorised-structure": "违章搭建",
    "neighbour-repairs": "相邻维修便利",
    "refused-access": "拒绝维修",
    "lessor-duty": "出租人义务",
    "instigated": "指使",
    "carried-out": "实施",
    "fair-sharing": "公平分担",
    "responsible-found": "已有人对损失承担责任，共用人不再分担",
    "contributory-fault": "受害人过错",
    "guardian-fault": "受害人的监护人未尽监护职责",
    "no-wrong-by-ward": "被监护人的行为不构成侵害",
    "no-ground": "无责任依据",
    "no-rule": "规则库中没有规则就此请求得出结论",
    "not-keeper": "非该物的维护责任人",
    "guardian": "监护人责任",
    "other-responsible": "其他责任人",
    "against-other-responsible": "向其他责任人追偿",
    "labour-recipient": "接受劳务一方的责任",
    "third-party-fault": "第三人过错",
    "against-third-party": "向第三人追偿",
    "acted-together": "共同侵权",
    "each-sufficient": "分别侵权，每人的行为均足以造成全部损害",
    "beneficiary": "避险受益人补偿",
    "nuisance-damages": "妨害超出容忍限度，赔偿损失",
    "employer-of-injured-worker": "雇员在雇佣活动中受害，雇主赔偿",
    "labour-fault-sharing": "劳务关系中按双方过错分担",
    "co-user-fair-sharing": "共用设施使用人公平分担",
    "co-user-analogy": "共用设施使用人补偿（类推适用）",
    "possible-user-court-practice": "可能加害的建筑物使用人分担（审判实践）",
    "guardian-answers": "由监护人承担责任",
    "ward-own-property": "被监护人有财产的，从本人财产中支付",
    "ward-of-full-capacity": "被监护人有完全民事行为能力",
    "falling-object": "作为管理人、所有人或使用人（过错推定）",
    "no-fault-proved": "证明无过错",
    "thrower": "抛掷人",
    "possible-user": "可能加害的建筑物使用人",
    "co-owner": "共有人：对因共有物产生的债务承担连带债务",
    "branch-company": "公司：分公司不具有法人资格，其民事责任由公司承担",
    "branch-not-liable": "公司：分公司对此不承担责任",
    "sole-shareholder": "唯一股东：不能证明公司财产独立于自己的财产，对公司债务承担连带责任",
    "company-assets-separate": "唯一股东：已证明公司财产独立于自己的财产",
    "company-not-liable": "股东：公司对此不承担责任",
    "proved-not-them": "证明不是侵权人",
    "against-the-thrower-once-found": "向查明的侵权人追偿",
    "no-safety-measures": "未采取安全保障措施",
    "safety-measures-taken": "已采取安全保障措施",
    "custodian": "作为保管人",
    "proper-custody": "作为保管人：保管无不当",
    "gratuitous-without-gross-negligence": "作为无偿保管人：无重大过失",
    "no-custody-contract": "作为保管人：无保管合同",
    "defect": "出卖人：房屋缺陷",
    "building-defect": "建筑工程质量不合格的责任者",
    "no-defect": "出卖人：无缺陷",
    "product-producer": "缺陷产品的生产者",
    "developer-builder": "建设单位、施工单位（倒塌）",
    "road-obstacle": "在公共道路上堆放、倾倒、遗撒妨碍通行物",
    "own-part": "对方责任以外的部分自行承担",
    "warranty-expired": "保修期已过",
    "common-part": "共有部分的共有人（业主共同负担维修费用）",
    "identity-card-held": "扣押居民身份证（法律禁止）",
    "lessee-duty": "承租人未妥善保管、返还租赁物",
    "confidentiality": "泄露、不正当使用缔约过程中知悉的商业秘密或者应当保密的信息",
    "government-measure": "执行政府依法实施的应急处置或者管理措施",
    "provider-refused-to-withdraw": "原物业服务人拒绝退出、移交",
    "not-yet-delivered": "房屋尚未交付买受人，物业费由建设单位交纳",
    "undisclosed-defect": "寄存人未告知保管物的瑕疵",
    "instalments-after-2021": "民法典施行后到期的部分",
    "road-manager": "公共道路管理人未尽清理、防护、警示义务",
    "duties-performed": "已尽到管理义务",
    "caused-collapse": "因其原因倒塌",
    "another-caused-collapse": "倒塌系他人原因所致",
    "no-quality-defect": "证明不存在质量缺陷",
    "collapse-keeper": "倒塌之物的所有人、管理人（推定过错）",
    "product-seller": "缺陷产品的销售者",
    "no-product-defect": "产品不存在缺陷",
    "responded-in-time": "及时处置",
    "owner-duty": "业主交费义务",
    "breach-of-rules": "违规行为",
    "common-part-misuse": "违规占用共有部分",
    "duty-performed": "已履行维护义务",
    "maintenance-skipped": "未按计划维护",
    "forbidden": "违反禁止性规定",
    "security-duty": "未尽安全保障义务",
    "security-duty-beside": "未尽安全保障义务（在直接侵权人的全部责任范围内）",
    "continuing-leak": "持续渗漏，应排除妨碍",
    "security-duty-recourse": "向第三人追偿",
    "duty-met": "已尽安全保障义务",
    "animal-keeper": "动物饲养人、管理人",
    "animal-unsafe": "违规未采取安全措施",
    "animal-forbidden": "禁止饲养的危险动物",
    "victim-provoked": "被侵权人故意或者重大过失",
    "victim-fault": "受害人过错",
}
BASIS_EN = {
    "fault": "fault",
    "neglect": "neglect",
    "danger-causer": "caused the danger",
    "justified-emergency-avoidance": "emergency avoidance",
    "excessive-avoidance": "excessive emergency measure",
    "natural-danger": "natural danger",
    "no-emergency": "no emergency",
    "property-service-duty": "emergency duty of the property service",
    "unable-to-act": "could not act",
    "did-not-know": "did not know",
    "no-fault": "no fault",
    "own-sphere": "own sphere",
    "employer": "as employer",
    "acted-for-employer": "acted for its employer",
    "not-at-work": "not done in the course of work",
    "defective-work": "the work fell short of the quality required",
    "work-as-required": "the work met the quality required",
    "remuneration": "the orderer pays for the work",
    "reputation": "infringed the person's reputation",
    "not-defamatory": "true and not insulting: no infringement of reputation",
    "personal-information": "processed personal information without consent",
    "consented": "processed with consent (separate consent for sensitive information): no infringement on that ground",
    "lawful-basis-without-consent": "a ground in law other than consent: no infringement for want of it",
    "face-gate": "face recognition the only way in: one who does not agree may require another reasonable means",
    "other-means-offered": "another reasonable way in was offered (a card): the claim fails",
    "personal-information-damages": "damages for harm from processing personal information",
    "mandatary": "the mandatary's handling caused the loss",
    "paid-mandate-no-fault": "paid mandate, the mandatary not at fault",
    "gratuitous-mandate": "gratuitous mandate, no intent or gross negligence",
    "supply-contract": "breach of the supply contract",
    "notified-in-advance": "notified in advance",
    "repaired-in-time": "repaired promptly",
    "utility-supply": "the utility's doing; the company is no party to the supply contract",
    "no-duty-to-take-charge": "no duty to take charge",
    "broke-off-for-good-reason": "broke off for good reason",
    "broke-off-gestio": "broke off without good reason",
    "no-wrong-at-work": "the worker did no wrong at work",
    "rescued-from": "harmed protecting another: the wrongdoer answers",
    "rescue-beneficiary": "the one protected must compensate appropriately",
    "rescue-beneficiary-discretion": "the one protected may compensate (at the court's discretion)",
    "beneficiary-may-compensate": "the one protected may compensate, but owes nothing",
    "gestio": "managing another's affairs without a duty",
    "owners-right-to-know": "the owners' right to be informed",
    "no-penalty-power": "no power to fine: the money is returned",
    "against-true-wishes": "against that person's true wishes",
    "negligent-instruction": "the one who instructed it ought to have known",
    "labour-recipient-third-party": "the one receiving the labour (its provider hurt by a third party)",
    "against-the-third-party": "recourse against the third party",
    "thrower-identified": "the thrower is identified",
    "not-proven": "the loss or its cause not proven",
    "lawful-measure": "the measure rested on a lawful ground",
    "unlawful-measure": "the measure had no lawful ground",
    "not-mitigated": "the victim did not mitigate",
    "unforeseeable": "beyond what was foreseeable at contracting",
    "employer-order": "its worker's act at work",
    "dispatcher-at-fault": "the dispatching agency was at fault",
    "dispatcher-without-fault": "the dispatching agency was not at fault",
    "worker-gross-negligence": "worker's gross negligence",
    "orderer-without-fault": "orderer without fault",
    "orderer-at-fault": "orderer at fault",
    "unqualified-employer-chosen": "gave the work to an employer it knew or ought to have known was unqualified: jointly with it",
    "nuisance": "beyond tolerance",
    "within-tolerance": "within tolerance",
    "presumed-fault": "presumed fault",
    "presumption-rebutted": "presumption rebutted",
    "no-signs-or-measures": "no clear signs or safety measures",
    "signs-and-measures": "clear signs and safety measures",
    "property-service-contract": "breach of the service contract",
    "repair-duty": "failed to repair",
    "inspection-duty": "failed to inspect",
    "report-duty": "failed to stop and report",
    "service-as-agreed": "services provided as agreed",
    "defective-service": "services fell short",
    "service-not-provided": "no services provided",
    "stacker": "stacked them",
    "unauthorised-structure": "unauthorised structure",
    "neighbour-repairs": "access for repairs",
    "refused-access": "refused access",
    "lessor-duty": "lessor's duty",
    "instigated": "instigated",
    "carried-out": "carried it out",
    "fair-sharing": "fair sharing",
    "responsible-found": "another is liable for the loss: the co-users share none of it",
    "contributory-fault": "victim's own fault",
    "guardian-fault": "the victim's guardian failed its duty of care",
    "no-wrong-by-ward": "the ward's act wronged no one",
    "no-ground": "no ground of liability",
    "no-rule": "no rule in the book reaches this claim",
    "not-keeper": "not the one who keeps the thing",
    "guardian": "guardian's liability",
    "other-responsible": "the other one responsible",
    "against-other-responsible": "against the other one responsible",
    "labour-recipient": "the one who received the labour",
    "third-party-fault": "a third party's fault",
    "against-third-party": "against the third party",
    "acted-together": "acted together",
    "each-sufficient": "separate acts, each sufficient",
    "beneficiary": "the one who benefited compensates",
    "nuisance-damages": "nuisance beyond tolerance, damages",
    "employer-of-injured-worker": "employer of a worker injured in the employment",
    "labour-fault-sharing": "labour between individuals, shared by fault",
    "co-user-fair-sharing": "user of the shared facility, fair sharing",
    "co-user-analogy": "user of the shared facility, compensating by analogy",
    "possible-user-court-practice": "possible user sharing the loss (court practice)",
    "guardian-answers": "its guardian answers for it",
    "ward-own-property": "a ward with property pays from it first",
    "ward-of-full-capacity": "the ward has full capacity",
    "falling-object": "as manager, owner or user (presumed fault)",
    "no-fault-proved": "proved no fault",
    "thrower": "thrower",
    "possible-user": "possible user of the building",
    "co-owner": "co-owner: jointly liable for debts arising from the common thing",
    "branch-company": "company: a branch is no legal person, its civil liability is the company's",
    "branch-not-liable": "company: its branch is not liable for it",
    "sole-shareholder": "only shareholder: jointly liable for the company's debts, not having proved the company's property separate from its own",
    "company-assets-separate": "only shareholder: proved the company's property separate from its own",
    "company-not-liable": "shareholder: the company is not liable for it",
    "proved-not-them": "proved it was not them",
    "against-the-thrower-once-found": "against the thrower once found",
    "no-safety-measures": "no safety measures",
    "safety-measures-taken": "safety measures taken",
    "custodian": "as custodian",
    "proper-custody": "as custodian: proper custody",
    "gratuitous-without-gross-negligence": "as gratuitous custodian: no gross negligence",
    "no-custody-contract": "as custodian: no custody contract",
    "defect": "seller: defect",
    "building-defect": "responsible for defective construction",
    "no-defect": "seller: no defect",
    "product-producer": "producer of a defective product",
    "developer-builder": "developer and builder (collapse)",
    "road-obstacle": "obstructed a public road",
    "own-part": "bears what the other's part does not cover",
    "warranty-expired": "the warranty had run out",
    "common-part": "co-owners of the common part (the owners bear its repair together)",
    "identity-card-held": "held an identity card (forbidden by law)",
    "lessee-duty": "the lessee failed to keep or return the leased thing",
    "confidentiality": "disclosed or misused a secret learned while negotiating a contract",
    "government-measure": "carried out a lawful government measure",
    "provider-refused-to-withdraw": "the old provider refused to withdraw",
    "not-yet-delivered": "not yet delivered to the buyer: the developer pays the fees",
    "undisclosed-defect": "the depositor did not disclose the thing's defect",
    "instalments-after-2021": "for what fell due after 2021",
    "road-manager": "road manager that failed to clear, protect or warn",
    "duties-performed": "did its duties",
    "caused-collapse": "made it collapse",
    "another-caused-collapse": "another's doing made it collapse",
    "no-quality-defect": "proved no quality defect",
    "collapse-keeper": "owner or manager of what collapsed (fault presumed)",
    "product-seller": "seller of a defective product",
    "no-product-defect": "the product was not defective",
    "responded-in-time": "responded in time",
    "owner-duty": "owner's duty to pay",
    "breach-of-rules": "breach of the rules",
    "common-part-misuse": "misuse of a common part",
    "duty-performed": "maintenance duty performed",
    "maintenance-skipped": "maintenance skipped",
    "forbidden": "forbidden act",
    "security-duty": "failed its duty of security",
    "security-duty-beside": "failed its duty of security (within the whole the doer answers for)",
    "continuing-leak": "a continuing leak, to be stopped",
    "security-duty-recourse": "against the third party",
    "duty-met": "duty of security met",
    "animal-keeper": "keeper of the animal",
    "animal-unsafe": "no safety measures, against the rules",
    "animal-forbidden": "forbidden dangerous animal",
    "victim-provoked": "victim's intent or gross negligence",
    "victim-fault": "the victim's fault",
}


def basis_label(basis: str | None, lang: str) -> str:
    if not basis:
        return ""
    table = BASIS_ZH if lang == "zh" else BASIS_EN
    return ("、" if lang == "zh" else "; ").join(table.get(b, b) for b in basis.split("+"))


def outcome_label(kind: str, degree: str | None, basis: str | None, lang: str) -> str:
    """A finding's outcome in words: the kind, what must be done where it is an order (the order is
    the answer, so it is never left to another column), and its ground in brackets."""
    text = (OUTCOME_ZH if lang == "zh" else OUTCOME_EN)[kind]
    if kind == "obligation" and degree:
        what = (DEGREE_ZH if lang == "zh" else DEGREE_EN).get(degree, degree)
        text += f"：{what}" if lang == "zh" else f": {what}"
    if basis:
        b = basis_label(basis, lang)
        text += f"（{b}）" if lang == "zh" else f" ({b})"
    return text


class ArticleInfo(_Out):
    id: str
    law: str
    law_zh: str
    law_en: str
    number: int
    title_zh: str
    title_en: str
    text_zh: str | None
    gloss_en: str | None
    checked: bool
    wording: Literal["official", "third-party", "inferred", "missing"] = Field(
        "official", description="how the wording came into the library: official text; a third-party copy; inferred from another version; missing"
    )
    in_force: dt.date
    ends: dt.date | None


class Premise(_Out):
    """A fact a derivation used: an input fact (with where it is in the file) or a derived one."""

    kind: Literal["input", "derived"]
    fact: dict
    path: str | None = None  # for input facts: e.g. "events.1"
    tested: list[str] = Field(default_factory=list)  # the fields the rule's pattern tested
    derivations: list[int] = Field(default_factory=list)  # for derived facts: the derivations that concluded it


class Derivation(_Out):
    id: int
    rule: str
    doctrine: str
    provisions: list[str]
    articles: list[str]
    law_date: dt.date
    premises: list[Premise]
    concludes: list[dict]
    zh: str
    en: str


class Finding(_Out):
    party: str
    harm: str
    kind: OutcomeKind
    degree: str | None = None
    share: Decimal | None = None  # percent, only where the law or the facts give a number
    amount: Decimal | None = None
    against: str | None = None  # for recourse
    basis: str | None = None
    presumed: bool = False
    rebuttal: str | None = None
    articles: list[str]
    derivations: list[int]


class Question(_Out):
    fact: str  # path of the unknown fact, e.g. "events.leak.fault"
    party: str | None
    harm: str | None
    about: str | None = None  # the event or relationship the fact belongs to
    derivations: list[int]


class ShareLine(_Out):
    party: str
    kind: OutcomeKind
    degree: str | None
    share: Decimal | None
    amount: Decimal | None
    alongside: bool = Field(
        False,
        description="a liability on another ground beside the others (e.g. a company's to its client under the service contract, beside the wrongdoer's in tort), not a share of theirs",
    )


class Allocation(_Out):
    harm: str
    victim: str
    amount: Decimal | None
    lines: list[ShareLine]
    articles: list[str]
    zh: str
    en: str
    decided: bool
    already_paid: Decimal | None = None  # sums the victim has received for it (insurer, advance): deducted
    outstanding: Decimal | None = None  # the amount less what was already paid, where both are known


class TimeLawStep(_Out):
    rule: str
    doctrines: list[str]
    law_date: dt.date  # the date whose law governs these doctrines
    article: str | None  # the transitional article that chose it (None: the general principle)
    zh: str
    en: str


class Alternative(_Out):
    """The outcome a court could reach in its discretion under another article (e.g. SPCTE art. 2)."""

    article: str | None
    zh: str
    en: str
    changes: list["ChangeOut"]


class TimeLawFinding(_Out):
    facts_date: dt.date
    decided_on: dt.date
    steps: list[TimeLawStep]
    alternatives: list[Alternative] = Field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return [s.article for s in self.steps if s.article]


class Blocked(_Out):
    """A rule not applied: its conditions matched, its norm did not govern on the date."""

    rule: str
    provision: str
    law_date: dt.date
    parties: list[str] = Field(default_factory=list)  # the parties its matched facts concern
    harms: list[str] = Field(default_factory=list)  # the harms its matched facts concern
    zh: str
    en: str


class ChangeOut(_Out):
    party: str
    harm: str
    kind: OutcomeKind
    degree: str | None
    gained: bool


def shown_value(value: bool | str) -> str:
    """A fact's value as the file writes it: true, false, or the chosen member (limited)."""
    return value if isinstance(value, str) else ("true" if value else "false")


class LeadOut(_Out):
    """Setting `fact` to `value` would change the decision as `changes` say."""

    fact: str
    value: bool | str  # true or false; a choice for a fact of several values (a capacity: full, limited, none)
    status: Literal["decided", "open"]
    changes: list[ChangeOut]


Alternative.model_rebuild()


class SimilarCase(_Out):
    """A reported judgment like this incident (liability.similar), with what matched."""

    name: str
    court: str
    date: str
    source: str | None
    score: float
    matched: list[str]
    held: list[str]
    figures: list[str]
    summary_zh: str | None = None
    summary_en: str | None = None


class Estimate(_Out):
    """Where the law gives no number: the share courts fixed for the same finding in the corpus — an
    estimate from precedent, never the law's answer (liability.similar)."""

    party: str
    harm: str
    key: str  # the finding's kind and family of ground, e.g. pays/manager-failure
    low: Decimal
    median: Decimal
    high: Decimal
    n: int
    cases: list[str]
    amount: Decimal | None = None  # the harm's amount at the median share, where the amount is known


class RecoveryPart(_Out):
    party: str
    amount: Decimal | None  # None: the whole, jointly with the others ("joint"), or not quantified ("open")
    source: Literal["law", "estimate", "joint", "within", "open"]  # within: a part inside another's whole (a contract beside a tort)
    unreachable: bool = False  # the party cannot be found or cannot pay (parties.X.reachable = false): not recoverable in fact
    members: int | None = None  # the households or persons a collective party stands for (parties.X.members)
    per_member: Decimal | None = None  # its sum per household or person, where the sum is known


class Recovery(_Out):
    """What the victim can recover for one harm with an amount, and from whom: sums from the law's
    shares, sums at the median of the courts' figures where the law gives none (marked), the part the
    victim keeps, what it has already received."""

    harm: str
    victim: str
    amount: Decimal
    parts: list[RecoveryPart]
    victim_part: Decimal | None  # None where a part is open or joint; what the victim is left with in fact (unreachable parties' sums included)
    estimated: bool
    already_paid: Decimal | None = None


class SetFact(_Out):
    """One fact a what-if changed: its path, the value in the file, the value assumed."""

    fact: str
    was: Any
    now: Any


class WhatIf(_Out):
    """This assessment is a what-if, not the facts as entered: the facts changed, and how the
    decision differs from the one on the file's own facts."""

    set: list[SetFact]
    changes: list[ChangeOut]
    original_status: Literal["decided", "open"]


class Assessment(_Out):
    title: str | None
    date: dt.date
    status: Literal["decided", "open"]
    time_law: TimeLawFinding
    names: dict[str, str]  # id -> display name, for parties, things, events and harms
    findings: list[Finding]
    allocations: list[Allocation]
    questions: list[Question]
    derivations: list[Derivation]
    blocked: list[Blocked]
    articles: dict[str, ArticleInfo]
    leads: list[LeadOut] | None = None  # what to investigate next (None: not computed)
    similar: list[SimilarCase] | None = None  # reported judgments like it (None: not looked up)
    estimates: list[Estimate] | None = None  # shares from precedent where the law gives none (None: not looked up)
    recovery: list[Recovery] | None = None  # what the victim can recover, from whom (None: not looked up)
    what_if: WhatIf | None = None  # set only where facts were changed for a what-if (liability.what_if)

    def findings_for(self, party: str) -> list[Finding]:
        return [f for f in self.findings if f.party == party]
