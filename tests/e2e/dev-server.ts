/**
 * Starts `astro dev` on a free port in a throw-away copy of the project (a fresh
 * clone: no .astro/, no dist/), so a test can add, break and fix content files while
 * the preview runs, exactly as a trainer would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface DevServer {
  root: string;
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Copies the project to a temp folder and starts the dev server there; resolves once it answers. */
export async function startDevServer(): Promise<DevServer> {
  const root = mkdtempSync(join(tmpdir(), 'pc-dev-'));
  for (const name of COPIED) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const port = await freePort();
  let log = '';
  // The same script a trainer runs, on the chosen port (the script may add steps before astro dev).
  const child: ChildProcess = spawn(
    'npm',
    ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1', '--strictPort'],
    {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      detached: true,
    },
  );
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    if (/Local\s+http/.test(log)) {
      try {
        await fetch(`${url}/__content-problems.json`);
        break;
      } catch {
        // not listening yet
      }
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    root,
    url,
    output: () => log,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
