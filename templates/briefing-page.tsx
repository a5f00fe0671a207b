/** The briefing page: what a reader (and every link-preview crawler, identically) gets at /b/:id. */
import type { BriefingPageModel } from "../src/domain/briefing-page-model";
import { type Translator, translatorFor } from "../src/i18n/translator";
import { CitationChips } from "./components/citation-chips";
import { ClipboardHandoffNote, ClipboardHandoffScript } from "./components/clipboard-handoff";
import { CtaCard, CtaInline } from "./components/cta";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { Layout } from "./layout";

export interface BriefingPageProps {
  model: BriefingPageModel;
  /** The per-response CSP nonce. */
  nonce: string;
  /** Android intent link that opens the installed app; rendered as a small secondary link. */
  openInAppUrl?: string | undefined;
  /** With IOS_CLIPBOARD_HANDOFF=on: the share URL an iOS tap on a call to action copies. */
  clipboardHandoffUrl?: string | undefined;
}

/** Head tags in the order link-preview crawlers and the issue expect, right after <title>. */
function BriefingHead({ model, nonce, t }: { model: BriefingPageModel; nonce: string; t: Translator }) {
  const { canonicalUrl, ogImage } = model;
  return (
    <>
      <meta name="description" content={model.description} />
      {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
      <meta property="og:type" content="article" />
      <meta property="og:title" content={model.headline} />
      <meta property="og:description" content={model.description} />
      {canonicalUrl ? <meta property="og:url" content={canonicalUrl} /> : null}
      <meta property="og:site_name" content={model.appName} />
      {ogImage ? (
        <>
          <meta property="og:image" content={ogImage.url} />
          <meta property="og:image:width" content={String(ogImage.width)} />
          <meta property="og:image:height" content={String(ogImage.height)} />
          <meta property="og:image:alt" content={ogImage.alt} />
          <meta property="og:image:type" content={ogImage.type} />
        </>
      ) : null}
      {model.published ? <meta property="article:published_time" content={model.published.iso} /> : null}
      {model.ogLocale ? <meta property="og:locale" content={model.ogLocale} /> : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={model.headline} />
      <meta name="twitter:description" content={model.description} />
      {ogImage ? (
        <>
          <meta name="twitter:image" content={ogImage.url} />
          <meta name="twitter:image:alt" content={ogImage.alt} />
        </>
      ) : null}
      <meta name="twitter:label1" content={t.t("page.readingTimeLabel")} />
      <meta name="twitter:data1" content={model.readingTime} />
      {model.smartAppBanner ? <meta name="apple-itunes-app" content={model.smartAppBanner} /> : null}
      {model.jsonLd ? <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: model.jsonLd }} /> : null}
    </>
  );
}

/**
 * The page's only script, and optional: it reveals "Open in app" on Android. Every reader gets the
 * same HTML, because shared caches do not honour Vary: User-Agent.
 */
export const REVEAL_ANDROID_ONLY =
  'if(/Android/i.test(navigator.userAgent))for(const e of document.querySelectorAll("[data-android-only]"))e.hidden=false';

/** Every call to action on the share page: the header button, the inline card, both footer badges. */
const SHARE_PAGE_CTA_LINKS = 'a[href*="/get?via="]';

/**
 * The page. Its own words (header, labels, CTA, footer) come from the catalog of the briefing's
 * language; when we have no catalog for it they are English, and say so with `lang`/`dir` so that
 * screen readers and the bidi algorithm treat them right inside, say, an Urdu page.
 *
 * @example
 * c.html(<BriefingPage model={briefingPageModel(share, settings)} nonce={c.var.cspNonce} />);
 */
export function BriefingPage({ model, nonce, openInAppUrl, clipboardHandoffUrl }: BriefingPageProps) {
  const t = translatorFor(model.ui);
  const chrome = model.uiMatched ? {} : { lang: t.language.locale, dir: t.language.dir };
  // The inline card goes after the first section, where a reader who liked the start decides.
  const inlineAfter = model.sections.length > 1 ? 0 : -1;
  const handoffNote = clipboardHandoffUrl ? <ClipboardHandoffNote appName={model.appName} t={t} /> : null;
  return (
    <Layout
      title={model.documentTitle}
      lang={model.lang}
      dir={model.dir}
      nonce={nonce}
      robots={model.robots}
      head={<BriefingHead model={model} nonce={nonce} t={t} />}
    >
      <a class="skip-link" href="#briefing" {...chrome}>
        {t.t("page.skipLink")}
      </a>
      <SiteHeader appName={model.appName} t={t} ctaHref={model.ctaHrefs.banner} />
      {clipboardHandoffUrl ? (
        <div class="wrap">
          <ClipboardHandoffNote appName={model.appName} t={t} variant="banner" />
        </div>
      ) : null}
      <main class="wrap" id="briefing">
        <article class="briefing" aria-labelledby="briefing-title">
          <header>
            <p class="meta-line">
              {model.topic ? (
                <span class="topic">
                  <bdi>{model.topic}</bdi>
                </span>
              ) : null}
              {model.published ? <time datetime={model.published.iso}>{model.published.label}</time> : null}
              {model.published ? (
                <span class="meta-line__sep" aria-hidden="true">
                  ·
                </span>
              ) : null}
              <span {...chrome}>{model.readingTime}</span>
            </p>
            <h1 class="briefing__title" id="briefing-title">
              {model.headline}
            </h1>
            {model.sharerName ? (
              <p class="shared-by" {...chrome}>
                <span class="avatar" aria-hidden="true">
                  {Array.from(model.sharerName)[0]?.toUpperCase()}
                </span>
                <span>
                  {t.parts("page.sharedBy", {
                    name: (
                      <strong>
                        <bdi>{model.sharerName}</bdi>
                      </strong>
                    ),
                  })}
                </span>
              </p>
            ) : null}
          </header>
          <section class="summary" aria-labelledby="summary-label">
            <h2 class="summary__label" id="summary-label" {...chrome}>
              {t.t("page.inBrief")}
            </h2>
            <p class="summary__text">{model.summary}</p>
            <CitationChips citations={model.summaryCitations} t={t} label={t.t("page.summarySources")} />
          </section>
          {model.sections.map((section, index) => (
            <>
              <section class="section">
                {section.heading ? <h2 class="section__heading">{section.heading}</h2> : null}
                {section.paragraphs.map((paragraph) => (
                  <div class="paragraph">
                    <p class="paragraph__text">{paragraph.text}</p>
                    <CitationChips citations={paragraph.citations} t={t} />
                  </div>
                ))}
              </section>
              {index === inlineAfter ? <CtaInline appName={model.appName} href={model.ctaHrefs.inline} t={t} note={handoffNote} /> : null}
            </>
          ))}
        </article>
        <CtaCard
          appName={model.appName}
          appTagline={model.appTagline}
          pitch={model.pitch}
          t={t}
          href={model.ctaHrefs.footer}
          openInAppUrl={openInAppUrl}
          note={handoffNote}
        />
      </main>
      <SiteFooter appName={model.appName} appTagline={model.appTagline} t={t} shared />
      {openInAppUrl ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: REVEAL_ANDROID_ONLY }} /> : null}
      {clipboardHandoffUrl ? <ClipboardHandoffScript nonce={nonce} shareUrl={clipboardHandoffUrl} links={SHARE_PAGE_CTA_LINKS} /> : null}
    </Layout>
  );
}
