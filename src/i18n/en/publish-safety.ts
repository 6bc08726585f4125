// Publishing safely: shallow clones, locks, interrupted runs, symlinked output folders.
export const messages: Record<string, string> = {
  'publish.shallowWarning': 'Note: this is a shallow clone; commits before {boundary} are not here, so the change log may lack commit details (manifest.json says source.history "shallow"). For a complete publication set fetch-depth: 0 in actions/checkout (GitLab CI: GIT_DEPTH: 0), or run git fetch --unshallow first',
};
