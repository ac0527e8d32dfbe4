/**
 * `npm run fixtures -- --entries N --out DIR [--seed S] [--force]`: writes a synthetic content set
 * (events/, organisers/, venues/) for the benchmark and the scale tests. Deterministic: the same
 * seed and N give byte-identical files on any machine, in any time zone.
 *
 * The mix imitates a regional calendar after a few years: every type (about 20 % opportunities),
 * all eight regions, sv/nb/en with some nn and se, translations on about 30 %, weekly and monthly
 * series with exceptions, runs of dates, all-day festivals and exhibitions, online and hybrid
 * events, cross-border co-productions, cancellations and postponements; dates from four years
 * before `now` to about a year after it (most of a long-lived calendar is archive).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readOptions } from './lib/options.ts';
import { seriesDates, type RepeatRule } from '../src/lib/occurrences.ts';
import {
  disciplineNames, opportunityTypes, regionIds, regions, weekdays, type Country, type Discipline, type EntryType,
  type RegionId,
} from '../src/lib/taxonomy.ts';
import { addDays, weekdayIndex, type LocalDate } from '../src/lib/time.ts';
import { slugify } from '../src/lib/entry-file.ts';
import { renderArtwork, type Shape } from './sample-pictures.ts';

export interface GenerateOptions {
  /** How many event and opportunity files. */
  entries: number;
  seed?: number;
  /** The day the dates are spread around (the benchmark's KULTURBRO_NOW date). */
  today?: LocalDate;
  /** How many venues, instead of the usual number for `entries` (the map's 2,000-venue budget). */
  venues?: number;
  /** The share of entries (0–1) with a picture beside them; none by default. */
  pictures?: number;
}

export interface GeneratedFile {
  /** Relative to the content root, e.g. `events/2026/varmland/2026-05-02-varkonsert.md`. */
  path: string;
  text: string;
  /** A picture file instead of text: drawn by scripts/sample-pictures.ts when the content is written. */
  picture?: { shape: Shape; pool: number };
}

/** Distinct artworks the pictures are drawn from: each file is one of them under its own name. */
const PICTURE_POOL = 12;
const pictureShapes: readonly Shape[] = ['landscape', 'landscape', 'landscape', 'portrait', 'square'];

export const DEFAULT_SEED = 7;
export const DEFAULT_TODAY: LocalDate = '2027-03-01';

// ---------------------------------------------------------------------------------------------
// Randomness: a seeded 32-bit generator (mulberry32), never Math.random.

type Random = () => number;

function randomFrom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly random: Random;
  constructor(random: Random) {
    this.random = random;
  }
  next(): number {
    return this.random();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.random() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries.at(-1)![0];
  }
  /** `count` different items, in the order they were drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
    return chosen;
  }
}

// ---------------------------------------------------------------------------------------------
// Places and names. Towns are real places of the eight regions; every organisation, venue,
// ensemble and person is invented.

interface Town {
  name: string;
  region: RegionId;
  lat: number;
  lon: number;
  postcode: string;
}

const town = (name: string, region: RegionId, lat: number, lon: number, postcode: string): Town => ({ name, region, lat, lon, postcode });

const towns: Town[] = [
  town('Karlstad', 'varmland', 59.3793, 13.5036, '65224'), town('Arvika', 'varmland', 59.6553, 12.5852, '67131'),
  town('Torsby', 'varmland', 60.1335, 12.9994, '68530'), town('Sunne', 'varmland', 59.8366, 13.1433, '68630'),
  town('Kristinehamn', 'varmland', 59.3098, 14.1081, '68130'), town('Filipstad', 'varmland', 59.7126, 14.1688, '68230'),
  town('Säffle', 'varmland', 59.1329, 12.93, '66130'), town('Hagfors', 'varmland', 60.0333, 13.65, '68330'),
  town('Charlottenberg', 'varmland', 59.8833, 12.2833, '67331'), town('Årjäng', 'varmland', 59.3917, 12.1347, '67231'),
  town('Falun', 'dalarna', 60.6065, 15.6355, '79171'), town('Borlänge', 'dalarna', 60.4858, 15.4371, '78433'),
  town('Mora', 'dalarna', 61.007, 14.543, '79230'), town('Leksand', 'dalarna', 60.7307, 14.9996, '79330'),
  town('Rättvik', 'dalarna', 60.8862, 15.1168, '79530'), town('Ludvika', 'dalarna', 60.1496, 15.1878, '77130'),
  town('Avesta', 'dalarna', 60.1455, 16.1679, '77430'), town('Malung', 'dalarna', 60.686, 13.715, '78231'),
  town('Sälen', 'dalarna', 61.159, 13.265, '78067'), town('Idre', 'dalarna', 61.858, 12.721, '79091'),
  town('Göteborg', 'vastra-gotaland', 57.7089, 11.9746, '41104'), town('Trollhättan', 'vastra-gotaland', 58.2837, 12.2886, '46130'),
  town('Uddevalla', 'vastra-gotaland', 58.3498, 11.9356, '45130'), town('Vänersborg', 'vastra-gotaland', 58.3807, 12.3234, '46230'),
  town('Strömstad', 'vastra-gotaland', 58.9395, 11.1712, '45230'), town('Åmål', 'vastra-gotaland', 59.051, 12.704, '66230'),
  town('Bengtsfors', 'vastra-gotaland', 59.0297, 12.2256, '66630'), town('Lysekil', 'vastra-gotaland', 58.2743, 11.4358, '45330'),
  town('Borås', 'vastra-gotaland', 57.721, 12.9401, '50330'), town('Skövde', 'vastra-gotaland', 58.3903, 13.8461, '54130'),
  town('Hamar', 'innlandet', 60.7945, 11.068, '2317'), town('Lillehammer', 'innlandet', 61.1153, 10.4662, '2609'),
  town('Kongsvinger', 'innlandet', 60.1907, 11.9977, '2211'), town('Elverum', 'innlandet', 60.8819, 11.5623, '2406'),
  town('Gjøvik', 'innlandet', 60.7957, 10.6916, '2815'), town('Trysil', 'innlandet', 61.3146, 12.2633, '2420'),
  town('Tynset', 'innlandet', 62.2755, 10.7817, '2500'), town('Otta', 'innlandet', 61.7726, 9.5388, '2670'),
  town('Brumunddal', 'innlandet', 60.8808, 10.9393, '2380'), town('Skotterud', 'innlandet', 59.983, 12.12, '2230'),
  town('Lillestrøm', 'akershus', 59.956, 11.0492, '2000'), town('Sandvika', 'akershus', 59.8907, 10.5228, '1337'),
  town('Asker', 'akershus', 59.8331, 10.4391, '1383'), town('Jessheim', 'akershus', 60.1415, 11.1747, '2050'),
  town('Ski', 'akershus', 59.7195, 10.8355, '1400'), town('Drøbak', 'akershus', 59.6632, 10.6296, '1440'),
  town('Eidsvoll', 'akershus', 60.33, 11.26, '2080'), town('Ås', 'akershus', 59.6628, 10.7918, '1430'),
  town('Fredrikstad', 'ostfold', 59.2181, 10.9298, '1606'), town('Sarpsborg', 'ostfold', 59.2839, 11.1096, '1706'),
  town('Halden', 'ostfold', 59.1248, 11.3875, '1771'), town('Moss', 'ostfold', 59.434, 10.6577, '1530'),
  town('Askim', 'ostfold', 59.5833, 11.1667, '1820'), town('Mysen', 'ostfold', 59.57, 11.33, '1850'),
  town('Drammen', 'buskerud', 59.7441, 10.2045, '3015'), town('Kongsberg', 'buskerud', 59.6689, 9.6502, '3611'),
  town('Hønefoss', 'buskerud', 60.168, 10.2565, '3510'), town('Geilo', 'buskerud', 60.534, 8.206, '3580'),
  town('Gol', 'buskerud', 60.701, 8.942, '3550'), town('Nesbyen', 'buskerud', 60.569, 9.109, '3540'),
  town('Hokksund', 'buskerud', 59.77, 9.91, '3300'),
  town('Oslo', 'oslo', 59.9139, 10.7522, '0150'), town('Oslo', 'oslo', 59.9232, 10.759, '0553'),
  town('Oslo', 'oslo', 59.9075, 10.7686, '0190'), town('Oslo', 'oslo', 59.9254, 10.7112, '0260'),
];

const swedishWords = [
  'Älvbacken', 'Tallmon', 'Granudden', 'Björkhagen', 'Strömsviken', 'Ljungås', 'Forsnäs', 'Kvarnbacken', 'Sjöstugan',
  'Myrsjön', 'Norrbyn', 'Lövnäs', 'Hagalund', 'Ekudden', 'Rösberget', 'Vitsand', 'Grånäs', 'Stensjö', 'Kolarbyn', 'Nyängen',
];
const norwegianWords = [
  'Fjellgløtt', 'Elvebakken', 'Granli', 'Bjørkely', 'Furumo', 'Lyngheim', 'Solbakken', 'Nordby', 'Åsheim', 'Tangen',
  'Skogly', 'Vidsyn', 'Brygga', 'Mølla', 'Fossheim', 'Myrvang', 'Steinrud', 'Kvernhuset', 'Sagbruket', 'Fløtern',
];
const swedishOrganiserKinds = [
  'kulturförening', 'konstförening', 'kammarkör', 'teatergrupp', 'folkmusikförening', 'filmstudio', 'litteraturförening',
  'dansensemble', 'hantverksgille', 'konstnärskollektiv', 'musikförening', 'hembygdsförening',
];
const norwegianOrganiserKinds = [
  'kulturforening', 'kunstforening', 'kammerkor', 'teaterlag', 'spelemannslag', 'filmklubb', 'litteraturhus',
  'danseensemble', 'husflidslag', 'kunstnerkollektiv', 'musikkforening', 'historielag',
];
/** Swedish genitive: Tallmons, but Grånäs (a name ending in s takes no second one). */
const genitive = (word: string) => (word.endsWith('s') ? word : `${word}s`);
const swedishVenueForms = [(w: string) => `${genitive(w)} kulturhus`, (w: string) => `Galleri ${w}`, (w: string) => `${w}scenen`, (w: string) => `${genitive(w)} folkets hus`, (w: string) => `Biografen ${w}`, (w: string) => `${genitive(w)} bibliotek`];
const norwegianVenueForms = [(w: string) => `${w} kulturhus`, (w: string) => `Galleri ${w}`, (w: string) => `${w}scenen`, (w: string) => `${w} samfunnshus`, (w: string) => `${w} kino`, (w: string) => `${w} bibliotek`];

