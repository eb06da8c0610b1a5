/**
 * The search box and the filters, with a count next to every value. The controller owns the state; this
 * view edits it in place and says when it changed.
 */
import type { LibraryFacets } from '../../messaging/library-replies';
import { el } from '../shared/dom';
import { VERDICT_LABELS, VERDICT_ORDER } from '../shared/labels';
import { choiceGroup } from './choices';
import { STRINGS } from './strings';
import type { FilterState, Kind, Verdict } from './view-state';

const KINDS: readonly Kind[] = ['saved', 'import', 'seed'];

export interface FiltersView {
  search: HTMLElement;
  panel: HTMLElement;
  searchInput: HTMLInputElement;
  update(facets: LibraryFacets, state: FilterState): void;
}

/**
 * @param onQuery the search words changed (called on every keystroke: the caller debounces).
 * @param onChange any other filter changed (applied at once).
 */
export function filtersView(state: FilterState, onQuery: () => void, onChange: () => void): FiltersView {
  const searchInput = el('input', {
    className: 'search-input',
    attrs: { type: 'search', id: 'library-search', placeholder: STRINGS.searchPlaceholder, autocomplete: 'off', spellcheck: 'false' },
  });
  searchInput.addEventListener('input', () => {
    state.query = searchInput.value;
    onQuery();
  });
  const search = el('div', { className: 'search', attrs: { role: 'search' } }, [
    el('label', { text: STRINGS.searchLabel, attrs: { for: 'library-search' }, className: 'search-label' }),
    searchInput,
  ]);

  const toggle = (set: Set<string>) => (value: string, checked: boolean) => {
    if (checked) set.add(value);
    else set.delete(value);
    onChange();
  };
  const kinds = choiceGroup(STRINGS.kindLegend, 'kinds', toggle(state.kinds as Set<string>));
  const verdicts = choiceGroup(STRINGS.verdictLegend, 'verdicts', toggle(state.verdicts as Set<string>));
  const sites = choiceGroup(STRINGS.siteLegend, 'sites', toggle(state.sites));
  const tags = choiceGroup(STRINGS.tagLegend, 'tags', toggle(state.tags));
  const pendingNote = el('p', { className: 'pending-note', attrs: { 'aria-live': 'polite' } });
  const saved = dateRange('saved', STRINGS.savedLegend, state, 'savedFrom', 'savedTo', onChange);
  const published = dateRange('published', STRINGS.publishedLegend, state, 'publishedFrom', 'publishedTo', onChange);
  const clear = el('button', { className: 'clear-filters', text: STRINGS.clearFilters, attrs: { type: 'button' } });

  const panel = el('aside', { className: 'filters', attrs: { 'aria-labelledby': 'filters-heading' } }, [
    el('h2', { text: STRINGS.filtersHeading, attrs: { id: 'filters-heading' } }),
    kinds.root,
    verdicts.root,
    pendingNote,
    sites.root,
    tags.root,
    saved.root,
    published.root,
    clear,
  ]);
  clear.addEventListener('click', () => {
    for (const set of [state.kinds, state.sites, state.verdicts, state.tags]) set.clear();
    Object.assign(state, { savedFrom: '', savedTo: '', publishedFrom: '', publishedTo: '' });
    saved.reset();
    published.reset();
    onChange();
  });

  return {
    search,
    panel,
    searchInput,
    update(facets, s) {
      kinds.update(KINDS.map((k) => ({ value: k, label: STRINGS.kinds[k], count: facets.kinds[k] })), s.kinds);
      verdicts.update(
        VERDICT_ORDER.map((v: Verdict) => ({ value: v, label: VERDICT_LABELS[v].text, symbol: VERDICT_LABELS[v].symbol, count: facets.verdicts[v] })),
        s.verdicts,
      );
      const pending = facets.verdicts.pending;
      pendingNote.textContent = pending > 0 ? STRINGS.pendingCount(pending) : '';
      sites.update(facets.sites.map((v) => ({ value: v.value, label: v.value, count: v.count })), s.sites);
      tags.update(facets.tags.map((v) => ({ value: v.value, label: v.value, count: v.count })), s.tags);
    },
  };
}

type DateKey = 'savedFrom' | 'savedTo' | 'publishedFrom' | 'publishedTo';

function dateRange(id: string, legend: string, state: FilterState, fromKey: DateKey, toKey: DateKey, onChange: () => void) {
  const input = (key: DateKey, label: string) => {
    const field = el('input', { attrs: { type: 'date', id: `${id}-${key}`, 'aria-label': `${legend}: ${label.toLowerCase()}` } });
    field.addEventListener('change', () => {
      state[key] = field.value;
      onChange();
    });
    return { field, wrap: el('label', { className: 'date-field' }, [document.createTextNode(`${label} `), field]) };
  };
  const from = input(fromKey, STRINGS.from);
  const to = input(toKey, STRINGS.to);
  return {
    root: el('fieldset', { className: `date-range ${id}` }, [el('legend', { text: legend }), from.wrap, to.wrap]),
    reset() {
      from.field.value = '';
      to.field.value = '';
    },
  };
}
