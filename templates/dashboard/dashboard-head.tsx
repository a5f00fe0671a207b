/** The head tags every dashboard page shares besides the layout's own: what the page is, in one sentence. */

/**
 * @example
 * <Layout … head={<DashboardHead appName="Scout" />}>
 */
export function DashboardHead({ appName }: { appName: string }) {
  return <meta name="description" content={`${appName}'s sharing dashboard: views, store taps and app opens of every shared briefing.`} />;
}
