/** Scale messages (en): locating in very large files, overlap groups, sharding, the search page. */
export const messages: Record<string, string> = {
  'locate.approximate': ' (file too large to locate line by line; reported on line 1)',
  'overlap.sameNameMany': 'same power as {count} powers of {departments} other departments hold (overlap), e.g. {others}; coordinate responsibilities',
  'validate.opt.shard': 'check and report on slice i of n only (e.g. 2/4), for sharded CI on large registries; cross-file rules still see the whole registry',
  'validate.badShard': 'bad --shard value "{value}": write i/n, e.g. 2/4 (1 ≤ i ≤ n)',
};
