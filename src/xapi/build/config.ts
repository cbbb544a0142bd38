/**
 * Reads the deployment's xAPI settings at build time: a JSON file named by `XAPI_CONFIG`, then the
 * `XAPI_ENDPOINT`, `XAPI_KEY`, `XAPI_SECRET` and `XAPI_HOMEPAGE` variables (a variable overrides the
 * file's field, so a secret can stay out of the file). A mistake stops the build with every problem.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  readXapiConfig,
  settingsFromEnv,
  settingsFromFile,
  type XapiConfig,
  type XapiSettings,
} from '../model/config.ts';

/** Thrown for a broken xAPI setup: one line per problem. */
export class XapiConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`xAPI 設定有 ${problems.length} 個問題，網站沒有建置：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'XapiConfigError';
  }
}

function readFile(path: string): XapiSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new XapiConfigError([`XAPI_CONFIG 指向的檔案「${path}」讀不到：請確認路徑，或不設定 XAPI_CONFIG。`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new XapiConfigError([`${path} 不是有效的 JSON（${(error as Error).message}）。`]);
  }
  const read = settingsFromFile(data, path);
  if ('errors' in read) throw new XapiConfigError(read.errors);
  return read.settings;
}

/** The xAPI config of this build, or undefined when xAPI is off. */
export function loadXapiConfig(
  site: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd = process.cwd(),
): XapiConfig | undefined {
  const file = env['XAPI_CONFIG']?.trim();
  const fromFile = file ? readFile(resolve(cwd, file)) : {};
  const fromEnv = settingsFromEnv(env);
  const merged: XapiSettings = { ...fromFile };
  for (const [field, value] of Object.entries(fromEnv)) if (value) merged[field as keyof XapiSettings] = value;
  const read = readXapiConfig(merged, site, file && !Object.values(fromEnv).some(Boolean) ? file : 'env');
  if (!read.ok) throw new XapiConfigError(read.errors);
  return read.config;
}
