import { describe, expect, it } from '@jest/globals';
import { fillTemplate } from './response-template.js';

describe('fillTemplate', () => {
  const values = { title: 'Bankjes bij de vijver', initiatorName: 'Fatima', municipalityName: 'Gemeente Voorbeeld' };

  it('fills Dutch and English placeholders, case-insensitively', () => {
    expect(fillTemplate('Beste {naam}, dank voor “{titel}”. {Gemeente}', values)).toBe(
      'Beste Fatima, dank voor “Bankjes bij de vijver”. Gemeente Voorbeeld',
    );
    expect(fillTemplate('Dear {name}: {title} ({municipality})', values)).toBe('Dear Fatima: Bankjes bij de vijver (Gemeente Voorbeeld)');
  });

  it('leaves unknown placeholders as typed and does not re-expand filled values', () => {
    expect(fillTemplate('{onbekend} {titel}', { ...values, title: '{naam}' })).toBe('{onbekend} {naam}');
  });
});
