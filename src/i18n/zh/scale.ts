/** Scale messages (zh): locating in very large files, overlap groups, sharding, the search page. */
export const messages: Record<string, string> = {
  'locate.approximate': '（文件过大且格式特殊，未逐行定位，位置记在第 1 行）',
};
