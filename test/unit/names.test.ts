/**
 * Every record type and subject-matter term has a name in each of the six languages, from the
 * official data or, where it lacks one or departs from the Protocol, from our own names (marked
 * `ours` in src/data/names/*.ts).
 */
import { expect } from '@open-wc/testing';
import { KEYWORD_TERMS } from '../../src/data/keyword-terms.js';
import { officialNames as ar } from '../../src/data/names/ar.js';
import { officialNames as es } from '../../src/data/names/es.js';
import { officialNames as fr } from '../../src/data/names/fr.js';
import { officialNames as ru } from '../../src/data/names/ru.js';
import { officialNames as zh } from '../../src/data/names/zh.js';
import type { OfficialNames } from '../../src/data/official-names.js';
import { RECORD_TYPES } from '../../src/data/record-types.js';

const LANGUAGES: Record<string, OfficialNames> = { ar, es, fr, ru, zh };
const recordTypeName = (names: OfficialNames, schema: string) => names.ours?.recordTypes[schema] ?? names.recordTypes[schema];

describe('names of record types and subject-matter terms', () => {
  for (const [lang, names] of Object.entries(LANGUAGES)) {
    it(`names every record type and term in ${lang}, none in English`, () => {
      for (const [schema, type] of Object.entries(RECORD_TYPES)) {
        const name = recordTypeName(names, schema);
        expect(name, `${lang} ${schema}`).to.be.a('string').and.not.equal('');
        expect(name, `${lang} ${schema}`).not.to.equal(type.title.en);
      }
      for (const term of KEYWORD_TERMS) expect(names.keywordTerms[term.identifier], `${lang} ${term.identifier}`).to.be.a('string').and.not.equal('');
    });
  }

  it('follows the Protocol where the official titles depart from it', () => {
    expect(recordTypeName(ru, 'absPermit')).to.equal('Международно признанные сертификаты соответствия');
    expect(recordTypeName(zh, 'absPermit')).to.equal('国际公认的遵守证书');
    expect(recordTypeName(zh, 'absCheckpointCommunique')).to.equal('检查点公报');
    expect(recordTypeName(fr, 'absPermit')).to.match(/^Certificats de conformité/);
  });
});
