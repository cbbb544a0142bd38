/**
 * The deployment's xAPI settings, read once at build time from environment variables or a JSON
 * file: the LRS endpoint, a Basic key and secret (or none), and the home page of the actor
 * accounts. Off unless an endpoint is given. Every problem is reported at once, in the words a
 * deployer can act on. Pure.
 */

/** What the browser code needs: it is written into the pages only when xAPI is on. */
export interface XapiConfig {
  /** The LRS's xAPI base URL, ending with a slash (`…/xAPI/`): statements go to `statements` under it. */
  endpoint: string;
  /** The Authorization header value, `Basic …`, or undefined for an LRS that takes none. */
  auth?: string | undefined;
  /** The actor accounts' home page. */
  homePage: string;
  /** The site's URL, ending with a slash: every activity id is under it. */
  site: string;
}

/** The settings as given, from the environment or the file (every field text). */
export interface XapiSettings {
  endpoint?: string | undefined;
  key?: string | undefined;
  secret?: string | undefined;
  homePage?: string | undefined;
}

export type ConfigRead = { ok: true; config: XapiConfig | undefined } | { ok: false; errors: string[] };

const ENV = { endpoint: 'XAPI_ENDPOINT', key: 'XAPI_KEY', secret: 'XAPI_SECRET', homePage: 'XAPI_HOMEPAGE' } as const;

/** The settings in the environment (`XAPI_ENDPOINT`, `XAPI_KEY`, `XAPI_SECRET`, `XAPI_HOMEPAGE`). */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): XapiSettings {
  const pick = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  return { endpoint: pick(ENV.endpoint), key: pick(ENV.key), secret: pick(ENV.secret), homePage: pick(ENV.homePage) };
}

/** The settings of a JSON config file (`{"endpoint": …, "key": …, "secret": …, "homePage": …}`), or the problems. */
export function settingsFromFile(data: unknown, file: string): { settings: XapiSettings } | { errors: string[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { errors: [`${file}：內容必須是一個 JSON 物件，例如 {"endpoint": "https://lrs.example/xAPI/"}。`] };
  const errors: string[] = [];
  const settings: XapiSettings = {};
  for (const [field, value] of Object.entries(data)) {
    if (!(field in ENV)) {
      errors.push(`${file}：不認得的欄位「${field}」。可用的欄位：endpoint、key、secret、homePage。`);
    } else if (typeof value !== 'string') {
      errors.push(`${file}：「${field}」必須是文字（目前是 ${JSON.stringify(value)}）。`);
    } else if (value.trim()) settings[field as keyof XapiSettings] = value.trim();
  }
  return errors.length ? { errors } : { settings };
}

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Base64 of UTF-8 text (btoa alone takes only Latin-1). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The browser config of `settings` for a site at `site`, undefined when no endpoint is set (xAPI
 * off), or every problem found. `where` names the source in messages (a variable prefix or a file).
 */
export function readXapiConfig(settings: XapiSettings, site: string, where: 'env' | string = 'env'): ConfigRead {
  const name = (field: keyof typeof ENV) => (where === 'env' ? ENV[field] : `${where} 的「${field}」`);
  const errors: string[] = [];
  const { endpoint, key, secret, homePage } = settings;
  if (!endpoint) {
    if (key || secret || homePage)
      errors.push(
        `已設定 xAPI 的其他項目，卻缺少 ${name('endpoint')}：請填 LRS 的 xAPI 網址，例如 https://lrs.example/xAPI/。`,
      );
    return errors.length ? { ok: false, errors } : { ok: true, config: undefined };
  }
  const url = parseUrl(endpoint);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    errors.push(
      `${name('endpoint')}「${endpoint}」不是網址：請寫完整的 https:// 網址，例如 https://lrs.example/xAPI/。`,
    );
  } else if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    errors.push(
      `${name('endpoint')}「${endpoint}」用的是 http://：學員的帳號與紀錄會不加密地傳出。請改用 https://（只有本機測試的 127.0.0.1 或 localhost 可以用 http://）。`,
    );
  } else if (url.search || url.hash || url.username || url.password) {
    errors.push(
      `${name('endpoint')}「${endpoint}」不能帶 ?、# 或帳號密碼：帳號密碼請填在 ${name('key')} 與 ${name('secret')}。`,
    );
  }
  if (Boolean(key) !== Boolean(secret))
    errors.push(
      `${key ? name('secret') : name('key')} 沒有設定：Basic 驗證要同時有 ${name('key')} 與 ${name('secret')}，LRS 不要驗證時兩個都不要設定。`,
    );
  if (key?.includes(':')) errors.push(`${name('key')} 不能含有冒號「:」（Basic 驗證用冒號分隔帳號與密碼）。`);
  const home = homePage ?? site;
  const homeUrl = parseUrl(home);
  if (!homeUrl || (homeUrl.protocol !== 'https:' && homeUrl.protocol !== 'http:'))
    errors.push(`${name('homePage')}「${home}」不是網址：請寫學員帳號所屬系統的網址，例如 https://hr.example.com/。`);
  if (errors.length) return { ok: false, errors };
  const base = url!.href.endsWith('/') ? url!.href : `${url!.href}/`;
  return {
    ok: true,
    config: {
      endpoint: base,
      ...(key && secret ? { auth: `Basic ${base64(`${key}:${secret}`)}` } : {}),
      homePage: homeUrl!.href,
      site: site.endsWith('/') ? site : `${site}/`,
    },
  };
}

/** The origin the pages' Content-Security-Policy must let them connect to. */
export const connectOrigin = (config: XapiConfig): string => new URL(config.endpoint).origin;
