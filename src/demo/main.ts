import { formatCalendarDate } from '../calendar/calendarDate.ts';
import type { TimelineEvent } from '../types.ts';
import { formatProblem } from '../validate/formatProblem.ts';
import { parseEventsJson } from '../validate/parseEventsJson.ts';
import { validateDocument } from '../validate/validateDocument.ts';

const app = document.getElementById('app')!;

async function main(): Promise<void> {
  const [json, sourceText] = await Promise.all([
    fetch('events/ankara-talks.json').then((r) => r.text()),
    fetch('events/sources/ankara-talks.ar.txt').then((r) => r.text()),
  ]);
  const parsed = parseEventsJson(json);
  if (!parsed.ok) throw new Error(formatProblem(parsed.problem));
  const { document: doc, problems } = validateDocument(parsed.value, { sourceText });
  const list = document.createElement('ol');
  for (const event of doc?.events ?? []) list.append(item(event));
  app.querySelector('p')!.textContent = problems.length
    ? problems.map(formatProblem).join('\n')
    : `${doc?.events.length ?? 0} events.`;
  app.append(list);
}

function item(event: TimelineEvent): HTMLLIElement {
  const li = document.createElement('li');
  const { start, end } = event.time;
  const when = start ? formatCalendarDate(start) + (end ? ` – ${formatCalendarDate(end)}` : '') : 'undated';
  const title = document.createElement('strong');
  title.textContent = `${when}: ${event.title.en}`;
  li.append(title);
  for (const quote of event.quotes) {
    const ar = document.createElement('blockquote');
    ar.lang = 'ar';
    ar.dir = 'rtl';
    ar.textContent = quote.text;
    const en = document.createElement('p');
    en.textContent = quote.translation;
    li.append(ar, en);
  }
  return li;
}

main().catch((error: unknown) => {
  app.querySelector('p')!.textContent = `Could not load the events: ${String(error)}`;
});
