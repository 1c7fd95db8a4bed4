/**
 * A source in English, drawn in the Arabic interface: its events without an Arabic title show
 * the English one, isolated left to right inside the right-to-left widget; its quotes, which
 * need no translation, are shown as the English they are.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { EventsDocumentJson } from '../../src/types.ts';
import { waitForOutcome, widget, widgetUrl } from './pages/widgetPage.ts';

const document = JSON.parse(
  readFileSync(new URL('../fixtures/english/kyiv-exchange.json', import.meta.url), 'utf8'),
) as EventsDocumentJson;
const englishOnly = document.events.find((event) => event.title.ar === undefined)!;
const bilingual = document.events.find((event) => event.title.ar !== undefined)!;

test('draws an English source in the Arabic interface, its English titles isolated left to right @zoneless', async ({
  page,
}) => {
  await page.goto(widgetUrl({ lang: 'ar', src: '/tests/fixtures/english/kyiv-exchange.json' }));
  const outcome = await waitForOutcome(page);
  expect(outcome.find((event) => event.type === 'timeline-ready')).toMatchObject({
    count: document.events.length,
  });
  expect(
    await widget(page).evaluate((element) => (element as unknown as { problems: unknown[] }).problems),
  ).toEqual([]);

  const item = (id: string) => widget(page).locator(`.vis-item [data-event-id="${id}"]`);
  const english = item(englishOnly.id).locator('bdi').first();
  await expect(english).toHaveText(englishOnly.title.en);
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('dir', 'ltr');
  expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  // Inside a widget laid out right to left.
  expect(await item(englishOnly.id).evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  const arabic = item(bilingual.id).locator('bdi').first();
  await expect(arabic).toHaveText(bilingual.title.ar!);
  await expect(arabic).toHaveAttribute('dir', 'rtl');

  // The details: the English title as heading, the quote as English, no translation under it.
  await item(englishOnly.id).click();
  const details = widget(page).locator('[part="details"]');
  await expect(details.locator('.dt-card-title bdi[lang="en"][dir="ltr"]')).toHaveText(englishOnly.title.en);
  await expect(details.locator('blockquote[lang="en"][dir="ltr"]')).toHaveText(englishOnly.quotes[0]!.text);
  await expect(details.locator('figcaption')).toHaveCount(0);
  // The heading already shows the English title: no subtitle repeats it.
  await expect(details.locator('.dt-card-subtitle')).toHaveCount(0);
});
