/** Reads the config the layout wrote into the page (XapiScript.astro). */
import type { XapiConfig } from '../model/config.ts';

/** The page's xAPI config, or undefined when xAPI is off or the element is damaged. */
export function readConfigElement(): XapiConfig | undefined {
  const raw = document.querySelector<HTMLElement>('[data-xapi-config]')?.dataset['xapiConfig'];
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<XapiConfig>;
    return typeof value.endpoint === 'string' && typeof value.site === 'string' && typeof value.homePage === 'string'
      ? (value as XapiConfig)
      : undefined;
  } catch {
    return undefined;
  }
}
