/**
 * Where town names go on a venue map: beside their point, on the first side (above or below, right
 * or left) where the name covers no venue's dot. The names are drawn above the dots, so a name that
 * finds no free side still reads; this keeps it from hiding a dot too.
 */
import type { BaseMap, PlacedTown } from './base.ts';
import { nameWidth } from './base.ts';
import type { Mark } from './marks.ts';

export interface TownLabel {
  town: PlacedTown['town'];
  /** Where the text starts (or ends, for anchor "end"): its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Height of a name above its baseline and below it, in user units at the largest type (20 units). */
const ascent = 15;
const descent = 5;
/** Distance of the name from its point. */
const offset = { x: 5, above: -4, below: 16 };

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(label: TownLabel): Box {
  const width = nameWidth(label.town.name);
  const left = label.anchor === 'start' ? label.x : label.x - width;
  return { left, right: left + width, top: label.y - ascent, bottom: label.y + descent };
}

/** Whether a dot (with its 2-unit halo) touches the box: the box's nearest point is inside the circle. */
function covers(box: Box, mark: Mark): boolean {
  const dx = mark.x - Math.max(box.left, Math.min(mark.x, box.right));
  const dy = mark.y - Math.max(box.top, Math.min(mark.y, box.bottom));
  return Math.hypot(dx, dy) < mark.r + 2;
}

const inside = (box: Box, base: BaseMap) => box.left >= 0 && box.right <= base.width && box.top >= 0 && box.bottom <= base.height;

/** Each named town's label, on the side its own preference puts first among those that cover no dot. */
export function labelTowns(base: BaseMap, marks: readonly Mark[]): TownLabel[] {
  return base.towns.map(({ town, x, y, anchor }) => {
    const other = anchor === 'start' ? 'end' : 'start';
    const candidates: TownLabel[] = [
      [anchor, offset.above],
      [other, offset.above],
      [anchor, offset.below],
      [other, offset.below],
    ].map(([side, dy]) => ({
      town,
      x: side === 'start' ? x + offset.x : x - offset.x,
      y: Math.round((y + (dy as number)) * 10) / 10,
      anchor: side as 'start' | 'end',
    }));
    const fitting = candidates.filter((label) => inside(boxOf(label), base));
    const pool = fitting.length > 0 ? fitting : candidates;
    const covered = (label: TownLabel) => marks.filter((mark) => covers(boxOf(label), mark)).length;
    // The first side with the fewest dots under it: with no dots about, the name stays where the base put it.
    return pool.reduce((best, label) => (covered(label) < covered(best) ? label : best));
  });
}
