/** Pages for a share that is unknown (404), revoked or expired (410), or unreachable (503). */
import { Layout } from "./layout";

export interface ErrorPageProps {
  status: 404 | 410 | 503;
  appName: string;
}

const MESSAGES = {
  404: { title: "This briefing doesn't exist", body: "The link may be mistyped." },
  410: { title: "This briefing is no longer shared", body: "Its sharer removed it, or it expired." },
  503: { title: "We couldn't load this briefing", body: "Please try again in a moment." },
} as const;

export function ErrorPage({ status, appName }: ErrorPageProps) {
  const message = MESSAGES[status];
  return (
    <Layout title={`${message.title} · ${appName}`} lang="en" dir="ltr" head={<meta name="robots" content="noindex" />}>
      <main>
        <h1>{message.title}</h1>
        <p>{message.body}</p>
      </main>
    </Layout>
  );
}
