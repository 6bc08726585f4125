/** Scale messages (en): locating in very large files, overlap groups, sharding, the search page. */
export const messages: Record<string, string> = {
  'locate.approximate': ' (file too large to locate line by line; reported on line 1)',
  'overlap.sameNameMany': 'same power as {count} powers of {departments} other departments hold (overlap), e.g. {others}; coordinate responsibilities',
};
