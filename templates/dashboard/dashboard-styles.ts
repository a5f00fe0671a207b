/** The dashboard's additions to the shared stylesheet: wide panels, tiles, tables, charts; light and dark from the same tokens. */
import { minifyCss } from "../styles";

/**
 * Appended to STYLESHEET on dashboard pages only (Layout's `extraCss`). Chart colours are classes,
 * never `style=""`: the CSP allows this sheet by nonce and nothing inline.
 *
 * @example
 * <Layout … extraCss={DASHBOARD_CSS}>
 */
export const DASHBOARD_CSS = minifyCss(String.raw`
:root{--chart:#4f46e5;--chart-2:#a5b4fc;--chart-track:#eeedf8;--grid:#ebe9e3;--ok-bg:#e3f3e8;--ok-text:#1c5730;--warn-bg:#fbeed2;--warn-text:#6e4400;--bad-bg:#fbe3e1;--bad-text:#8c1d18;--danger:#b3261e}
@media (prefers-color-scheme:dark){:root{--chart:#8b93ff;--chart-2:#4c4f9a;--chart-track:#23253a;--grid:#2a2c34;--ok-bg:#173523;--ok-text:#a6e0b8;--warn-bg:#3a2c0c;--warn-text:#f5d48b;--bad-bg:#3d1715;--bad-text:#ffb4ab;--danger:#ffb4ab}}
.wrap--wide{max-width:80rem}
.brand__area{color:var(--muted);font-weight:500;padding-inline-start:.6rem;border-inline-start:1px solid var(--border)}
.site-header__end{display:flex;align-items:center;gap:.5rem}
.link-button{display:inline-flex;align-items:center;min-height:2.5rem;padding:.4rem .9rem;border:1px solid var(--border);border-radius:999px;background:var(--surface);color:var(--text);font:600 .875rem/1 var(--font-sans);text-decoration:none;cursor:pointer}
.link-button:hover{background:var(--surface-2);color:var(--text)}
button.button{border:0;font-family:inherit;cursor:pointer}
.tabs{background:var(--surface);border-block-end:1px solid var(--border)}
.tabs__list{display:flex;gap:.25rem;margin-block:0;padding-block:0;list-style:none;overflow-x:auto}
.tabs__link{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 .8rem;margin-block-end:-1px;color:var(--muted);font-weight:600;font-size:.9375rem;text-decoration:none;border-block-end:2px solid transparent}
.tabs__link:hover{color:var(--text)}
.tabs__link[aria-current=page]{color:var(--text);border-color:var(--accent)}
.dash{display:flex;flex-direction:column;gap:1.25rem;padding-block:1.75rem 3.5rem}
.dash>*{min-width:0}
.page-head{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:1rem 1.5rem}
.page-head__text{min-width:0}
.page-title{font:700 clamp(1.5rem,4vw,1.875rem)/1.2 var(--font-sans);letter-spacing:-.02em}
.page-sub{margin-block-start:.3rem;color:var(--muted)}
.breadcrumb{margin-block-end:.35rem;color:var(--muted);font-size:.875rem;overflow-wrap:anywhere}
.breadcrumb a{font-weight:600}
.toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem}
.panel{padding:1.25rem;border:1px solid var(--border);border-radius:var(--radius);background:var(--surface);box-shadow:0 1px 2px rgb(0 0 0/.04)}
.panel__head{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem 1rem;margin-block-end:1rem}
.panel__title{font:700 1.0625rem/1.3 var(--font-sans);letter-spacing:-.01em}
.panel__note{color:var(--muted);font-size:.875rem}
.grid-2{display:grid;grid-template-columns:minmax(0,1fr);gap:1.25rem}
@media (min-width:52rem){.grid-2{grid-template-columns:repeat(2,minmax(0,1fr))}}
.notice-box{padding:.9rem 1rem;border-radius:10px;background:var(--warn-bg);color:var(--warn-text);font-weight:500}
.notice-box--error{background:var(--bad-bg);color:var(--bad-text)}
.notice-box--ok{background:var(--ok-bg);color:var(--ok-text)}
.notice-box a{color:inherit}
.empty{padding:1.5rem 0;color:var(--muted);text-align:center}

/* Range picker: a segmented control of links, and a custom range in a disclosure. */
.segmented{display:inline-flex;padding:.2rem;border:1px solid var(--border);border-radius:999px;background:var(--surface)}
.segmented a{display:inline-flex;align-items:center;min-height:2.25rem;padding:0 .7rem;border-radius:999px;color:var(--muted);font-weight:600;font-size:.875rem;text-decoration:none;white-space:nowrap}
.segmented a:hover{color:var(--text)}
.segmented a[aria-current=page]{background:var(--accent);color:var(--on-accent)}
.custom-range{position:relative}
.custom-range>summary{list-style:none;cursor:pointer}
.custom-range>summary::-webkit-details-marker{display:none}
.custom-range[open]>summary,.custom-range--active>summary{background:var(--chip-bg);color:var(--chip-text);border-color:transparent}
.custom-range__form{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.75rem;margin-block-start:.6rem;padding:1rem;border:1px solid var(--border);border-radius:12px;background:var(--surface)}
.field{display:flex;flex-direction:column;gap:.3rem;min-width:0}
.field label,.field__label{font-weight:600;font-size:.875rem}
.input,.select{min-height:2.75rem;padding:.5rem .75rem;border:1px solid #8a867d;border-radius:10px;background:var(--surface);color:var(--text);font:inherit;font-size:1rem;max-width:100%}
.input:focus-visible,.select:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
@media (prefers-color-scheme:dark){.input,.select{border-color:#6e6c75}}
.field__error{color:var(--bad-text);font-size:.875rem;font-weight:600}
.button--danger{background:var(--danger);color:#fff}
.button--danger:hover{background:#8c1d18;color:#fff}
@media (prefers-color-scheme:dark){.button--danger{color:#111215}.button--danger:hover{background:#ffdad6;color:#111215}}

/* Tiles */
/* Cells drawn with inset shadows on their end and bottom edges, so a short last row leaves no grey hole. */
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,9.5rem),1fr));margin:0;padding:0;border:1px solid var(--border);border-radius:var(--radius);overflow:hidden;background:var(--surface);list-style:none}
.tile{display:flex;flex-direction:column;gap:.25rem;padding:1rem 1.1rem;min-width:0;box-shadow:1px 0 0 var(--border),0 1px 0 var(--border)}
.tile__label{color:var(--muted);font:700 .75rem/1.3 var(--font-sans);letter-spacing:.06em;text-transform:uppercase}
.tile__value{font:700 1.75rem/1.1 var(--font-sans);letter-spacing:-.02em;font-variant-numeric:tabular-nums}
.tile__note{color:var(--muted);font-size:.8125rem}
@media (min-width:64rem){.tiles--6{grid-template-columns:repeat(6,minmax(0,1fr))}.tiles--5{grid-template-columns:repeat(5,minmax(0,1fr))}}

/* Funnel */
.funnel{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:1rem;margin:0;padding:0;list-style:none}
@media (min-width:52rem){.funnel{grid-template-columns:repeat(4,minmax(0,1fr))}}
.funnel__step{display:flex;flex-direction:column;gap:.35rem;min-width:0}
.funnel__label{color:var(--muted);font-weight:600;font-size:.875rem}
.funnel__value{font:700 1.5rem/1.1 var(--font-sans);font-variant-numeric:tabular-nums}
.funnel__bar{width:100%;height:5.5rem;border-radius:8px;overflow:hidden}
.funnel__rate{display:inline-flex;align-self:flex-start;align-items:center;gap:.3rem;padding:.15rem .55rem;border-radius:999px;background:var(--chip-bg);color:var(--chip-text);font-weight:650;font-size:.8125rem;font-variant-numeric:tabular-nums}
.funnel__rate--none{background:transparent;color:var(--muted);padding-inline:0;font-weight:500}
.chart-track{fill:var(--chart-track)}
.chart-bar{fill:var(--chart)}

/* Daily chart */
.chart{margin:0}
.chart__tabs{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 1rem;padding:0;list-style:none}
.chart__tab{display:inline-flex;align-items:center;min-height:2.25rem;padding:.3rem .8rem;border-radius:999px;background:var(--surface-2);color:var(--muted);font-weight:600;font-size:.875rem;text-decoration:none}
.chart__tab:hover{color:var(--text)}
.chart__tab[aria-current=true]{background:var(--chip-bg);color:var(--chip-text)}
.chart__body{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.5rem}
.chart__y{display:flex;flex-direction:column;justify-content:space-between;height:13rem;color:var(--muted);font-size:.75rem;text-align:end;font-variant-numeric:tabular-nums}
.chart__y span{line-height:1}
.chart__y span:first-child{transform:translateY(-50%)}
.chart__y span:last-child{transform:translateY(50%)}
.chart__svg{width:100%;height:13rem;overflow:visible}
.chart__grid{stroke:var(--grid);stroke-width:1}
.chart__x{display:flex;justify-content:space-between;grid-column:2;color:var(--muted);font-size:.75rem}
.chart__svg .chart-bar:hover{fill:var(--accent-hover)}
.chart__caption{color:var(--muted);font-size:.875rem;margin-block-start:.75rem}
.disclosure{margin-block-start:.75rem}
.disclosure>summary{cursor:pointer;color:var(--accent);font-weight:600;font-size:.875rem;min-height:2.75rem;display:flex;align-items:center;width:max-content;max-width:100%}
.table-scroll{overflow-x:auto;max-height:24rem;overflow-y:auto}

/* Tables */
.table{width:100%;border-collapse:collapse;font-size:.9375rem}
.table th,.table td{padding:.6rem .75rem;border-block-end:1px solid var(--border);text-align:start;vertical-align:middle}
.table thead th{color:var(--muted);font-size:.75rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;white-space:nowrap}
.table .num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.table tbody tr:last-child>*{border-block-end:0}
.table caption{text-align:start}

/* Breakdowns: a bar behind each label, like a ranked list. */
.breakdown th[scope=row]{position:relative;width:100%;padding:0;font-weight:500}
.breakdown__bar{position:absolute;inset:.25rem 0;width:100%;height:calc(100% - .5rem)}
.breakdown__bar rect{fill:var(--chip-bg)}
.breakdown__label{position:relative;display:block;padding:.55rem .6rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.breakdown td{border-block-end:0}
.breakdown th{border-block-end:0}
.breakdown .share{color:var(--muted);width:4.5rem}

/* Share lists */
.filters{display:grid;gap:.75rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:48rem){.filters{grid-template-columns:minmax(0,2fr) minmax(0,1fr) minmax(0,1fr) auto;align-items:end}}
.status{display:inline-flex;align-items:center;gap:.35rem;padding:.15rem .6rem;border-radius:999px;font-weight:650;font-size:.8125rem;white-space:nowrap}
.status::before{content:"";width:.45rem;height:.45rem;border-radius:50%;background:currentColor}
.status--live{background:var(--ok-bg);color:var(--ok-text)}
.status--revoked{background:var(--bad-bg);color:var(--bad-text)}
.status--expired{background:var(--surface-2);color:var(--muted)}
.share-title{font-weight:650;color:var(--text);text-decoration:none}
.share-title:hover{color:var(--accent);text-decoration:underline}
.share-meta{display:block;color:var(--muted);font-size:.8125rem;font-weight:400;margin-block-start:.15rem}
td.share-meta{display:table-cell;white-space:nowrap}
.table .num strong{font-weight:500}
.pager{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem;margin-block-start:1rem}
@media (max-width:47.99rem){
  .table--cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .table--cards,.table--cards tbody,.table--cards tr,.table--cards td,.table--cards th{display:block}
  .table--cards tr{padding:.85rem 0;border-block-end:1px solid var(--border)}
  .table--cards tr:last-child{border-block-end:0}
  .table--cards td,.table--cards th{padding:.15rem 0;border:0;text-align:start}
  .table--cards .num,.table--cards .cell-inline{display:inline-block;text-align:start;margin-inline-end:1rem;color:var(--muted);font-size:.875rem}
  .table--cards .cell-inline{margin-block:.35rem}
  .table--cards .num[data-label]::before{content:attr(data-label) " ";font-weight:400}
  .table--cards .num strong{color:var(--text)}
}

/* A share */
.share-hero{display:grid;gap:1.25rem}
@media (min-width:60rem){.share-hero{grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);align-items:start}}
.share-card{display:block;width:100%;height:auto;aspect-ratio:1200/630;border-radius:12px;border:1px solid var(--border);background:var(--surface-2)}
.facts{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.45rem 1rem;margin:0;font-size:.9375rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-block-start:1.25rem}
.danger-zone{margin-block-start:1.25rem;padding-block-start:1.25rem;border-block-start:1px solid var(--border)}
.danger-zone>summary{cursor:pointer;color:var(--danger);font-weight:650;min-height:2.75rem;display:flex;align-items:center;width:max-content}
.danger-zone__text{color:var(--muted);margin-block:.25rem .75rem;font-size:.9375rem}

/* Sign-in */
.signin{display:grid;place-items:center;padding-block:3rem 4rem}
.signin__card{width:100%;max-width:26rem;padding:2rem 1.5rem;border:1px solid var(--border);border-radius:calc(var(--radius) + 4px);background:var(--surface);box-shadow:var(--shadow)}
.signin__card .brand__mark{width:3rem;height:3rem;margin-block-end:1rem}
.signin__title{font:700 1.5rem/1.2 var(--font-sans);letter-spacing:-.02em}
.signin__text{margin-block:.4rem 1.5rem;color:var(--muted)}
.signin__form{display:flex;flex-direction:column;gap:1rem}
.signin__form .button{width:100%}
.signin__hint{margin-block-start:1.25rem;color:var(--muted);font-size:.875rem}
.signin__hint code{padding:.1rem .35rem;border-radius:6px;background:var(--surface-2);color:var(--text);font-size:.875rem;white-space:nowrap}
.signin__card .notice-box{margin-block-end:1.25rem}
`);
