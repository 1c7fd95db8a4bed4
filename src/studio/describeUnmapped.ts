import type { Unmapped } from './fromTimelineJsRows.ts';
import type { StudioStrings } from './strings.ts';

/** What an import left behind, in the interface's words, for the message that follows it. */
export function describeUnmapped(
  t: StudioStrings,
  unmapped: readonly Unmapped[],
  unknownColumns: readonly string[],
): string[] {
  return [
    ...unmapped.map((item) =>
      item.kind === 'text'
        ? t.unmappedText(item.row)
        : item.kind === 'group'
          ? t.unmappedGroup(item.value, item.row)
          : t.unmappedColumn(item.column, item.rows),
    ),
    ...unknownColumns.map(t.unknownColumn),
  ];
}
