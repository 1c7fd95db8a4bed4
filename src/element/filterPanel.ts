import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import { h, isolated } from '../dom/h.ts';
import { listen } from '../dom/listen.ts';
import type { FilterMode } from '../filter/filterAttributes.ts';
import { filterChoices } from '../filter/filterChoices.ts';
import type { Filters, StatusGroup } from '../filter/filters.ts';
import { STATUS_GROUPS } from '../filter/filters.ts';
import type { FindStrings } from '../i18n/findStrings.ts';
import type { Lang } from '../i18n/strings.ts';
import { textFinder } from '../search/textFinder.ts';
import type { Placed, TimelineModel } from '../timeline/toTimelineItems.ts';

/** What the panel offers: the lanes and actors of the data shown, and its first and last day. */
export interface PanelChoices {
  lanes: readonly { id: string; label: string }[];
  /** Most events first (src/filter/filterChoices.ts), named in the interface's language. */
  actors: readonly { id: string; name: string; count: number }[];
  first?: CalendarDate;
  last?: CalendarDate;
}

/** The lanes and actors of the data shown (actors by how many events they take part in), and its days. */
export function panelChoices(
  model: TimelineModel,
  placedOf: (id: string) => Placed | undefined,
  lang: Lang,
): PanelChoices {
  const ids = [...model.items.map((item) => item.id), ...model.undated];
  const { actors, ...days } = filterChoices(ids.map(placedOf).filter((placed) => placed !== undefined));
  return {
    ...days,
    lanes: model.lanes.map((lane) => ({ id: lane.id, label: lane.label[lang] })),
    actors: actors.map(({ id, count }) => ({ id, count, name: model.actors.get(id)?.name[lang] ?? id })),
  };
}

/** From this many actors on, a box narrows their list by name: a short list is read at a glance. */
const FIND_ACTOR_FROM = 12;

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const checkbox = (name: string, value: string, ...label: (Node | string)[]) =>
  h('label', {}, h('input', { type: 'checkbox', name, value }), ' ', ...label);

const group = (legend: string, className: string, ...children: (Node | false)[]) =>
  h('fieldset', { class: className }, h('legend', {}, legend), ...children);

/**
 * The filter panel's controls: built, set from the filters, read back. Loaded the first time the
 * panel opens (filterController.ts), so a reader who never filters does not fetch it.
 */

/**
 * The panel's controls for these choices, unchecked (`syncFilterPanel` checks them). Built
 * again only when the data or the language changes: a change of filter leaves the controls,
 * their focus and the actors' scroll position where the reader left them.
 */
export function buildFilterPanel(
  panel: HTMLElement,
  choices: PanelChoices | null,
  strings: FindStrings,
  lang: Lang,
): void {
  const focused = (panel.getRootNode() as ShadowRoot | Document).activeElement;
  const focusKey = focused && panel.contains(focused) ? controlKey(focused) : null;
  const { lanes = [], actors = [], first, last } = choices ?? {};
  const bounds = { min: first && formatCalendarDate(first), max: last && formatCalendarDate(last) };
  const day = (name: 'from' | 'to', label: string) =>
    h('label', {}, label, ' ', h('input', { type: 'date', name, ...bounds }));
  const groups = [
    group(
      strings.statusLegend,
      'dt-filter-status',
      ...STATUS_GROUPS.map((status: StatusGroup) => checkbox('status', status, strings.statusGroup[status])),
    ),
    lanes.length > 1 &&
      group(
        strings.lanesLegend,
        'dt-filter-lanes',
        ...lanes.map((lane) => checkbox('lane', lane.id, isolated(lane.label, lang))),
      ),
    actors.length > 0 &&
      group(
        strings.actorsLegend,
        'dt-filter-actors',
        actors.length >= FIND_ACTOR_FROM &&
          h('input', {
            type: 'search',
            class: 'dt-find-actor',
            'aria-label': strings.findActor,
            placeholder: strings.findActor,
          }),
        h(
          'div',
          { class: 'dt-actor-list' },
          ...actors.map(({ id, name, count }) =>
            checkbox(
              'actor',
              id,
              // One run of text: a long name wraps with its count, inside its column.
              h(
                'span',
                {},
                isolated(name, lang),
                ' ',
                h('span', { class: 'dt-filter-count' }, strings.actorCount(count)),
              ),
            ),
          ),
        ),
      ),
    (first || last) &&
      group(strings.datesLegend, 'dt-filter-days', day('from', strings.from), day('to', strings.to)),
    h(
      'div',
      { class: 'dt-filter-end' },
      checkbox('mode', 'dim', strings.dim),
      h('button', { type: 'button', class: 'dt-clear-filters' }, strings.clearFilters),
    ),
  ];
  panel.replaceChildren(...groups.filter((child) => child !== false && child !== undefined));
  if (focusKey === null) return;
  for (const control of panel.querySelectorAll<HTMLElement>('input, button')) {
    if (controlKey(control) === focusKey) control.focus();
  }
}

