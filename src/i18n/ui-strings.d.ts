/** `virtual:ui-strings/<prefix>` (build/strings-plugin.ts): the UI strings under a prefix. */
declare module 'virtual:ui-strings/*' {
  const strings: Record<string, string>;
  export default strings;
}
