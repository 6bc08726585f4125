// Publishing safely: shallow clones, locks, interrupted runs, symlinked output folders.
export const messages: Record<string, string> = {
  'publish.shallowWarning': '注意：这是浅克隆，{boundary} 之前的提交不在本地，变更记录页上的提交信息可能不全（manifest.json 中 source.history 为 "shallow"）。完整发布请在 actions/checkout 中设置 fetch-depth: 0（GitLab CI：GIT_DEPTH: 0），或先运行 git fetch --unshallow',
};
