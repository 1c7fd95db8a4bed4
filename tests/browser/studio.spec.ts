import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import { violations } from './axe.ts';

/**
 * The studio, used as a person would: through labels and roles only. Text is selected in the
 * marked article as a mouse would (a DOM selection over the words), or in the "Article text"
 * box as the keyboard would.
 */
const root = new URL('../../', import.meta.url).pathname;
const seedText = readFileSync(join(root, 'events/sources/ankara-talks.ar.txt'), 'utf8');

async function openStudio(page: Page, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await page.goto(`/dist/studio.html?lang=${lang}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Selects `words` in the marked article, as dragging the mouse over them would. */
async function selectInArticle(page: Page, words: string): Promise<void> {
  const article = page.getByRole('region', { name: /The article, with the quotes/ });
  await expect(article).toContainText(words);
  // The marked article is redrawn a moment after an edit. A selection in it is kept across the
  // redraw, but not one in an article whose text was about to change: select until it holds.
  await expect(async () => {
    await selectOnce(article, words);
    await expect(page.getByText(/^Selected: «/)).toContainText(words.slice(0, 20), { timeout: 1000 });
  }).toPass();
}

async function selectOnce(article: Locator, words: string): Promise<void> {
  await article.evaluate((element, words) => {
    const nodes: { node: Text; from: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, from: length });
      length += (node as Text).length;
    }
    const at = (element.textContent ?? '').indexOf(words);
    if (at < 0) throw new Error(`not in the article: ${words}`);
    const point = (offset: number) => {
      const hit = nodes.filter((n) => n.from <= offset && offset <= n.from + n.node.length).at(-1)!;
      return [hit.node, offset - hit.from] as const;
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + words.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
}

async function save(download: Promise<Download>, dir: string): Promise<string> {
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

function field(page: Page, name: string): Locator {
  return page.getByLabel(name, { exact: true });
}

async function problemsHeading(page: Page): Promise<Locator> {
  return page.getByRole('heading', { name: /^Problems/ });
}

test('builds the seed article’s timeline from its pasted text: proposes, corrects the draft, adds a quote, downloads, and the download validates and draws', async ({
  page,
}) => {
  // A whole editing session, two proposals of 18 events and a validation in a child process.
  test.setTimeout(150_000);
  await openStudio(page);
  await field(page, 'Article text').fill(seedText);
  await expect(page.getByLabel(/Article language/)).toHaveValue('ar');
  // Read from the article's head, «07 - 02 - 2026», as the language is from its letters.
  await expect(field(page, 'Dateline')).toHaveValue('2026-02-07');
  await field(page, 'Publisher').fill('Axios, relayed by an Arabic-language outlet');
  await field(page, 'Title in English').fill(
    'Egypt, Turkey and Qatar arrange a Witkoff–Iran meeting in Ankara',
  );

  // Propose, forgetting at first that the article relays Axios: its bare Saturdays are then
  // read as the dateline's own Saturday, 7 February. One undo takes the whole proposal back.
  const events = page.getByRole('list', { name: 'Events of this article' }).getByRole('listitem');
  await page.getByRole('button', { name: 'Propose events' }).click();
  await expect(page.getByRole('status')).toContainText('events proposed');
  const proposed = await events.count();
  expect(proposed).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(events).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(events).toHaveCount(proposed);
  await expect(events.filter({ hasText: '(drafted)' })).toHaveCount(proposed);
  await expect(page.getByRole('heading', { name: 'Review notes' })).toBeVisible();

  // A wrong date corrected by picking another reading: the Qatari prime minister's Saturday.
  await page.getByRole('button', { name: /Qatar, Iran, Saturday 7 February 2026/ }).click();
  await expect(page.getByText('«يوم السبت» → Saturday 7 February 2026')).toBeVisible();
  const reading = field(page, 'Other readings of the phrase');
  const option = reading.getByRole('option', { name: /^Saturday 31 January 2026:/ });
  await reading.selectOption((await option.getAttribute('value'))!);
  await expect(page.getByText('«يوم السبت» → Saturday 31 January 2026')).toBeVisible();
  await expect(field(page, 'Rule (how the phrase gives the day)')).toHaveValue(
    /^An editor’s choice among the readings: .*Saturday 31 January 2026/,
  );
  await field(page, 'Event title in English').fill('Qatar’s prime minister meets Larijani in Tehran');

  // A wrong date corrected by hand, and the fields the draft got wrong: Fidan's meeting.
  await page.getByRole('button', { name: /Turkey, Iran, Friday 6 February 2026/ }).click();
  await expect(field(page, 'Date phrase (the article’s words)')).toHaveValue('وقبل ذلك بيوم');
  await field(page, 'Day (first day)').fill('2026-01-30');
  await expect(field(page, 'Rule (how the phrase gives the day)')).toHaveValue(
    'Set by hand by the editor: «وقبل ذلك بيوم» read as Friday 30 January 2026.',
  );
  await field(page, 'Event id').fill('fidan-hosts-araghchi');
  await field(page, 'Event title in English').fill('Fidan hosts Araghchi');
  await field(page, 'Event title in Arabic').fill('فيدان يستضيف عراقجي');
  await expect(field(page, 'Mode')).toHaveValue('host');
  await page.getByText('New actor').click();
  await field(page, 'Actor name in English').fill('Hakan Fidan');
  await field(page, 'Actor name in Arabic').fill('هاكان فيدان');
  await field(page, 'Kind').selectOption('person');
  await page.getByRole('button', { name: 'Add actor' }).click();
  // The draft named Turkey and Iran; the host was Fidan.
  await expect(field(page, 'Actor 3')).toHaveValue('hakan-fidan');
  await page.getByRole('button', { name: 'Remove participant 1' }).click();
  await field(page, 'Role 2').selectOption('host');
  await field(page, 'Attribution in English (who told the reporter)').fill('Axios');
  await field(page, 'Attribution in Arabic').fill('أكسيوس');

  // The draft quoted the whole sentence; the editor keeps its two clauses, selected in the article.
  await page.getByRole('button', { name: 'Remove quote 1' }).click();
  const quote = 'وقبل ذلك بيوم، استضاف وزير الخارجية التركي هاكان فيدان نظيره الإيراني';
  await selectInArticle(page, quote);
  await page.getByRole('button', { name: 'Add the selection as a quote' }).click();
  await field(page, 'Translation of quote 1').fill(
    'The day before, Turkish Foreign Minister Hakan Fidan hosted his Iranian counterpart',
  );
  const second = 'وبحثا المكان المحتمل وجدول أعمال اجتماع محتمل مع مسؤولين من البيت الأبيض';
  await selectInArticle(page, second);
  await page.getByRole('button', { name: 'Add the selection as a quote' }).click();
  await field(page, 'Translation of quote 2').fill(
    'and they discussed the possible venue and agenda of a possible meeting with White House officials',
  );

  // Now the relay, and a second proposal: the untouched proposals are replaced (their
  // Saturdays now 31 January), the two events the editor corrected are kept as they are.
  await field(page, 'The article relays an earlier report').check();
  await page.getByRole('button', { name: 'Propose events' }).click();
  await expect(page.getByRole('status')).toContainText('Your 2 events kept');
  await expect(events).toHaveCount(proposed);
  await expect(page.getByRole('button', { name: /, Saturday 7 February 2026/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Fidan hosts Araghchi/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Qatar’s prime minister meets Larijani in Tehran/ }),
  ).toBeVisible();

  // Trump's words were said in English: the quote says so, and a bad code is a problem.
  await page
    .getByRole('button', { name: /Unidentified actor, Saturday 31 January 2026/ })
    .last()
    .click();
  await expect(page.getByRole('blockquote').first()).toContainText('مساء السبت');
  await field(page, 'Quote 1 was first said in').selectOption('other');
  await field(page, 'Language code of quote 1 (BCP 47, e.g. fa, he, ku)').fill('english!');
  await expect(page.getByRole('button', { name: /^quotes\/0\/spokenIn: / })).toBeVisible();
  await field(page, 'Quote 1 was first said in').selectOption('en');

  await expect(await problemsHeading(page)).toHaveText('Problems (0 problems)');
  const timeline = page.locator('.st-preview diplomatic-timeline');
  await expect(timeline.locator('[data-event-id="fidan-hosts-araghchi"]').first()).toBeAttached();

  const dir = mkdtempSync(join(tmpdir(), 'studio-'));
  const [doc] = await Promise.all([
    save(page.waitForEvent('download'), dir),
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  const [text] = await Promise.all([
    save(page.waitForEvent('download'), dir),
    page.getByRole('button', { name: 'Download the article text' }).click(),
  ]);
  const written = JSON.parse(readFileSync(doc, 'utf8')) as {
    source: { text: string; relay?: boolean };
    events: {
      id: string;
      time: { start?: string; rule: string; phrase: string };
      quotes: { start: number; text: string; spokenIn?: string }[];
    }[];
  };
  expect(join(dir, written.source.text)).toBe(text);
  expect(readFileSync(text, 'utf8')).toBe(seedText);
  expect(written.source.relay).toBe(true);
  const fidan = written.events.find((event) => event.id === 'fidan-hosts-araghchi')!;
  expect(fidan.quotes[0]).toMatchObject({ start: seedText.indexOf(quote), text: quote });
  expect(fidan.time).toMatchObject({ start: '2026-01-30', rule: expect.stringMatching(/^Set by hand/) });
  expect(
    written.events.filter((event) => event.time.phrase === 'يوم السبت').map((e) => e.time.start),
  ).toEqual(['2026-01-31', '2026-01-31']);
  expect(written.events.flatMap((event) => event.quotes).filter((q) => q.spokenIn)).toEqual([
    expect.objectContaining({ spokenIn: 'en', text: expect.stringContaining('مساء السبت') }),
  ]);
  expect(
    execFileSync('npx', ['tsx', join(root, 'scripts/validate.ts'), doc], { cwd: root, encoding: 'utf8' }),
  ).toContain(': valid');

  // The downloaded bytes, given to a fresh element, draw with no problem.
  const drawn = await page.evaluate(
    async ([json, article]) => {
      const element = document.createElement('diplomatic-timeline');
      const ready = new Promise((resolve) =>
        element.addEventListener('timeline-ready', resolve, { once: true }),
      );
      document.body.append(element);
      element.sourceText = article;
      element.events = JSON.parse(json);
      await ready;
      return {
        errors: element.problems.filter((problem) => problem.severity !== 'review').length,
        shown: element.shadowRoot!.querySelectorAll('[data-event-id="fidan-hosts-araghchi"]').length,
      };
    },
    [readFileSync(doc, 'utf8'), readFileSync(text, 'utf8')] as const,
  );
  expect(drawn.errors).toBe(0);
  expect(drawn.shown).toBeGreaterThan(0);
});

test('keeps the draft through a reload, lists several drafts, and reopens or deletes one @zoneless', async ({
  page,
}) => {
  await openStudio(page);
  await field(page, 'Article text').fill(seedText);
  await field(page, 'Dateline').fill('2026-02-07');
  await selectInArticle(page, 'أبلغت إدارة ترامب إيران');
  await page.getByRole('button', { name: 'New event from the selection' }).click();
  await field(page, 'Event title in English').fill('The US tells Iran it is open to talks');
  await page.reload();
  await expect(field(page, 'Article text')).toHaveValue(seedText);
  await expect(field(page, 'Dateline')).toHaveValue('2026-02-07');
  await expect(field(page, 'Event title in English')).toHaveValue('The US tells Iran it is open to talks');
  await expect(page.getByRole('blockquote')).toHaveText('أبلغت إدارة ترامب إيران');

  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(field(page, 'Article text')).toHaveValue('');
  await field(page, 'Article text').fill('A second article, in English, about something else.');
  const drafts = page.getByRole('list', { name: 'Drafts in this browser' });
  await expect(drafts.getByRole('listitem')).toHaveCount(2);
  await drafts.getByRole('button', { name: /^Open: اكسيوس/ }).click();
  await expect(field(page, 'Event title in English')).toHaveValue('The US tells Iran it is open to talks');
  await drafts.getByRole('button', { name: /^Delete: A second article/ }).click();
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
});

test('undoes and redoes with the keyboard and the buttons @zoneless', async ({ page }) => {
  await openStudio(page);
  await field(page, 'Publisher').fill('Axios');
  await field(page, 'Dateline').fill('2026-02-07');
  await field(page, 'Dateline').press('Control+z');
  await expect(field(page, 'Dateline')).toHaveValue('');
  await expect(field(page, 'Publisher')).toHaveValue('Axios');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'Publisher')).toHaveValue('');
  await field(page, 'Publisher').press('Control+Shift+z');
  await expect(field(page, 'Publisher')).toHaveValue('Axios');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(field(page, 'Dateline')).toHaveValue('2026-02-07');
});

test('an undo keeps the words selected in the article, and its focus, and so does a new language @zoneless', async ({
  page,
}) => {
  await openStudio(page);
  await field(page, 'Article text').fill(seedText);
  await field(page, 'Publisher').fill('Axios');
  const article = page.getByRole('region', { name: /The article, with the quotes/ });
  await article.focus();
  const words = 'وتعمل مصر وتركيا وقطر على ترتيب اجتماع';
  await selectInArticle(page, words);
  await article.press('Control+z');
  await expect(field(page, 'Publisher')).toHaveValue('');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
  await expect(article).toBeFocused();
  await expect(page.getByText(/^Selected: «/)).toHaveText(`Selected: «${words}»`);

  // The interface in Arabic, by keyboard: the page is built again, and the words stay selected.
  await page.getByRole('button', { name: 'العربية' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
});

test('a TimelineJS CSV round trip keeps what TimelineJS can hold @zoneless', async ({ page }) => {
  await openStudio(page);
  const dir = mkdtempSync(join(tmpdir(), 'studio-csv-'));
  await field(page, 'Open an events document (.json, with its .txt)').setInputFiles([
    join(root, 'events/ankara-talks.json'),
    join(root, 'events/sources/ankara-talks.ar.txt'),
  ]);
  await expect(page.getByRole('status')).toHaveText('Opened.');
  await expect(await problemsHeading(page)).toHaveText('Problems (0 problems)');
  const [csv] = await Promise.all([
    save(page.waitForEvent('download'), dir),
    page.getByRole('button', { name: 'Export TimelineJS CSV' }).click(),
  ]);
  await expect(page.getByRole('status')).toContainText('undated');

  await page.getByRole('button', { name: 'New draft' }).click();
  await field(page, 'Article text').fill(seedText);
  await field(page, 'Import a TimelineJS spreadsheet (.csv)').setInputFiles(csv);
  await expect(page.getByRole('status')).toContainText('Imported 9 events');
  await expect(page.getByRole('list', { name: 'Events of this article' }).getByRole('listitem')).toHaveCount(
    9,
  );
  const [again] = await Promise.all([
    save(page.waitForEvent('download'), dir),
    page.getByRole('button', { name: 'Export TimelineJS CSV' }).click(),
  ]);
  expect(readFileSync(again, 'utf8')).toBe(readFileSync(csv, 'utf8'));
  // What TimelineJS cannot hold (participants, translations) is asked for by the problems.
  await expect(await problemsHeading(page)).not.toHaveText('Problems (0 problems)');
});

test('bad input gets a clear message and loses nothing @zoneless', async ({ page }) => {
  await openStudio(page);
  await field(page, 'Article text').fill(seedText);
  const dir = mkdtempSync(join(tmpdir(), 'studio-bad-'));
  const status = page.getByRole('status');

  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  await field(page, 'Open a text file (.txt)').setInputFiles(binary);
  await expect(status).toHaveText('“photo.txt” is not a UTF-8 text file. Nothing was changed.');
  await expect(field(page, 'Article text')).toHaveValue(seedText);

  const wrongCsv = join(dir, 'sheet.csv');
  writeFileSync(wrongCsv, 'Date,Title,Body\n2026-01-30,Talks,Words\n');
  await field(page, 'Import a TimelineJS spreadsheet (.csv)').setInputFiles(wrongCsv);
  await expect(status).toContainText(
    'not a TimelineJS spreadsheet: its header lacks Year, Month, Day, Headline, Text',
  );

  await field(page, 'Article text').evaluate((box: HTMLTextAreaElement) => {
    box.value = 'x'.repeat(5 * 1024 * 1024 + 1);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(status).toContainText('too long');
  await expect(field(page, 'Article text')).toHaveValue(seedText);

  const broken = JSON.parse(readFileSync(join(root, 'events/ankara-talks.json'), 'utf8')) as {
    events: Record<string, unknown>[];
  };
  delete broken.events[1]!.title;
  const brokenPath = join(dir, 'broken.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  await field(page, 'Open an events document (.json, with its .txt)').setInputFiles([
    brokenPath,
    join(root, 'events/sources/ankara-talks.ar.txt'),
  ]);
  await expect(status).toContainText('Opened, with');
  await page
    .getByRole('button', { name: /^title\/en: / })
    .first()
    .click();
  await expect(field(page, 'Event title in English')).toBeFocused();
  await expect(field(page, 'Event title in English')).toHaveValue('');
});

for (const lang of ['en', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 AA violation in the studio, in ${lang === 'en' ? 'English' : 'Arabic'} @zoneless`, async ({
    page,
  }) => {
    await openStudio(page, lang);
    await page
      .locator('input[type="file"]')
      .nth(1)
      .setInputFiles([
        join(root, 'events/ankara-talks.json'),
        join(root, 'events/sources/ankara-talks.ar.txt'),
      ]);
    await expect(page.locator('.st-preview diplomatic-timeline [data-event-id]').first()).toBeAttached();
    // With proposals beside the document's events: drafted events, review notes, readings.
    await page.getByRole('button', { name: lang === 'en' ? 'Propose events' : 'اقترح الأحداث' }).click();
    await expect(page.locator('.st-event-list .st-drafted').first()).toBeAttached();
    expect(await violations(page)).toEqual([]);
  });
}

