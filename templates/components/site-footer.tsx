/** The page footer: "Shared from {APP_NAME} — {APP_TAGLINE}". */

export interface SiteFooterProps {
  appName: string;
  appTagline: string;
  /** First words of the line; "Shared from" on a share, "" on the brand's own pages. */
  lead?: string;
}

/**
 * @example
 * <SiteFooter appName="Scout" appTagline="Be the smartest in the room" />
 */
export function SiteFooter({ appName, appTagline, lead = "Shared from" }: SiteFooterProps) {
  return (
    <footer class="site-footer" lang="en" dir="ltr">
      <div class="wrap">
        <p>
          {lead ? `${lead} ` : null}
          <a href="/">{appName}</a> — {appTagline}
        </p>
      </div>
    </footer>
  );
}
