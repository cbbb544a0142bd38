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

/** The visit and sales plans' islands use these too: their own form's cancel, restore and problem lines. */
export const PLAN_KEYS = [...COMMON_KEYS, 'tools.cancel', 'tools.restored', 'tools.problems', 'tools.invalid'] as const;
