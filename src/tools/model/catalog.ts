/**
 * The field tools: their ids (what a lesson's `tool:` field names), their pages under /tools/, and the storage
 * collection each one keeps its records in.
 */

/** The tools, in the order the tools page lists them. */
export const TOOL_IDS = ['visit', 'sales', 'shortage', 'report', 'guidance'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** The progress collection each tool stores its records in (see src/progress/model/tool-records/). */
export const TOOL_COLLECTION_OF = {
  visit: 'visits',
  sales: 'salesPlans',
  shortage: 'shortages',
  report: 'reports',
  guidance: 'guidance',
} as const satisfies Record<ToolId, string>;

/** The page of a tool. */
export const toolHref = (id: ToolId): string => `/tools/${id}/`;

/** The tools page. */
export const TOOLS_HREF = '/tools/';

/** Whether `value` names a tool. */
export const isToolId = (value: unknown): value is ToolId =>
  typeof value === 'string' && (TOOL_IDS as readonly string[]).includes(value);
