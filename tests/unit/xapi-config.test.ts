import { describe, expect, it } from 'vitest';
import { connectOrigin, readXapiConfig, settingsFromEnv, settingsFromFile } from '../../src/xapi/model/config.ts';

const site = 'https://coach.example/';

describe('readXapiConfig', () => {
  it('is off without an endpoint', () => {
    expect(readXapiConfig(settingsFromEnv({}), site)).toEqual({ ok: true, config: undefined });
    expect(readXapiConfig(settingsFromEnv({ XAPI_ENDPOINT: '  ' }), site)).toEqual({ ok: true, config: undefined });
  });

  it('reads an endpoint, a Basic key and a home page', () => {
    const read = readXapiConfig(
      settingsFromEnv({
        XAPI_ENDPOINT: 'https://lrs.example/xAPI',
        XAPI_KEY: 'key',
        XAPI_SECRET: '密碼',
        XAPI_HOMEPAGE: 'https://hr.example/',
      }),
      site,
    );
    expect(read).toEqual({
      ok: true,
      config: {
        endpoint: 'https://lrs.example/xAPI/',
        auth: `Basic ${Buffer.from('key:密碼').toString('base64')}`,
        homePage: 'https://hr.example/',
        site,
      },
    });
    if (read.ok && read.config) expect(connectOrigin(read.config)).toBe('https://lrs.example');
  });

  it('takes no key for an open LRS and the site as home page', () => {
    const read = readXapiConfig({ endpoint: 'http://127.0.0.1:8081/xAPI/' }, site);
    expect(read).toEqual({ ok: true, config: { endpoint: 'http://127.0.0.1:8081/xAPI/', homePage: site, site } });
  });

  it('reports every problem at once, naming the variable and the fix', () => {
    const read = readXapiConfig(
      settingsFromEnv({ XAPI_ENDPOINT: 'http://lrs.example/xAPI/', XAPI_KEY: 'a:b', XAPI_HOMEPAGE: 'hr' }),
      site,
    );
    expect(read.ok === false && read.errors).toMatchInlineSnapshot(`
      [
        "XAPI_ENDPOINT「http://lrs.example/xAPI/」用的是 http://：學員的帳號與紀錄會不加密地傳出。請改用 https://（只有本機測試的 127.0.0.1 或 localhost 可以用 http://）。",
        "XAPI_SECRET 沒有設定：Basic 驗證要同時有 XAPI_KEY 與 XAPI_SECRET，LRS 不要驗證時兩個都不要設定。",
        "XAPI_KEY 不能含有冒號「:」（Basic 驗證用冒號分隔帳號與密碼）。",
        "XAPI_HOMEPAGE「hr」不是網址：請寫學員帳號所屬系統的網址，例如 https://hr.example.com/。",
      ]
    `);
  });

  it.each([
    ['not a url', '不是網址'],
    ['ftp://lrs.example/', '不是網址'],
    ['https://lrs.example/xAPI/?x=1', '不能帶 ?、# 或帳號密碼'],
    ['https://u:p@lrs.example/xAPI/', '不能帶 ?、# 或帳號密碼'],
  ])('refuses the endpoint %j', (endpoint, message) => {
    const read = readXapiConfig({ endpoint }, site);
    expect(read.ok === false && read.errors.join('\n')).toContain(message);
  });

  it('refuses other settings without an endpoint', () => {
    const read = readXapiConfig({ key: 'k', secret: 's' }, site);
    expect(read.ok === false && read.errors[0]).toContain('缺少 XAPI_ENDPOINT');
  });

  it('names the file and its field for a config file', () => {
    const file = settingsFromFile({ endpoint: 'nope', colour: 1, key: 2 }, 'xapi.config.json');
    expect('errors' in file && file.errors).toEqual([
      'xapi.config.json：不認得的欄位「colour」。可用的欄位：endpoint、key、secret、homePage。',
      'xapi.config.json：「key」必須是文字（目前是 2）。',
    ]);
    const ok = settingsFromFile({ endpoint: 'nope' }, 'xapi.config.json');
    const read = 'settings' in ok ? readXapiConfig(ok.settings, site, 'xapi.config.json') : undefined;
    expect(read?.ok === false && read.errors[0]).toContain('xapi.config.json 的「endpoint」「nope」不是網址');
    expect(settingsFromFile([], 'x.json')).toEqual({ errors: [expect.stringContaining('JSON 物件')] });
  });
});
