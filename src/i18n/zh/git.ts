/** git messages (zh). */
export const messages: Record<string, string> = {
  'git.notInstalled': '找不到 git 命令：请先安装 git（--changed、diff、history 需要它）',
  'git.failed': 'git 执行失败（git {args}）：{detail}',
  'git.noBase': '找不到比较基准：请写明版本，如 --changed origin/main',
};
