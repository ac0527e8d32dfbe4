// decap-cms-locales ships untyped ES modules: one object of UI strings per language.
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
