import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/** The files of migrations/, read in Node and applied to the test database by tests/setup/apply-migrations.ts. */
const migrations = await readD1Migrations("./migrations");

/** Tests run inside workerd with the bindings of wrangler.toml and the test values below. */
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          PUBLIC_ORIGIN: "https://share.test",
          API_TOKENS: "test-token-current, test-token-previous",
          DEMO_SHARE: "off",
          TEST_MIGRATIONS: migrations,
          DASHBOARD_SESSION_SECRET: "test-dashboard-session-secret-0123456789",
          // Brand copy per language (tests/integration/i18n-pages.test.ts): Japanese has its own, others the default.
          APP_TAGLINE_JA: "毎朝、一歩先へ",
          APP_PITCH_JA: "{app}が世界のニュースを読み、毎朝まとめて届けます。",
        },
      },
    }),
  ],
  test: {
    setupFiles: ["./tests/setup/apply-migrations.ts"],
    include: [
      "tests/unit/**/*.test.{ts,tsx}",
      "tests/integration/**/*.test.{ts,tsx}",
      "tests/property/**/*.test.{ts,tsx}",
      "tests/security/**/*.test.{ts,tsx}",
    ],
    // Two shared cores, and card pre-renders running in the background of every create: a test that
    // takes 2 s alone can take 10 s on a loaded machine. Generous limits, no timing assertions.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
