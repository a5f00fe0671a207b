/** Turns a hono/jsx tree into the React-shaped element tree satori reads. */
import { type JSXNode, isValidElement, jsx } from "hono/jsx";

/** What satori accepts as a node: React's element shape, with no React in the bundle. */
export type SatoriNode = SatoriElement | string | null | SatoriNode[];

export interface SatoriElement {
  type: string;
  props: { children?: SatoriNode; [prop: string]: unknown };
}

type Component = (props: Record<string, unknown>) => unknown;

/**
 * hono/jsx turns <style> into a component of its own (it hoists stylesheets into <head> when it renders
 * HTML) whose output is an HTML string; satori wants the element itself, to apply its rules.
 */
const HONO_STYLE_COMPONENT = (jsx("style", {}) as unknown as { tag: unknown }).tag;

/**
 * The same template renders to HTML (for the benchmark's Chromium) and to satori: hono/jsx keeps
 * tags, props and children on its nodes, and function components are called here, depth first.
 * (Inline <svg> is not supported, because hono/jsx wraps its children in a context provider: the
 * card draws SVG through <img> data URIs instead.)
 *
 * @example
 * const element = toSatoriElement(OgCard({ card, fonts }));
 * const svg = await satori(element, { width: 1200, height: 630, fonts });
 */
export function toSatoriElement(node: unknown): SatoriNode {
  if (node === null || node === undefined || typeof node === "boolean") return null;
  if (typeof node === "string" || typeof node === "number" || node instanceof String) return String(node);
  if (Array.isArray(node)) return node.map(toSatoriElement).filter((child) => child !== null);
  if (!isValidElement(node)) throw new TypeError(`Cannot draw a ${typeof node} on a card`);

  const { tag, props, children } = node as JSXNode & { tag: string | Component };
  const kids: unknown = children.length === 0 ? undefined : children.length === 1 ? children[0] : children;
  // A fragment (tag "") stands for its children.
  if (tag === "") return toSatoriElement(children);
  if (tag === HONO_STYLE_COMPONENT) return { type: "style", props: { children: children.map(String).join("") } };
  if (typeof tag === "function") return toSatoriElement(tag({ ...props, children: kids }));
  const { children: _ignored, ...rest } = props as Record<string, unknown>;
  // satori insists on a lone string child for text in a non-flex <div>, so one child is not an array.
  const converted = toSatoriElement(kids);
  return { type: tag, props: { ...rest, ...(converted === null ? {} : { children: converted }) } };
}
