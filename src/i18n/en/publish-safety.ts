// Publishing safely: shallow clones, locks, interrupted runs, symlinked output folders.
export const messages: Record<string, string> = {
  'publish.shallowWarning': 'Note: this is a shallow clone; commits before {boundary} are not here, so the change log may lack commit details (manifest.json says source.history "shallow"). For a complete publication set fetch-depth: 0 in actions/checkout (GitLab CI: GIT_DEPTH: 0), or run git fetch --unshallow first',
  'publish.locked': 'Another powers publish (process {pid} on host {host}) is publishing into {dir}; refusing to publish at the same time. Try again when it has finished. If you are sure no publish is running (e.g. that process no longer exists), delete the lock file {lock}.',
  'publish.outLinkDangling': 'The output {dir} is a symbolic link to a folder that does not exist; refusing to publish. Create the folder it points to, or choose another with --out / --internal-out.',
  'publish.interrupted': 'Publishing was interrupted by {signal}: the temporary files were removed and the previous output is unchanged.',
  'publish.recovered': 'Note: the previous publish did not finish (its process was killed); {count} temporary folders or half-done swaps it left were cleaned up, and the outputs are back to the last complete publication.',
};
