/**
 * Source categories → Kulturbro types and disciplines, through one table derived from
 * `taxonomy.ts`: every id and its Swedish, Norwegian and English name. A new discipline there is
 * a new word here.
 */
import { disciplineNames, disciplines, eventTypes, typeNames, type Discipline, type EventType } from '../taxonomy.ts';

const normal = (word: string) => word.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function table<Id extends string>(ids: readonly Id[], names: Record<Id, Record<string, string>>): Map<string, Id> {
  const words = new Map<string, Id>();
  for (const id of ids) for (const word of [id, ...Object.values(names[id])]) words.set(normal(word), id);
  return words;
}

const disciplineWords = table(disciplines, disciplineNames);
// Opportunities need fields a calendar does not carry (apply, deadline): categories name events only.
const typeWords = table(eventTypes, typeNames as Record<EventType, Record<string, string>>);

/** The type and disciplines a source's categories name; unknown words are ignored. */
export function classify(categories: readonly string[]): { type?: EventType; disciplines: Discipline[] } {
  let type: EventType | undefined;
  const found: Discipline[] = [];
  for (const category of categories) {
    const word = normal(category);
    const discipline = disciplineWords.get(word);
    if (discipline && !found.includes(discipline)) found.push(discipline);
    type ??= typeWords.get(word);
  }
  return { ...(type ? { type } : {}), disciplines: found.slice(0, 5) };
}
