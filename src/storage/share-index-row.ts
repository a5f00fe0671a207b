/** One share's row of the D1 share index, by id: what the dashboard shows of a share whose text is gone (revoked, expired). */
import type { Bindings } from "../env";
import { database } from "./d1/database";
import type { ShareIndexRow } from "./share-index";
import { guarded } from "./storage-error";

/**
 * The row, or null when the index has none (a share created before the index existed, or never).
 *
 * @example
 * const row = await readShareIndexRow(env, "q3V9-xk2LrT_"); // { id, title, status: "revoked", … }
 */
export async function readShareIndexRow(env: Pick<Bindings, "DB">, id: string): Promise<ShareIndexRow | null> {
  const db = await database(env);
  return guarded("D1 share index read", () =>
    db
      .prepare("SELECT id, title, lang, topic, status, sharer_ref, sharer_name, created_at, updated_at, expires_at FROM share_index WHERE id = ?")
      .bind(id)
      .first<ShareIndexRow>(),
  );
}
