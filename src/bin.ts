// Entry point of bin/powers.js: run main on the real process and set the exit code.
import { main } from './cli.js';
import { processIo } from './io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
