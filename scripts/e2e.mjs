// Runs the Playwright tests against the built site on a free port chosen once
// (Playwright re-reads its config in every worker, so the port travels by env).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_PORT: String(port) },
});
process.exit(result.status ?? 1);
