// SPEC §7: a file that looks meant for the registry but lies where nothing reads it (a power saved
// as .yaml.txt, outside powers/, an office document among the powers, a symbolic link) is
// reported, so that a clerk's new power never just disappears. The loader's scan finds them.
import type { Finding, Rule } from './types.js';

export const rule: Rule = {
  id: 'stray-file',
  scope: 'registry',
  severity: 'warning',
  run({ registry }) {
    return (registry.strays ?? []).map((s): Finding => ({
      rule: 'stray-file', file: s.rel, path: [], data: { file: s.rel, ...s.data },
      message: s.reason === 'symlink' && s.data.where === 'outside' ? 'stray-file.symlinkOutside' : `stray-file.${s.reason}`,
      position: { line: 1, column: 1 }, code: null,
    }));
  },
};