const ensembleWords = ['Nordlys', 'Gränsland', 'Rimfrost', 'Vinterljus', 'Fjällvind', 'Storskog', 'Kvällsdimma', 'Isbrytare', 'Myrull', 'Tjärn', 'Midnattssol', 'Grenseløs'];
const ensembleForms = [(w: string) => `Trio ${w}`, (w: string) => `Kvartetten ${w}`, (w: string) => `${w} Ensemble`, (w: string) => `${w}-bandet`, (w: string) => `Kompani ${w}`];
const firstNames = ['Astrid', 'Ingrid', 'Sigrid', 'Karin', 'Maja', 'Elin', 'Solveig', 'Ragnhild', 'Tove', 'Linnea', 'Erik', 'Lars', 'Olav', 'Nils', 'Per', 'Anders', 'Håkon', 'Magnus', 'Jonas', 'Sindre', 'Aili', 'Máret'];
const lastNames = ['Lindqvist', 'Berg', 'Haugen', 'Nyström', 'Bakken', 'Eriksson', 'Solberg', 'Holm', 'Dahl', 'Strand', 'Sandvik', 'Lund', 'Moen', 'Åberg', 'Gaup', 'Sara'];

// ---------------------------------------------------------------------------------------------
// Text. Every template exists in each language an entry may be written in; a translation is the
// same template in another UI language, so translated titles say the same thing.

type TextLang = 'sv' | 'nb' | 'nn' | 'en' | 'se';
type Words = Record<TextLang, string>;

interface Slots {
  town: string;
  venue: string;
  organiser: string;
  ensemble: string;
  artist: string;
  theme: Words;
  season: Words;
  discipline: Words;
}

type Template = Record<TextLang, (s: Slots, lang: TextLang) => string>;

const themes: Words[] = [
  { sv: 'skogen', nb: 'skogen', nn: 'skogen', en: 'the forest', se: 'vuovdi' },
  { sv: 'älven', nb: 'elva', nn: 'elva', en: 'the river', se: 'johka' },
  { sv: 'gränsen', nb: 'grensen', nn: 'grensa', en: 'the border', se: 'rádji' },
  { sv: 'vintern', nb: 'vinteren', nn: 'vinteren', en: 'winter', se: 'dálvi' },
  { sv: 'midsommar', nb: 'sankthans', nn: 'jonsok', en: 'midsummer', se: 'gaskageassi' },
  { sv: 'fjällen', nb: 'fjellet', nn: 'fjellet', en: 'the mountains', se: 'várit' },
  { sv: 'sjön', nb: 'innsjøen', nn: 'innsjøen', en: 'the lake', se: 'jávri' },
  { sv: 'hemlängtan', nb: 'hjemlengsel', nn: 'heimlengt', en: 'homesickness', se: 'ruoktoidáhttu' },
  { sv: 'ljuset', nb: 'lyset', nn: 'lyset', en: 'the light', se: 'čuovga' },
  { sv: 'flottningen', nb: 'tømmerfløtingen', nn: 'tømmerfløytinga', en: 'timber floating', se: 'muorrafievrrideapmi' },
  { sv: 'finnskogen', nb: 'finnskogen', nn: 'finnskogen', en: 'the Finn Forest', se: 'suomavuovdi' },
  { sv: 'smugglarna', nb: 'smuglerne', nn: 'smuglarane', en: 'the smugglers', se: 'smugleret' },
];

