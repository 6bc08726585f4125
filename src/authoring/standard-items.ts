// The standard 责任清单 items (fact 18) and flow stages of each category: what `powers new --yes`
// and `powers init` start a clerk with, for the clerk to refine. One table, one entry a category.
import type { Category } from '../registry/model.js';

/** One category's standard items. */
export interface StandardItems {
  /** 责任事项 per stage, in order. */
  duties: { stage: string; duty: string }[];
  /** 追责情形. */
  accountability: string[];
  /** The stages a flow has by default (a subset of the duty stages). */
  steps: string[];
}

const COMMON_ACCOUNTABILITY = ['滥用职权、玩忽职守、徇私舞弊的', '索取或者收受他人财物、谋取其他利益的'];

export const STANDARD_ITEMS: Record<Exclude<Category, '内部管理'>, StandardItems> = {
  行政许可: {
    duties: [
      { stage: '受理', duty: '依法受理或者不予受理申请，不予受理的一次性告知理由和所需材料' },
      { stage: '审查', duty: '对申请材料进行审查，需要现场核查的组织核查' },
      { stage: '决定', duty: '在法定期限内作出准予或者不予许可的决定，不予许可的说明理由' },
      { stage: '送达', duty: '依法送达许可决定和证件' },
      { stage: '事后监管', duty: '对被许可人从事许可事项的活动进行监督检查' },
    ],
    accountability: ['对符合法定条件的申请不予受理或者不在法定期限内作出决定的', '对不符合法定条件的申请人准予许可的', ...COMMON_ACCOUNTABILITY],
    steps: ['受理', '审查', '决定', '送达'],
  },
  行政处罚: {
    duties: [
      { stage: '立案', duty: '对发现的违法行为依法立案' },
      { stage: '调查', duty: '全面、客观、公正地调查取证，执法人员不少于两人并出示执法证件' },
      { stage: '审查', duty: '对案件事实、证据、依据和处罚建议进行法制审核' },
      { stage: '告知', duty: '告知当事人拟作出处罚的事实、理由、依据及陈述、申辩和听证的权利' },
      { stage: '决定', duty: '依法作出处罚决定，重大案件集体讨论决定' },
      { stage: '送达', duty: '依法送达行政处罚决定书' },
      { stage: '执行', duty: '监督当事人履行处罚决定，依法申请强制执行' },
    ],
    accountability: ['没有法定依据或者违反法定程序实施处罚的', '擅自改变处罚种类、幅度的', ...COMMON_ACCOUNTABILITY],
    steps: ['立案', '调查', '审查', '告知', '决定', '送达'],
  },
  行政强制: {
    duties: [
      { stage: '审批', duty: '实施前向行政机关负责人报告并经批准' },
      { stage: '实施', duty: '由两名以上执法人员实施，出示执法证件，通知当事人到场并制作现场笔录' },
      { stage: '决定', duty: '依法作出强制措施或者强制执行决定并告知理由、依据和救济途径' },
      { stage: '解除', duty: '对不再需要采取强制措施的情形及时解除' },
    ],
    accountability: ['违法实施查封、扣押、冻结等强制措施的', '扩大强制措施对象、范围的', ...COMMON_ACCOUNTABILITY],
    steps: ['审批', '实施', '决定', '解除'],
  },
  行政征收: {
    duties: [
      { stage: '核定', duty: '依法核定征收对象、范围和标准' },
      { stage: '告知', duty: '告知缴纳义务人征收依据、标准和期限' },
      { stage: '征收', duty: '按规定的标准征收并出具合法票据' },
      { stage: '事后监管', duty: '对征收资金的管理和使用情况进行监督' },
    ],
    accountability: ['违法擅自设立征收项目或者提高征收标准的', '截留、挪用征收款项的', ...COMMON_ACCOUNTABILITY],
    steps: ['核定', '告知', '征收'],
  },
  行政给付: {
    duties: [
      { stage: '受理', duty: '依法受理给付申请，一次性告知所需材料' },
      { stage: '审核', duty: '对申请人条件进行审核，必要时入户调查' },
      { stage: '公示', duty: '对拟给付对象予以公示' },
      { stage: '决定', duty: '作出给付或者不予给付的决定并说明理由' },
      { stage: '发放', duty: '按标准及时足额发放' },
    ],
    accountability: ['对符合条件的申请人不予给付的', '对不符合条件的申请人违规给付的', ...COMMON_ACCOUNTABILITY],
    steps: ['受理', '审核', '决定', '发放'],
  },
  行政检查: {
    duties: [
      { stage: '计划', duty: '制定检查计划，随机抽取检查对象和执法人员' },
      { stage: '检查', duty: '两名以上执法人员实施检查，出示执法证件，制作检查记录' },
      { stage: '处理', duty: '对检查发现的问题依法处理或者移送' },
      { stage: '公开', duty: '依法公开检查结果' },
    ],
    accountability: ['不按计划或者超越职权实施检查的', '对检查发现的违法行为不依法处理的', ...COMMON_ACCOUNTABILITY],
    steps: ['计划', '检查', '处理'],
  },
  行政确认: {
    duties: [
      { stage: '受理', duty: '依法受理确认申请，一次性告知所需材料' },
      { stage: '审查', duty: '对申请材料的真实性、合法性进行审查' },
      { stage: '决定', duty: '依法作出确认或者不予确认的决定' },
      { stage: '送达', duty: '依法送达确认文书或者证件' },
    ],
    accountability: ['对符合条件的申请不予确认的', '对不符合条件的申请予以确认的', ...COMMON_ACCOUNTABILITY],
    steps: ['受理', '审查', '决定', '送达'],
  },
  行政奖励: {
    duties: [
      { stage: '推荐', duty: '依照规定的条件和程序组织推荐或者申报' },
      { stage: '审核', duty: '对推荐对象进行审核' },
      { stage: '公示', duty: '对拟奖励对象予以公示' },
      { stage: '决定', duty: '依法作出奖励决定并兑现' },
    ],
    accountability: ['违反规定的条件和程序实施奖励的', ...COMMON_ACCOUNTABILITY],
    steps: ['推荐', '审核', '公示', '决定'],
  },
  行政裁决: {
    duties: [
      { stage: '受理', duty: '依法受理裁决申请' },
      { stage: '审理', duty: '听取双方陈述，调查核实证据' },
      { stage: '裁决', duty: '依法作出裁决并说明理由' },
      { stage: '送达', duty: '依法送达裁决书' },
    ],
    accountability: ['对符合条件的申请不予受理的', '违反法定程序作出裁决的', ...COMMON_ACCOUNTABILITY],
    steps: ['受理', '审理', '裁决', '送达'],
  },
  其他行政权力: {
    duties: [
      { stage: '受理', duty: '依法受理申请或者启动程序' },
      { stage: '审查', duty: '依法审查' },
      { stage: '决定', duty: '依法作出决定' },
      { stage: '送达', duty: '依法送达有关文书' },
    ],
    accountability: ['不依法履行职责的', ...COMMON_ACCOUNTABILITY],
    steps: ['受理', '审查', '决定', '送达'],
  },
};

/** The standard stages of a flow for a category (内部管理 has none of its own). */
export function standardSteps(category: Category): string[] {
  return category === '内部管理' ? ['办理', '审核', '决定'] : STANDARD_ITEMS[category].steps;
}

/** Splits `total` days over `n` steps, each at least 1 when it can be, the rest front-loaded. */
export function spreadDays(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}
