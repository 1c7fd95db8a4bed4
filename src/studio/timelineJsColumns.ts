/** TimelineJS's spreadsheet columns, in its template's order (timeline.knightlab.com, "Using the template"). */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
] as const;

export type TimelineJsColumn = (typeof TIMELINEJS_COLUMNS)[number];
export type TimelineJsRow = Record<TimelineJsColumn, string>;

/** Columns with nothing of ours to hold: an import says what it left in them. */
export const UNMAPPED_COLUMNS: readonly TimelineJsColumn[] = [
  'Time',
  'End Time',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Background',
];

/** Quotes are written into one Text cell, a blank line between them, and split there on import. */
export const QUOTE_SEPARATOR = '\n\n';
