/** publish messages (en). */
export const messages: Record<string, string> = {
  'publish.description': 'Publish the catalogue: the public catalogue (site/), the internal catalogue and the list of withheld powers (internal/)',
  'publish.opt.out': 'output folder of the public catalogue (default: site in the current folder)',
  'publish.opt.internalOut': 'output folder of the internal catalogues (default: internal in the current folder)',
  'publish.opt.force': 'publish even when the registry has validation errors (every page and manifest.json are marked)',
  'publish.refused': 'The registry has {errors} validation error(s): publishing refused, nothing written. Run powers validate to see and fix them, or add --force to publish anyway (pages will carry a warning).',
  'publish.forcedWarning': 'Warning: the registry has {errors} validation error(s) and was published with --force; every page carries a warning banner and manifest.json has forced: true.',
  'publish.done': 'Published: public catalogue, {sitePowers} powers ({siteFiles} files) → {site}\n           internal catalogue, {internalPowers} powers; withheld list, {withheld} ({internalFiles} files) → {internal}',
  'publish.commit': 'Source commit: {commit}',
  'publish.warnings': '{warnings} validation warning(s) (publishing not affected; run powers validate to see them)',
  'publish.progress': 'Publishing',
  'publish.validating': 'Validating the registry…',
  'publish.targetNotDir': 'The output {dir} exists and is not a folder: refusing to overwrite it. Choose another --out / --internal-out.',
  'publish.targetNotOurs': 'The output folder {dir} is not empty and was not published by powers (no manifest.json): refusing to replace it. Choose a new folder or empty it first.',
  'publish.sameOutputs': 'The public and internal outputs must be different folders, neither inside the other: {out} and {internal}.',
  'publish.outputHoldsRegistry': 'The output folder {dir} contains the registry {root}; publishing would replace it. Choose another output folder.',
};
