/** The one inline stylesheet every page shares: mobile first, system fonts, light and dark, RTL by logical properties. */

/** Drops comments and line breaks: the sheet is inlined into every page, so each byte ships every time. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\n\s*/g, "")
    .trim();
}

/**
 * Colours are chosen for WCAG 2.2 AA in both themes: body text ≥ 12:1, muted text ≥ 6:1, accent
 * links ≥ 7:1 against every surface they sit on, focus rings ≥ 3:1 against the page.
 * Only logical properties (inline/block) are used, so `dir="rtl"` mirrors the layout by itself.
 * No `style=""` attributes anywhere: the CSP allows this stylesheet by nonce and nothing else.
 *
 * @example
 * <style nonce={nonce} dangerouslySetInnerHTML={{ __html: STYLESHEET }} />
 */
export const STYLESHEET = minifyCss(String.raw`
:root{
  color-scheme:light dark;
  --bg:#faf9f6;--surface:#fff;--surface-2:#f2f0ea;--text:#1a1916;--muted:#57544e;--border:#e0ddd5;
  --accent:#3730a3;--accent-hover:#2a2480;--on-accent:#fff;--chip-bg:#ecebfa;--chip-text:#312a94;
  --focus:#3730a3;--badge-bg:#000;--badge-text:#fff;--badge-border:#a6a6a6;--shadow:0 1px 2px rgb(0 0 0/.05),0 8px 24px rgb(0 0 0/.06);
  --font-sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";
  --font-serif:"Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Charter,"Bitstream Charter",Georgia,"Noto Serif",serif;
  --measure:42rem;--radius:14px;
}
@media (prefers-color-scheme:dark){:root{
  --bg:#111215;--surface:#191a1f;--surface-2:#1f2027;--text:#ecebe6;--muted:#aeaca5;--border:#30323a;
  --accent:#aab6fd;--accent-hover:#c7cffe;--on-accent:#111215;--chip-bg:#262843;--chip-text:#cdd5ff;
  --focus:#aab6fd;--shadow:0 1px 2px rgb(0 0 0/.4),0 8px 24px rgb(0 0 0/.35);
}}
/* Arabic, Hebrew and Persian read better in the platform's sans than in a Latin serif's fallback. */
:lang(ar),:lang(fa),:lang(he),:lang(ur),:lang(ps),:lang(yi){--font-serif:var(--font-sans)}
/* Letter-spacing tears joined scripts apart (Arabic, Persian) and upper-casing means nothing to most
   non-Latin scripts: labels styled that way for Latin keep their plain form there. */
:is(.summary__label,.topic,.notice__code,.store-badge__small):is(:lang(ar),:lang(fa),:lang(ur),:lang(hi),:lang(bn),:lang(th)){letter-spacing:0}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;display:flex;flex-direction:column;min-height:100vh;min-height:100dvh;background:var(--bg);color:var(--text);font:400 1rem/1.5 var(--font-sans);-webkit-font-smoothing:antialiased;overflow-wrap:break-word}
img,svg{display:block;max-width:100%}
a{color:var(--accent);text-underline-offset:.18em;text-decoration-thickness:.08em}
a:hover{color:var(--accent-hover)}
:focus-visible{outline:3px solid var(--focus);outline-offset:3px;border-radius:6px}
h1,h2,h3{margin:0;line-height:1.2;text-wrap:balance}
p{margin:0}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip-link{position:absolute;inset-inline-start:1rem;inset-block-start:-4rem;z-index:10;padding:.6rem 1rem;border-radius:8px;background:var(--accent);color:var(--on-accent);font-weight:600}
.skip-link:focus{inset-block-start:1rem;color:var(--on-accent)}
/* Short pages keep the footer at the bottom of the screen. */
body>main{flex:1 0 auto}
.wrap{width:100%;max-width:calc(var(--measure) + 2.5rem);margin-inline:auto;padding-inline:1.25rem}

/* Site header: not sticky, so it never stacks under Safari's Smart App Banner. */
.site-header{border-block-end:1px solid var(--border);background:var(--surface)}
.site-header__inner{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-height:3.75rem}
.brand{display:inline-flex;align-items:center;gap:.6rem;color:var(--text);text-decoration:none;font-weight:700;font-size:1.125rem;letter-spacing:-.01em}
.brand:hover{color:var(--text)}
.brand__mark{width:2rem;height:2rem;flex:none}
/* "Get the app" is one short word in English, two long ones in Ukrainian or Russian: at 320 px it wraps rather than push the page sideways. */
.site-header .button{min-width:0;white-space:normal;text-align:center}
.button{display:inline-flex;align-items:center;justify-content:center;gap:.5rem;min-height:2.75rem;padding:.55rem 1.15rem;border-radius:999px;background:var(--accent);color:var(--on-accent);font-weight:650;font-size:1rem;line-height:1.2;text-decoration:none;white-space:nowrap;transition:background-color .15s ease,transform .15s ease}
.button:hover{background:var(--accent-hover);color:var(--on-accent)}
.button:active{transform:translateY(1px)}
.button--small{min-height:2.5rem;padding:.45rem 1rem;font-size:.9375rem}
.button--ghost{background:transparent;color:var(--accent);box-shadow:inset 0 0 0 1.5px currentColor}
.button--ghost:hover{background:var(--chip-bg);color:var(--accent-hover)}

/* The briefing */
.briefing{padding-block:2rem 1rem}
.meta-line{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .6rem;color:var(--muted);font-size:.875rem}

.topic{display:inline-block;padding:.15rem .6rem;border-radius:999px;background:var(--chip-bg);color:var(--chip-text);font-weight:650;font-size:.8125rem;letter-spacing:.02em;text-transform:uppercase}
.briefing__title{margin-block:.85rem .75rem;font:700 clamp(1.875rem,6.2vw,2.75rem)/1.12 var(--font-serif);letter-spacing:-.015em}
.shared-by{display:flex;align-items:center;gap:.5rem;color:var(--muted);font-size:.9375rem}
.shared-by strong{color:var(--text);font-weight:650}
.avatar{display:inline-grid;place-items:center;width:1.75rem;height:1.75rem;border-radius:50%;background:var(--accent);color:var(--on-accent);font-weight:700;font-size:.8125rem;flex:none}
.summary{margin-block:1.5rem 2rem;padding:1.15rem 1.25rem 1.25rem;border-radius:var(--radius);background:var(--surface-2);border-inline-start:4px solid var(--accent)}
.summary__label{margin-block-end:.4rem;color:var(--muted);font:700 .75rem/1.3 var(--font-sans);letter-spacing:.08em;text-transform:uppercase}
.summary__text{font:500 1.1875rem/1.55 var(--font-serif)}
.section{margin-block:2rem}
.section__heading{margin-block-end:.75rem;font:700 1.375rem/1.25 var(--font-sans);letter-spacing:-.01em}
.paragraph{margin-block:0 1.25rem}
.paragraph__text{font:400 1.1875rem/1.7 var(--font-serif)}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:.6rem 0 0;padding:0;list-style:none}
.chip{display:inline-flex;align-items:center;gap:.3rem;min-height:2rem;max-width:100%;padding:.25rem .7rem;border-radius:999px;background:var(--chip-bg);color:var(--chip-text);font:600 .8125rem/1.2 var(--font-sans);text-decoration:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
a.chip:hover{color:var(--chip-text);text-decoration:underline}
.chip__icon{width:.75rem;height:.75rem;flex:none;opacity:.8}


/* Calls to action */
.cta-inline{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem 1rem;margin-block:2rem;padding:1rem 1.15rem;border:1px solid var(--border);border-radius:var(--radius);background:var(--surface)}
.cta-inline__text{display:flex;align-items:center;gap:.75rem;font-weight:600;line-height:1.35}
.cta-inline__text .brand__mark{width:2.5rem;height:2.5rem}
.cta-inline__sub{display:block;color:var(--muted);font-weight:400;font-size:.875rem}
.cta-card{margin-block:2.5rem 3rem;padding:2rem 1.5rem;border-radius:calc(var(--radius) + 6px);background:var(--surface);box-shadow:var(--shadow);border:1px solid var(--border);text-align:center}
.cta-card .brand__mark{width:3.5rem;height:3.5rem;margin:0 auto 1rem}
.cta-card__title{font:700 1.5rem/1.2 var(--font-sans);letter-spacing:-.015em}
.cta-card__text{max-width:26rem;margin:.6rem auto 1.4rem;color:var(--muted)}
.open-in-app{display:inline-block;margin-block-start:1rem;font-size:.9375rem;font-weight:600}.open-in-app[hidden]{display:none}
.store-badges__row{display:flex;flex-wrap:wrap;justify-content:center;gap:.75rem}
.store-badges__note{margin-block-start:.75rem;color:var(--muted);font-size:.8125rem}
.handoff-note{max-width:26rem;margin:.75rem auto 0;color:var(--muted);font-size:.8125rem;line-height:1.4}.handoff-note[hidden]{display:none}
.cta-inline .handoff-note{flex-basis:100%;max-width:none;margin:0}
.handoff-note--banner{max-width:none;margin:0;padding-block:.5rem;text-align:end}
/* Badges follow the page's direction, as Apple's and Google's right-to-left badges do. */
.store-badge{display:inline-flex;align-items:center;gap:.6rem;width:12.5rem;max-width:100%;min-height:3.25rem;padding-block:.45rem;padding-inline:.9rem 1.1rem;border-radius:10px;background:var(--badge-bg);color:var(--badge-text);border:1px solid var(--badge-border);text-decoration:none;text-align:start;transition:transform .15s ease}
.store-badge:hover{color:var(--badge-text);transform:translateY(-1px)}
.store-badge__glyph{width:1.6rem;height:1.6rem;flex:none}
.store-badge__text{display:flex;flex-direction:column;line-height:1.05}
.store-badge__text{min-width:0}
.store-badge__small{font-size:.6875rem;font-weight:500}
.store-badge--google-play .store-badge__small{font-size:.625rem;letter-spacing:.04em}
.store-badge__name{font-size:1.25rem;font-weight:600;letter-spacing:-.01em}

/* Footer */
.site-footer{padding-block:1.75rem 2.5rem;border-block-start:1px solid var(--border);color:var(--muted);font-size:.875rem;text-align:center}
.site-footer a{color:inherit;font-weight:600}
.site-footer__links{display:flex;flex-wrap:wrap;justify-content:center;gap:.5rem 1.25rem;margin-block-start:.5rem}

/* Error and brand pages */
.notice{padding-block:3rem 1rem;text-align:center}
.notice__code{color:var(--muted);font:700 .8125rem/1 var(--font-sans);letter-spacing:.12em;text-transform:uppercase}
.notice__title{margin-block:.75rem;font:700 clamp(1.75rem,6vw,2.25rem)/1.15 var(--font-serif)}
.notice__text{max-width:28rem;margin:0 auto;color:var(--muted);font-size:1.0625rem}
.notice__actions{display:flex;flex-wrap:wrap;justify-content:center;gap:.75rem;margin-block-start:1.5rem}
.hero{padding-block:3rem 1rem;text-align:center}
.hero .brand__mark{width:4.5rem;height:4.5rem;margin:0 auto 1.25rem}
.hero__title{font:700 clamp(2rem,8vw,3.25rem)/1.08 var(--font-serif);letter-spacing:-.02em}
.hero__text{max-width:30rem;margin:1rem auto 1.75rem;color:var(--muted);font-size:1.125rem}
.features{display:grid;gap:1rem;margin:2.5rem 0 3rem;padding:0;list-style:none}
.feature{padding:1.15rem 1.25rem;border-radius:var(--radius);background:var(--surface);border:1px solid var(--border)}
.feature__title{font:700 1.0625rem/1.3 var(--font-sans)}
.feature__text{margin-block-start:.3rem;color:var(--muted)}

@media (min-width:40rem){
  .briefing{padding-block-start:3rem}
  .cta-card{padding:2.5rem 2rem}
  .features{grid-template-columns:repeat(3,1fr)}
}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
@media print{.site-header,.cta-inline,.cta-card,.skip-link{display:none}body{background:#fff;color:#000}}
`);
