/**
 * The few DOM types the in-page functions use. The project compiles against workers-types, which
 * clash with TypeScript's DOM lib, so code passed to page.evaluate() reads its globals through these:
 * `const { document } = globalThis as unknown as BrowserWindow;` (the cast is erased at run time).
 */

export interface DomRect {
  x: number;
  y: number;
  top: number;
  width: number;
  height: number;
}

export interface DomStyle {
  color: string;
  backgroundColor: string;
  opacity: string;
  fontSize: string;
  fontWeight: string;
  visibility: string;
  display: string;
  margin: string;
  direction: string;
  borderLeftWidth: string;
  borderRightWidth: string;
  outlineStyle: string;
  outlineWidth: string;
  transitionDuration: string;
}

export interface DomNode {
  nodeType: number;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  className: string;
  parentElement: DomElement | null;
  childNodes: ArrayLike<DomNode>;
  getBoundingClientRect(): DomRect;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface BrowserWindow {
  innerWidth: number;
  document: {
    documentElement: DomElement & { scrollWidth: number };
    body: DomElement;
    activeElement: DomElement | null;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    addEventListener(type: "securitypolicyviolation", listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
  };
  getComputedStyle(element: DomElement): DomStyle;
  /** Where the init script collects CSP violations. */
  __csp?: string[];
}

/** Node.TEXT_NODE. */
export const TEXT_NODE = 3;
