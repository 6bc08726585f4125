// Publishing safely: shallow clones, locks, interrupted runs, symlinked output folders.
export const messages: Record<string, string> = {
  'publish.shallowWarning': '注意：这是浅克隆，{boundary} 之前的提交不在本地，变更记录页上的提交信息可能不全（manifest.json 中 source.history 为 "shallow"）。完整发布请在 actions/checkout 中设置 fetch-depth: 0（GitLab CI：GIT_DEPTH: 0），或先运行 git fetch --unshallow',
  'publish.locked': '另一个 powers publish（进程 {pid}，主机 {host}）正在向 {dir} 发布，拒绝同时发布。请等它结束后再试。如果确认没有发布在进行（例如该进程已不存在），可以删除锁文件 {lock}。',
  'publish.outLinkDangling': '输出位置 {dir} 是一个指向不存在目录的符号链接，拒绝发布。请先创建链接指向的目录，或用 --out / --internal-out 指定其他目录。',
  'publish.interrupted': '发布被信号 {signal} 中断：临时文件已删除，原有的输出目录未改动。',
  'publish.recovered': '注意：上一次发布未正常结束（进程被终止），已清理它留下的 {count} 个临时目录或未完成的替换，输出目录已恢复到上一次完整发布的状态。',
};
