/** Scale messages (zh): locating in very large files, overlap groups, sharding, the search page. */
export const messages: Record<string, string> = {
  'locate.approximate': '（文件过大且格式特殊，未逐行定位，位置记在第 1 行）',
  'overlap.sameNameMany': '与其他 {departments} 个部门的 {count} 项职权同名（交叉重叠），如：{others}；请与相关部门协调明确职责',
  'validate.opt.shard': '只检查并报告第 i 份（共 n 份，如 2/4）：大型登记册在 CI 中分片并行校验；跨文件规则仍对照整个登记册',
  'validate.badShard': '--shard 的值“{value}”不对：应写成 i/n，如 2/4（1 ≤ i ≤ n）',
};
