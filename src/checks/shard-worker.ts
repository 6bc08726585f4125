// A worker thread that checks one shard of a large registry (see validate.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { setLang } from '../i18n/index.js';
import { checkShard, type ShardRequest } from './validate.js';

const request = workerData as ShardRequest;
setLang(request.lang);
try {
  const { result } = await checkShard(request.root, request.entries, {
    ...request.options,
    reportOn: request.reportOn,
    skipRegistryRules: true,
  });
  parentPort?.postMessage({ ok: true, result });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
