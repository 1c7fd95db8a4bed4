import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/export/csvCell.ts';

describe('csvCell', () => {
  it('leaves a plain field unquoted', () => {
    expect(csvCell('fidan-hosts-araghchi')).toBe('fidan-hosts-araghchi');
    expect(csvCell('')).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Ankara, Turkey')).toBe('"Ankara, Turkey"');
    expect(csvCell('he said "yes"')).toBe('"he said ""yes"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('leaves those characters alone anywhere but at the start', () => {
    expect(csvCell('a=b-c+d@e')).toBe('a=b-c+d@e');
  });
});

describe('csvText', () => {
  it('ends every record with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd,e'],
      ]),
    ).toBe('a,b\r\nc,"d,e"\r\n');
  });
});
