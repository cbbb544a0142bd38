/** The names of the field-tool collections, apart from their checks so a page that reads none of them loads none. */

/** The tool collections (v4), in the order they are stored and listed. */
export const TOOL_COLLECTIONS = ['visits', 'salesPlans', 'shortages', 'reports', 'guidance'] as const;
export type ToolCollection = (typeof TOOL_COLLECTIONS)[number];
