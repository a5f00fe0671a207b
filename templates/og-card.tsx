/**
 * The 1200×630 Open Graph card, drawn by satori in the Worker (and by Chromium in the benchmark).
 * `data-part` names the boxes the layout check (tests/integration/og-layout.test.ts) reads back.
 */
import type { Child } from "hono/jsx";
import type { BrandCardProps, BriefingCardProps, CardWords, OgCardProps } from "../src/domain/og-card-model";
import { CARD } from "../src/domain/og-card-layout";
import type { FittedSources } from "../src/domain/source-domains";

/** CSS font-family lists for the card's two faces; the renderer names one font per subset it loaded. */
export interface CardFontStacks {
  serif: string;
  sans: string;
}

export interface OgCardTemplateProps {
  card: OgCardProps;
  fonts: CardFontStacks;
}

/** The page's palette (templates/styles.ts, light theme), so the card and the page read as one brand. */
const COLOR = {
  paper: "#FAF9F6",
  ink: "#1A1916",
  body: "#46443F",
  muted: "#6B6862",
  rule: "#E0DDD5",
  accent: "#3730A3",
  accentInk: "#312A94",
  accentWash: "#ECEBFA",
} as const;

/**
 * Clamps a text block to `lines` lines with an ellipsis. satori clamps with these alone; a browser
 * also needs `overflow: hidden`, which the benchmark's stylesheet adds, because in satori it would
 * cost a full-canvas mask (resvg's most expensive operation) for every clamped block.
 */
function clamp(lines: number) {
  return {
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: lines,
    textOverflow: "ellipsis",
  } as const;
}

/** A filled bar. Rules and the top stripe are boxes, not borders: satori masks every bordered box. */
function Bar({ height, color, absolute = false }: { height: number; color: string; absolute?: boolean }) {
  const place = absolute ? ({ position: "absolute", top: 0, left: 0, width: CARD.width } as const) : {};
  return <div style={{ ...place, height, backgroundColor: color }} />;
}

/**
 * The spark of templates/components/brand-mark.tsx drawn with boxes, not an image: satori masks every
 * <img>, and a mask is resvg's costliest operation. Two diamonds (squares turned 45° and squeezed to
 * 0.358) trace that path exactly: points 11 units from the centre, waist at 2.9/8.1.
 */
function Spark({ size, color, left = 0, top = 0 }: { size: number; color: string; left?: number; top?: number }) {
  const unit = size / 22;
  const side = (22 / Math.SQRT2) * unit;
  const diamond = (squeeze: "scaleX" | "scaleY") => (
    <div
      style={{
        position: "absolute",
        left: left + (size - side) / 2,
        top: top + (size - side) / 2,
        width: side,
        height: side,
        backgroundColor: color,
        transform: `${squeeze}(0.358) rotate(45deg)`,
      }}
    />
  );
  return (
    <>
      {diamond("scaleX")}
      {diamond("scaleY")}
    </>
  );
}

/** The brand mark: the spark on a rounded square, as on the page. */
function Mark({ size }: { size: number }) {
  const unit = size / 32;
  return (
    <div style={{ position: "relative", display: "flex", width: size, height: size, borderRadius: 8 * unit, backgroundColor: COLOR.accent }}>
      <Spark size={22 * unit} color="#FFFFFF" left={5 * unit} top={5 * unit} />
    </div>
  );
}

function Brand({ appName }: { appName: string }) {
  return (
    <div data-part="brand" style={{ display: "flex", alignItems: "center", gap: 16 }}>
      <Mark size={46} />
      <div style={{ fontSize: 30, fontWeight: 600, letterSpacing: -0.3, color: COLOR.ink }}>{appName}</div>
    </div>
  );
}

function Sources({ sources, words }: { sources: FittedSources; words: CardWords }) {
  if (sources.shown.length === 0) return <div style={{ display: "flex" }} />;
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 14, fontSize: 22 }}>
      <div style={{ color: COLOR.muted, fontWeight: 600, textTransform: "uppercase", letterSpacing: 1.6, fontSize: 17 }}>
        {words.sources}
      </div>
      <div style={{ display: "flex", alignItems: "center", gap: 10 }}>
        {/* Domains are Latin: left to right inside a right-to-left footer. */}
        <div dir="ltr" style={{ color: COLOR.body }}>{sources.shown.join(" · ")}</div>
        {words.more ? <div style={{ color: COLOR.muted }}>{words.more}</div> : null}
      </div>
    </div>
  );
}

/** The footer: sources, and "Shared from {app}" in the language's word order (each part a flex item). */
function Footer({ words, sources }: { words: CardWords; sources: FittedSources }) {
  return (
    <div data-part="footer" style={{ display: "flex", flexDirection: "column" }}>
      <Bar height={2} color={COLOR.rule} />
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", paddingTop: 22, height: 62 }}>
        <Sources sources={sources} words={words} />
        <div style={{ display: "flex", alignItems: "center", gap: 7, fontSize: 22, color: COLOR.muted }}>
          {words.sharedFrom.map((part) => (
            <div style={part.strong ? { color: COLOR.accentInk, fontWeight: 600 } : {}}>{part.text}</div>
          ))}
        </div>
      </div>
    </div>
  );
}

