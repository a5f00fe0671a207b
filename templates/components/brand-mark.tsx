/** The brand mark: a spark in a rounded square, drawn inline so it costs no request. */

export interface BrandMarkProps {
  /** Extra class names, e.g. for size. */
  class?: string;
}

/**
 * Decorative: the brand's name always appears next to it as text.
 *
 * @example
 * <BrandMark />
 */
export function BrandMark({ class: className }: BrandMarkProps) {
  return (
    <svg class={className ? `brand__mark ${className}` : "brand__mark"} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#3730a3" />
      <path fill="#fff" d="M16 5l2.9 8.1L27 16l-8.1 2.9L16 27l-2.9-8.1L5 16l8.1-2.9z" />
    </svg>
  );
}
