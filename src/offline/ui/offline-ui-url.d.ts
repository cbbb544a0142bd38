/** `virtual:offline-ui-url` (build/lazy-url-plugin.ts): the built URL of offline-ui.ts. */
declare module 'virtual:offline-ui-url' {
  const url: string;
  export default url;
}
