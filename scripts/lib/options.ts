/** A script's command-line options, read the same way by every script of the project. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The parsed options, or the exit code once the usage is printed: 0 after `--help`, 2 after an
 * unknown or malformed option (with what was wrong above the usage).
 */
export function readOptions<const T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
