import { parseEventsJson } from '../validate/parseEventsJson.ts';
import type { Draft } from './draft.ts';
import { fromDocument } from './fromDocument.ts';
import { decodeText, MAX_TEXT_BYTES } from './readTextFile.ts';
import type { StudioStrings } from './strings.ts';

export type FilesOutcome =
  | { kind: 'error'; message: string }
  | { kind: 'text'; text: string; name: string }
  | { kind: 'document'; draft: Draft; message: string };

const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';

async function bytesOf(file: File): Promise<Uint8Array> {
  // Only the first bytes past the limit are read: a 2 GB file is refused without loading it.
  return new Uint8Array(await file.slice(0, MAX_TEXT_BYTES + 1).arrayBuffer());
}

/**
 * What opened files amount to: an article's text, or an events document with its text (a
 * new draft), or why neither. Nothing here touches the draft being edited: a bad file
 * changes nothing.
 */
export async function readOpenedFiles(
  files: readonly File[],
  t: StudioStrings,
  newId: string,
  now: number,
): Promise<FilesOutcome> {
  const json = files.find(isJson);
  const textFile = files.find((file) => !isJson(file));
  let text: string | null = null;
  if (textFile) {
    const bytes = await bytesOf(textFile);
    const decoded = decodeText(bytes);
    if (!decoded.ok)
      return {
        kind: 'error',
        message:
          decoded.reason === 'too-long'
            ? t.tooLong(`> ${(MAX_TEXT_BYTES / 1024 / 1024).toFixed(0)}`)
            : t.notText(textFile.name),
      };
    text = decoded.text;
  }
  if (!json)
    return text === null
      ? { kind: 'error', message: t.notText(files[0]?.name ?? '') }
      : { kind: 'text', text, name: textFile!.name };
  const bytes = new Uint8Array(await json.arrayBuffer());
  const parsed = parseEventsJson(bytes);
  if (!parsed.ok) return { kind: 'error', message: t.notDocument(json.name, parsed.problem.message) };
  const opened = fromDocument(parsed.value, text ?? '', newId, now);
  if (!opened.ok) return { kind: 'error', message: t.notDocument(json.name, opened.why) };
  return { kind: 'document', draft: opened.draft, message: text === null ? t.openedNoText : t.opened };
}
