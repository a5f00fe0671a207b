import type { D1Migration } from "cloudflare:test";
import type { Bindings } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      /** The files of migrations/, read by vitest.config.ts with readD1Migrations. */
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