/** The controls say these filters and this mode. */
export function syncFilterPanel(panel: HTMLElement, filters: Filters, mode: FilterMode): void {
  const on: Record<string, ReadonlySet<string>> = {
    status: new Set(filters.status),
    lane: new Set(filters.lanes),
    actor: new Set(filters.actors),
    mode: new Set([mode]),
  };
  for (const input of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    input.checked = on[input.name]?.has(input.value) === true;
  for (const name of ['from', 'to'] as const) {
    const input = panel.querySelector<HTMLInputElement>(`input[name=${name}]`);
    const day = filters[name];
    const value = day ? formatCalendarDate(day) : '';
    // Not while it already says so: a reader typing a day keeps the part they are on.
    if (input && input.value !== value) input.value = value;
  }
}

/**
 * The filters and mode the controls say. Lanes and actors the filters name but the panel does
 * not offer (not in the data shown) stay: a page's filter is not undone by a reader's click.
 * Days given in reverse are taken as the range they span.
 */
export function readFilterPanel(
  panel: HTMLElement,
  current: Filters,
): { filters: Filters; mode: FilterMode } {
  const values = (name: string, checked: boolean) =>
    [...panel.querySelectorAll<HTMLInputElement>(`input[name=${name}]${checked ? ':checked' : ''}`)].map(
      (input) => input.value,
    );
  const kept = (name: string, ids: readonly string[] = []) => {
    const offered = new Set(values(name, false));
    return [...ids.filter((id) => !offered.has(id)), ...values(name, true)];
  };
  const day = (name: string) =>
    parseCalendarDate(panel.querySelector<HTMLInputElement>(`input[name=${name}]`)?.value ?? '') ?? undefined;
  const filters: Writable<Filters> = {};
  const lanes = kept('lane', current.lanes);
  const actors = kept('actor', current.actors);
  const status = values('status', true) as StatusGroup[];
  if (lanes.length > 0) filters.lanes = lanes;
  if (actors.length > 0) filters.actors = actors;
  if (status.length > 0) filters.status = status;
  let [from, to] = [day('from'), day('to')];
  if (from && to && compareCalendarDates(from, to) > 0) [from, to] = [to, from];
  if (from) filters.from = from;
  if (to) filters.to = to;
  return { filters, mode: values('mode', true).length > 0 ? 'dim' : 'hide' };
}

/** The panel's own listeners: a changed control, Clear filters, Escape, and the box narrowing the actors. */
export function listenToPanel(
  panel: HTMLElement,
  { change, clear, close }: { change: () => void; clear: () => void; close: () => void },
  signal: AbortSignal,
): void {
  const findsActor = (event: Event) => (event.target as Element).matches('.dt-find-actor');
  listen(panel, 'submit', (event) => event.preventDefault(), signal);
  listen(
    panel,
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      // Closes the panel, not the details: the key is spent here.
      event.stopPropagation();
      close();
    },
    signal,
  );
  listen(panel, 'change', (event) => findsActor(event) || change(), signal);
  listen(
    panel,
    'input',
    (event) => findsActor(event) && narrowActors(panel, (event.target as HTMLInputElement).value),
    signal,
  );
  listen(
    panel,
    'click',
    (event) => (event.target as Element).closest('.dt-clear-filters') && clear(),
    signal,
  );
}

/**
 * Shows only the actors whose name (or id) holds the text, folded as search folds it: «اسرائيل»
 * finds «إسرائيل», "sisi" finds "al-Sīsī". The name, not the label's count: "events" is not a
 * name. Checked ones stay in sight.
 */
export function narrowActors(panel: HTMLElement, text: string): void {
  const finds = textFinder(text);
  for (const label of panel.querySelectorAll<HTMLLabelElement>('.dt-actor-list label')) {
    const input = label.querySelector('input')!;
    const name = label.querySelector('bdi')?.textContent ?? '';
    label.hidden = !input.checked && !finds(`${name} ${input.value}`);
  }
}

/** Names a control of the panel across its rebuilds. */
function controlKey(element: Element): string {
  const input = element as HTMLInputElement;
  return `${element.tagName}:${input.name ?? ''}:${input.value ?? ''}:${element.className}`;
}
