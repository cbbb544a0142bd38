/** The shared tool strings (src/i18n/zh-Hant.ts, tools.*) the shortage, report and guidance islands use. */
export const COMMON_KEYS = [
  'tools.loading',
  'tools.save',
  'tools.edit',
  'tools.repeat',
  'tools.delete',
  'tools.undo',
  'tools.deleted',
] as const;
