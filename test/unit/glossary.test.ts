/**
 * The glossary check's matching (scripts/glossary-match.ts) against the real glossary: a term is
 * found in an English source by whole words, and a target passes with any inflection of an
 * accepted form and fails with another term.
 */
import { expect } from '@open-wc/testing';
import { checkUnits, formPattern, normalize, termsIn, usesTerm, type GlossaryTerm } from '../../scripts/glossary-match.js';

let terms: GlossaryTerm[] = [];
const term = (id: string) => terms.find((t) => t.id === id)!;
const ids = (source: string) => termsIn(source, terms).map((t) => t.id);

describe('glossary matching', () => {
  before(async () => {
    terms = ((await (await fetch('/locales/glossary.json')).json()) as { terms: GlossaryTerm[] }).terms;
  });

  it('finds terms in English sources by whole words, Party only with its capital', () => {
    expect(ids('{0}: {1} certificates of compliance (IRCC)')).to.deep.equal(['certificate-of-compliance']);
    expect(ids('Conditions for third-party transfer')).to.deep.equal([]);
    expect(ids('Not a Party to the Nagoya Protocol')).to.have.members(['party', 'nagoya-protocol']);
    expect(ids('Checkpoint communiqués by country')).to.have.members(['checkpoint', 'checkpoint-communique']);
    expect(ids('No longer in force since')).to.deep.equal([]);
  });

  it('accepts every inflection of an accepted stem, in any case unless the term says otherwise', () => {
    const certificate = term('certificate-of-compliance');
    for (const target of ['5 сертификатов соответствия.', 'Сертификаты соответствия по годам', '1 сертификат соответствия']) expect(usesTerm(target, certificate, 'ru'), target).to.equal(true);
    expect(usesTerm('сертификат о соблюдении', certificate, 'ru')).to.equal(false);
    expect(usesTerm('共5份遵守证书。', certificate, 'zh')).to.equal(true);
    expect(usesTerm('共5份合规证书。', certificate, 'zh')).to.equal(false);
    expect(usesTerm('forma parte de', term('party'), 'es')).to.equal(false);
    expect(usesTerm('Parte en el Protocolo', term('party'), 'es')).to.equal(true);
  });

  it('reads Arabic with or without short vowels, and French with its no-break spaces and curly apostrophe', () => {
    expect(usesTerm('قبِل بروتوكول ناغويا', term('acceptance'), 'ar')).to.equal(true);
    expect(usesTerm('conditions\u202Fconvenues d’un commun accord', term('mutually-agreed-terms'), 'fr')).to.equal(true);
    expect(normalize('ещё')).to.equal('еще');
    expect(formPattern('point* de contrôle').test('points de contrôle')).to.equal(true);
  });

  it('reports the unit, the term and the forms expected', () => {
    const findings = checkUnits(
      [
        { id: 'good', source: 'Prior informed consent granted', target: 'Предоставление предварительного обоснованного согласия' },
        { id: 'planted', source: 'Prior informed consent granted', target: 'Предоставление предварительного информированного согласия' },
      ],
      'ru',
      terms,
    );
    expect(findings.map((f) => [f.unit, f.term])).to.deep.equal([['planted', 'prior-informed-consent']]);
    expect(findings[0].expected).to.deep.equal(['предварительн* обоснованн* согласи*']);
  });
});
