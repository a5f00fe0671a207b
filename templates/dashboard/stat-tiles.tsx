/** A row of headline figures ("tiles"), each with a label and an optional note. */

export interface StatTile {
  /** Stable key, also a hook for tests (`data-figure`). */
  key: string;
  label: string;
  value: string;
  note?: string | null;
}

/**
 * @example
 * <StatTiles tiles={[{ key: "views", label: "Human views", value: "1,204" }]} />
 */
export function StatTiles({ tiles, label }: { tiles: readonly StatTile[]; label: string }) {
  return (
    <ul class={`tiles tiles--${tiles.length}`} aria-label={label}>
      {tiles.map((tile) => (
        <li class="tile">
          <span class="tile__label">{tile.label}</span>
          <span class="tile__value" data-figure={tile.key}>
            {tile.value}
          </span>
          {tile.note ? <span class="tile__note">{tile.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
