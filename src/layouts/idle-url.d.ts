/** `virtual:idle-url` (src/site/build/idle-url-plugin.ts): the built URL of idle.ts. */
declare module 'virtual:idle-url' {
  const url: string;
  export default url;
}
