/** Legal-depth rules (zh): time units, the clearance workflow, who sets and exercises a power, 责任清单. */
export const messages: Record<string, string> = {
  // rule titles and descriptions
  'rule.time-unit.title': '时限单位',
  'rule.time-unit.description': '时限按法律规定的单位计算：行政许可按工作日（行政许可法第八十二条）；行政处罚只有二日、三日、五日、七日按工作日，其他按日（行政处罚法第八十五条）；行政强制十日以内按工作日，十日以上按日（行政强制法第六十九条）。',
  'rule.status-dates.title': '状态与日期',
  'rule.status-dates.description': '日期与办理状态相符、前后顺序正确（申报≤审核≤公示≤备案≤公布），已发生的日期不晚于今天，变更的说明和重新公布不早于变更本身。',
  'rule.review-period.title': '审核与公示期限',
  'rule.review-period.description': '公示不少于 7 个工作日；法制办在收到申报后 15 个工作日内提出审核意见；按国务院公布的节假日安排计算工作日。',
  'rule.internal-reason.title': '内部公开的理由',
  'rule.internal-reason.description': '只有仅涉及本单位内部管理的事项才内部公开；对外权力只在内部公开的，须写明理由（凡无保密依据的，均要予以公开）。',
  'rule.withhold-expiry.title': '暂不宜公开的期限',
  'rule.withhold-expiry.description': '暂不宜公开的职权须写明暂不公开的截止日期；到期后须予以公开或重新审查。',
  'rule.basis-authority.title': '设定权',
  'rule.basis-authority.description': '对外权力须有法律、法规或规章依据，三定规定不够；行政许可须有法律、行政法规、地方性法规或地方政府规章依据（行政许可法第十四条至第十七条）；行政强制须有法律或法规依据（行政强制法第十条、第十一条）。',
  'rule.delegation-basis.title': '委托与授权',
  'rule.delegation-basis.description': '授权须有法律、行政法规或地方性法规依据；委托须写明委托机关；实施主体是受委托或被授权的组织，不是本部门自己。',
  'rule.joint-power.title': '共有职权',
  'rule.joint-power.description': '共有职权中协办的须写明主办权力的编码，该权力须在另一个部门、角色为主办。',
  'rule.responsibility.title': '责任清单',
  'rule.responsibility.description': '除内部管理事项外，每项权力都须有责任清单：至少一条责任事项和一条追责情形，责任岗位须是本部门的岗位。',

  // time-unit
  'time-unit.licenceDays': '行政许可的期限以工作日计算（行政许可法第八十二条：“本法规定的行政许可实施期限以工作日计算，不含法定节假日”），时限单位应为“工作日”，不能是“日”',
  'time-unit.penaltyWorkdays': '行政处罚法第八十五条：“本法中‘二日’‘三日’‘五日’‘七日’的规定是指工作日，不含法定节假日”；法定时限 {days} 不是其中之一，应按“日”（自然日）计算，如第六十条的九十日',
  'time-unit.penaltyShortDays': '行政处罚法第八十五条：“本法中‘二日’‘三日’‘五日’‘七日’的规定是指工作日，不含法定节假日”；法定时限 {days} 日应按“工作日”计算',
  'time-unit.coerciveWorkdays': '行政强制法第六十九条：“本法中十日以内期限的规定是指工作日，不含法定节假日”；法定时限 {days} 超过十日，应按“日”（自然日）计算',
  'time-unit.coerciveShortDays': '行政强制法第六十九条：“本法中十日以内期限的规定是指工作日，不含法定节假日”；法定时限 {days} 日在十日以内，应按“工作日”计算',

  // status-dates
  'status-dates.missing': '办理状态是“{status}”，但没有填写{field|dateField}（{field}）：已备案的须有备案日期，已公布的须有备案日期和公布日期（“未公布的非涉密行政权力一律不得实施”，公布须先备案）',
  'status-dates.order': '{field|dateField}（{date}）早于{earlier|dateField}（{earlierDate}）：清理登记依次为申报（“由主要负责人签署意见后……申报”）、审核、公示、备案、公布，后一步的日期不能早于前一步',
  'status-dates.future': '{field|dateField}（{date}）晚于今天（{today}）：申报、审核、公示、备案、公布都是已经发生的事，不能填将来的日期（“经确认并由主要负责人签署意见后……申报”）',
  'status-dates.beforeChange': '{field|dateField}（{date}）早于变更日期（{changeDate}）：变更发生后才能“向原备案机关作出说明”并重新公布',

  // field names in status-dates messages
  'dateField.declared': '申报日期',
  'dateField.reviewed': '审核日期',
  'dateField.publicityFrom': '公示开始日期',
  'dateField.publicityTo': '公示结束日期',
  'dateField.filed': '备案日期',
  'dateField.published': '公布日期',
  'dateField.withholdReviewed': '不予公开审查日期',
  'dateField.changeExplained': '变更说明日期',
  'dateField.changePublished': '变更重新公布日期',

  // review-period
  'review-period.shortPublicity': '公示期 {from} 至 {to} 只有 {days} 个工作日，少于 {min} 个工作日（“公示时间不得少于7个工作日”；工作日按国务院公布的节假日安排计算）',
  'review-period.lateReview': '法制办于 {reviewed} 提出审核意见，晚于申报（{declared}）后 {days} 个工作日的期限 {due}（“收到申报材料后15个工作日内……进行审核”）',
  'review-period.withheldPublicity': '不予公开的职权不公示（“经审核后的行政权力事项……（依法不予公开的除外）……公示”）；请删除 review.publicity',

  'calendar-coverage.missingSpan': '计算{span|reviewSpan}（{from} 至 {to}）的工作日需要 {years} 年的工作日历，但尚未收录{notices}；通知发布后请录入登记册的 {files}',
  'reviewSpan.publicity': '公示期',
  'reviewSpan.review': '审核期限',
  // internal-reason
  'internal-reason.missing': '“{category}”是对外权力，只在内部公开须写明理由（disclosure.reason）：“对应当让领导班子或单位内部人员知情的，应在领导班子或单位内部公开”，凡无保密依据的，均要予以公开',
  'internal-reason.placeholder': '内部公开的理由不能只写“{reason}”：请写明为什么这项对外权力只在单位内部公开（“凡无保密依据的，均要予以公开”）',

  // withhold-expiry
  'withhold-expiry.noUntil': '暂不宜公开的职权须写明暂不公开的截止日期（disclosure.withhold.until）：暂不宜公开只是一时不公开，到期后须公开或重新审查（“凡无保密依据的，均要予以公开”）',
  'withhold-expiry.expired': '暂不公开的期限已于 {until} 届满（今天 {today}）：这项职权现在须予以公开，或由公开办重新审查后改写截止日期（“凡无保密依据的，均要予以公开”）',

  // basis-authority
  'basis-authority.external': '对外行使的“{category}”至少要有一部法律、法规或规章作依据（印证一：“法律、法规和规章”）；三定规定只确定机构职能，不能设定对外权力（现有依据：{levels}）',
  'basis-authority.licence': '行政许可只能由法律、行政法规、地方性法规或地方政府规章设定，部门规章和其他规范性文件不得设定行政许可（行政许可法第十四条至第十七条）；现有依据：{levels}',
  'basis-authority.coercive': '行政强制措施只能由法律、行政法规或地方性法规设定，其他规范性文件不得设定（行政强制法第十条、第十一条）；现有依据：{levels}',

  // delegation-basis
  'delegation-basis.unknownLaw': '委托或授权的依据“{law}”不在依据库中：委托、授权须有依据（清理“委托、授权其他单位(组织)行使的行政职权”）',
  'delegation-basis.repealedLaw': '委托或授权的依据“{law}”已于 {repealed} 废止：“凡无合法依据的，应予以废止”',
  'delegation-basis.authorisationLevel': '授权只能由法律、行政法规或地方性法规作出（“法律、法规授权的具有管理公共事务职能的组织”，行政许可法第二十三条、行政处罚法第十九条）；“{law}”是{level}，不能授权，可改为委托',
  'delegation-basis.noBy': '委托须写明委托机关（delegation.by）：受委托组织在委托范围内以委托机关的名义实施（行政许可法第二十四条、行政处罚法第二十条）',
  'delegation-basis.subjectIsDepartment': '实施主体写的是本部门“{subject}”，但本项权力由{type}的组织行使：实施主体应写受委托或被授权的组织（清理“委托、授权其他单位(组织)行使的行政职权”）',
  'delegation-basis.byIsSubject': '委托机关与实施主体都是“{subject}”：实施主体应写受委托的组织，委托机关写作出委托的行政机关（受委托组织“以委托行政机关名义”实施，行政许可法第二十四条）',

  // joint-power
  'joint-power.noLead': '共有职权中协办的，须在 lead 写明主办部门那项权力的编码（清理范围包括“共有职权”和“协助、配合其他部门实施行政执法行为的职权”）',
  'joint-power.leadWithoutRole': '写了主办权力编码（lead），但本项权力的角色不是“协办”：协办的写 role: 协办，否则删除 lead（“协助、配合其他部门实施行政执法行为的职权”才有主办）',
  'joint-power.unknownLead': '主办权力“{lead}”不在登记册中：协办须指向另一个部门登记的主办权力（“协助、配合其他部门实施行政执法行为的职权”）',
  'joint-power.sameDepartment': '主办权力“{lead}”在本部门：协办是“协助、配合其他部门实施行政执法行为”，主办须是另一个部门的权力',
  'joint-power.leadNotMain': '“{lead}”的角色不是主办（现为“{role}”）：协办所指向的权力须写 role: 主办（共有职权须明确“主要执法主体”）',

  // responsibility
  'responsibility.missing': '“{category}”须有责任清单（responsibility）：写明各环节的责任事项（duties）和追责情形（accountability）（“认真落实好权力清单、责任清单……公开工作”；“确定相应的责任和追究形式”）',
  'responsibility.unknownPost': '责任岗位“{post}”不是本部门 department.yaml 中的岗位（责任须落实到岗位：“明确防控责任”）',

  // extended rules
  'discretion-range.outsideStatute': '裁量基准第 {row} 档（{min}–{max}{unit}）超出“{law}”{article}规定的幅度 {lawMin}–{lawMax}{lawUnit}：裁量基准只能在法定的种类和幅度内细化（“规范行政裁量”）',
  'basis-superior.wrongOwner': '上级职能“{id}”属于“{owner}”，既不是本级政府（{government}）也不是本部门的上级主管部门（{superior}）：印证四须与“本级政府或上级主管部门职能”相印证',

  // review deadlines (powers deadlines, change-deadline)
  'change-deadline.overdue.review': '申报（{from}）后法制办应在 {due} 前提出审核意见（{days} 个工作日），已逾期',
};
