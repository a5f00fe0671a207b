/** The page footer: "Shared from {APP_NAME} — {APP_TAGLINE}" on a share, "{APP_NAME} — {APP_TAGLINE}" elsewhere. */
import type { Translator } from "../../src/i18n/translator";

export interface SiteFooterProps {
  appName: string;
  appTagline: string;
  t: Translator;
  /** True on a share page ("Shared from …"); the brand's own pages say just the name. */
  shared?: boolean;
}

/**
 * @example
 * <SiteFooter appName="Scout" appTagline="Be the smartest in the room" t={translatorFor("en")} shared />
 */
export function SiteFooter({ appName, appTagline, t, shared = false }: SiteFooterProps) {
  const link = <a href="/">{appName}</a>;
  const words = shared
    ? t.parts("footer.sharedFrom", { app: link, tagline: <bdi>{appTagline}</bdi> })
    : t.parts("footer.brand", { app: link, tagline: <bdi>{appTagline}</bdi> });
  return (
    <footer class="site-footer" lang={t.language.locale} dir={t.language.dir}>
      <div class="wrap">
        <p>{words}</p>
      </div>
    </footer>
  );
}
