/** The seed corpus's index, serialized at build time by the plugin in wxt.config.ts. */
declare module 'virtual:seed-index' {
  const json: string;
  export default json;
}
