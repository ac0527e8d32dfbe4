/** `astro preview` of a built site on 127.0.0.1 and a free port, for tests and scripts. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves `env.KULTURBRO_OUT_DIR` (or dist/). `--ignore-lock` because Astro 7 otherwise refuses a
 * second preview server of the same project, and tests run several side by side.
 */
export async function startPreview(env: NodeJS.ProcessEnv = process.env): Promise<PreviewServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`astro preview did not answer within 30 s:\n${output}`);
    const up = await fetch(`${url}/`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
