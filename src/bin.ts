// Entry point of bin/powers.js: run main on the real process and set the exit code.
import { main } from './cli.js';
import { setLang, t } from './i18n/index.js';
import { processIo } from './io.js';

/** Whether the working directory still exists (process.cwd() throws `uv_cwd` once it is deleted). */
function hasCwd(): boolean {
  try {
    process.cwd();
    return true;
  } catch {
    return false;
  }
}

const argv = process.argv.slice(2);
if (hasCwd()) {
  process.exitCode = await main(argv, processIo());
} else {
  const lang = argv.join(' ').match(/--lang[= ](en|zh)/)?.[1] ?? process.env.POWERS_LANG;
  setLang(lang === 'en' ? 'en' : 'zh');
  process.stderr.write(`${t('cli.cwdGone')}\n`);
  process.exitCode = 2;
}