test('at 360 pixels, the article, the event and the preview are views to switch between @zoneless', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openStudio(page);
  await expect(field(page, 'Article text')).toBeVisible();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeVisible();
  await expect(field(page, 'Article text')).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test('makes an event by keyboard alone, selecting its quote in the article text box @zoneless', async ({
  page,
}) => {
  await openStudio(page);
  const box = field(page, 'Article text');
  await box.fill(seedText);
  await box.press('Control+Home');
  await box.press('Shift+End');
  await expect(page.getByText(/^Selected: «/)).toHaveText('Selected: «07 - 02 - 2026»');
  await page.getByRole('button', { name: 'New event from the selection' }).press('Enter');
  await expect(page.getByRole('blockquote')).toHaveText('07 - 02 - 2026');
  await expect(field(page, 'Event id')).toHaveValue('event-1');
});

test('a selection made in the article just before its marks are redrawn stays selected, and Add quote uses it @zoneless', async ({
  page,
}) => {
  // The marks follow an edit 300 ms later: a paused clock makes the selection land in between.
  await page.clock.install();
  await openStudio(page);
  await field(page, 'Article text').fill(seedText);
  // A mouse selecting in the article gives it focus: the text box's selection is not the one used.
  const article = page.getByRole('region', { name: /The article, with the quotes/ });
  await article.focus();
  await selectInArticle(page, 'وتعمل مصر وتركيا وقطر على ترتيب اجتماع');
  await page.getByRole('button', { name: 'New event from the selection' }).click();
  await expect(field(page, 'Event id')).toHaveValue('event-1');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

  const phrase = 'في وقت لاحق من هذا الأسبوع';
  const words = 'ومسؤولين إيرانيين كبار في أنقرة في وقت لاحق من هذا الأسبوع';
  await field(page, 'Date phrase (the article’s words)').fill(phrase);
  await article.focus();
  await selectOnce(article, words);
  await expect(page.getByText(/^Selected: «/)).toHaveText(`Selected: «${words}»`);
  await page.clock.runFor(1000);
  // Redrawn: the phrase is marked now, inside the selected words.
  await expect(article.locator('mark.st-phrase')).toHaveText(phrase);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
  await expect(article).toBeFocused();
  await expect(page.getByText(/^Selected: «/)).toHaveText(`Selected: «${words}»`);

  await page.getByRole('button', { name: 'Add the selection as a quote' }).click();
  await expect(page.getByRole('blockquote')).toHaveText(['وتعمل مصر وتركيا وقطر على ترتيب اجتماع', words]);
});

test('a full browser storage is said plainly, and the work stays in the page @zoneless', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('dt-studio:draft:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await openStudio(page);
  await field(page, 'Article text').fill(seedText);
  await expect(page.getByRole('status')).toContainText('storage is full');
  await field(page, 'Publisher').fill('Axios');
  await expect(field(page, 'Article text')).toHaveValue(seedText);
  const dir = mkdtempSync(join(tmpdir(), 'studio-full-'));
  const [text] = await Promise.all([
    save(page.waitForEvent('download'), dir),
    page.getByRole('button', { name: 'Download the article text' }).click(),
  ]);
  expect(readFileSync(text, 'utf8')).toBe(seedText);
});

test('choosing an event in the preview opens it in the form @zoneless', async ({ page }) => {
  await openStudio(page);
  await field(page, 'Open an events document (.json, with its .txt)').setInputFiles([
    join(root, 'events/ankara-talks.json'),
    join(root, 'events/sources/ankara-talks.ar.txt'),
  ]);
  await page
    .getByRole('option', { name: /Khamenei/ })
    .filter({ visible: true })
    .first()
    .click();
  await expect(field(page, 'Event id')).toHaveValue('khamenei-tehran-speech');
});

test('a date the engine read two ways offers the other reading, and drafted fields are review notes @zoneless', async ({
  page,
}) => {
  // A draft as the studio saves it after a proposal: one event, two readings of its phrase.
  const phrase = 'وقبل ذلك بيوم';
  const quote = 'وقبل ذلك بيوم، استضاف وزير الخارجية التركي هاكان فيدان نظيره الإيراني';
  const start = seedText.indexOf(quote);
  const time = { start: '2026-01-30', precision: 'day', phrase, rule: 'The day before Sisi’s call.' };
  const draft = {
    id: 'proposed',
    text: seedText,
    dateline: '2026-02-07',
    publisher: 'Axios',
    language: 'ar',
    languageChosen: true,
    relay: true,
    title: { en: 'Ankara talks', ar: 'محادثات أنقرة' },
    actors: [{ id: 'fidan', name: { en: 'Hakan Fidan', ar: 'هاكان فيدان' }, kind: 'person' }],
    events: [
      {
        id: 'fidan-hosts',
        title: { en: 'Fidan hosts Araghchi', ar: 'فيدان يستضيف عراقجي' },
        status: 'occurred',
        type: 'CONSULT',
        participants: [{ actor: 'fidan', role: 'host' }],
        attribution: { en: 'Axios', ar: 'أكسيوس' },
        time,
        quotes: [
          {
            text: quote,
            start,
            end: start + quote.length,
            translation: 'The day before, Fidan hosted his Iranian counterpart',
          },
        ],
      },
    ],
    current: 0,
    drafted: ['fidan-hosts/title/en'],
    readings: {
      'fidan-hosts': [{ start: '2026-02-06', precision: 'day', phrase, rule: 'The day before the report.' }],
    },
    updated: 1,
  };
  await page.goto('/dist/studio.html');
  await page.evaluate((value) => {
    localStorage.clear();
    localStorage.setItem('dt-studio:draft:proposed', JSON.stringify(value));
    localStorage.setItem('dt-studio:current', 'proposed');
  }, draft);
  await page.reload();
  await expect(await problemsHeading(page)).toHaveText('Problems (0 problems)');
  await expect(page.getByRole('heading', { name: 'Review notes' })).toBeVisible();
  await page.getByRole('button', { name: /^title\/en: Drafted by the engine/ }).click();
  await expect(field(page, 'Event title in English')).toBeFocused();
  await field(page, 'Event title in English').fill('Fidan hosts Araghchi in Ankara');
  await expect(page.getByRole('heading', { name: 'Review notes' })).toBeHidden();

  await expect(page.getByText('«وقبل ذلك بيوم» → Friday 30 January 2026')).toBeVisible();
  await field(page, 'Other readings of the phrase').selectOption({
    label: 'Friday 6 February 2026: The day before the report.',
  });
  await expect(field(page, 'Day (first day)')).toHaveValue('2026-02-06');
  await expect(field(page, 'Rule (how the phrase gives the day)')).toHaveValue('The day before the report.');
  await expect(page.getByText('«وقبل ذلك بيوم» → Friday 6 February 2026')).toBeVisible();
  // The reading left behind is one to pick in its turn.
  await field(page, 'Other readings of the phrase').selectOption({
    label: 'Friday 30 January 2026: The day before Sisi’s call.',
  });
  await expect(field(page, 'Day (first day)')).toHaveValue('2026-01-30');

  // The document's actors can be renamed; one still taking part cannot be removed.
  await page.getByText('Actors of the document (1)').click();
  await expect(page.getByRole('button', { name: 'Remove actor Hakan Fidan' })).toBeDisabled();
  await field(page, 'Actor name in English (fidan)').fill('');
  await expect(page.getByRole('button', { name: '/actors/0/name/en: must not be empty' })).toBeVisible();
});

test('works under a strict Content-Security-Policy, with no violation @zoneless', async ({ page }) => {
  await page.addInitScript(() => {
    (window as { violations?: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as { violations?: string[] }).violations!.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  await page.goto('/dist/studio.html?csp=strict');
  await field(page, 'Open an events document (.json, with its .txt)').setInputFiles([
    join(root, 'events/ankara-talks.json'),
    join(root, 'events/sources/ankara-talks.ar.txt'),
  ]);
  await expect(page.locator('.st-preview diplomatic-timeline [data-event-id]').first()).toBeAttached();
  expect(await page.evaluate(() => (window as { violations?: string[] }).violations)).toEqual([]);
});
