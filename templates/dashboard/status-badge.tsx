/** A share's status as a small coloured badge with its word (the colour is never the only signal). */
import type { ShareListStatus } from "../../src/dashboard/report-types";

const WORDS: Record<ShareListStatus, string> = { live: "Live", revoked: "Revoked", expired: "Expired" };

/** @example <StatusBadge status="live" /> */
export function StatusBadge({ status }: { status: ShareListStatus }) {
  return <span class={`status status--${status}`}>{WORDS[status]}</span>;
}
