/** git messages (en). */
export const messages: Record<string, string> = {
  'git.notInstalled': 'git not found: install git (--changed, diff and history need it)',
  'git.failed': 'git failed (git {args}): {detail}',
  'git.noBase': 'no revision to compare with: name one, e.g. --changed origin/main',
};
