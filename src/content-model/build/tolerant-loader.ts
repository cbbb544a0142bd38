/**
 * Wraps an Astro content loader so that a broken file never throws: the content checks
 * (integration.ts) already report every mistake in Chinese, with the editor's line, and
 * stop the build. Without this, the same mistake also comes out as Astro's English error
 * with a stack trace, and at dev start-up it stops the preview.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<Record<string, unknown>>;
  [key: string]: unknown;
}
type Context = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** The same loader; a file that cannot be read or does not fit its schema is kept as raw data. */
export function tolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: (ctx: Context) => {
      const entryTypes = ctx.entryTypes
        ? new Map(
            [...ctx.entryTypes].map(([ext, type]) => [
              ext,
              {
                ...type,
                getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
                  try {
                    return await type.getEntryInfo(params);
                  } catch {
                    return { data: {}, body: '', slug: '', rawData: '' };
                  }
                },
              },
            ]),
          )
        : undefined;
      // Errors are the checks' to report; "Reloaded data from …" lines are noise to a trainer.
      const toDebug = { value: (msg: string) => ctx.logger.debug(msg) };
      const quiet = Object.create(ctx.logger, { error: toDebug, info: toDebug });
      return loader.load({
        ...ctx,
        logger: quiet,
        ...(entryTypes ? { entryTypes } : {}),
        parseData: async (props) => {
          try {
            return await ctx.parseData(props);
          } catch {
            return props.data;
          }
        },
      } as Context);
    },
  };
}
