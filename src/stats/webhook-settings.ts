/** The optional click webhook's configuration: CLICK_WEBHOOK_URL and the WEBHOOK_SECRET that signs it. */
import type { Bindings } from "../env";

export interface WebhookSettings {
  url: string;
  secret: string;
}

export type WebhookConfig = { enabled: true; settings: WebhookSettings } | { enabled: false; problem: string | null };

/**
 * Reads the webhook settings. Neither set means "off" (no problem); one without the other, a
 * non-https URL or a short secret is a problem naming the variable, and the webhook stays off.
 *
 * @example
 * const config = webhookConfig(env);
 * if (config.enabled) await send(config.settings);
 */
export function webhookConfig(env: Bindings): WebhookConfig {
  const rawUrl = env.CLICK_WEBHOOK_URL?.trim() ?? "";
  const secret = env.WEBHOOK_SECRET?.trim() ?? "";
  if (!rawUrl && !secret) return { enabled: false, problem: null };
  if (!rawUrl) return { enabled: false, problem: "CLICK_WEBHOOK_URL is not set (WEBHOOK_SECRET is)" };
  if (!secret) return { enabled: false, problem: "WEBHOOK_SECRET is not set (CLICK_WEBHOOK_URL is)" };
  if (secret.length < 16) return { enabled: false, problem: "WEBHOOK_SECRET must be at least 16 characters" };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { enabled: false, problem: "CLICK_WEBHOOK_URL is not an absolute URL" };
  }
  const local = url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !local) return { enabled: false, problem: "CLICK_WEBHOOK_URL must be https://" };
  return { enabled: true, settings: { url: url.toString(), secret } };
}

/** Per bindings object: the answer depends only on two variables, and the producer asks on every tap. */
const enabledByEnv = new WeakMap<Bindings, boolean>();

/**
 * Whether the click webhook is on, read once per bindings object. The producer asks it on every
 * tap to know whether an event needs the reader's country, whose only reader is the webhook.
 *
 * @example
 * const country = webhookEnabled(env) ? countryOf(request) : null;
 */
export function webhookEnabled(env: Bindings): boolean {
  let enabled = enabledByEnv.get(env);
  if (enabled === undefined) {
    enabled = webhookConfig(env).enabled;
    enabledByEnv.set(env, enabled);
  }
  return enabled;
}
