/**
 * Actors named in a stretch of text, from a gazetteer, in the order the text names
 * them (the lead actor first). Arabic is matched the way it is written: with the
 * article «ال» or without, with و/ف/ب/ل/ك attached («ولإيران», «للولايات»), and with
 * the alef and ya variants a keyboard or a newsroom may use (أ/إ/آ/ا, ى/ي, ة/ه).
 */
import type { Actor } from '../types.ts';
import type { GazetteerEntry } from './commonActors.ts';

export function normalizeArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

interface Matcher {
  actor: Actor;
  patterns: RegExp[];
}

/** Compiles a gazetteer once: a report is matched clause by clause. */
export function compileGazetteer(entries: readonly GazetteerEntry[]): Matcher[] {
  return entries.map(({ actor, aliases = [] }) => {
    const names = [actor.name.en, actor.name.ar, ...aliases, ...surnames(actor)];
    const patterns = [...new Set(names)].map((name) => {
      if (/\p{Script=Arabic}/u.test(name)) {
        const bare = normalizeArabic(name).replace(/^ال/u, '');
        // «الولايات» may be written «والولايات», «للولايات» or «بالولايات».
        return new RegExp(
          `(?<![\\p{L}])(?:[وف]?(?:[بلك])?(?:ال|ل)?)${escape(bare).replace(/ /gu, '\\s+')}(?![\\p{L}])`,
          'u',
        );
      }
      // Short all-capital names ("US", "UN") only as written; others in any case.
      const flags = /^[A-Z.]{2,4}$/u.test(name) ? 'u' : 'iu';
      return new RegExp(`(?<![\\p{L}])${escape(name).replace(/ /gu, '\\s+')}(?![\\p{L}])`, flags);
    });
    return { actor, patterns };
  });
}

/** A person is often named by the last word of their name: «ويتكوف», "Witkoff". */
function surnames(actor: Actor): string[] {
  if (actor.kind !== 'person') return [];
  return [actor.name.en, actor.name.ar]
    .map((name) => name.split(/\s+/u).at(-1) ?? '')
    .filter((word) => word.length >= 4);
}

/** The actors named in `text`, each once, ordered by where the text first names them. */
export function findActors(text: string, gazetteer: readonly Matcher[]): Actor[] {
  const normalized = normalizeArabic(text);
  const hits: { actor: Actor; at: number }[] = [];
  for (const { actor, patterns } of gazetteer) {
    let at = Infinity;
    for (const pattern of patterns) {
      const match = pattern.exec(normalized);
      if (match && match.index < at) at = match.index;
    }
    if (at !== Infinity) hits.push({ actor, at });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ actor }) => actor);
}
