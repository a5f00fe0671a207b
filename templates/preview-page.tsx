/** The preview inspector: how a share will unfurl on each platform, drawn from the page's real tags and card. */
import { translatorFor } from "../src/i18n/translator";
import type { FetchedImage, UnfurlPreview } from "../src/domain/unfurl-preview";
import { SiteHeader } from "./components/site-header";
import { Layout } from "./layout";

export interface PreviewPageProps {
  appName: string;
  /** The per-response CSP nonce. */
  nonce: string;
  /** The share page's path, linked from the inspector. */
  pagePath: string;
  /** The card as this origin serves it (the og:image's path and query), or null without og:image. */
  imageSrc: string | null;
  image: FetchedImage | null;
  previews: UnfurlPreview[];
  /** Every head tag the page served, in order, for the raw view. */
  tags: Array<[string, string]>;
}

/** Mock unfurls: neutral chat-bubble geometry, each platform's own accent; nothing imitates a logo. */
const CSS = String.raw`
.preview{margin-block:2rem 3rem}
.wrap.preview{max-width:76rem}
.preview__lead{color:var(--muted);margin-block:.5rem 1.5rem}
.preview__grid{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr))}
.unfurl{display:flex;flex-direction:column;gap:.6rem}
.unfurl__name{display:flex;align-items:center;justify-content:space-between;font:700 1rem/1.2 var(--font-sans)}
.unfurl__status{font:600 .75rem/1 var(--font-sans);padding:.3rem .55rem;border-radius:999px;background:#e6f4ea;color:#1e5b2e}
.unfurl__status--warn{background:#fdf0d5;color:#7a4b00}
.unfurl__card{border:1px solid var(--border);border-radius:14px;overflow:hidden;background:var(--surface);box-shadow:var(--shadow);border-inline-start:4px solid var(--platform,#888)}
.unfurl__image{display:block;width:100%;height:auto;aspect-ratio:1200/630;object-fit:cover;background:var(--surface-2)}
.card-full{display:block;width:100%;max-width:48rem;height:auto;border-radius:10px;border:1px solid var(--border)}
.unfurl__noimage{display:flex;align-items:center;justify-content:center;aspect-ratio:1200/630;background:var(--surface-2);color:var(--muted);font-size:.875rem}
.unfurl__text{padding:.7rem .9rem .85rem;display:flex;flex-direction:column;gap:.25rem}
.unfurl__domain{color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.04em}
.unfurl__title{font-weight:700;font-size:.95rem;line-height:1.3}
.unfurl__description{color:var(--muted);font-size:.85rem;line-height:1.4}
.unfurl__warnings{margin:0;padding-inline-start:1.1rem;color:#7a4b00;font-size:.85rem;line-height:1.45}
.unfurl--imessage{--platform:#34c759}.unfurl--whatsapp{--platform:#25d366}.unfurl--x{--platform:#0f1419}
.unfurl--facebook{--platform:#1877f2}.unfurl--linkedin{--platform:#0a66c2}.unfurl--slack{--platform:#611f69}.unfurl--discord{--platform:#5865f2}
.tags{width:100%;border-collapse:collapse;font-size:.85rem}
.tags th,.tags td{text-align:start;vertical-align:top;padding:.45rem .6rem;border-block-end:1px solid var(--border);overflow-wrap:anywhere}
.tags th{font-weight:600;white-space:nowrap}
.image-facts{color:var(--muted);font-size:.9rem;margin-block:.5rem 1rem}
@media (prefers-color-scheme:dark){.unfurl__status{background:#17361f;color:#a8e3b6}.unfurl__status--warn{background:#3a2c0c;color:#f5d48b}.unfurl__warnings{color:#f5d48b}}
`;

function imageFacts(image: FetchedImage | null): string {
  if (!image) return "The page declares no og:image.";
  if (!image.png) return `The image answered HTTP ${image.status} (${image.contentType ?? "no content type"}).`;
  return `${image.png.width}×${image.png.height} PNG, ${(image.bytes / 1024).toFixed(1)} KB, HTTP ${image.status}.`;
}

function Unfurl({ preview, imageSrc }: { preview: UnfurlPreview; imageSrc: string | null }) {
  const ok = preview.warnings.length === 0;
  return (
    <article class={`unfurl unfurl--${preview.platform}`} aria-labelledby={`unfurl-${preview.platform}`}>
      <h3 class="unfurl__name" id={`unfurl-${preview.platform}`}>
        {preview.name}
        <span class={ok ? "unfurl__status" : "unfurl__status unfurl__status--warn"}>
          {ok ? "Looks good" : `${preview.warnings.length} warning${preview.warnings.length === 1 ? "" : "s"}`}
        </span>
      </h3>
      <div class="unfurl__card">
        {preview.image && imageSrc ? (
          <img class="unfurl__image" src={imageSrc} alt="" width="1200" height="630" loading="lazy" />
        ) : (
          <div class="unfurl__noimage">No image shown</div>
        )}
        <div class="unfurl__text">
          {preview.domain ? <span class="unfurl__domain">{preview.domain}</span> : null}
          {preview.title ? <span class="unfurl__title">{preview.title}</span> : null}
          {preview.description ? <span class="unfurl__description">{preview.description}</span> : null}
        </div>
      </div>
      {ok ? null : (
        <ul class="unfurl__warnings">
          {preview.warnings.map((warning) => (
            <li>{warning}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

/**
 * @example
 * <PreviewPage appName="Scout" nonce={nonce} pagePath="/b/q3V9-xk2LrT_" imageSrc="/b/q3V9-xk2LrT_/og.png?v=…" … />
 */
export function PreviewPage({ appName, nonce, pagePath, imageSrc, image, previews, tags }: PreviewPageProps) {
  const title = tags.find(([key]) => key === "og:title")?.[1] ?? "Link preview";
  return (
    <Layout title={`Link preview · ${title} · ${appName}`} lang="en" dir="ltr" nonce={nonce} robots="noindex" extraCss={CSS}>
      <SiteHeader appName={appName} t={translatorFor("en")} />
      <main class="wrap preview">
        <h1>Link preview</h1>
        <p class="preview__lead">
          How <a href={pagePath}>this briefing</a> unfurls when it is pasted, drawn from the tags and the card the page
          serves right now. Title and description limits are approximate: each app cuts by width, not by count.
        </p>
        <section class="section" aria-labelledby="platforms">
          <h2 class="section__heading" id="platforms">
            On each platform
          </h2>
          <div class="preview__grid">
            {previews.map((preview) => (
              <Unfurl preview={preview} imageSrc={imageSrc} />
            ))}
          </div>
        </section>
        <section class="section" aria-labelledby="card">
          <h2 class="section__heading" id="card">
            The card
          </h2>
          <p class="image-facts">{imageFacts(image)}</p>
          {imageSrc ? <img class="card-full" src={imageSrc} alt="The Open Graph card of this briefing" width="1200" height="630" /> : null}
        </section>
        <section class="section" aria-labelledby="tags">
          <h2 class="section__heading" id="tags">
            Tags crawlers read
          </h2>
          <table class="tags">
            <tbody>
              {tags.map(([key, value]) => (
                <tr>
                  <th scope="row">{key}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>
    </Layout>
  );
}