function seasonOf(date: LocalDate): Words {
  const month = Number(date.slice(5, 7));
  if (month >= 3 && month <= 5) return { sv: 'vår', nb: 'vår', nn: 'vår', en: 'spring', se: 'giđđa' };
  if (month >= 6 && month <= 8) return { sv: 'sommar', nb: 'sommer', nn: 'sommar', en: 'summer', se: 'geassi' };
  if (month >= 9 && month <= 11) return { sv: 'höst', nb: 'høst', nn: 'haust', en: 'autumn', se: 'čakča' };
  return { sv: 'vinter', nb: 'vinter', nn: 'vinter', en: 'winter', se: 'dálvi' };
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const titles: Record<'event' | 'opportunity', Partial<Record<EntryType, Template[]>>> = {
  event: {
    concert: [
      { sv: (s) => `${cap(s.season.sv)}konsert med ${s.ensemble}`, nb: (s) => `${cap(s.season.nb)}konsert med ${s.ensemble}`, nn: (s) => `${cap(s.season.nn)}konsert med ${s.ensemble}`, en: (s) => `${cap(s.season.en)} concert with ${s.ensemble}`, se: (s) => `${s.ensemble}: ${s.season.se}konsearta` },
      { sv: (s) => `Folkmusikkväll i ${s.town}`, nb: (s) => `Folkemusikkveld i ${s.town}`, nn: (s) => `Folkemusikkveld i ${s.town}`, en: (s) => `Folk music night in ${s.town}`, se: (s) => `Juoiganeahket – ${s.town}` },
      { sv: (s) => `${s.artist} sjunger om ${s.theme.sv}`, nb: (s) => `${s.artist} synger om ${s.theme.nb}`, nn: (s) => `${s.artist} syng om ${s.theme.nn}`, en: (s) => `${s.artist} sings of ${s.theme.en}`, se: (s) => `${s.artist} juoigá: ${s.theme.se}` },
      { sv: () => 'Kammarmusik över gränsen', nb: () => 'Kammermusikk over grensen', nn: () => 'Kammermusikk over grensa', en: () => 'Chamber music across the border', se: () => 'Musihkka rájáid rastá' },
    ],
    performance: [
      { sv: (s) => `Berättelser om ${s.theme.sv}`, nb: (s) => `Fortellinger om ${s.theme.nb}`, nn: (s) => `Forteljingar om ${s.theme.nn}`, en: (s) => `Stories of ${s.theme.en}`, se: (s) => `Muitalusat: ${s.theme.se}` },
      { sv: (s) => `${s.ensemble} gästspelar i ${s.town}`, nb: (s) => `${s.ensemble} gjestespiller i ${s.town}`, nn: (s) => `${s.ensemble} gjestar ${s.town}`, en: (s) => `${s.ensemble} on tour in ${s.town}`, se: (s) => `${s.ensemble} – ${s.town}` },
      { sv: (s) => `Dansföreställning: ${s.theme.sv}`, nb: (s) => `Danseforestilling: ${s.theme.nb}`, nn: (s) => `Danseframsyning: ${s.theme.nn}`, en: (s) => `Dance performance: ${s.theme.en}`, se: (s) => `Dánsa: ${s.theme.se}` },
    ],
    exhibition: [
      { sv: (s) => `Bilder av ${s.theme.sv}`, nb: (s) => `Bilder av ${s.theme.nb}`, nn: (s) => `Bilete av ${s.theme.nn}`, en: (s) => `Pictures of ${s.theme.en}`, se: (s) => `Govat: ${s.theme.se}` },
      { sv: (s) => `${s.artist} – nya verk`, nb: (s) => `${s.artist} – nye verk`, nn: (s) => `${s.artist} – nye verk`, en: (s) => `${s.artist} – new work`, se: (s) => `${s.artist} – ođđa dáidda` },
      { sv: (s) => `Samlingsutställning om ${s.theme.sv}`, nb: (s) => `Samleutstilling om ${s.theme.nb}`, nn: (s) => `Samleutstilling om ${s.theme.nn}`, en: (s) => `Group show on ${s.theme.en}`, se: (s) => `Čájáhus: ${s.theme.se}` },
    ],
    festival: [
      { sv: (s) => `Gränsfestivalen i ${s.town}`, nb: (s) => `Grensefestivalen i ${s.town}`, nn: (s) => `Grensefestivalen i ${s.town}`, en: (s) => `Border festival in ${s.town}`, se: (s) => `Rádjefestivála – ${s.town}` },
      { sv: (s) => `Festivalen ${cap(s.theme.sv)}`, nb: (s) => `Festivalen ${cap(s.theme.nb)}`, nn: (s) => `Festivalen ${cap(s.theme.nn)}`, en: (s) => `${cap(s.theme.en)} festival`, se: (s) => `Festivála: ${s.theme.se}` },
    ],
    screening: [
      { sv: (s) => `Filmkväll: ${s.theme.sv} på film`, nb: (s) => `Filmkveld: ${s.theme.nb} på film`, nn: (s) => `Filmkveld: ${s.theme.nn} på film`, en: (s) => `Film night: ${s.theme.en} on screen`, se: (s) => `Filbmaeahket: ${s.theme.se}` },
      { sv: (s) => `Nordiska kortfilmer i ${s.town}`, nb: (s) => `Nordiske kortfilmer i ${s.town}`, nn: (s) => `Nordiske kortfilmar i ${s.town}`, en: (s) => `Nordic short films in ${s.town}`, se: (s) => `Oanehis filmmat – ${s.town}` },
    ],
    reading: [
      { sv: (s) => `${s.artist} läser ur sin nya bok`, nb: (s) => `${s.artist} leser fra ny bok`, nn: (s) => `${s.artist} les frå ny bok`, en: (s) => `${s.artist} reads from a new book`, se: (s) => `${s.artist} lohká ođđa girjjis` },
      { sv: (s) => `Poesikväll om ${s.theme.sv}`, nb: (s) => `Poesikveld om ${s.theme.nb}`, nn: (s) => `Poesikveld om ${s.theme.nn}`, en: (s) => `Poetry night on ${s.theme.en}`, se: (s) => `Divtaeahket: ${s.theme.se}` },
    ],
    workshop: [
      { sv: (s) => `Verkstad: ${s.discipline.sv} för nybörjare`, nb: (s) => `Verksted: ${s.discipline.nb} for nybegynnere`, nn: (s) => `Verkstad: ${s.discipline.nn} for nybyrjarar`, en: (s) => `Workshop: ${s.discipline.en} for beginners`, se: (s) => `Bargobádji: ${s.discipline.se}` },
      { sv: (s) => `Kurs i ${s.discipline.sv} med ${s.artist}`, nb: (s) => `Kurs i ${s.discipline.nb} med ${s.artist}`, nn: (s) => `Kurs i ${s.discipline.nn} med ${s.artist}`, en: (s) => `${cap(s.discipline.en)} class with ${s.artist}`, se: (s) => `Kursa: ${s.discipline.se}, ${s.artist}` },
    ],
    talk: [
      { sv: (s) => `Samtal om ${s.theme.sv}`, nb: (s) => `Samtale om ${s.theme.nb}`, nn: (s) => `Samtale om ${s.theme.nn}`, en: (s) => `A conversation about ${s.theme.en}`, se: (s) => `Ságastallan: ${s.theme.se}` },
      { sv: (s) => `${s.artist} berättar om ${s.theme.sv}`, nb: (s) => `${s.artist} forteller om ${s.theme.nb}`, nn: (s) => `${s.artist} fortel om ${s.theme.nn}`, en: (s) => `${s.artist} on ${s.theme.en}`, se: (s) => `${s.artist} muitala: ${s.theme.se}` },
    ],
    'guided-tour': [
      { sv: (s) => `Guidad vandring i ${s.town}`, nb: (s) => `Byvandring i ${s.town}`, nn: (s) => `Byvandring i ${s.town}`, en: (s) => `Guided walk in ${s.town}`, se: (s) => `Vázzinmátki – ${s.town}` },
      { sv: (s) => `Visning: ${s.theme.sv} i konsten`, nb: (s) => `Omvisning: ${s.theme.nb} i kunsten`, nn: (s) => `Omvising: ${s.theme.nn} i kunsten`, en: (s) => `Tour: ${s.theme.en} in art`, se: (s) => `Čájeheapmi: ${s.theme.se}` },
    ],
    market: [
      { sv: (s) => `${cap(s.season.sv)}marknad i ${s.town}`, nb: (s) => `${cap(s.season.nb)}marked i ${s.town}`, nn: (s) => `${cap(s.season.nn)}marknad i ${s.town}`, en: (s) => `${cap(s.season.en)} market in ${s.town}`, se: (s) => `Márkan – ${s.town}` },
      { sv: () => 'Hantverksmarknad över gränsen', nb: () => 'Håndverksmarked over grensen', nn: () => 'Handverksmarknad over grensa', en: () => 'Cross-border craft market', se: () => 'Duodjemárkan rájáid rastá' },
    ],
    meetup: [
      { sv: (s) => `Träff för ${s.discipline.sv}sintresserade`, nb: (s) => `Treff for alle som liker ${s.discipline.nb}`, nn: (s) => `Treff for alle som likar ${s.discipline.nn}`, en: (s) => `Meetup for ${s.discipline.en} lovers`, se: (s) => `Deaivvadeapmi: ${s.discipline.se}` },
      { sv: (s) => `Kulturcafé i ${s.town}`, nb: (s) => `Kulturkafé i ${s.town}`, nn: (s) => `Kulturkafé i ${s.town}`, en: (s) => `Culture café in ${s.town}`, se: (s) => `Kulturkafea – ${s.town}` },
    ],
    other: [
      { sv: (s) => `Öppet hus hos ${s.organiser}`, nb: (s) => `Åpent hus hos ${s.organiser}`, nn: (s) => `Ope hus hos ${s.organiser}`, en: (s) => `Open house at ${s.organiser}`, se: (s) => `Rabas viesu – ${s.organiser}` },
    ],
  },
  opportunity: {
    'open-call': [
      { sv: (s) => `Öppen utlysning: ${s.theme.sv}`, nb: (s) => `Åpen utlysning: ${s.theme.nb}`, nn: (s) => `Open utlysing: ${s.theme.nn}`, en: (s) => `Open call: ${s.theme.en}`, se: (s) => `Rabas ohcan: ${s.theme.se}` },
      { sv: (s) => `Sök till ${s.season.sv}ens utställning i ${s.town}`, nb: (s) => `Søk til utstillingen i ${s.town}`, nn: (s) => `Søk til utstillinga i ${s.town}`, en: (s) => `Apply to show in ${s.town}`, se: (s) => `Ohcan čájáhussii – ${s.town}` },
    ],
    residency: [
      { sv: (s) => `Residens i ${s.town}`, nb: (s) => `Residens i ${s.town}`, nn: (s) => `Residens i ${s.town}`, en: (s) => `Residency in ${s.town}`, se: (s) => `Resideansa – ${s.town}` },
      { sv: (s) => `Skrivarresidens vid ${s.theme.sv}`, nb: (s) => `Skriveresidens ved ${s.theme.nb}`, nn: (s) => `Skriveresidens ved ${s.theme.nn}`, en: (s) => `Writers' residency by ${s.theme.en}`, se: (s) => `Čállinresideansa: ${s.theme.se}` },
    ],
    funding: [
      { sv: (s) => `Stöd till gränsöverskridande ${s.discipline.sv}`, nb: (s) => `Tilskudd til grenseoverskridende ${s.discipline.nb}`, nn: (s) => `Tilskot til grenseoverskridande ${s.discipline.nn}`, en: (s) => `Grants for cross-border ${s.discipline.en}`, se: (s) => `Doarja: ${s.discipline.se}` },
    ],
    exchange: [
      { sv: (s) => `Utbyte ${s.town} – andra sidan gränsen`, nb: (s) => `Utveksling ${s.town} – andre siden av grensen`, nn: (s) => `Utveksling ${s.town} – andre sida av grensa`, en: (s) => `Exchange: ${s.town} and across the border`, se: (s) => `Lonohallan – ${s.town}` },
    ],
    networking: [
      { sv: (s) => `Nätverksträff för ${s.discipline.sv}`, nb: (s) => `Nettverkstreff for ${s.discipline.nb}`, nn: (s) => `Nettverkstreff for ${s.discipline.nn}`, en: (s) => `Networking meeting: ${s.discipline.en}`, se: (s) => `Fierpmádatdeaivvadeapmi: ${s.discipline.se}` },
    ],
  },
};

const summaries: Record<'event' | 'opportunity', Template[]> = {
  event: [
    { sv: (s) => `${s.ensemble} bjuder på ett program om ${s.theme.sv} på ${s.venue} i ${s.town}.`, nb: (s) => `${s.ensemble} byr på et program om ${s.theme.nb} på ${s.venue} i ${s.town}.`, nn: (s) => `${s.ensemble} byr på eit program om ${s.theme.nn} på ${s.venue} i ${s.town}.`, en: (s) => `${s.ensemble} present a programme about ${s.theme.en} at ${s.venue} in ${s.town}.`, se: (s) => `${s.ensemble} čájeha prográmma ${s.town}s.` },
    { sv: (s) => `En stund om ${s.theme.sv} för hela familjen, arrangerad av ${s.organiser}.`, nb: (s) => `En stund om ${s.theme.nb} for hele familien, arrangert av ${s.organiser}.`, nn: (s) => `Ei stund om ${s.theme.nn} for heile familien, skipa av ${s.organiser}.`, en: (s) => `An hour about ${s.theme.en} for the whole family, organised by ${s.organiser}.`, se: (s) => `Buohkaide, ${s.organiser} lágida.` },
    { sv: (s) => `${s.organiser} och gäster från andra sidan gränsen möts i ${s.town}. Fri entré för barn.`, nb: (s) => `${s.organiser} og gjester fra andre siden av grensen møtes i ${s.town}. Gratis for barn.`, nn: (s) => `${s.organiser} og gjester frå andre sida av grensa møtest i ${s.town}. Gratis for born.`, en: (s) => `${s.organiser} and guests from across the border meet in ${s.town}. Free for children.`, se: (s) => `${s.organiser} ja gussit deaivvadit ${s.town}s.` },
    { sv: (s) => `${s.artist} och ${s.ensemble} i ett samarbete mellan Sverige och Norge.`, nb: (s) => `${s.artist} og ${s.ensemble} i et samarbeid mellom Norge og Sverige.`, nn: (s) => `${s.artist} og ${s.ensemble} i eit samarbeid mellom Noreg og Sverige.`, en: (s) => `${s.artist} and ${s.ensemble} in a Swedish–Norwegian collaboration.`, se: (s) => `${s.artist} ja ${s.ensemble} ovttasbargu.` },
  ],
  opportunity: [
    { sv: (s) => `${s.organiser} söker konstnärer inom ${s.discipline.sv} för ett utbyte över gränsen.`, nb: (s) => `${s.organiser} søker kunstnere innen ${s.discipline.nb} til et utvekslingsprosjekt over grensen.`, nn: (s) => `${s.organiser} søkjer kunstnarar innan ${s.discipline.nn} til eit utvekslingsprosjekt over grensa.`, en: (s) => `${s.organiser} is looking for artists in ${s.discipline.en} for an exchange across the border.`, se: (s) => `${s.organiser} ohcá dáiddáriid: ${s.discipline.se}.` },
    { sv: (s) => `För yrkesverksamma i Värmland, Dalarna, Västra Götaland och Norge. Tema: ${s.theme.sv}.`, nb: (s) => `For profesjonelle kunstnere i Innlandet, Østfold, Oslo og Sverige. Tema: ${s.theme.nb}.`, nn: (s) => `For profesjonelle kunstnarar på begge sider av grensa. Tema: ${s.theme.nn}.`, en: (s) => `For professional artists on both sides of the border. Theme: ${s.theme.en}.`, se: (s) => `Profešuvnnalaš dáiddáriidda. Fáddá: ${s.theme.se}.` },
  ],
};

const sentences: Record<TextLang, ((s: Slots) => string)[]> = {
  sv: [
    (s) => `Kvällen börjar med en kort introduktion av ${s.artist}, som har arbetat med ${s.theme.sv} i många år.`,
    (s) => `${s.organiser} har samarbetat med kollegor på båda sidor om gränsen sedan länge.`,
    (s) => `Lokalen ${s.venue} ligger nära busshållplatsen i centrala ${s.town}.`,
    () => 'Kaffe och hembakat finns att köpa i pausen.',
    (s) => `Programmet tar avstamp i berättelser om ${s.theme.sv} och i musiken från trakten.`,
    () => 'Biljetter säljs i dörren och via förköpet, så länge det finns plats.',
    () => 'Ta gärna med barnen – det finns plats att sitta på golvet längst fram.',
    (s) => `Efteråt samtalar ${s.artist} med publiken om arbetet bakom ${s.ensemble}.`,
  ],
  nb: [
    (s) => `Kvelden starter med en kort innledning ved ${s.artist}, som har arbeidet med ${s.theme.nb} i mange år.`,
    (s) => `${s.organiser} har samarbeidet med kolleger på begge sider av grensen lenge.`,
    (s) => `${s.venue} ligger like ved bussholdeplassen i sentrum av ${s.town}.`,
    () => 'Kaffe og hjemmebakst kan kjøpes i pausen.',
    (s) => `Programmet tar utgangspunkt i fortellinger om ${s.theme.nb} og i musikken fra distriktet.`,
    () => 'Billetter selges i døra og på forhånd, så lenge det er plass.',
    () => 'Ta gjerne med barna – det er plass til å sitte på gulvet helt foran.',
    (s) => `Etterpå samtaler ${s.artist} med publikum om arbeidet bak ${s.ensemble}.`,
  ],
  nn: [
    (s) => `Kvelden byrjar med ei kort innleiing ved ${s.artist}, som har arbeidd med ${s.theme.nn} i mange år.`,
    (s) => `${s.organiser} har samarbeidd med kollegaer på begge sider av grensa lenge.`,
    (s) => `${s.venue} ligg like ved busshaldeplassen i sentrum av ${s.town}.`,
    () => 'Kaffi og heimebakst kan kjøpast i pausen.',
    (s) => `Programmet tek utgangspunkt i forteljingar om ${s.theme.nn} og i musikken frå distriktet.`,
    () => 'Billettar vert selde i døra, så lenge det er plass.',
  ],
  en: [
    (s) => `The evening opens with a short introduction by ${s.artist}, who has worked on ${s.theme.en} for many years.`,
    (s) => `${s.organiser} has worked with colleagues on both sides of the border for a long time.`,
    (s) => `${s.venue} is a short walk from the bus stop in the centre of ${s.town}.`,
    () => 'Coffee and home-made cakes are sold in the interval.',
    (s) => `The programme draws on stories of ${s.theme.en} and on the music of the area.`,
    () => 'Tickets are sold at the door and in advance, while places last.',
    (s) => `Afterwards ${s.artist} talks with the audience about the work behind ${s.ensemble}.`,
  ],
  se: [
    (s) => `${s.artist} álggaha eahkeda oanehis sániiguin.`,
    (s) => `${s.organiser} lea bargan ovttas rájáid rastá guhká.`,
    (s) => `${s.venue} lea ${s.town} guovddážis.`,
    () => 'Gáffe ja gáhkku vuovdojuvvojit boddosis.',
    () => 'Buohkat leat buresboahtin.',
  ],
};

const opportunitySentences: Record<TextLang, ((s: Slots) => string)[]> = {
  sv: [
    () => 'Ansökan ska innehålla en kort projektbeskrivning, ett CV och några arbetsprover.',
    (s) => `Urvalet görs av en jury med representanter från ${s.organiser} och norska samarbetspartner.`,
    () => 'Vi uppmuntrar särskilt sökande som inte har arbetat i grannlandet tidigare.',
    (s) => `Frågor besvaras av projektledaren på ${s.organiser}.`,
  ],
  nb: [
    () => 'Søknaden skal inneholde en kort prosjektbeskrivelse, CV og noen arbeidsprøver.',
    (s) => `Utvalget gjøres av en jury med representanter fra ${s.organiser} og svenske samarbeidspartnere.`,
    () => 'Vi oppfordrer særlig søkere som ikke har arbeidet i nabolandet før.',
    (s) => `Spørsmål besvares av prosjektlederen i ${s.organiser}.`,
  ],
  nn: [
    () => 'Søknaden skal innehalde ei kort prosjektskildring, CV og nokre arbeidsprøver.',
    (s) => `Utvalet vert gjort av ein jury med folk frå ${s.organiser} og svenske samarbeidspartnarar.`,
    () => 'Vi oppmodar særleg søkjarar som ikkje har arbeidd i nabolandet før.',
  ],
  en: [
    () => 'Applications need a short project description, a CV and a few samples of work.',
    (s) => `A jury with members from ${s.organiser} and partners across the border makes the selection.`,
    () => 'We especially encourage applicants who have not worked in the neighbouring country before.',
    (s) => `Questions go to the project lead at ${s.organiser}.`,
  ],
  se: [
    () => 'Ohcamuššii galgá čilgehus ja CV.',
    (s) => `${s.organiser} válljé oasseváldiid.`,
    () => 'Buohkat sáhttet ohcat.',
  ],
};

const listHeadings: Record<TextLang, string> = { sv: 'Program', nb: 'Program', nn: 'Program', en: 'Programme', se: 'Prográmma' };
const readMore: Record<TextLang, string> = { sv: 'Läs mer', nb: 'Les mer', nn: 'Les meir', en: 'Read more', se: 'Loga eambbo' };

// ---------------------------------------------------------------------------------------------
// Output helpers.

/** A YAML scalar: plain when it cannot be misread, double-quoted (JSON is valid YAML) otherwise. */
function yamlText(text: string): string {
  const plain = /^[\p{L}\p{N}][^:#"'\[\]{},&*!|>%@`\n]*$/u.test(text) && !/\s$/.test(text) && !/^\d/.test(text);
  return plain ? text : JSON.stringify(text);
}

const flow = (items: readonly string[]) => `[${items.join(', ')}]`;

function frontmatter(fields: [string, string | undefined][], tail = ''): string {
  const lines = fields.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n${tail}---\n`;
}

// ---------------------------------------------------------------------------------------------
// Organisers and venues.

interface Organiser {
  id: string;
  name: string;
  country: Country;
  region?: RegionId;
}

interface Venue {
  id: string;
  name: string;
  town: Town;
  country: Country;
}

/** How many organisers and venues a content set of `entries` entries has (150+ from 1,000 up). */
export function directorySize(entries: number): number {
  return entries >= 1000 ? Math.max(160, Math.round(entries / 40)) : Math.max(20, Math.round(entries * 0.16));
}

function makeOrganisers(dice: Dice, count: number): { organisers: Organiser[]; files: GeneratedFile[] } {
  const organisers: Organiser[] = [];
  const files: GeneratedFile[] = [];
  const used = new Set<string>();
  const nordic: { country: Country; name: string }[] = [
    { country: 'DK', name: 'Nordisk Kulturbro København' },
    { country: 'FI', name: 'Rajaton taideyhdistys' },
  ];
  for (let i = 0; organisers.length < count; i++) {
    let name: string;
    let country: Country;
    let region: RegionId | undefined;
    if (i % 40 === 39 && nordic.length > 0) {
      ({ name, country } = nordic.shift()!);
    } else {
      country = dice.chance(0.5) ? 'SE' : 'NO';
      const swedish = country === 'SE';
      const word = dice.pick(swedish ? swedishWords : norwegianWords);
      const kind = dice.pick(swedish ? swedishOrganiserKinds : norwegianOrganiserKinds);
      name = swedish ? `${genitive(word)} ${kind}` : `${word} ${kind}`;
      if (dice.chance(0.1)) name = swedish ? `Föreningen ${word}` : `Foreningen ${word}`;
      region = dice.chance(0.85) ? dice.pick(regionIds.filter((r) => regions[r].country === country)) : undefined;
    }
    let id = slugify(name);
    if (used.has(id)) {
      if (!region) continue;
      id = slugify(`${name} ${region}`);
      if (used.has(id)) continue;
    }
    used.add(id);
    const organiser: Organiser = { id, name, country, ...(region ? { region } : {}) };
    organisers.push(organiser);
    const website = `https://${id.replace(/-/g, '')}.example`;
    const translated = dice.chance(0.15) ? `translations:\n  en:\n    name: ${yamlText(`${name} (${country === 'SE' ? 'Sweden' : 'Norway'})`)}\n` : '';
    const about =
      country === 'SE'
        ? `${name} arbetar för levande kultur i hela regionen och samarbetar gärna med norska kollegor.\n\nVi arrangerar konserter, utställningar och kurser året runt.`
        : country === 'NO'
          ? `${name} jobber for et levende kulturliv i hele regionen og samarbeider gjerne med svenske kolleger.\n\nVi arrangerer konserter, utstillinger og kurs hele året.`
          : `${name} brings artists from across the Nordic countries together.`;
    files.push({
      path: `organisers/${id}.md`,
      text:
        frontmatter(
          [
            ['name', yamlText(name)],
            ['country', country],
            ['region', region],
            ['website', website],
            ['email', dice.chance(0.6) ? `post@${id.replace(/-/g, '')}.example` : undefined],
          ],
          translated,
        ) + `${about}\n`,
    });
  }
  return { organisers, files };
}

function makeVenues(dice: Dice, count: number): { venues: Venue[]; files: GeneratedFile[] } {
  const venues: Venue[] = [];
  const files: GeneratedFile[] = [];
  const used = new Set<string>();
  for (let i = 0; venues.length < count; i++) {
    // Every town gets a venue before any gets a second one.
    const place = i < towns.length ? towns[i]! : dice.pick(towns);
    const country = regions[place.region].country;
    const swedish = country === 'SE';
    const name = dice.pick(swedish ? swedishVenueForms : norwegianVenueForms)(dice.pick(swedish ? swedishWords : norwegianWords));
    const id = slugify(`${name} ${place.name}`);
    if (used.has(id)) continue;
    used.add(id);
    venues.push({ id, name, town: place, country });
    const street = swedish ? `${dice.pick(['Storgatan', 'Kyrkogatan', 'Järnvägsgatan', 'Hamngatan', 'Torggatan'])} ${dice.int(1, 60)}` : `${dice.pick(['Storgata', 'Kirkegata', 'Jernbanegata', 'Brugata', 'Torggata'])} ${dice.int(1, 60)}`;
    const accessibility = dice.some(['wheelchair', 'hearing-loop', 'relaxed'], dice.int(0, 2));
    const transit = swedish
      ? `Buss till ${place.name} centrum, sedan några minuters promenad.`
      : `Buss eller tog til ${place.name}, og så noen minutters gange.`;
    const about = swedish
      ? `${name} är en samlingsplats för kultur i ${place.name}, med scen, utställningsrum och café.`
      : `${name} er en møteplass for kultur i ${place.name}, med scene, utstillingslokale og kafé.`;
    files.push({
      path: `venues/${id}.md`,
      text:
        frontmatter([
          ['name', yamlText(name)],
          ['city', yamlText(place.name)],
          ['country', country],
          ['region', place.region],
          ['address', yamlText(street)],
          ['postcode', JSON.stringify(place.postcode)],
          ['lat', (place.lat + (dice.next() - 0.5) * 0.01).toFixed(4)],
          ['lon', (place.lon + (dice.next() - 0.5) * 0.01).toFixed(4)],
          ['accessibility', accessibility.length > 0 ? flow(accessibility) : undefined],
          ['transit', yamlText(transit)],
          ['website', `https://${id.replace(/-/g, '')}.example`],
        ]) + `${about}\n`,
    });
  }
  return { venues, files };
}

// ---------------------------------------------------------------------------------------------
// Entries.

const eventTypeWeights = {
  concert: 18, performance: 12, exhibition: 10, festival: 5, screening: 8, reading: 7, workshop: 10, talk: 8,
  'guided-tour': 6, market: 5, meetup: 6, other: 5,
} as const;
const opportunityTypeWeights = { 'open-call': 30, residency: 20, funding: 20, exchange: 15, networking: 15 } as const;

const typeDisciplines: Record<EntryType, Discipline[]> = {
  concert: ['music', 'folk-culture'],
  performance: ['theatre', 'dance', 'circus'],
  exhibition: ['visual-art', 'photography', 'crafts', 'design', 'architecture'],
  festival: ['music', 'theatre', 'multidisciplinary', 'folk-culture', 'film'],
  screening: ['film'],
  reading: ['literature'],
  workshop: ['crafts', 'dance', 'music', 'games', 'photography'],
  talk: ['heritage', 'literature', 'architecture', 'design'],
  'guided-tour': ['heritage', 'architecture', 'visual-art'],
  market: ['crafts', 'design', 'folk-culture'],
  meetup: ['games', 'multidisciplinary', 'literature'],
  other: ['multidisciplinary', 'heritage'],
  'open-call': [...Object.keys(disciplineNames)] as Discipline[],
  residency: ['literature', 'visual-art', 'music', 'dance', 'theatre'],
  funding: [...Object.keys(disciplineNames)] as Discipline[],
  exchange: ['music', 'theatre', 'dance', 'visual-art', 'film'],
  networking: ['multidisciplinary', 'music', 'film', 'games', 'design'],
};

const onlineTypes: EntryType[] = ['workshop', 'talk', 'meetup', 'screening', 'reading'];

function disciplineWords(d: Discipline): Words {
  const names = disciplineNames[d];
  return { sv: names.sv.toLowerCase(), nb: names.nb.toLowerCase(), nn: names.nb.toLowerCase(), en: names.en.toLowerCase(), se: names.nb.toLowerCase() };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A time of day from 09:00 to 21:45, on the quarter hour: never near the 02:00–03:00 DST gap. */
const daytime = (dice: Dice, from = 9, to = 21) => `${pad(dice.int(from, to))}:${pad(dice.pick([0, 0, 15, 30, 30, 45]))}`;

function minutesLater(date: LocalDate, time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${addDays(date, Math.floor(total / 1440))}T${pad(Math.floor((total % 1440) / 60))}:${pad(total % 60)}`;
}

/**
 * The day an entry is anchored on (its first date, or an opportunity's deadline): 88 % spread
 * evenly over the four years before `today`, 12 % in the year after it, fewer the further ahead.
 */
function anchorDay(dice: Dice, today: LocalDate): LocalDate {
  if (dice.chance(0.88)) return addDays(today, -dice.int(1, 4 * 365));
  for (;;) {
    const ahead = Math.floor(-Math.log(1 - dice.next()) * 90);
    if (ahead <= 400) return addDays(today, ahead);
  }
}

interface Schedule {
  fields: [string, string | undefined][];
  /** First date (or deadline) for the file name. */
  day: LocalDate;
}

function eventSchedule(dice: Dice, type: EntryType, day: LocalDate): Schedule {
  const fields: [string, string | undefined][] = [];
  const roll = dice.next();
  if (type === 'exhibition') {
    fields.push(['start', day], ['end', addDays(day, dice.int(14, 90))]);
  } else if (type === 'festival') {
    if (dice.chance(0.7)) fields.push(['start', day], ['end', addDays(day, dice.int(1, 3))]);
    else {
      const time = daytime(dice, 12, 17);
      fields.push(['start', `${day}T${time}`], ['end', `${addDays(day, dice.int(1, 2))}T${pad(dice.int(21, 23))}:00`]);
    }
  } else if (type === 'market' && roll < 0.5) {
    fields.push(['start', day]);
  } else if (roll < 0.14 && ['workshop', 'meetup', 'screening', 'concert', 'talk'].includes(type)) {
    // A regular series: weekly on the start's weekday (sometimes two days, sometimes fortnightly), or monthly.
    const time = daytime(dice, 10, 19);
    const start = `${day}T${time}`;
    fields.push(['start', start], ['end', minutesLater(day, time, dice.pick([60, 90, 120]))]);
    let rule: RepeatRule;
    let text: string;
    const form = dice.next();
    if (form < 0.65) {
      const on = [weekdays[weekdayIndex(day)]!];
      if (dice.chance(0.2)) on.push(weekdays[(weekdayIndex(day) + 2) % 7]!);
      const interval = dice.chance(0.2) ? 2 : undefined;
      const until = addDays(day, dice.int(6, 20) * 7);
      rule = { every: 'week', on: on.sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b)), until, ...(interval ? { interval } : {}) };
      text = `{every: week${interval ? `, interval: ${interval}` : ''}, on: ${flow(rule.on!)}, until: ${until}}`;
    } else if (form < 0.9) {
      const count = dice.int(3, 8);
      rule = { every: 'month', count };
      text = `{every: month, count: ${count}}`;
    } else {
      const count = dice.int(3, 5);
      rule = { every: 'day', count };
      text = `{every: day, count: ${count}}`;
    }
    fields.push(['repeat', text]);
    const dates = seriesDates(day, rule);
    if (dates.length >= 4 && dice.chance(0.5)) {
      const except = dice.some(dates.slice(1), dice.int(1, 2)).sort();
      fields.push(['except', flow(except)]);
    }
  } else if (roll < 0.26 && ['performance', 'screening', 'concert', 'reading'].includes(type)) {
    // A run of performances: the same time on a few more evenings within some weeks.
    const time = daytime(dice, 17, 20);
    fields.push(['start', `${day}T${time}`], ['end', minutesLater(day, time, dice.pick([75, 90, 120, 150]))]);
    const more = new Set<number>();
    const count = dice.int(1, 7);
    while (more.size < count) more.add(dice.int(1, 35));
    fields.push(['dates', flow([...more].sort((a, b) => a - b).map((offset) => `${addDays(day, offset)}T${time}`))]);
  } else if (type === 'concert' && roll < 0.4) {
    // A late concert that runs past midnight.
    fields.push(['start', `${day}T${pad(dice.int(21, 22))}:30`], ['end', `${addDays(day, 1)}T00:${dice.pick(['30', '45'])}`]);
  } else {
    const time = daytime(dice);
    fields.push(['start', `${day}T${time}`]);
    if (!dice.chance(0.1)) fields.push(['end', minutesLater(day, time, dice.pick([45, 60, 90, 120, 150, 180]))]);
  }
  return { fields, day };
}

function opportunitySchedule(dice: Dice, type: EntryType, day: LocalDate): Schedule {
  // `day` is the deadline; an activity period (if any) comes after it.
  const fields: [string, string | undefined][] = [];
  const deadline = dice.chance(0.6) ? day : `${day}T${dice.pick(['12:00', '23:59', '16:00'])}`;
  const activity = addDays(day, dice.int(20, 120));
  if (type === 'networking') {
    const time = daytime(dice, 9, 17);
    fields.push(['start', `${activity}T${time}`], ['end', minutesLater(activity, time, dice.pick([120, 180, 240]))]);
    if (dice.chance(0.4)) fields.push(['deadline', deadline]);
    return { fields, day: activity };
  }
  if (type === 'residency' || type === 'exchange' || (type === 'open-call' && dice.chance(0.4))) {
    fields.push(['start', activity], ['end', addDays(activity, dice.int(13, 60))]);
  }
  // Rolling programmes without a deadline exist, but are few.
  if (type === 'open-call' || type === 'residency' || dice.chance(type === 'funding' ? 0.95 : 0.7)) fields.push(['deadline', deadline]);
  return { fields, day };
}

interface EntryPlan {
  lang: TextLang;
  kind: 'event' | 'opportunity';
}

function contentLang(dice: Dice, country: Country): TextLang {
  if (country === 'SE') return dice.weighted({ sv: 88, en: 10, se: 2 });
  return dice.weighted({ nb: 84, nn: 6, en: 8, se: 2 });
}

/** Three to six sentences of the bank (as many as it has), none twice, in paragraphs of one to three. */
function paragraphs(dice: Dice, bank: ((s: Slots) => string)[], slots: Slots): string[] {
  const chosen = dice.some(bank, dice.int(3, 6)).map((sentence) => sentence(slots));
  const result: string[] = [];
  while (chosen.length > 0) result.push(chosen.splice(0, dice.int(1, 3)).join(' '));
  return result;
}

function body(dice: Dice, plan: EntryPlan, slots: Slots, link: string): string {
  const parts = paragraphs(dice, plan.kind === 'opportunity' ? opportunitySentences[plan.lang] : sentences[plan.lang], slots);
  if (dice.chance(0.25)) {
    const items = dice.some([slots.artist, slots.ensemble, slots.organiser, cap(slots.theme[plan.lang])], 3);
    parts.push(`**${listHeadings[plan.lang]}**\n\n${items.map((item) => `- ${item}`).join('\n')}`);
  }
  if (dice.chance(0.4)) parts.push(`[${readMore[plan.lang]}](${link})`);
  return `${parts.join('\n\n')}\n`;
}

function price(dice: Dice, country: Country): string | undefined {
  const roll = dice.next();
  if (roll < 0.3) return 'free';
  if (roll < 0.5) return undefined;
  const amount = dice.pick([100, 120, 150, 200, 250, 300]);
  return yamlText(roll < 0.6 ? `${amount} SEK / ${amount + 20} NOK` : `${amount} ${country === 'SE' ? 'SEK' : 'NOK'}`);
}

/** Generates a whole content set in memory: organisers, venues and `entries` event files. */
export function generateContent(options: GenerateOptions): GeneratedFile[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? DEFAULT_TODAY;
  const size = directorySize(options.entries);
  // Separate streams, so the directory does not shift when the entry code changes and vice versa.
  const { organisers, files: organiserFiles } = makeOrganisers(new Dice(randomFrom(seed * 3 + 1)), size);
  const { venues, files: venueFiles } = makeVenues(new Dice(randomFrom(seed * 3 + 2)), options.venues ?? size);
  const dice = new Dice(randomFrom(seed * 3 + 3));
  // Its own stream: asking for pictures does not change the entries.
  const pictureDice = new Dice(randomFrom(seed * 3 + 4));
  const byCountry = (country: Country) => organisers.filter((o) => o.country === country);
  const swedishOrganisers = byCountry('SE');
  const norwegianOrganisers = byCountry('NO');
  const ids = new Set<string>();
  const files: GeneratedFile[] = [];

  for (let n = 0; n < options.entries; n++) {
    const kind: EntryPlan['kind'] = dice.chance(0.2) ? 'opportunity' : 'event';
    const type: EntryType = kind === 'event' ? dice.weighted(eventTypeWeights) : dice.weighted(opportunityTypeWeights);
    const opportunity = (opportunityTypes as readonly string[]).includes(type);
    const online = !opportunity && onlineTypes.includes(type) && dice.chance(0.25);
    const hybrid = !opportunity && !online && dice.chance(0.04);
    const hasVenue = opportunity ? dice.chance(type === 'residency' ? 0.7 : type === 'networking' ? 0.8 : 0.3) : !online;
    const venue = hasVenue ? dice.pick(venues) : undefined;
    const country: Country = venue?.country ?? (dice.chance(0.5) ? 'SE' : 'NO');
    const home = country === 'SE' ? swedishOrganisers : norwegianOrganisers;
    const localOrganisers = venue ? home.filter((o) => o.region === venue.town.region) : [];
    const lead = localOrganisers.length > 0 && dice.chance(0.7) ? dice.pick(localOrganisers) : dice.pick(home.length > 0 ? home : organisers);
    const entryOrganisers = [lead];
    if (dice.chance(0.15)) entryOrganisers.push(dice.pick(country === 'SE' ? norwegianOrganisers : swedishOrganisers));
    else if (dice.chance(0.03)) entryOrganisers.push(dice.pick(organisers.filter((o) => o !== lead)));
    const plan: EntryPlan = { lang: contentLang(dice, country), kind: opportunity ? 'opportunity' : 'event' };

    const day = anchorDay(dice, today);
    const schedule = opportunity ? opportunitySchedule(dice, type, day) : eventSchedule(dice, type, day);
    const disciplines = dice.some(typeDisciplines[type], dice.chance(0.7) ? 1 : dice.int(2, 3));
    const entryRegions = venue ? undefined : dice.some(regionIds.filter((r) => regions[r].country === country), dice.int(1, 3));
    const place = venue?.town ?? dice.pick(towns.filter((t) => t.region === entryRegions![0]));
    const slots: Slots = {
      town: place.name,
      venue: venue?.name ?? place.name,
      organiser: lead.name,
      ensemble: dice.pick(ensembleForms)(dice.pick(ensembleWords)),
      artist: `${dice.pick(firstNames)} ${dice.pick(lastNames)}`,
      theme: dice.pick(themes),
      season: seasonOf(schedule.day),
      discipline: disciplineWords(disciplines[0]!),
    };
    const titleTemplate = dice.pick(titles[plan.kind][type]!);
    // The first event summary names the venue: not for online events.
    const summaryTemplate = dice.pick(plan.kind === 'event' && !venue ? summaries.event.slice(1) : summaries[plan.kind]);
    const title = titleTemplate[plan.lang](slots, plan.lang);
    const summary = summaryTemplate[plan.lang](slots, plan.lang);

    let id = `${schedule.day}-${slugify(title, 50)}`;
    for (let k = 2; ids.has(id); k++) id = `${schedule.day}-${slugify(title, 50)}-${k}`;
    ids.add(id);

    const orgSite = `https://${lead.id.replace(/-/g, '')}.example`;
    const status = dice.weighted({ scheduled: 955, cancelled: 30, postponed: 15 });
    const ownZone = !venue && country === 'NO' ? 'Europe/Oslo' : undefined;
    let translations = '';
    if (dice.chance(0.3)) {
      const targets = (['sv', 'nb', 'en'] as const).filter((l) => l !== plan.lang);
      const chosen = dice.some(targets, dice.int(1, targets.length)).sort();
      translations = `translations:\n${chosen
        .map((l) => `  ${l}:\n    title: ${yamlText(titleTemplate[l](slots, l))}\n    summary: ${yamlText(summaryTemplate[l](slots, l))}\n`)
        .join('')}`;
    }
    const updatedDay = addDays(schedule.day, -dice.int(3, 60));
    const fields: [string, string | undefined][] = [
      ['title', yamlText(title)],
      ['lang', plan.lang],
      ['type', type],
      ['disciplines', flow(disciplines)],
      ['summary', yamlText(summary)],
      ['organisers', flow(entryOrganisers.map((o) => o.id))],
      ['venue', venue?.id],
      ['online', online || hybrid ? `https://stream.example/${id}` : undefined],
      ['regions', entryRegions && flow(entryRegions)],
      ['timezone', ownZone],
      ...schedule.fields,
      ['status', status === 'scheduled' ? undefined : status],
      ['price', opportunity ? undefined : price(dice, country)],
      ['tickets', !opportunity && dice.chance(0.3) ? `${orgSite}/tickets/${id}` : undefined],
      ['apply', opportunity ? `${orgSite}/apply/${id}` : undefined],
      ['eligibility', opportunity && dice.chance(0.6) ? yamlText(summaries.opportunity[1]![plan.lang](slots, plan.lang)) : undefined],
      ['eligible_countries', opportunity && dice.chance(0.5) ? flow(dice.chance(0.8) ? ['SE', 'NO'] : ['any']) : undefined],
      ['covers', opportunity && dice.chance(0.7) ? flow(dice.some(['travel', 'accommodation', 'fee', 'production', 'per-diem'], dice.int(1, 3))) : undefined],
      ['audience', dice.chance(0.5) ? flow(opportunity ? ['professionals'] : dice.some(['everyone', 'children', 'youth', 'adults'], dice.int(1, 2))) : undefined],
      ['accessibility', !opportunity && dice.chance(0.15) ? flow(dice.some(['sign-language', 'audio-description', 'captions', 'relaxed'], 1)) : undefined],
      ['updated', dice.chance(0.1) ? `${updatedDay}T${daytime(dice, 9, 16)}` : undefined],
    ];
    const year = schedule.day.slice(0, 4);
    const folder = opportunity ? 'mojligheter' : venue ? venue.town.region : 'online';
    if (options.pictures && pictureDice.chance(options.pictures)) {
      const pool = pictureDice.int(0, PICTURE_POOL - 1);
      fields.push(['image', `{src: ./${id}.jpg, alt: ${yamlText(`${title} (picture)`)}, credit: "Kulturbro sample artwork, CC0"}`]);
      files.push({ path: `events/${year}/${folder}/${id}.jpg`, text: '', picture: { shape: pictureShapes[pool % pictureShapes.length]!, pool } });
    }
    files.push({ path: `events/${year}/${folder}/${id}.md`, text: frontmatter(fields, translations) + body(dice, plan, slots, `${orgSite}/${id}`) });
  }
  return [...organiserFiles, ...venueFiles, ...files];
}

/** The sub-folders a content set occupies below its root. */
export const contentFolderNames = ['events', 'organisers', 'venues'] as const;

/** Writes generated files below `root` (replacing any earlier content folders there); pictures come from writePictures. */
export function writeContent(root: string, files: readonly GeneratedFile[]): void {
  for (const folder of contentFolderNames) rmSync(join(root, folder), { recursive: true, force: true });
  for (const file of files) {
    if (file.picture) continue;
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

/**
 * A copy of `jpeg` whose bytes are its own: a JPEG comment (COM segment) naming `label` right after
 * the start-of-image marker. The pixels are unchanged, but Vite names an imported picture by the hash
 * of its bytes and Astro transforms each distinct original once: identical files under 3,000 names
 * would be encoded only once per artwork, and the bench would time a dozen pictures, not 3,000.
 */
export function withComment(jpeg: Buffer, label: string): Buffer {
  const text = Buffer.from(label, 'utf8').subarray(0, 60_000);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(text.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, jpeg.subarray(2)]);
}

/**
 * Draws the pictures of generated files (PICTURE_POOL artworks, ~100–250 kB JPEGs like phone photos
 * saved for the web) and writes each under its own name, with a comment naming it so that every
 * file is a distinct picture to Astro (see withComment).
 */
export async function writePictures(root: string, files: readonly GeneratedFile[]): Promise<number> {
  const drawn = new Map<number, Buffer>();
  let count = 0;
  for (const file of files) {
    if (!file.picture) continue;
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    let artwork = drawn.get(file.picture.pool);
    if (!artwork) {
      artwork = await renderArtwork(file.picture.shape, 100 + file.picture.pool);
      drawn.set(file.picture.pool, artwork);
    }
    writeFileSync(target, withComment(artwork, file.path));
    count++;
  }
  return count;
}

const usage = `Usage: npm run fixtures -- --entries N --out DIR [--seed S] [--pictures SHARE] [--force]

  --entries N   how many event and opportunity files (organisers and venues scale with it)
  --out DIR     content root to write events/, organisers/ and venues/ into
  --seed S      seed of the generator (default ${DEFAULT_SEED}); same seed, same files
  --pictures P  share of entries (0–1) with a picture beside them, e.g. 0.3 (default 0)
  --force       replace content folders that already exist in DIR`;

async function main(): Promise<number> {
  const parsed = readOptions({
    options: {
      entries: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' }, pictures: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }, usage);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const entries = Number(values.entries);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const pictures = values.pictures === undefined ? 0 : Number(values.pictures);
  if (!Number.isInteger(entries) || entries < 1 || !values.out || !Number.isInteger(seed) || !(pictures >= 0 && pictures <= 1)) {
    console.error(usage);
    return 2;
  }
  const root = resolve(values.out);
  const existing = contentFolderNames.filter((folder) => existsSync(join(root, folder)));
  if (existing.length > 0 && !values.force) {
    console.error(`${root} already has ${existing.join(', ')}: pass --force to replace them.`);
    return 1;
  }
  const files = generateContent({ entries, seed, pictures });
  writeContent(root, files);
  const drawn = await writePictures(root, files);
  console.log(`Wrote ${files.length} files (${entries} entries, ${drawn} pictures) to ${root}.`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();