function Meta({ topic, date }: { topic: string | null; date: string | null }) {
  return (
    <div data-part="meta" style={{ display: "flex", alignItems: "center", gap: 18, fontSize: 22, color: COLOR.muted }}>
      {topic ? (
        <div
          data-part="topic"
          style={{
            display: "flex",
            backgroundColor: COLOR.accentWash,
            color: COLOR.accentInk,
            fontWeight: 600,
            fontSize: 19,
            // A fixed line height: Noto Sans Arabic's own ("normal") is tall enough to burst the header.
            lineHeight: 1.3,
            letterSpacing: 1.2,
            padding: "7px 16px",
            borderRadius: 999,
          }}
        >
          {topic}
        </div>
      ) : null}
      {date ? <div data-part="date">{date}</div> : null}
    </div>
  );
}

/**
 * satori 0.60+ lays out like a browser: a <div> is a block box and boxes are content-box. The card was
 * designed for flex boxes measured border-box (satori 0.32's only model), and without these two rules
 * its footer is pushed off the canvas and the date cut. Chromium (the benchmark) reads them the same way.
 */
const CARD_STYLESHEET = "*{box-sizing:border-box} div{display:flex}";

function Frame({ fonts, dir = "ltr", children }: { fonts: CardFontStacks; dir?: "ltr" | "rtl"; children: Child }) {
  // `dir` mirrors every flex row (header, footer) for right-to-left languages; spacing is `gap`, not
  // left or right margins, so it mirrors with them.
  return (
    <div
      dir={dir}
      style={{
        width: CARD.width,
        height: CARD.height,
        position: "relative",
        display: "flex",
        flexDirection: "column",
        backgroundColor: COLOR.paper,
        padding: `54px ${CARD.paddingX}px 40px`,
        fontFamily: fonts.sans,
        color: COLOR.ink,
      }}
    >
      <style>{CARD_STYLESHEET}</style>
      <Bar height={10} color={COLOR.accent} absolute />
      {children}
    </div>
  );
}

function BriefingCard({ card, fonts }: { card: BriefingCardProps; fonts: CardFontStacks }) {
  return (
    <Frame fonts={fonts} dir={card.dir}>
      <div data-part="header" style={{ display: "flex", alignItems: "center", justifyContent: "space-between", height: 52 }}>
        <Brand appName={card.appName} />
        <Meta topic={card.topic} date={card.date?.local ?? null} />
      </div>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1 }}>
        <div
          data-part="title"
          lang={card.lang}
          dir={card.textDir}
          style={{
            ...clamp(card.titleLines),
            width: CARD.textWidth,
            fontFamily: card.titleFace === "serif" ? fonts.serif : fonts.sans,
            fontWeight: 700,
            fontSize: card.titleSize,
            lineHeight: CARD.titleLineHeight,
            letterSpacing: -0.012 * card.titleSize,
            color: COLOR.ink,
          }}
        >
          {card.title}
        </div>
        {card.summary && card.summaryLines > 0 ? (
          <div
            data-part="summary"
            lang={card.lang}
            dir={card.textDir}
            style={{
              ...clamp(card.summaryLines),
              width: CARD.textWidth,
              marginTop: CARD.titleGap,
              fontSize: CARD.summarySize,
              lineHeight: CARD.summaryLineHeight,
              color: COLOR.body,
            }}
          >
            {card.summary}
          </div>
        ) : null}
      </div>
      <Footer words={card.words} sources={card.sources} />
    </Frame>
  );
}

function BrandCard({ card, fonts }: { card: BrandCardProps; fonts: CardFontStacks }) {
  return (
    <Frame fonts={fonts}>
      <Spark size={400} color={COLOR.accentWash} left={CARD.width - 64 - 400} top={70} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1 }}>
        <Mark size={104} />
        <div
          style={{
            marginTop: 34,
            fontFamily: fonts.serif,
            fontWeight: 700,
            fontSize: 84,
            lineHeight: 1.05,
            letterSpacing: -1.2,
            color: COLOR.ink,
          }}
        >
          {card.appName}
        </div>
        <div style={{ marginTop: 14, fontSize: 34, lineHeight: 1.3, color: COLOR.body }}>{card.tagline}</div>
        <div style={{ marginTop: 30, fontSize: 24, fontWeight: 600, color: COLOR.accentInk }}>{card.message}</div>
      </div>
      <Footer words={card.words} sources={card.sources} />
    </Frame>
  );
}

/**
 * The card: flex layout and inline styles (plus the two rules of CARD_STYLESHEET), nothing satori would mask.
 *
 * @example
 * const element = OgCard({ card: cardForBriefing(briefing, brand), fonts: { serif: "…", sans: "…" } });
 */
export function OgCard({ card, fonts }: OgCardTemplateProps) {
  return card.kind === "brand" ? <BrandCard card={card} fonts={fonts} /> : <BriefingCard card={card} fonts={fonts} />;
}
