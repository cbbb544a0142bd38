import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchSender } from '../../src/xapi/browser/send.ts';
import type { Statement } from '../../src/xapi/model/statements.ts';

/** An HTTP server whose answer the test chooses; it records what it received. */
let server: Server;
let port = 0;
let answer: { status: number; body?: string; delay?: number } = { status: 200 };
const received: { headers: IncomingMessage['headers']; body: string; url: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body, url: req.url });
      setTimeout(() => {
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end(answer.body ?? '');
      }, answer.delay ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const statement = { id: '2ed6657d-e927-568b-95e1-2665a8aea6a2' } as Statement;
const config = () => ({
  endpoint: `http://127.0.0.1:${port}/xAPI/`,
  auth: 'Basic a2V5OnNlY3JldA==',
  homePage: 'https://hr.example/',
  site: 'https://coach.example/',
});

describe('fetchSender', () => {
  it('POSTs the batch to <endpoint>statements with the version header and the Basic key', async () => {
    answer = { status: 200, body: '["2ed6657d-e927-568b-95e1-2665a8aea6a2"]' };
    expect(await fetchSender(config())([statement])).toEqual({ kind: 'sent' });
    const last = received.at(-1)!;
    expect(last.url).toBe('/xAPI/statements');
    expect(last.headers['x-experience-api-version']).toBe('1.0.3');
    expect(last.headers.authorization).toBe('Basic a2V5OnNlY3JldA==');
    expect(JSON.parse(last.body)).toEqual([statement]);
  });

  it.each([
    [204, { kind: 'sent' }],
    [409, { kind: 'sent' }],
    [401, { kind: 'unauthorised', status: 401 }],
    [403, { kind: 'unauthorised', status: 403 }],
    [503, { kind: 'retry', reason: 'server', status: 503 }],
  ])('maps HTTP %i', async (status, outcome) => {
    answer = { status };
    expect(await fetchSender(config())([statement])).toEqual(outcome);
  });

  it('keeps the first line of a refusal', async () => {
    answer = { status: 400, body: '{"message":"Invalid statement"}\nmore' };
    expect(await fetchSender(config())([statement])).toEqual({
      kind: 'rejected',
      status: 400,
      detail: '{"message":"Invalid statement"}',
    });
  });

  it('gives up on a slow LRS after the timeout, to try again later', async () => {
    answer = { status: 200, delay: 400 };
    const started = Date.now();
    expect(await fetchSender(config(), 100)([statement])).toEqual({ kind: 'retry', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(380);
  });

  it('reports an LRS that is down as a network failure', async () => {
    const down = { ...config(), endpoint: 'http://127.0.0.1:1/xAPI/' };
    expect(await fetchSender(down)([statement])).toEqual({ kind: 'retry', reason: 'network' });
  });
});
