import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BOM, csvField, toCsv } from '../../src/base/csv.js';
import { parseCsv } from '../helpers.js';

describe('certificate CSV', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).to.equal(`${BOM}a,b\r\nc,d\r\n`);
  });

  it('quotes a comma, a quote and a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('Leaf, bark')).to.equal('"Leaf, bark"');
    expect(csvField('the "Aloe" permit')).to.equal('"the ""Aloe"" permit"');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\rlf')).to.equal('"cr\rlf"');
  });

  it('round-trips a row with a comma, a quote and Arabic text', () => {
    const row = ['ABSCH-IRCC-IN-207343-1', 'تصريح "الوصول", رقم ١٢', '印度', 'Plantes; Ex-situ'];
    const csv = toCsv([row]);
    expect(parseCsv(csv.slice(BOM.length))).to.deep.equal([row]);
    // UTF-8 with BOM: EF BB BF, then the text.
    const bytes = new TextEncoder().encode(csv);
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).to.equal(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-2')).to.equal("'-2");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('2019-06-19')).to.equal('2019-06-19');
  });

  it('reads back any table exactly (formula starts aside)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ب', '中', ',', '"', '\n', '\r', ' ', ';', "'") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0].length;
        const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        const parsed = parseCsv(toCsv(table).slice(BOM.length));
        expect(parsed).to.deep.equal(table.map((row) => row.map((value) => (/^[\r]/.test(value) ? `'${value}` : value))));
      }),
    );
  });
});
