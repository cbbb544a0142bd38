/**
 * A static server for one built site that a spec can stop and start again, on the same port, serving
 * another build: what a learner's phone sees when the signal goes (server stopped: the service worker's own
 * fetches fail too, which `context.setOffline` does not do) and when a new version is deployed. It serves as
 * a static host does: `x/` from `x/index.html`, unknown paths with 404.html and status 404, and `sw.js`
 * never from the HTTP cache.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

export class SiteServer {
  private server: Server | undefined;
  port = 0;

  /** Starts serving `site` (on the port of the previous start, or a free one the first time). */
  async start(site: string): Promise<string> {
    await this.stop();
    const root = resolve(site);
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) file = join(root, '404.html');
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      const found = existsSync(file);
      const body = readFileSync(found ? file : join(root, '404.html'));
      res.writeHead(found ? 200 : 404, {
        'content-type': TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    });
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ok());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  /** Stops answering at once: open connections are cut, as when the signal drops. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
/** Not copied: build output, caches, test output, the packages (linked instead). */
const SKIP = new Set(['node_modules', 'dist', '.astro', 'test-results', 'playwright-report', 'bench-out', '.git']);

/** A rebuild under way: `site` resolves to the built site; `remove()` stops the build and deletes the copy. */
export interface Rebuild {
  site: Promise<string>;
  remove(): void;
}

/**
 * Builds the site again in a copy of the project under a temporary folder, after `change(projectDir)`
 * edits the copy: a new version of the course, as a trainer would deploy it. Packages are linked one by one
 * (not the caches in node_modules, so this build shares no cache with the project's).
 */
export function buildChangedSite(change: (projectDir: string) => void): Rebuild {
  const dir = mkdtempSync(join(tmpdir(), 'offline-rebuild-'));
  for (const entry of readdirSync(ROOT)) {
    if (!SKIP.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  change(dir);
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const site = new Promise<string>((ok, fail) => {
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? ok(join(dir, 'dist'))
        : fail(new Error(`rebuild failed (${code}):\n${output.split('\n').slice(-20).join('\n')}`)),
    );
  });
  site.catch(() => undefined);
  return {
    site,
    remove() {
      if (child.exitCode === null) child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
