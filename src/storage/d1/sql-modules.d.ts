/** Wrangler and the vitest pool bundle `*.sql` imports as text (the `[[rules]]` in wrangler.toml). */
declare module "*.sql" {
  const text: string;
  export default text;
}
