/** The briefing page: what a reader sees when they open a shared link. */
import type { Share } from "../src/domain/share";
import { Layout } from "./layout";

export interface BriefingPageProps {
  share: Share;
  appName: string;
}

export function BriefingPage({ share, appName }: BriefingPageProps) {
  const { briefing } = share;
  return (
    <Layout title={`${briefing.title} · ${appName}`} lang={briefing.lang ?? "en"} dir="ltr">
      <main>
        <article>
          <h1>{briefing.title}</h1>
          <p>{briefing.summary}</p>
          {briefing.sections.map((section) => (
            <section>
              {section.heading ? <h2>{section.heading}</h2> : null}
              {section.paragraphs.map((paragraph) => (
                <p>{paragraph.text}</p>
              ))}
            </section>
          ))}
        </article>
      </main>
    </Layout>
  );
}
