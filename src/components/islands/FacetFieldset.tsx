/** One filter as a group of checkboxes with counts, shared by the search and opportunities islands. */

export interface FacetProp {
  key: string;
  legend: string;
  values: { id: string; name: string }[];
}

interface Props {
  facet: FacetProp;
  chosen: readonly string[];
  /** Results per value; without it the values are offered without numbers. */
  counts?: Record<string, number> | undefined;
  /** Leave out values that would give nothing (chosen ones stay). */
  hideEmpty?: boolean;
  onToggle: (key: string, id: string, on: boolean) => void;
}

export default function FacetFieldset({ facet, chosen, counts, hideEmpty = false, onToggle }: Props) {
  const values = facet.values.filter((v) => !hideEmpty || !counts || chosen.includes(v.id) || (counts[v.id] ?? 0) > 0);
  if (values.length === 0) return null;
  return (
    <fieldset>
      <legend>{facet.legend}</legend>
      <ul>
        {values.map((v) => (
          <li key={v.id}>
            <label>
              <input
                type="checkbox"
                name={facet.key}
                value={v.id}
                checked={chosen.includes(v.id)}
                onChange={(event) => onToggle(facet.key, v.id, event.currentTarget.checked)}
              />{' '}
              {v.name}
              {counts && <span class="facet-count"> ({counts[v.id] ?? 0})</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
