// A real Learning Record Store on this machine, for trying the site's xAPI and for its e2e test:
// Learning Locker's statement service (xapi-statements, a dev dependency) in memory mode, on
// 127.0.0.1 only, behind a small proxy that can play the faults an LRS shows in the field.
//
//   node scripts/lrs.mjs [--port 8081] [--key K --secret S]
//
// prints one JSON line {"endpoint": "http://127.0.0.1:<port>/xAPI/", "control": "…/__fault"} once ready.
// POST {"mode": "ok" | "down" | "401" | "400" | "500" | "slow", "delay": ms} to the control URL to
// change what the proxy does with the next requests; GET it for the counts of what came through.
// Statements are kept in memory and gone when the process ends.
import { createServer, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const port = Number(option('port', '0'));
const key = option('key', undefined);
const secret = option('secret', undefined);
const expectedAuth = key && secret ? `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}` : undefined;

// The service reads its settings from the environment (and a .env in the working folder) when it is
// first required: memory models, local attachment storage in a temporary folder, test auth and events.
const work = mkdtempSync(join(tmpdir(), 'lrs-'));
process.chdir(work);
Object.assign(process.env, {
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  FS_LOCAL_STORAGE_DIR: join(work, 'storage'),
  EXPRESS_MORGAN_DIRECTORY: join(work, 'logs'),
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  WINSTON_CONSOLE_LEVEL: 'error',
  SERVICE_AWAIT_UPDATES: 'true',
  // aws-sdk v2 (a dependency of the service, unused in memory mode) prints an end-of-support notice.
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
});
const require = createRequire(import.meta.url);
const dist = join(require.resolve('xapi-statements/package.json'), '..', 'dist');
const load = (name) => require(join(dist, name)).default;
const express = require('express');

const app = express();
const presenter = load('expressPresenter')({
  llClientInfoEndpoint: 'http://127.0.0.1/auth',
  customRoute: 'status',
  customRouteText: 'ok',
  morganDirectory: join(work, 'logs'),
  bodyParserLimit: '5mb',
  service: load('serviceFactory')(),
  tracker: load('tracker'),
  translator: load('translatorFactory')(),
  logger: load('logger'),
});
const routes = require(join(dist, 'utils', 'constants'));
app.use(routes.aboutRoute, presenter.aboutRouter);
app.use(routes.fullActivitiesRoute, presenter.fullActivitiesRouter);
app.use(routes.statementsRoute, presenter.statementsRouter);

const lrs = await new Promise((resolve) => {
  const server = app.listen(0, '127.0.0.1', () => resolve(server));
});
const lrsPort = lrs.address().port;

/** What the proxy does now, and what it has seen. */
let fault = { mode: 'ok', delay: 0 };
const seen = { requests: 0, posts: 0, statements: 0, byStatus: {} };

const cors = (req) => ({
  'Access-Control-Allow-Origin': req.headers.origin ?? '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version, X-Experience-API-Consistent-Through',
});

function reply(req, res, status, body) {
  seen.byStatus[status] = (seen.byStatus[status] ?? 0) + 1;
  res.writeHead(status, { ...cors(req), 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function forward(req, res, body) {
  const upstream = request(
    { host: '127.0.0.1', port: lrsPort, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      seen.byStatus[answer.statusCode] = (seen.byStatus[answer.statusCode] ?? 0) + 1;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => reply(req, res, 502, { message: 'LRS unreachable' }));
  upstream.end(body);
}

const proxy = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/__fault') {
      if (req.method === 'POST') fault = { mode: 'ok', delay: 0, ...JSON.parse(body.toString() || '{}') };
      return reply(req, res, 200, { fault, seen });
    }
    if (req.method === 'OPTIONS') return forward(req, res, body);
    seen.requests++;
    const isPost = req.method === 'POST' && req.url?.startsWith(routes.statementsRoute);
    if (isPost) {
      seen.posts++;
      try {
        seen.statements += [JSON.parse(body.toString())].flat().length;
      } catch {
        // Counted as a request; the LRS answers the bad body itself.
      }
    }
    // The service's test auth takes any key: the proxy checks the deployment's key when one is set.
    if (expectedAuth && req.headers.authorization !== expectedAuth)
      return reply(req, res, 401, { message: 'Unauthorised' });
    if (fault.mode === 'down') return req.socket.destroy();
    if (fault.mode === '401') return reply(req, res, 401, { message: 'Unauthorised' });
    if (fault.mode === '500') return reply(req, res, 500, { message: 'Internal Server Error' });
    if (fault.mode === '400' && isPost)
      return reply(req, res, 400, { message: 'Invalid statement', warnings: [{ path: ['statement', 'actor'] }] });
    if (fault.mode === 'slow') return setTimeout(() => forward(req, res, body), fault.delay || 30_000);
    forward(req, res, body);
  });
});

await new Promise((resolve) => proxy.listen(port, '127.0.0.1', resolve));
const address = `http://127.0.0.1:${proxy.address().port}`;
process.stdout.write(`${JSON.stringify({ endpoint: `${address}/xAPI/`, control: `${address}/__fault` })}\n`);

const stop = () => {
  proxy.close();
  lrs.close();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
