/**
 * Pick what to follow (everything, events, opportunities, or one region, discipline, type,
 * organiser or venue) and get that feed's subscribe links and a copy button. The page lists
 * every feed with the same links for visitors without JavaScript.
 */
import { useEffect, useState } from 'preact/hooks';
import { feedPath, subscribeLinks, type FeedChoice } from '../../lib/subscribe.ts';
import type { UiLang } from '../../lib/taxonomy.ts';
import type { FeedFacet } from '../../lib/urls.ts';

export interface FeedOption {
  /** The feed's path and what its calendar is called. */
  choice: FeedChoice;
  name: string;
  calendarName: string;
}

export interface FeedGroup {
  /** `general` holds all/events/opportunities, each a choice of its own. */
  facet: FeedFacet | 'general';
  label: string;
  options: FeedOption[];
}

interface Props {
  lang: UiLang;
  site: string;
  groups: FeedGroup[];
  labels: {
    choose: string;
    yourFeed: string;
    webcal: string;
    google: string;
    outlook: string;
    https: string;
    copy: string;
    copied: string;
    copyFailed: string;
  };
}

export default function SubscribeBuilder({ lang, site, groups, labels }: Props) {
  const general = groups.find((g) => g.facet === 'general')?.options ?? [];
  const facetGroups = groups.filter((g) => g.facet !== 'general' && g.options.length > 0);
  // A radio per general feed and per facet; a facet radio then offers its values in a list box.
  const kinds = [
    ...general.map((option, index) => ({ key: `general-${index}`, label: option.name, options: [option] })),
    ...facetGroups.map((group) => ({ key: group.facet, label: group.label, options: group.options })),
  ];
  const [ready, setReady] = useState(false);
  const [kind, setKind] = useState(kinds[0]?.key ?? '');
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [copyStatus, setCopyStatus] = useState('');
  useEffect(() => setReady(true), []);
  // Server output is empty: without JavaScript the full list of feeds below does the job.
  if (!ready) return null;

  const current = kinds.find((k) => k.key === kind) ?? kinds[0];
  if (!current) return null;
  const option = current.options[picked[current.key] ?? 0] ?? current.options[0]!;
  const links = subscribeLinks(feedPath(lang, option.choice), site, option.calendarName);

  async function copy() {
    try {
      await navigator.clipboard.writeText(links.https);
      setCopyStatus(labels.copied);
    } catch {
      setCopyStatus(labels.copyFailed);
    }
  }

  return (
    <form class="subscribe-builder" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{labels.choose}</legend>
        <ul>
          {kinds.map((k) => (
            <li key={k.key}>
              <label>
                <input type="radio" name="feed-kind" value={k.key} checked={k.key === current.key} onChange={() => { setKind(k.key); setCopyStatus(''); }} />{' '}
                {k.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {current.options.length > 1 && (
        <p>
          <label for="feed-value">{current.label}</label>
          <select
            id="feed-value"
            value={String(picked[current.key] ?? 0)}
            onChange={(event) => { setPicked({ ...picked, [current.key]: Number(event.currentTarget.value) }); setCopyStatus(''); }}
          >
            {current.options.map((o, index) => <option key={index} value={String(index)}>{o.name}</option>)}
          </select>
        </p>
      )}
      <section class="subscribe-builder__result" aria-labelledby="your-feed-heading">
        <h2 id="your-feed-heading">{labels.yourFeed}: {option.calendarName}</h2>
        <p class="subscribe-builder__address">
          <label for="feed-address">{labels.https}</label>
          <input id="feed-address" type="text" readOnly value={links.https} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" onClick={() => void copy()}>{labels.copy}</button>
        </p>
        <p role="status" class="subscribe-builder__status">{copyStatus}</p>
        <ul class="subscribe-links">
          <li><a href={links.webcal} data-feed-link="webcal">{labels.webcal}</a></li>
          <li><a href={links.google} data-feed-link="google">{labels.google}</a></li>
          <li><a href={links.outlook} data-feed-link="outlook">{labels.outlook}</a></li>
          <li><a href={links.https} data-feed-link="https">{labels.https}</a></li>
        </ul>
      </section>
    </form>
  );
}
